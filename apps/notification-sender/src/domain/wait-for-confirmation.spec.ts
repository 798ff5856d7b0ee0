import { FakeJobQueue } from '../__fixtures__/fakes';
import { eventJob } from '../__fixtures__/items';
import { CLAIM_LEASE_MS } from './send-notification';
import {
  CONFIRMATION_RECHECK_SECONDS,
  MAX_CONFIRMATION_CHECKS,
  waitForConfirmation,
} from './wait-for-confirmation';

describe('waitForConfirmation', () => {
  it('puts the same job back, 15 minutes later, with its attempt counted', async () => {
    // Prepare
    const queue = new FakeJobQueue();
    const job = { ...eventJob(), attempt: 10 };

    // Act
    const outcome = await waitForConfirmation(job, queue);

    // Assess
    expect(outcome).toEqual({ status: 'requeued', attempt: 11 });
    expect(queue.jobs).toEqual([{ ...job, attempt: 11 }]);
    expect(queue.delays).toEqual([900]);
  });

  it('counts a job without an attempt as never re-queued', async () => {
    const queue = new FakeJobQueue();

    const outcome = await waitForConfirmation(eventJob(), queue);

    expect(outcome).toEqual({ status: 'requeued', attempt: 1 });
  });

  it('re-queues up to three days of checks, then stops', async () => {
    // Prepare
    const queue = new FakeJobQueue();
    const last = { ...eventJob(), attempt: MAX_CONFIRMATION_CHECKS - 1 };
    const expired = { ...eventJob(), attempt: MAX_CONFIRMATION_CHECKS };

    // Act
    const lastOutcome = await waitForConfirmation(last, queue);
    const expiredOutcome = await waitForConfirmation(expired, queue);

    // Assess
    expect(MAX_CONFIRMATION_CHECKS * CONFIRMATION_RECHECK_SECONDS).toBe(3 * 24 * 3600);
    expect(lastOutcome.status).toBe('requeued');
    expect(expiredOutcome).toEqual({ status: 'expired', attempt: MAX_CONFIRMATION_CHECKS });
    expect(queue.jobs).toHaveLength(1);
  });

  it('waits longer than a claim lease lives, so the delayed job can always claim again', () => {
    expect(CONFIRMATION_RECHECK_SECONDS * 1000).toBeGreaterThan(CLAIM_LEASE_MS);
  });

  it('propagates a failure to re-queue', async () => {
    const queue = new FakeJobQueue();
    queue.failWith = new Error('SQS unavailable');

    await expect(waitForConfirmation(eventJob(), queue)).rejects.toThrow('SQS unavailable');
  });
});
