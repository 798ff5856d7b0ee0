import { errorReply, type ErrorReply } from '@payments/contracts/lambda';

/**
 * Maps an unexpected failure to the error shape. AWS SDK errors (they carry `$metadata`) and
 * SDK timeouts mean a dependency is unavailable: 503, worth retrying. Anything else is a bug: 500.
 */
export function dependencyFailureReply(error: unknown, requestId: string): ErrorReply {
  return isDependencyError(error)
    ? errorReply('SERVICE_UNAVAILABLE', 'A dependency is unavailable; retry later.', { requestId })
    : errorReply('INTERNAL_ERROR', 'Internal error.', { requestId });
}

function isDependencyError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return '$metadata' in error || error.name === 'TimeoutError';
}
