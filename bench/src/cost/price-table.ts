/**
 * List prices the cost model multiplies counted usage by: /work/shared/REFERENCE-FIGURES.md
 * (us-east-1 / us-east-2, first tier, free tiers ignored). Re-check before quoting.
 */
export const PRICES = {
  apiGatewayRestPerMillion: { usd: 3.5, source: 'API Gateway pricing (REST requests)' },
  lambdaRequestsPerMillion: { usd: 0.2, source: 'Lambda pricing' },
  lambdaArm64PerGbSecond: { usd: 0.0000133334, source: 'Lambda pricing (arm64)' },
  dynamoDbWriteUnitsPerMillion: {
    usd: 0.625,
    source: 'DynamoDB on-demand, after the Nov 2024 cut',
  },
  dynamoDbReadUnitsPerMillion: { usd: 0.125, source: 'DynamoDB on-demand, after the Nov 2024 cut' },
  sqsRequestsPerMillion: { usd: 0.4, source: 'SQS standard (per 64 KB chunk)' },
  snsRequestsPerMillion: { usd: 0.5, source: 'SNS requests (publishes and other API calls)' },
  snsEmailPer100k: { usd: 2.0, source: 'SNS email deliveries' },
  xrayTracesPerMillion: { usd: 5.0, source: 'X-Ray traces recorded' },
  logsIngestionPerGb: { usd: 0.5, source: 'CloudWatch Logs ingestion' },
  kmsRequestsPer10k: { usd: 0.03, source: 'KMS requests' },
} as const;

/**
 * Prices the what-if knobs need that the shared reference table does not list. Flagged in the
 * report as outside the reference table.
 */
export const OTHER_PRICES = {
  apiGatewayHttpPerMillion: {
    usd: 1.0,
    source:
      'API Gateway HTTP API requests, first 300 million (aws.amazon.com/api-gateway/pricing; not in REFERENCE-FIGURES.md)',
  },
} as const;

/** CloudWatch Logs bills each event's message bytes plus 26 bytes of event overhead. */
export const LOG_EVENT_OVERHEAD_BYTES = 26;
