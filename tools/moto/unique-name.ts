/**
 * A resource name no other test file uses: the integration run shares one moto server and does
 * not reset it between files.
 */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
