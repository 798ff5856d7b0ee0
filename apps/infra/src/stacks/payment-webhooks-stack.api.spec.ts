import { Match, type Template } from 'aws-cdk-lib/assertions';
import { API_OPERATIONS } from '@payments/contracts';
import { executeApiArn, ROUTES, STAGE } from '../__fixtures__/execute-api';
import { type CfnJson, logicalIdOf, resourcesOf, synthesize } from '../__fixtures__/synthesize';

describe('PaymentWebhooksStack REST API (issue 4)', () => {
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

    it('samples exactly 5 % of its requests, with a rule that matches only this stage', () => {
      const rules = Object.values(resourcesOf(template, 'AWS::XRay::SamplingRule'));
      expect(rules).toHaveLength(1);
      const rule = rules[0].Properties.SamplingRule;
      expect(rule).toMatchObject({
        ReservoirSize: 0,
        FixedRate: 0.05,
        ServiceName: `payment-webhooks/${STAGE}`,
        ServiceType: 'AWS::ApiGateway::Stage',
        Version: 1,
      });
      expect(rule.RuleName.length).toBeLessThanOrEqual(32);
      expect(JSON.stringify(rule.ResourceARN)).toContain(apiId);
      expect(JSON.stringify(rule.ResourceARN)).toContain(`/stages/${STAGE}`);
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
      expect(fallback).toMatchObject({ ThrottlingRateLimit: 4, ThrottlingBurstLimit: 4 });
      expect(route('/transactions/{id}/notify', 'POST')).toMatchObject({
        ThrottlingRateLimit: 4,
        ThrottlingBurstLimit: 4,
      });
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

  describe('invoke permissions', () => {
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
  });
});
