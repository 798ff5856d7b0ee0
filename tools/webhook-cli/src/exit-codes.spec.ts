import { EXIT_CODES, exitCodeForStatus } from './exit-codes';

describe('exitCodeForStatus', () => {
  it.each([
    [200, EXIT_CODES.success],
    [202, EXIT_CODES.success],
    [399, EXIT_CODES.success],
    [400, EXIT_CODES.httpError],
    [429, EXIT_CODES.httpError],
    [503, EXIT_CODES.httpError],
  ])('maps HTTP %i to exit code %i', (status, code) => {
    expect(exitCodeForStatus(status)).toBe(code);
  });
});
