import type { AwsCall } from './aws-call';
import { FaultInjector } from './fault-injector';

const putItem = (transactionId: string): AwsCall => ({
  service: 'dynamodb',
  action: 'PutItem',
  protocol: 'json',
  params: { TableName: 'payment_transactions', Item: { transaction_id: { S: transactionId } } },
});
const sendMessage: AwsCall = {
  service: 'sqs',
  action: 'SendMessage',
  protocol: 'query',
  params: { QueueUrl: 'q' },
};

describe('FaultInjector', () => {
  it('fails every call of a service and action until cleared', () => {
    // Prepare
    const faults = new FaultInjector();
    faults.inject({ service: 'SQS', action: 'SendMessage' });

    // Act
    const during = faults.failureFor(sendMessage);
    faults.clear();
    const after = faults.failureFor(sendMessage);

    // Assess
    expect(during?.statusCode).toBe(503);
    expect(during?.body).toContain('sqs SendMessage is unavailable');
    expect(after).toBeUndefined();
  });

  it('fails only the DynamoDB calls on the chosen transaction’s partition', () => {
    const faults = new FaultInjector();
    faults.inject({ service: 'dynamodb', action: 'PutItem', transactionId: 'txn_outage' });

    expect(faults.failureFor(putItem('txn_outage'))?.statusCode).toBe(503);
    expect(faults.failureFor(putItem('event-id#acme#evt_1'))).toBeUndefined();
    expect(faults.failureFor(sendMessage)).toBeUndefined();
  });

  it('answers a JSON-protocol call in that protocol', () => {
    const faults = new FaultInjector();
    faults.inject({ service: 'dynamodb' });

    const reply = faults.failureFor(putItem('txn_1'));

    expect(reply?.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(JSON.parse(reply?.body ?? '{}')).toMatchObject({ __type: 'ServiceUnavailable' });
  });
});
