import { CreateQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { uniqueName } from '@payments/moto-harness';

/** A notification queue of the function's own, under a unique name. */
export async function createNotificationQueue(client: SQSClient): Promise<string> {
  const { QueueUrl } = await client.send(
    new CreateQueueCommand({ QueueName: uniqueName('notification-jobs') }),
  );
  if (!QueueUrl) throw new Error('CreateQueue returned no QueueUrl');
  return QueueUrl;
}
