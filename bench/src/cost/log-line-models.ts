/**
 * Log lines AWS writes that the local stack cannot produce byte for byte, rendered from their
 * documented formats with values of realistic length, so their ingestion is priced by size.
 */

const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';
const TRACE_ID = '1-6b08f06a-ed2eda0eca9ec0ed718076ea';

/** `$context` values of a typical signed POST /webhooks/payment. */
const CONTEXT_SAMPLE: Record<string, string> = {
  requestId: REQUEST_ID,
  extendedRequestId: 'UBuxiEZSIAMFQ1Q=',
  requestTime: '27/Nov/2026:10:15:30 +0000',
  httpMethod: 'POST',
  resourcePath: '/webhooks/payment',
  path: '/v1/webhooks/payment',
  status: '202',
  protocol: 'HTTP/1.1',
  responseLength: '98',
  responseLatency: '31',
  integrationLatency: '27',
  integrationStatus: '200',
  'error.responseType': '-',
  'identity.sourceIp': '203.0.113.10',
  'identity.accountId': '123456789012',
  'identity.userArn': 'arn:aws:sts::123456789012:assumed-role/webhook-sender/provider-relay',
  xrayTraceId: TRACE_ID,
};

/** One access-log line of the stage's own `AccessLogSetting.Format`. */
export function accessLogLine(format: string): string {
  return format.replace(
    /\$context\.([A-Za-z.]+)/g,
    (_m, name: string) => CONTEXT_SAMPLE[name] ?? '-',
  );
}

/**
 * Execution log lines of one Lambda-proxy request at `INFO` without data trace (no headers,
 * bodies or transformations), in API Gateway's documented wording. A modelled set: the local
 * gateway does not write execution logs.
 */
export function executionLogLines(level: string, dataTrace: boolean): string[] {
  if (level !== 'INFO') return [];
  const p = `(${REQUEST_ID}) `;
  const lines = [
    `${p}Extended Request Id: UBuxiEZSIAMFQ1Q=`,
    `${p}Verifying Usage Plan for request: ${REQUEST_ID}. API Key:  API Stage: a1b2c3d4e5/v1`,
    `${p}API Key  authorized because method 'POST /webhooks/payment' does not require API Key. Request will not contribute to throttle or quota limits`,
    `${p}Usage Plan check succeeded for API Key  and API Stage a1b2c3d4e5/v1`,
    `${p}Starting execution for request: ${REQUEST_ID}`,
    `${p}HTTP Method: POST, Resource Path: /webhooks/payment`,
    `${p}Successfully completed execution`,
    `${p}Method completed with status: 202`,
  ];
  if (dataTrace) {
    // Headers and bodies of the request, the integration request and response: ~4 KB more.
    lines.push(`${p}Method request headers: {${'x'.repeat(1200)}}`);
    lines.push(`${p}Method request body before transformations: ${'x'.repeat(450)}`);
    lines.push(`${p}Endpoint request body after transformations: ${'x'.repeat(2400)}`);
    lines.push(`${p}Endpoint response body before transformations: ${'x'.repeat(250)}`);
  }
  return lines;
}

/** START, END and REPORT of one invocation as Lambda writes them (text format, X-Ray active). */
export function lambdaPlatformLines(sampled: boolean): string[] {
  const report =
    `REPORT RequestId: ${REQUEST_ID}\tDuration: 21.37 ms\tBilled Duration: 22 ms\t` +
    `Memory Size: 512 MB\tMax Memory Used: 92 MB\t`;
  return [
    `START RequestId: ${REQUEST_ID} Version: $LATEST`,
    `END RequestId: ${REQUEST_ID}`,
    sampled
      ? `${report}\nXRAY TraceId: ${TRACE_ID}\tSegmentId: 4a8b2c6d1e3f5a7b\tSampled: true\t`
      : report,
  ];
}
