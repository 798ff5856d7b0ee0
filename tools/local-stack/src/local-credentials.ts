/**
 * The one caller identity the local gateway accepts. Documented in the README so an integrator
 * can point any SigV4 client (curl --aws-sigv4, the AWS SDK, Postman) at the local stack. These
 * keys are meaningless outside this machine.
 */
export const LOCAL_CREDENTIALS = {
  accessKeyId: 'AKIALOCALSTACK000001',
  secretAccessKey: 'local-secret-key-do-not-use-in-aws',
} as const;

/** moto's default account: the ARNs moto returns carry it, so the gateway's identity does too. */
export const LOCAL_ACCOUNT_ID = '123456789012';

/** What API Gateway puts in `requestContext.identity` for an IAM user caller. */
export const LOCAL_CALLER = {
  user: 'AIDALOCALSTACK0000001',
  userArn: `arn:aws:iam::${LOCAL_ACCOUNT_ID}:user/local-integrator`,
} as const;

export const LOCAL_REGION = 'us-east-2';
