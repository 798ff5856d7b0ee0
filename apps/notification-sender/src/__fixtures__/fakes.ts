import type { NotificationJob } from '@payments/contracts';
import type { Clock, Timer } from '../ports/clock';
import type { EmailPublisher, OutgoingEmail } from '../ports/email-publisher';
import type { EnqueueOptions, JobQueue } from '../ports/job-queue';
import type { RateLimiter } from '../ports/rate-limiter';
import type { RecipientSubscriptions, SubscriptionState } from '../ports/recipient-subscriptions';

export class FakeJobQueue implements JobQueue {
  readonly jobs: NotificationJob[] = [];
  /** The delay each job in `jobs` was sent with. */
  readonly delays: (number | undefined)[] = [];
  failWith?: Error;

  async enqueue(job: NotificationJob, options?: EnqueueOptions): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.jobs.push(job);
    this.delays.push(options?.delaySeconds);
  }
}

export class FakeEmailPublisher implements EmailPublisher {
  readonly sent: OutgoingEmail[] = [];
  failWith?: Error;

  async publish(email: OutgoingEmail): Promise<string> {
    if (this.failWith) throw this.failWith;
    this.sent.push(email);
    return `msg-${this.sent.length}`;
  }
}

export class FakeRecipientSubscriptions implements RecipientSubscriptions {
  readonly ensured: string[] = [];
  readonly pending = new Set<string>();

  async ensureSubscribed(email: string): Promise<SubscriptionState> {
    this.ensured.push(email);
    return this.pending.has(email) ? 'pending' : 'confirmed';
  }
}

export class CountingRateLimiter implements RateLimiter {
  acquired = 0;

  async acquire(): Promise<void> {
    this.acquired += 1;
  }
}

/** Wall clock that only moves when told to. */
export class FakeClock implements Clock {
  constructor(private current = new Date('2026-11-27T12:00:00.000Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Monotonic timer whose sleep advances virtual time instantly. */
export class FakeTimer implements Timer {
  current = 0;
  readonly sleeps: number[] = [];

  nowMs(): number {
    return this.current;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += ms;
  }
}
