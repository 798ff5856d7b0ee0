/** What the API is for, the base URL and the formats. */
export const OVERVIEW_GUIDE = `Payment providers (or the relays that forward their webhooks) deliver **payment events** to this
API. Each accepted event is stored durably, becomes part of its transaction's history, and
triggers an email to the customer the payment belongs to, and only to that customer.
Merchant tools can read the current state of a transaction and ask for a notification to be
sent again.

| You want to                        | Call                             |
| ---------------------------------- | -------------------------------- |
| deliver a payment event            | \`POST /webhooks/payment\`         |
| read a transaction and its history | \`GET /transactions/{id}\`         |
| re-send the customer's email       | \`POST /transactions/{id}/notify\` |

Each route needs its own caller policy (see *Authentication*).

**Base URL.** The stack output \`ApiUrl\`, for example
\`https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/v1/\`. Every path below is relative to it.
A local copy of the whole system (\`npm start\`) serves the same API at \`http://127.0.0.1:3000/v1/\`.

**Format.** Requests and responses are JSON (\`Content-Type: application/json\`, UTF-8). Field
names are \`snake_case\`; amounts are integers in the currency's minor unit; times are RFC 3339.
Every error, whether raised by the gateway or by the service, has the same
\`ErrorResponse\` shape (see *Errors*).

**This document** is generated from the same TypeBox schemas that validate requests at run
time, so it cannot disagree with the service. Download it as
[\`openapi.json\`](openapi.json) (OpenAPI 3.0.3) to generate a client or to import it into a tool.
`;
