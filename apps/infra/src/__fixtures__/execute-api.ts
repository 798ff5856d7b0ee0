/** The API stage every execute-api ARN of the template names. */
export const STAGE = 'v1';

/** `arn:aws:execute-api:us-east-2:{account}:{api}/v1/METHOD/path` as the template spells it. */
export const executeApiArn = (apiId: string, methodAndPath: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:aws:execute-api:us-east-2:',
      { Ref: 'AWS::AccountId' },
      ':',
      { Ref: apiId },
      `/${STAGE}/${methodAndPath}`,
    ],
  ],
});

/** METHOD/path of each operation, path parameters as `*`. */
export const ROUTES = {
  receivePaymentWebhook: 'POST/webhooks/payment',
  getTransaction: 'GET/transactions/*',
  notifyTransaction: 'POST/transactions/*/notify',
} as const;
