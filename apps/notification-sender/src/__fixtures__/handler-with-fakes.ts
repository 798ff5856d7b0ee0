import type { TransactionItem } from '@payments/contracts';
import { createHandler } from '../handler';
import { FakeLogger, FakeMetrics } from './fake-observability';
import {
  CountingRateLimiter,
  FakeClock,
  FakeEmailPublisher,
  FakeJobQueue,
  FakeRecipientSubscriptions,
} from './fakes';
import { InMemoryNotificationStore } from './in-memory-notification-store';
import { eventItem } from './items';

/** The real handler over in-memory fakes of every port. */
export function handlerWithFakes(items: TransactionItem[] = [eventItem()]) {
  const deps = {
    store: new InMemoryNotificationStore(items),
    queue: new FakeJobQueue(),
    subscriptions: new FakeRecipientSubscriptions(),
    publisher: new FakeEmailPublisher(),
    rateLimiter: new CountingRateLimiter(),
    clock: new FakeClock(),
    logger: new FakeLogger(),
    metrics: new FakeMetrics(),
  };
  return { ...deps, handler: createHandler(deps) };
}

export const json = (value: unknown) => JSON.stringify(value);
