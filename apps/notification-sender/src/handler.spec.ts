import { notifyEvent, sqsEvent } from './__fixtures__/events';
import { handlerWithFakes as setup, json } from './__fixtures__/handler-with-fakes';
import { eventItem, eventJob, TRANSACTION_ID } from './__fixtures__/items';

describe('notification sender handler: dispatch', () => {
  it('routes an SQS batch to the queue consumer', async () => {
    const item = eventItem();
    const { handler, publisher } = setup([item]);

    const response = await handler(sqsEvent({ messageId: 'm-1', body: json(eventJob(item)) }));

    expect(response).toEqual({ batchItemFailures: [] });
    expect(publisher.sent).toHaveLength(1);
  });

  it('routes an API Gateway request to the notify route', async () => {
    const { handler, queue, publisher } = setup();

    const response = await handler(notifyEvent({ id: TRANSACTION_ID }, json({ request_id: 'r1' })));

    expect(response.statusCode).toBe(202);
    expect(queue.jobs).toHaveLength(1);
    expect(publisher.sent).toEqual([]);
  });

  it('publishes metrics and clears log keys after every invocation', async () => {
    const { handler, metrics, logger } = setup();

    await handler(notifyEvent({ id: TRANSACTION_ID }, json({ request_id: 'r1' })));
    logger.info('later');

    expect(metrics.published).toHaveLength(1);
    expect(logger.entries.at(-1)?.attributes).toEqual({});
  });
});

describe('notification sender handler: other events', () => {
  it('throws for an event that is neither SQS nor API Gateway', async () => {
    const { handler } = setup();

    await expect(handler({ Records: [{ eventSource: 'aws:s3' }] } as never)).rejects.toThrow(
      /Neither an SQS batch/,
    );
  });
});
