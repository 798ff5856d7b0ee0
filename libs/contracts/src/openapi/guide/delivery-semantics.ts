/** Acknowledgement, idempotency, ordering and retry rules for senders. */
export const DELIVERY_SEMANTICS_GUIDE = `The API is built for at-least-once webhook delivery: send every event until you get a 2xx, and
retrying is always safe.

### Acknowledgement

A \`2xx\` means the event is **durably stored and queued for notification**; only then does the
service answer. If storing or queueing fails, you get a \`5xx\` and the event counts as not
received: retry it. A retry of an event that was stored but not yet queued completes the missing
step exactly once.

| Status | Body \`status\` | Meaning                                                           | Do                    |
| ------ | ------------- | ----------------------------------------------------------------- | --------------------- |
| \`202\`  | \`accepted\`    | First delivery of this event: stored, notification queued.        | Stop; done.           |
| \`200\`  | \`duplicate\`   | This event id was already accepted with the same payload.         | Stop; done.           |

### Idempotency: the event id

An event id identifies one event per provider. Each event is stored under a key derived from
the event itself (its \`transaction_id\`, \`occurred_at\` and \`event_id\`), and the event id is
also bound, per provider, to the exact content it was first accepted with. Redeliver an event
**exactly as first sent** (key order and whitespace do not matter), and the answer is \`200\` with
\`"status": "duplicate"\`: nothing is stored twice and the customer is not emailed twice, also when
two deliveries race each other. The duplicate check is made by the database with conditional
writes, not by a read followed by a write.

The same event id with **different content** (any field: amount, status, \`occurred_at\`,
\`transaction_id\`...) is answered \`409 EVENT_ID_CONFLICT\` and the stored event is never
overwritten. Event ids are immutable facts: to correct an event, send a new event with a new
\`event_id\` (for example a later \`payment.failed\` or \`payment.refunded\`).

**Transaction ids.** \`transaction_id\` must be unique across providers: the API keys a
transaction by it alone (\`GET /transactions/{id}\`), so events of two providers that share a
\`transaction_id\` would join one history. If your ids may collide with another provider's,
prefix them with the provider (for example \`stripe_pi_3MtwBwLkdIwHu7ix\`).

\`POST /transactions/{id}/notify\` has its own idempotency key, \`request_id\`: repeating a request
with the same \`request_id\` queues nothing new; choose a new one to send another email.

### Ordering

Deliveries may arrive in any order, and you do not have to serialize them. The current \`status\`
of a transaction is that of the event with the **latest \`occurred_at\`**, whatever the arrival
order (ties are broken by \`event_id\`), and \`GET /transactions/{id}\` lists the history sorted by
\`occurred_at\`. A \`payment.succeeded\` delivered before its \`payment.pending\` therefore still leaves
the transaction \`succeeded\`. Send the provider's real event time in \`occurred_at\`, never the time
of the delivery attempt.

### Retries: what, how, for how long

| Answer                               | Retry? | Why                                                                 |
| ------------------------------------ | ------ | ------------------------------------------------------------------- |
| \`200\`, \`202\`                         | no     | Done (\`duplicate\` included).                                        |
| \`400\`, \`413\`, \`415\`                  | no     | The request itself is wrong; the same bytes will fail again. Fix it. |
| \`403\`                                | no     | Fix credentials, clock or policy first; then resend.                |
| \`404\` (notify)                       | later  | The transaction has no accepted event yet; retry once it has one.   |
| \`409\`                                | no     | The event id is taken by different content; see above.              |
| \`429\`                                | yes    | You are above the rate limit; slow down.                            |
| \`500\`, \`503\`, timeouts, network errors | yes  | Nothing was acknowledged; the same request is safe to repeat.       |

Retry with **exponential backoff and full jitter**: wait a random time between 0 and
\`min(1 hour, 1 s × 2^attempt)\` before each attempt, re-sign each attempt, and send the same body
and \`event_id\` every time. Keep retrying for **up to 3 days**; after that, alert a human rather than
dropping the event. API Gateway does not send a \`Retry-After\` header, so do not wait for one.

**409 explained.** A \`409 EVENT_ID_CONFLICT\` is not transient: the service already holds a different
event under that id. It usually means a sender bug (ids reused across transactions, or an event
mutated before a retry). Do not retry; log it, fix the sender, and send corrections as new events.

**429 explained.** \`429 THROTTLED\` comes from the gateway's per-route throttle, which keeps load below
what the functions can serve (so overload is a clean 429, never a 5xx). Nothing was received;
back off as above. If you see 429 under normal traffic, ask the operator to raise your limit.

### Notifications

Each accepted event is emailed to \`customer.email\`, and only to that address: no other customer
receives it. Emails are sent asynchronously after the \`202\` at a bounded rate, and a delivery
that is retried internally never produces a second email for the same event.

Amazon SNS delivers email only to addresses whose owner has confirmed them, so a customer's
**first email waits until they confirm the subscription email** SNS sends them. The service
checks every 15 minutes for up to 3 days; if the customer has not confirmed by then, the
notification goes to the dead-letter queue and operations are alerted (once the customer has
confirmed, \`POST /transactions/{id}/notify\` sends it). Later emails to a confirmed address go
out within seconds. \`GET /transactions/{id}\` shows what has been sent under \`notifications\`.
`;
