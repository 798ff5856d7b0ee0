import { Match, type Template } from 'aws-cdk-lib/assertions';
import { executeApiArn, ROUTES, STAGE } from '../__fixtures__/execute-api';
import {
  type CfnJson,
  logicalIdOf,
  referencedId,
  resourcesOf,
  synthesize,
} from '../__fixtures__/synthesize';

describe('PaymentWebhooksStack caller policies, outputs and alarms (issue 4)', () => {
  let template: Template;
  let apiId: string;
  const functionId = (name: string) =>
    logicalIdOf(template, 'AWS::Lambda::Function', `${name}Function`);
  const stage = () => Object.values(resourcesOf(template, 'AWS::ApiGateway::Stage'))[0].Properties;

  beforeAll(() => {
    template = synthesize().template;
    apiId = logicalIdOf(template, 'AWS::ApiGateway::RestApi', 'Api');
  });

  describe('caller policies', () => {
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

    it('sends every alarm and its recovery to the encrypted operations topic, publishable only by alarms of this stack', () => {
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
              Condition: Match.objectLike({
                ArnLike: {
                  'aws:SourceArn': {
                    'Fn::Join': [
                      '',
                      [
                        'arn:aws:cloudwatch:us-east-2:',
                        { Ref: 'AWS::AccountId' },
                        ':alarm:PaymentWebhooksStack-*',
                      ],
                    ],
                  },
                },
              }),
            }),
          ]),
        },
      });
    });
  });
});
