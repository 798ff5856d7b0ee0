import type { CfnResource } from './cfn-template';

export interface DeploymentContext {
  readonly stackName: string;
  readonly region: string;
  readonly accountId: string;
  /** Base URL of the AWS endpoint (moto), used for queue URLs. */
  readonly awsEndpoint: string;
  /** KMS key ids by logical id: the only physical ids the emulator picks itself. */
  readonly kmsKeyIds: Readonly<Record<string, string>>;
  /** Values for template parameters, over their defaults. */
  readonly parameters?: Readonly<Record<string, string>>;
}

/** What `Ref` and `Fn::GetAtt` return for one resource once it exists. */
export interface PhysicalId {
  readonly ref: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * The name CloudFormation gives a resource: the explicit name property if the template sets
 * one, else `<stack>-<logicalId>` (CloudFormation appends a random suffix; a stable name is
 * more useful locally and just as unique).
 */
export function physicalName(
  logicalId: string,
  explicit: unknown,
  context: DeploymentContext,
  maxLength = 80,
): string {
  if (typeof explicit === 'string' && explicit !== '') return explicit;
  return `${context.stackName}-${logicalId}`.slice(0, maxLength);
}

/** Ref/GetAtt values per resource type, following the CloudFormation resource reference. */
export function physicalId(
  logicalId: string,
  resource: CfnResource,
  explicitName: unknown,
  context: DeploymentContext,
): PhysicalId {
  const { region, accountId } = context;
  const arn = (service: string, rest: string) =>
    `arn:aws:${service}:${region}:${accountId}:${rest}`;
  switch (resource.Type) {
    case 'AWS::SQS::Queue': {
      const name = physicalName(logicalId, explicitName, context);
      const url = `${context.awsEndpoint}/${accountId}/${name}`;
      return { ref: url, attributes: { Arn: arn('sqs', name), QueueName: name, QueueUrl: url } };
    }
    case 'AWS::SNS::Topic': {
      const name = physicalName(logicalId, explicitName, context, 256);
      const topicArn = arn('sns', name);
      return { ref: topicArn, attributes: { TopicArn: topicArn, TopicName: name } };
    }
    case 'AWS::DynamoDB::Table':
    case 'AWS::DynamoDB::GlobalTable': {
      const name = physicalName(logicalId, explicitName, context, 255);
      const tableArn = arn('dynamodb', `table/${name}`);
      return { ref: name, attributes: { Arn: tableArn, StreamArn: `${tableArn}/stream/local` } };
    }
    case 'AWS::KMS::Key': {
      const keyId = context.kmsKeyIds[logicalId] ?? logicalId;
      return { ref: keyId, attributes: { Arn: arn('kms', `key/${keyId}`), KeyId: keyId } };
    }
    case 'AWS::KMS::Alias':
      return { ref: String(explicitName), attributes: {} };
    case 'AWS::Lambda::Function': {
      const name = physicalName(logicalId, explicitName, context, 64);
      return { ref: name, attributes: { Arn: arn('lambda', `function:${name}`) } };
    }
    case 'AWS::IAM::Role':
    case 'AWS::IAM::ManagedPolicy': {
      const name = physicalName(logicalId, explicitName, context, 64);
      const kind = resource.Type === 'AWS::IAM::Role' ? 'role' : 'policy';
      const iamArn = `arn:aws:iam::${accountId}:${kind}/${name}`;
      return { ref: kind === 'role' ? name : iamArn, attributes: { Arn: iamArn, RoleId: name } };
    }
    case 'AWS::Logs::LogGroup': {
      const name = physicalName(logicalId, explicitName, context, 512);
      return { ref: name, attributes: { Arn: arn('logs', `log-group:${name}:*`) } };
    }
    default:
      // Resources the emulator does not create still need a value when something refers to them.
      return { ref: logicalId, attributes: { Arn: arn('local', logicalId) } };
  }
}

/** The property holding a resource's explicit name, per type. */
export const NAME_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::KMS::Alias': 'AliasName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
  'AWS::Logs::LogGroup': 'LogGroupName',
};
