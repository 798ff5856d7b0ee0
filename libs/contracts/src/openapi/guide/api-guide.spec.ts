import { operationObjects } from '../operations';
import { apiGuideMarkdown } from './api-guide';
import { DELIVERY_SEMANTICS_GUIDE } from './delivery-semantics';
import { EVENT_TYPE_GUIDE } from './event-catalogue';
import { limitsGuide } from './limits';

/** Collapses line breaks, so a phrase may wrap anywhere in the Markdown source. */
const flat = (markdown: string) => markdown.replace(/\s+/g, ' ');

describe('integrator guide: promises the service keeps', () => {
  it("says a customer's first email waits for their subscription confirmation, and for how long", () => {
    // Act
    const semantics = flat(DELIVERY_SEMANTICS_GUIDE);

    // Assess
    expect(semantics).toMatch(/first email .*waits until .*confirm/i);
    expect(semantics).toMatch(/every 15 minutes for up to 3 days/);
    expect(semantics).toMatch(/dead-letter queue/);
    expect(semantics).toMatch(/later emails .*within seconds/i);
    expect(semantics).not.toMatch(/\(normally within seconds\)/);
  });

  it('does not promise that no email is ever dropped', () => {
    expect(flat(limitsGuide())).not.toMatch(/never dropped/);
    expect(flat(limitsGuide())).toMatch(/confirm/);
  });

  it('does not promise an unconditional payment confirmation email', () => {
    expect(EVENT_TYPE_GUIDE['payment.succeeded']).not.toMatch(/The customer receives/);
    expect(EVENT_TYPE_GUIDE['payment.succeeded']).toMatch(/confirm/);
  });

  it('says any reuse of an event id with different content is a 409, whatever the key fields', () => {
    // Act
    const description = flat(String(operationObjects().receivePaymentWebhook['description']));

    // Assess
    expect(description).not.toMatch(/same `event_id`, `transaction_id` and `occurred_at`/);
    expect(description).toMatch(/event id\b.*different content\b.*`409`/i);
  });

  it('requires transaction ids to be unique across providers', () => {
    expect(flat(apiGuideMarkdown())).toMatch(/`transaction_id` must be unique across providers/);
  });
});
