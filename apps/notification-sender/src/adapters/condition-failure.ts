export const NOT_A_CONDITION_FAILURE = Symbol('not a condition failure');

/**
 * For a ConditionalCheckFailedException: the item as it was (raw attribute values, which the
 * document client does not unmarshal on errors; only presence is read), or undefined when there
 * was none. Any other error yields NOT_A_CONDITION_FAILURE.
 */
export function conditionFailureItem(
  error: unknown,
): Record<string, unknown> | undefined | typeof NOT_A_CONDITION_FAILURE {
  if (!(error instanceof Error) || error.name !== 'ConditionalCheckFailedException') {
    return NOT_A_CONDITION_FAILURE;
  }
  return (error as Error & { Item?: Record<string, unknown> }).Item;
}
