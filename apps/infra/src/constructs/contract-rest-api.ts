import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import {
  API_OPERATIONS,
  buildApiGatewayDocument,
  lambdaIntegrationUri,
  type ApiOperation,
  type LambdaKey,
} from '@payments/contracts';
import type { RouteThrottle } from '../settings/api-throttling';
import { accessLogFormat } from './access-log-format';
import { stageMethodSettings } from './stage-method-settings';

export interface ContractRestApiProps {
  /** The function behind each `LambdaKey` of `API_OPERATIONS`. */
  readonly functions: Readonly<Record<LambdaKey, lambda.IFunction>>;
  /** Stage throttling of each route, keyed by the function that serves it. */
  readonly throttles: Readonly<Record<LambdaKey, RouteThrottle>>;
  readonly encryptionKey: kms.IKey;
  /**
   * Plain (non-token) name of the access log group: the key policy names it (see
   * `EncryptionKey.allowCloudWatchLogs`).
   */
  readonly accessLogGroupName: string;
  /**
   * @default 'v1'
   */
  readonly stageName?: string;
  /**
   * Retention of the access and execution log groups.
   * @default logs.RetentionDays.ONE_WEEK
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * The REST API imported from the contracts' API Gateway document (SigV4 on every method,
 * request validators, gateway responses in the contracts' error shape), with the Lambda
 * proxy integrations filled in. The stage traces with X-Ray, logs execution at INFO without
 * request or response bodies, writes JSON access logs, and throttles each route below its
 * function's reserved concurrency. Both log groups are created here with a retention,
 * encrypted with the CMK, before the stage exists.
 */
export class ContractRestApi extends Construct {
  readonly api: apigateway.SpecRestApi;
  readonly stage: apigateway.Stage;
  readonly stageName: string;
  readonly accessLogGroup: logs.LogGroup;
  readonly executionLogGroup: logs.LogGroup;
  /**
   * Both log group names as plain strings, for the key policy. The execution log group's name
   * holds the REST API id, which the key policy cannot reference (the API depends on the
   * functions, which depend on the key), hence `*` in its place: it still matches only this
   * stage name of API Gateway's execution log groups.
   */
  readonly logGroupNames: readonly string[];

  constructor(scope: Construct, id: string, props: ContractRestApiProps) {
    super(scope, id);
    const region = Stack.of(this).region;
    this.stageName = props.stageName ?? 'v1';
    const retention = props.logRetention ?? logs.RetentionDays.ONE_WEEK;
    const uri = (key: LambdaKey) => lambdaIntegrationUri(region, props.functions[key].functionArn);

    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogGroup', {
      logGroupName: props.accessLogGroupName,
      retention,
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.api = new apigateway.SpecRestApi(this, 'Api', {
      restApiName: 'payment-webhooks',
      description: 'Payment webhooks: receive provider events, read transactions, notify',
      apiDefinition: apigateway.ApiDefinition.fromInline(
        buildApiGatewayDocument({
          webhookProcessor: uri('webhookProcessor'),
          transactionReader: uri('transactionReader'),
          notificationSender: uri('notificationSender'),
        }),
      ),
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: this.stageName,
        tracingEnabled: true,
        accessLogDestination: new apigateway.LogGroupLogDestination(this.accessLogGroup),
        accessLogFormat: accessLogFormat(),
        ...stageMethodSettings(props.throttles),
      },
    });
    this.stage = this.api.deploymentStage;
    // The stack exports the URL once, as `ApiUrl`; CDK's own `Endpoint` output would duplicate it.
    this.api.node.tryRemoveChild('Endpoint');

    // API Gateway would create this group itself, without retention, on the first request.
    this.executionLogGroup = new logs.LogGroup(this, 'ExecutionLogGroup', {
      logGroupName: `API-Gateway-Execution-Logs_${this.api.restApiId}/${this.stageName}`,
      retention,
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage.node.addDependency(this.executionLogGroup);
    this.logGroupNames = [
      props.accessLogGroupName,
      `API-Gateway-Execution-Logs_*/${this.stageName}`,
    ];

    for (const operation of API_OPERATIONS) {
      props.functions[operation.lambda].addPermission(`Invoke${pascal(operation.operationId)}`, {
        principal: new iam.ServicePrincipal('apigateway.amazonaws.com'),
        action: 'lambda:InvokeFunction',
        sourceArn: this.executeApiArn(operation),
      });
    }

    this.acknowledgeFindings();
  }

  /**
   * `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}` of one operation,
   * path parameters as `*` (the form API Gateway matches in invoke permissions and IAM).
   */
  executeApiArn(operation: ApiOperation): string {
    return this.api.arnForExecuteApi(
      operation.method.toUpperCase(),
      operation.path.replace(/\{[^}]+\}/g, '*'),
      this.stageName,
    );
  }

  private acknowledgeFindings(): void {
    const cloudWatchRole = this.api.node.tryFindChild('CloudWatchRole');
    if (cloudWatchRole) {
      Validations.of(cloudWatchRole).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason:
          'The account-level API Gateway logging role (AWS::ApiGateway::Account) serves every ' +
          'REST API of the account and region, so it cannot be scoped to this API; the AWS ' +
          'managed policy is the documented one and only writes to CloudWatch Logs.',
      });
    }
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG2',
      reason:
        'Request validation is part of the imported definition ' +
        '(x-amazon-apigateway-request-validators: body on the POSTs, parameters on the GET, ' +
        'both on notify), not separate AWS::ApiGateway::RequestValidator resources; a test ' +
        'pins each method to its validator.',
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG3',
      reason:
        'Every method requires SigV4 (AWS_IAM) from integrator roles holding one of the ' +
        'caller policies; unsigned requests are rejected by API Gateway before any ' +
        'integration runs, and stage throttling caps each route. A WAF web ACL adds cost ' +
        'without a rule that would see traffic IAM has not already authenticated.',
    });
  }
}

function pascal(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
