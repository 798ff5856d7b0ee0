/** What the function returned for one batch, as the event source mapping sees it. */
export type InvocationOutcome =
  | { readonly ok: true; readonly payload: unknown }
  | { readonly ok: false; readonly error: string };

/**
 * Which messages of a batch to delete, by Lambda's documented rules for SQS event sources.
 * Without ReportBatchItemFailures only a successful invocation deletes (all of) the batch.
 * With it, an empty or absent `batchItemFailures` is full success; an identifier that is empty,
 * not a string or not in the batch makes the whole batch a failure; otherwise every message
 * except the reported ones is deleted. A function error always leaves the whole batch.
 */
export function messagesToDelete(
  batchMessageIds: readonly string[],
  outcome: InvocationOutcome,
  reportBatchItemFailures: boolean,
): string[] {
  if (!outcome.ok) return [];
  if (!reportBatchItemFailures) return [...batchMessageIds];
  const payload = outcome.payload;
  if (payload === null || payload === undefined) return [...batchMessageIds];
  if (typeof payload !== 'object') return [];
  const failures = (payload as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === null || failures === undefined) return [...batchMessageIds];
  if (!Array.isArray(failures)) return [];
  const failed = new Set<string>();
  for (const failure of failures) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    if (typeof id !== 'string' || id === '' || !batchMessageIds.includes(id)) return [];
    failed.add(id);
  }
  return batchMessageIds.filter((id) => !failed.has(id));
}
