import { queryFormToParams } from '../moto/aws-call';
import { publishedMessages } from './sns-calls';

describe('SNS call parsing', () => {
  it('reads a query-protocol Publish with message attributes', () => {
    const form = new URLSearchParams({
      Action: 'Publish',
      TopicArn: 'arn:aws:sns:us-east-2:123456789012:t',
      Message: 'Your payment succeeded',
      Subject: 'Payment succeeded',
      'MessageAttributes.entry.1.Name': 'recipient',
      'MessageAttributes.entry.1.Value.DataType': 'String',
      'MessageAttributes.entry.1.Value.StringValue': 'jane@example.com',
    });

    const messages = publishedMessages('Publish', queryFormToParams(form));

    expect(messages).toEqual([
      {
        topicArn: 'arn:aws:sns:us-east-2:123456789012:t',
        message: 'Your payment succeeded',
        subject: 'Payment succeeded',
        attributes: { recipient: { Type: 'String', Value: 'jane@example.com' } },
      },
    ]);
  });

  it('reads every entry of a PublishBatch', () => {
    const form = new URLSearchParams({
      Action: 'PublishBatch',
      TopicArn: 't',
      'PublishBatchRequestEntries.member.1.Id': '1',
      'PublishBatchRequestEntries.member.1.Message': 'one',
      'PublishBatchRequestEntries.member.2.Id': '2',
      'PublishBatchRequestEntries.member.2.Message': 'two',
    });

    const messages = publishedMessages('PublishBatch', queryFormToParams(form));

    expect(messages.map((m) => m.message)).toEqual(['one', 'two']);
  });

  it('reads a JSON-protocol Publish', () => {
    const messages = publishedMessages('Publish', {
      TopicArn: 't',
      Message: 'm',
      MessageAttributes: { recipient: { DataType: 'String', StringValue: 'a@b.c' } },
    });

    expect(messages[0]?.attributes).toEqual({ recipient: { Type: 'String', Value: 'a@b.c' } });
  });
});
