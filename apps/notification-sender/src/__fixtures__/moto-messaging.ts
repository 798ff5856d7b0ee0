import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';

export async function createQueue(
  sqs: SQSClient,
  name: string,
  visibilityTimeoutSeconds = 30,
): Promise<{ url: string; arn: string }> {
  const created = await sqs.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: { VisibilityTimeout: String(visibilityTimeoutSeconds) },
    }),
  );
  const url = created.QueueUrl ?? '';
  const attributes = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  return { url, arn: attributes.Attributes?.['QueueArn'] ?? '' };
}

export async function createTopic(sns: SNSClient, name: string): Promise<string> {
  const created = await sns.send(new CreateTopicCommand({ Name: name }));
  return created.TopicArn ?? '';
}

/** An SQS queue subscribed to the topic: an observable stand-in for an email endpoint. */
export async function subscribeQueue(
  sns: SNSClient,
  topicArn: string,
  queueArn: string,
  filterPolicy?: string,
): Promise<void> {
  await sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: queueArn,
      ...(filterPolicy
        ? { Attributes: { FilterPolicy: filterPolicy, FilterPolicyScope: 'MessageAttributes' } }
        : {}),
    }),
  );
}

/** Everything currently visible on the queue (a few short receives). */
export async function receiveAll(sqs: SQSClient, queueUrl: string): Promise<Message[]> {
  const messages: Message[] = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: attempt === 0 ? 1 : 0,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['All'],
      }),
    );
    messages.push(...(received.Messages ?? []));
  }
  return messages;
}

/** Turns a received message into the record the Lambda event source mapping would deliver. */
export function toSqsRecord(message: Message, queueArn: string): SQSRecord {
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
      SentTimestamp: message.Attributes?.SentTimestamp ?? '0',
      SenderId: message.Attributes?.SenderId ?? '',
      ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? '0',
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: 'us-east-2',
  };
}

/** The SNS envelope SQS receives from a topic (raw delivery off). */
export interface SnsEnvelope {
  readonly Message: string;
  readonly Subject?: string;
  readonly MessageAttributes?: Record<string, { Type: string; Value: string }>;
}

export function envelopes(messages: Message[]): SnsEnvelope[] {
  return messages.map((message) => JSON.parse(message.Body ?? '{}') as SnsEnvelope);
}
