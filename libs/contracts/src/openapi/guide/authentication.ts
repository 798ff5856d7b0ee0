/** SigV4: which caller policy an integrator needs and how to sign with curl, Node.js and Python. */
export const AUTHENTICATION_GUIDE = `Every operation requires **AWS Signature Version 4** (IAM authorization): there are no API keys
and no bearer tokens. Requests are signed with AWS credentials for the service
\`execute-api\` in the Region \`us-east-2\`. Unsigned requests, bad signatures and calls the
caller's policy does not allow are answered \`403\` with code \`ACCESS_DENIED\` before they reach the
service.

### Which policy you need

The stack creates one managed policy per kind of caller, each allowing \`execute-api:Invoke\` on
exactly one route of this API and nothing else. The operator attaches it to the IAM role your
integration runs as (for a provider in another AWS account: a role in this account that your
account may assume).

| Stack output                  | Allows                                | Typical holder                         |
| ----------------------------- | ------------------------------------- | -------------------------------------- |
| \`WebhookSenderPolicyArn\`      | \`POST /webhooks/payment\`              | the payment provider or its relay      |
| \`TransactionReaderPolicyArn\`  | \`GET /transactions/{id}\`              | merchant back office, support tooling  |
| \`NotifierPolicyArn\`           | \`POST /transactions/{id}/notify\`      | support tooling that re-sends receipts |

Use short-lived credentials (an assumed role) rather than long-term access keys. With temporary
credentials, send the session token in the \`X-Amz-Security-Token\` header and sign it too.

### Signing rules that matter

- Sign the **exact bytes** you send as the body; re-serializing the JSON after signing breaks the
  signature.
- Include \`host\` and \`content-type\` in the signed headers; the SDKs below do this for you.
- Signatures expire after 5 minutes: keep the clock synchronized (NTP), and re-sign every retry.

### Signing with curl

curl 7.75 or newer signs requests itself:

\`\`\`bash
API_URL="https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/v1"

curl --fail-with-body -sS "$API_URL/webhooks/payment" \\
  --aws-sigv4 "aws:amz:us-east-2:execute-api" \\
  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\
  -H "X-Amz-Security-Token: $AWS_SESSION_TOKEN" \\
  -H "Content-Type: application/json" \\
  --data-binary @event.json

curl --fail-with-body -sS "$API_URL/transactions/txn_3MtwBwLkdIwHu7ix" \\
  --aws-sigv4 "aws:amz:us-east-2:execute-api" \\
  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\
  -H "X-Amz-Security-Token: $AWS_SESSION_TOKEN"
\`\`\`

Omit the \`X-Amz-Security-Token\` header when you use long-term access keys.

### Signing with Node.js

With \`@smithy/signature-v4\`, the signer the AWS SDK for JavaScript uses:

\`\`\`js
import { Sha256 } from '@aws-crypto/sha256-js';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

const signer = new SignatureV4({
  service: 'execute-api',
  region: 'us-east-2',
  credentials: defaultProvider(),
  sha256: Sha256,
});

export async function sendEvent(apiUrl, event) {
  const url = new URL('webhooks/payment', apiUrl); // apiUrl is the ApiUrl output, ending in /v1/
  const body = JSON.stringify(event); // sign and send these exact bytes
  const request = new HttpRequest({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    headers: { host: url.host, 'content-type': 'application/json' },
    body,
  });
  const signed = await signer.sign(request);
  const { host: _host, ...headers } = signed.headers; // fetch sets Host itself
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}
\`\`\`

### Signing with Python

With \`botocore\`'s \`SigV4Auth\`, the signer boto3 uses:

\`\`\`python
import json
import urllib.error
import urllib.request

import botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest


def send_event(api_url: str, event: dict) -> tuple[int, dict]:
    """api_url is the ApiUrl stack output, ending in /v1/."""
    body = json.dumps(event).encode("utf-8")  # sign and send these exact bytes
    request = AWSRequest(
        method="POST",
        url=api_url + "webhooks/payment",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    credentials = botocore.session.Session().get_credentials().get_frozen_credentials()
    SigV4Auth(credentials, "execute-api", "us-east-2").add_auth(request)
    prepared = request.prepare()
    outgoing = urllib.request.Request(
        prepared.url, data=body, headers=dict(prepared.headers), method="POST"
    )
    try:
        with urllib.request.urlopen(outgoing) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:  # 4xx and 5xx still carry an ErrorResponse
        return error.code, json.load(error)
\`\`\`
`;
