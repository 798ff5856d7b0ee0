import { notificationJobValidator } from '@payments/contracts/lambda';
import { sqsEvent, sqsRecord } from '../__fixtures__/events';
import { handlerWithFakes as setup, json } from '../__fixtures__/handler-with-fakes';
import { eventItem, eventJob, manualItem, manualJob, TRANSACTION_ID } from '../__fixtures__/items';

describe('notification sender handler: SQS notification queue', () => {
  it('reports only the failed records of a batch', async () => {
    // Prepare: one good job, one whose item does not exist, one poison message.
    const item = eventItem();
    const { handler, publisher, metrics } = setup([item]);
    const event = sqsEvent(
      { messageId: 'm-good', body: json(eventJob(item)) },
      { messageId: 'm-missing', body: json(eventJob(eventItem({ event_id: 'evt_gone' }))) },
      { messageId: 'm-poison', body: '{"not":"a job"}' },
    );

    // Act
    const response = await handler(event);

    // Assess
    expect(response).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm-missing' }, { itemIdentifier: 'm-poison' }],
    });
    expect(publisher.sent).toHaveLength(1);
    expect(metrics.totals()).toEqual({
      NotificationsSent: 1,
      NotificationsFailed: 2,
      NotificationJobsInvalid: 1,
    });
  });

  it('acknowledges a redelivered job without sending a second email', async () => {
    const item = eventItem();
    const { handler, publisher, metrics } = setup([item]);
    await handler(sqsEvent({ messageId: 'm-1', body: json(eventJob(item)) }));

    const response = await handler(sqsEvent({ messageId: 'm-1', body: json(eventJob(item)) }));

    expect(response).toEqual({ batchItemFailures: [] });
    expect(publisher.sent).toHaveLength(1);
    expect(metrics.totals()).toMatchObject({
      NotificationsSent: 1,
      NotificationsSkippedDuplicate: 1,
    });
  });

  it.each([
    ['non-JSON', 'not json'],
    ['empty', ''],
    ['a wrong version', json({ ...eventJob(), version: 2 })],
    ['an unknown trigger', json({ ...eventJob(), trigger: 'cron' })],
    ['an injected field', json({ ...eventJob(), recipient: 'mallory@example.com' })],
    ['a bad transaction id', json({ ...eventJob(), transaction_id: '../x' })],
  ])(
    'treats a %s body as poison: logged at error, reported failed, nothing written',
    async (_label, body) => {
      const { handler, store, publisher, logger } = setup();

      const response = await handler(sqsEvent({ messageId: 'm-bad', body }));

      expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-bad' }] });
      expect(store.writes).toBe(0);
      expect(publisher.sent).toEqual([]);
      expect(logger.entries.find((entry) => entry.level === 'error')?.attributes).toMatchObject({
        message_id: 'm-bad',
      });
    },
  );

  it('re-queues a job whose recipient has not confirmed yet, 15 minutes later, and acknowledges the record', async () => {
    // Prepare
    const item = eventItem();
    const { handler, subscriptions, metrics, publisher, queue } = setup([item]);
    subscriptions.pending.add(item.customer_email);

    // Act
    const response = await handler(
      sqsEvent({ messageId: 'm-1', body: json({ ...eventJob(item), attempt: 3 }) }),
    );

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(publisher.sent).toEqual([]);
    expect(queue.jobs).toEqual([{ ...eventJob(item), attempt: 4 }]);
    expect(queue.delays).toEqual([900]);
    expect(metrics.totals()).toEqual({ NotificationsRecipientPending: 1 });
  });

  it('starts the attempt count at 1 for a job that never waited', async () => {
    const item = eventItem();
    const { handler, subscriptions, queue } = setup([item]);
    subscriptions.pending.add(item.customer_email);

    await handler(sqsEvent({ messageId: 'm-1', body: json(eventJob(item)) }));

    expect(queue.jobs.map((job) => job.attempt)).toEqual([1]);
  });

  it('sends the re-queued job once the recipient has confirmed (the lease was given back)', async () => {
    // Prepare
    const item = eventItem();
    const { handler, subscriptions, publisher, queue } = setup([item]);
    subscriptions.pending.add(item.customer_email);
    await handler(sqsEvent({ messageId: 'm-1', body: json(eventJob(item)) }));
    subscriptions.pending.clear();

    // Act
    const response = await handler(sqsEvent({ messageId: 'm-2', body: json(queue.jobs[0]) }));

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(publisher.sent.map((email) => email.notificationId)).toEqual(['event:evt_1']);
  });

  it('fails the record once the job has waited three days, so it reaches the DLQ', async () => {
    // Prepare
    const item = eventItem();
    const { handler, subscriptions, metrics, publisher, queue } = setup([item]);
    subscriptions.pending.add(item.customer_email);

    // Act
    const response = await handler(
      sqsEvent({ messageId: 'm-1', body: json({ ...eventJob(item), attempt: 288 }) }),
    );

    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
    expect(publisher.sent).toEqual([]);
    expect(queue.jobs).toEqual([]);
    expect(metrics.totals()).toEqual({
      NotificationsFailed: 1,
      NotificationsRecipientPending: 1,
    });
  });

  it('fails the record when the job cannot be re-queued, so SQS delivers it again', async () => {
    const item = eventItem();
    const { handler, subscriptions, queue } = setup([item]);
    subscriptions.pending.add(item.customer_email);
    queue.failWith = new Error('SQS unavailable');

    const response = await handler(sqsEvent({ messageId: 'm-1', body: json(eventJob(item)) }));

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
  });

  it('sends a manual job and logs with transaction, event and message ids', async () => {
    const { handler, publisher, logger } = setup([
      eventItem(),
      manualItem({ request_id: 'req_1' }),
    ]);
    const record = sqsRecord('m-manual', json(manualJob('req_1')), 2);

    const response = await handler({ Records: [record] });

    expect(response).toEqual({ batchItemFailures: [] });
    expect(publisher.sent[0]?.notificationId).toBe('manual:req_1');
    expect(
      logger.entries.find((entry) => entry.message === 'Notification sent')?.attributes,
    ).toMatchObject({
      transaction_id: TRANSACTION_ID,
      event_id: 'evt_1',
      message_id: 'm-manual',
      receive_count: 2,
      sns_message_id: 'msg-1',
    });
  });

  it('fails a record when publishing fails, and keeps going with the rest', async () => {
    const first = eventItem({ event_id: 'evt_1' });
    const second = eventItem({ event_id: 'evt_2', occurred_at: '2026-11-27T10:01:00Z' });
    const { handler, publisher } = setup([first, second]);
    const publish = publisher.publish.bind(publisher);
    let calls = 0;
    publisher.publish = async (email) => {
      calls += 1;
      if (calls === 1) throw new Error('SNS throttled');
      return publish(email);
    };

    const response = await handler(
      sqsEvent(
        { messageId: 'm-1', body: json(eventJob(first)) },
        { messageId: 'm-2', body: json(eventJob(second)) },
      ),
    );

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
    expect(publisher.sent.map((email) => email.notificationId)).toEqual(['event:evt_2']);
  });

  it('fails only the record whose validation cannot run, and sends the rest', async () => {
    // Prepare: listing a job's errors loads code lazily; here that load fails once.
    const first = eventItem({ event_id: 'evt_1' });
    const second = eventItem({ event_id: 'evt_2', occurred_at: '2026-11-27T10:01:00Z' });
    const { handler, publisher, metrics } = setup([first, second]);
    const validate = jest
      .spyOn(notificationJobValidator, 'validate')
      .mockRejectedValueOnce(new Error('Cannot find module ./chunks/validation-errors.mjs'));

    // Act
    const response = await handler(
      sqsEvent(
        { messageId: 'm-1', body: json(eventJob(first)) },
        { messageId: 'm-2', body: json(eventJob(second)) },
      ),
    );

    // Assess
    validate.mockRestore();
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
    expect(publisher.sent.map((email) => email.notificationId)).toEqual(['event:evt_2']);
    expect(metrics.totals()).toMatchObject({ NotificationsFailed: 1, NotificationsSent: 1 });
  });
});
