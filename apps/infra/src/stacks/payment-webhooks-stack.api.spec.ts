import { Match, type Template } from 'aws-cdk-lib/assertions';
import { API_OPERATIONS } from '@payments/contracts';
import {
  type CfnJson,
  logicalIdOf,
  referencedId,
  resourcesOf,
  synthesize,
} from '../__fixtures__/synthesize';

const STAGE = 'v1';
/** `arn:aws:execute-api:us-east-2:{account}:{api}/v1/METHOD/path` as the template spells it. */
const executeApiArn = (apiId: string, methodAndPath: string) => ({
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
const ROUTES = {
  receivePaymentWebhook: 'POST/webhooks/payment',
  getTransaction: 'GET/transactions/*',
  notifyTransaction: 'POST/transactions/*/notify',
} as const;

describe('PaymentWebhooksStack API, callers, outputs and alarms (issue 4)', () => {
  let template: Template;
  let apiId: string;
  let body: CfnJson;
  const operationOf = (path: string, method: string) => body.paths[path][method];
  const functionId = (name: string) =>
    logicalIdOf(template, 'AWS::Lambda::Function', `${name}Function`);
  const stage = () => Object.values(resourcesOf(template, 'AWS::ApiGateway::Stage'))[0].Properties;

  beforeAll(() => {
    template = synthesize().template;
    apiId = logicalIdOf(template, 'AWS::ApiGateway::RestApi', 'Api');
    body = resourcesOf(template, 'AWS::ApiGateway::RestApi')[apiId].Properties.Body;
  });

  describe('REST API from the contracts gateway document', () => {
    it('imports the document with a Lambda proxy integration per operation', () => {
      template.resourceCountIs('AWS::ApiGateway::RestApi', 1);
      template.resourceCountIs('AWS::ApiGateway::Method', 0);
      const lambdaNames = {
        webhookProcessor: 'WebhookProcessor',
        transactionReader: 'TransactionReader',
        notificationSender: 'NotificationSender',
      };
      for (const operation of API_OPERATIONS) {
        expect(
          operationOf(operation.path, operation.method)['x-amazon-apigateway-integration'],
        ).toEqual({
          type: 'aws_proxy',
          httpMethod: 'POST',
          passthroughBehavior: 'when_no_match',
          uri: {
            'Fn::Join': [
              '',
              [
                'arn:aws:apigateway:us-east-2:lambda:path/2015-03-31/functions/',
                { 'Fn::GetAtt': [functionId(lambdaNames[operation.lambda]), 'Arn'] },
                '/invocations',
              ],
            ],
          },
        });
      }
    });

    it('requires AWS_IAM (SigV4) on all three methods', () => {
      for (const operation of API_OPERATIONS) {
        expect(operationOf(operation.path, operation.method)['x-amazon-apigateway-auth']).toEqual({
          type: 'AWS_IAM',
        });
      }
      expect(body.components.securitySchemes.sigv4['x-amazon-apigateway-authtype']).toBe(
        'awsSigv4',
      );
    });

    it('validates bodies on the POSTs and parameters on the GET', () => {
      const validators = body['x-amazon-apigateway-request-validators'];
      const validatorOf = (path: string, method: string) =>
        validators[operationOf(path, method)['x-amazon-apigateway-request-validator']];
      expect(validatorOf('/webhooks/payment', 'post')).toEqual({
        validateRequestBody: true,
        validateRequestParameters: false,
      });
      expect(validatorOf('/transactions/{id}', 'get')).toEqual({
        validateRequestBody: false,
        validateRequestParameters: true,
      });
      expect(validatorOf('/transactions/{id}/notify', 'post')).toEqual({
        validateRequestBody: true,
        validateRequestParameters: true,
      });
    });

    it('answers gateway errors in the contracts error shape, with the validation detail', () => {
      const responses = body['x-amazon-apigateway-gateway-responses'];
      const shape =
        /^\{"code":"[A-Z_]+","message":\$context\.error\.messageString,"request_id":"\$context\.requestId","errors":\[.*\]\}$/;
      for (const type of [
        'BAD_REQUEST_BODY',
        'ACCESS_DENIED',
        'MISSING_AUTHENTICATION_TOKEN',
        'THROTTLED',
        'DEFAULT_5XX',
      ]) {
        expect(responses[type].responseTemplates['application/json']).toMatch(shape);
      }
      expect(responses.BAD_REQUEST_BODY.responseTemplates['application/json']).toContain(
        '$context.error.validationErrorString',
      );
      expect(responses.THROTTLED.statusCode).toBe('429');
      expect(responses.ACCESS_DENIED.statusCode).toBe('403');
    });
  });

  describe('stage v1', () => {
    it('traces with X-Ray', () => {
      expect(stage()).toMatchObject({ StageName: STAGE, TracingEnabled: true });
    });

    it('logs execution at INFO without request or response data, on every method', () => {
      const settings: CfnJson[] = stage().MethodSettings;
      expect(settings).toHaveLength(4);
      for (const setting of settings) {
        expect(setting).toMatchObject({
          LoggingLevel: 'INFO',
          DataTraceEnabled: false,
          MetricsEnabled: true,
        });
      }
    });

    it('writes JSON access logs to a 7-day log group', () => {
      const { AccessLogSetting } = stage();
      const fields = JSON.parse(AccessLogSetting.Format);
      expect(fields).toMatchObject({
        requestId: '$context.requestId',
        status: '$context.status',
        callerArn: '$context.identity.userArn',
        xrayTraceId: '$context.xrayTraceId',
      });
      const accessLogGroup = logicalIdOf(template, 'AWS::Logs::LogGroup', 'ApiAccessLogGroup');
      expect(JSON.stringify(AccessLogSetting.DestinationArn)).toContain(
        `"Ref":"${accessLogGroup}"`,
      );
      expect(
        resourcesOf(template, 'AWS::Logs::LogGroup')[accessLogGroup].Properties.RetentionInDays,
      ).toBe(7);
    });

    it('creates the execution log group API-Gateway-Execution-Logs_{restApiId}/v1 (7 days) before the stage', () => {
      const executionLogGroup = logicalIdOf(
        template,
        'AWS::Logs::LogGroup',
        'ApiExecutionLogGroup',
      );
      template.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: {
          'Fn::Join': ['', ['API-Gateway-Execution-Logs_', { Ref: apiId }, `/${STAGE}`]],
        },
        RetentionInDays: 7,
      });
      template.hasResource('AWS::ApiGateway::Stage', {
        DependsOn: Match.arrayWith([executionLogGroup]),
      });
    });

    it("throttles each route below what its function's reserved concurrency serves", () => {
      const settings: CfnJson[] = stage().MethodSettings;
      const route = (path: string, method: string) =>
        settings.find(
          (s) => s.ResourcePath === `/${path.replaceAll('/', '~1')}` && s.HttpMethod === method,
        );
      const reserved = (name: string) =>
        resourcesOf(template, 'AWS::Lambda::Function')[functionId(name)].Properties
          .ReservedConcurrentExecutions;
      const cases = [
        { throttle: route('/webhooks/payment', 'POST'), available: reserved('WebhookProcessor') },
        { throttle: route('/transactions/{id}', 'GET'), available: reserved('TransactionReader') },
        // Two of the sender's units belong to the queue pollers.
        {
          throttle: route('/transactions/{id}/notify', 'POST'),
          available: reserved('NotificationSender') - 2,
        },
      ];
      for (const { throttle, available } of cases) {
        expect(throttle.ThrottlingBurstLimit + throttle.ThrottlingRateLimit).toBeLessThanOrEqual(
          available,
        );
        expect(throttle.ThrottlingRateLimit).toBeGreaterThanOrEqual(1);
      }
      expect(route('/webhooks/payment', 'POST')).toMatchObject({
        ThrottlingRateLimit: 25,
        ThrottlingBurstLimit: 25,
      });
      const fallback = settings.find((s) => s.ResourcePath === '/*' && s.HttpMethod === '*');
      expect(fallback).toMatchObject({ ThrottlingRateLimit: 1, ThrottlingBurstLimit: 1 });
    });

    it('has the account-level CloudWatch role API Gateway logs with', () => {
      template.resourceCountIs('AWS::ApiGateway::Account', 1);
      template.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Statement: [Match.objectLike({ Principal: { Service: 'apigateway.amazonaws.com' } })],
        },
        ManagedPolicyArns: [
          Match.objectLike({
            'Fn::Join': [
              '',
              Match.arrayWith([
                ':iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
              ]),
            ],
          }),
        ],
      });
    });
  });

  describe('invoke permissions and caller policies', () => {
    it("lets API Gateway invoke each function only through its method's execute-api ARN", () => {
      const permissions = Object.values(resourcesOf(template, 'AWS::Lambda::Permission'));
      expect(permissions).toHaveLength(3);
      const expected = [
        { fn: 'WebhookProcessor', route: ROUTES.receivePaymentWebhook },
        { fn: 'TransactionReader', route: ROUTES.getTransaction },
        { fn: 'NotificationSender', route: ROUTES.notifyTransaction },
      ];
      for (const { fn, route } of expected) {
        template.hasResourceProperties('AWS::Lambda::Permission', {
          Action: 'lambda:InvokeFunction',
          Principal: 'apigateway.amazonaws.com',
          FunctionName: { 'Fn::GetAtt': [functionId(fn), 'Arn'] },
          SourceArn: executeApiArn(apiId, route),
        });
      }
    });

    it('offers three managed policies, each allowing execute-api:Invoke on exactly one route', () => {
      const policies = resourcesOf(template, 'AWS::IAM::ManagedPolicy');
      expect(Object.keys(policies)).toHaveLength(3);
      const byOutput = {
        WebhookSenderPolicyArn: ROUTES.receivePaymentWebhook,
        TransactionReaderPolicyArn: ROUTES.getTransaction,
        NotifierPolicyArn: ROUTES.notifyTransaction,
      };
      for (const [output, route] of Object.entries(byOutput)) {
        const policyId = referencedId(
          (template.findOutputs(output) as Record<string, CfnJson>)[output].Value,
        ) as string;
        expect(policies[policyId].Properties.PolicyDocument.Statement).toEqual([
          { Effect: 'Allow', Action: 'execute-api:Invoke', Resource: executeApiArn(apiId, route) },
        ]);
      }
    });
  });

  describe('outputs', () => {
    it('exports what integrators and the e2e suite need', () => {
      const outputs: Record<string, CfnJson> = template.findOutputs('*');
      expect(Object.keys(outputs).sort()).toEqual(
        [
          'ApiUrl',
          'DeadLetterQueueUrl',
          'NotifierPolicyArn',
          'OperationsTopicArn',
          'QueueUrl',
          'Region',
          'TableName',
          'TopicArn',
          'TransactionReaderPolicyArn',
          'WebhookSenderPolicyArn',
        ].sort(),
      );
      const stageId = logicalIdOf(template, 'AWS::ApiGateway::Stage', 'ApiDeploymentStage');
      expect(outputs.ApiUrl.Value).toEqual({
        'Fn::Join': [
          '',
          [
            'https://',
            { Ref: apiId },
            '.execute-api.us-east-2.',
            { Ref: 'AWS::URLSuffix' },
            '/',
            { Ref: stageId },
            '/',
          ],
        ],
      });
      expect(stage().StageName).toBe(STAGE);
      expect(outputs.QueueUrl.Value).toEqual({
        Ref: logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsQueue'),
      });
      expect(outputs.DeadLetterQueueUrl.Value).toEqual({
        Ref: logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsDeadLetterQueue'),
      });
      expect(outputs.TableName.Value).toEqual({
        Ref: logicalIdOf(template, 'AWS::DynamoDB::Table', 'Transactions'),
      });
      expect(outputs.TopicArn.Value).toEqual({
        Ref: logicalIdOf(template, 'AWS::SNS::Topic', 'NotificationTopic'),
      });
      expect(outputs.OperationsTopicArn.Value).toEqual({
        Ref: logicalIdOf(template, 'AWS::SNS::Topic', 'OperationsTopic'),
      });
      expect(outputs.Region.Value).toBe('us-east-2');
    });
  });

  describe('operations alarms', () => {
    const alarms = () =>
      Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const dimension = (alarm: CfnJson, name: string) =>
      alarm.Dimensions?.find((d: { Name: string }) => d.Name === name)?.Value;

    it('alarms on any message in every dead-letter queue', () => {
      const queues = resourcesOf(template, 'AWS::SQS::Queue');
      const deadLetterQueues = Object.keys(queues).filter(
        (id) => !queues[id].Properties.RedrivePolicy,
      );
      expect(deadLetterQueues).toHaveLength(6);
      const watched = alarms()
        .filter(
          (a) => a.Namespace === 'AWS/SQS' && a.MetricName === 'ApproximateNumberOfMessagesVisible',
        )
        .map((a) => {
          expect(a).toMatchObject({
            Statistic: 'Maximum',
            Threshold: 0,
            ComparisonOperator: 'GreaterThanThreshold',
          });
          return referencedId(dimension(a, 'QueueName'));
        });
      expect(new Set(watched)).toEqual(new Set(deadLetterQueues));
    });

    it('alarms on errors and on throttles of every function', () => {
      for (const metric of ['Errors', 'Throttles']) {
        const watched = alarms()
          .filter((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === metric)
          .map((a) => referencedId(dimension(a, 'FunctionName')));
        expect(new Set(watched)).toEqual(
          new Set(['WebhookProcessor', 'TransactionReader', 'NotificationSender'].map(functionId)),
        );
      }
    });

    it('alarms on API 5xx of the v1 stage', () => {
      const [api5xx, ...others] = alarms().filter(
        (a) => a.Namespace === 'AWS/ApiGateway' && a.MetricName === '5XXError',
      );
      expect(others).toEqual([]);
      expect(api5xx).toMatchObject({
        Statistic: 'Sum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
      expect(dimension(api5xx, 'Stage')).toEqual({
        Ref: logicalIdOf(template, 'AWS::ApiGateway::Stage', 'ApiDeploymentStage'),
      });
    });

    it('sends every alarm and its recovery to the encrypted operations topic', () => {
      const topic = { Ref: logicalIdOf(template, 'AWS::SNS::Topic', 'OperationsTopic') };
      expect(alarms()).toHaveLength(6 + 3 * 2 + 1);
      for (const alarm of alarms()) {
        expect(alarm).toMatchObject({
          AlarmActions: [topic],
          OKActions: [topic],
          TreatMissingData: 'notBreaching',
        });
      }
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [topic],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: 'sns:Publish',
            }),
          ]),
        },
      });
    });
  });
});
