import { PAYMENT_EVENT_TYPES } from '@payments/contracts';

export const HELP_TEXT = `Usage: npm run webhook -- <command> [options]

Calls the payment-webhooks API with SigV4-signed requests and prints the status and body.

Commands
  send --type <type> [--transaction-id ID] [--event-id ID] [--email ADDRESS]
                     [--amount MINOR_UNITS] [--currency CODE] [--occurred-at RFC3339]
                          POST a sample event to /webhooks/payment (fresh ids and the current
                          time unless given)
  send --file <event.json>
                          POST the file's bytes exactly as they are
  get <transaction-id>    GET /transactions/{id}
  notify <transaction-id> [--request-id ID] [--reason TEXT]
                          POST /transactions/{id}/notify (a new request id unless given)

Event types
  ${PAYMENT_EVENT_TYPES.join(', ')}

Target (default: the local stack started by \`npm start\`)
  --outputs <file>        local stack outputs (default .local/stack-outputs.json)
  --api-url <url>         a deployed stage, e.g. https://abc123.execute-api.us-east-2.amazonaws.com/v1/
                          credentials from the standard AWS chain (env, profile, SSO, role)
  --region <region>       region of --api-url (default us-east-2)

Exit codes
  0  2xx answer    1  4xx/5xx answer    2  bad command line    3  could not send (no stack, network)

Examples
  npm run webhook -- send --type payment.succeeded --email jane@example.com --amount 1999 --currency USD
  # a redelivery repeats the same payload: fix the ids and the event time; run twice: 202, then 200
  npm run webhook -- send --type payment.succeeded --transaction-id txn_1 --event-id evt_1 --occurred-at 2026-01-01T12:00:00Z
  npm run webhook -- send --file event.json
  npm run webhook -- get txn_1
  npm run webhook -- notify txn_1 --request-id resend-1
  AWS_PROFILE=payments npm run webhook -- get txn_1 --api-url https://abc123.execute-api.us-east-2.amazonaws.com/v1/
`;
