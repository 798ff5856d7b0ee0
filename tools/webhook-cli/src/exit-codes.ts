/** Exit codes, so that scripts can tell a rejected request from a broken command line. */
export const EXIT_CODES = {
  /** The API answered 2xx (or help was printed). */
  success: 0,
  /** The API answered 4xx or 5xx. */
  httpError: 1,
  /** The command line is wrong. */
  usage: 2,
  /** The request could not be made: no outputs file, unreadable event file, network failure. */
  unreachable: 3,
} as const;

export function exitCodeForStatus(status: number): number {
  return status >= 200 && status < 400 ? EXIT_CODES.success : EXIT_CODES.httpError;
}
