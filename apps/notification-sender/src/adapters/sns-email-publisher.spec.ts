import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { SnsEmailPublisher } from './sns-email-publisher';

const client = new SNSClient({ region: 'us-east-2' });
const sns = mockClient(client);
const topicArn = 'arn:aws:sns:us-east-2:123456789012:payment-notifications';

const email = {
  recipient: '  Alice@Example.COM ',
  subject: 'Payment succeeded: $19.99',
  text: 'Hello',
  transactionId: 'tx_1001',
  eventType: 'payment.succeeded' as const,
  notificationId: 'event:evt_1',
};

describe('SnsEmailPublisher', () => {
  beforeEach(() => sns.reset());

  it('publishes with the normalised recipient and routing attributes', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    const publisher = new SnsEmailPublisher(client, topicArn);

    const messageId = await publisher.publish(email);

    expect(messageId).toBe('sns-1');
    expect(sns.commandCalls(PublishCommand)[0]?.args[0].input).toEqual({
      TopicArn: topicArn,
      Subject: 'Payment succeeded: $19.99',
      Message: 'Hello',
      MessageAttributes: {
        recipient: { DataType: 'String', StringValue: 'alice@example.com' },
        audience: { DataType: 'String', StringValue: 'customer' },
        transaction_id: { DataType: 'String', StringValue: 'tx_1001' },
        event_type: { DataType: 'String', StringValue: 'payment.succeeded' },
        notification_id: { DataType: 'String', StringValue: 'event:evt_1' },
      },
    });
  });

  it('fails when SNS returns no message id', async () => {
    sns.on(PublishCommand).resolves({});
    const publisher = new SnsEmailPublisher(client, topicArn);

    await expect(publisher.publish(email)).rejects.toThrow(/MessageId/);
  });
});
