import { schemaKeyword } from '../schema-keyword';
import { MAX_EMAILS_PER_SECOND } from '../../messages/email-routing';
import { TRANSACTION_ID_MAX_LENGTH, TRANSACTION_ID_PATTERN } from '../../schemas/identifiers';
import { MAX_METADATA_ENTRIES, MAX_WEBHOOK_BODY_BYTES } from '../../schemas/webhook-event';
import { MinorUnitAmountSchema } from '../../schemas/currency';

/** Size and rate limits, computed from the constants the validators use. */
export function limitsGuide(): string {
  const MAX_WEBHOOK_BODY_KIB = MAX_WEBHOOK_BODY_BYTES / 1024;
  const MAX_AMOUNT = schemaKeyword<number>(MinorUnitAmountSchema, 'maximum');
  return `| Limit                         | Value                                                  | Answer when exceeded       |
| ----------------------------- | ------------------------------------------------------ | -------------------------- |
| Request body                  | ${MAX_WEBHOOK_BODY_BYTES} bytes (${MAX_WEBHOOK_BODY_KIB} KiB) of raw body, counted in bytes, not characters | \`413 PAYLOAD_TOO_LARGE\`    |
| \`metadata\`                    | at most ${MAX_METADATA_ENTRIES} keys; keys 1-40 of \`[A-Za-z0-9_.-]\`, values up to 200 characters | \`400 VALIDATION_FAILED\`    |
| Transaction id (\`{id}\`)       | 1-${TRANSACTION_ID_MAX_LENGTH} characters matching \`${TRANSACTION_ID_PATTERN}\`               | \`400 VALIDATION_FAILED\`    |
| Amount                        | integer, 0 to ${MAX_AMOUNT} minor units                | \`400 VALIDATION_FAILED\`    |
| Request rate                  | per route: a steady rate (requests per second) and a burst, set per deployment | \`429 THROTTLED\`            |
| Field errors in one response  | at most 100 (all of them in practice)                   | -                          |
| Signature age                 | 5 minutes                                              | \`403 ACCESS_DENIED\`        |

Each route has its own throttle, shared by all callers of that route. The stack derives it from
the reserved concurrency of the function behind the route, so that overload is always a \`429\`
(which you retry) and never a \`500\`. The operator can raise it together with that concurrency;
ask for your deployment's figures. AWS additionally caps an account at 10,000 requests per second
per Region across all its APIs.

Customer emails are sent at most ${MAX_EMAILS_PER_SECOND} per second in total, below the limit at
which Amazon SNS suspends an email subscription; a burst of events is therefore emailed over a few
seconds rather than dropped. A customer's first email also waits until they confirm their
subscription (see *Delivery semantics*).
`;
}
