import { existsSync, openSync, readdirSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES, type FunctionName } from '../shared/functions';

/** What one function wrote during a window: the raw material of CloudWatch Logs and duration cost. */
export interface FunctionLogWindow {
  readonly invocations: number;
  /** Lines the function itself wrote (Powertools JSON logs, EMF metric lines). */
  readonly appLines: number;
  readonly appBytes: number;
  /** Of those, the EMF metric lines (written whatever the log level). */
  readonly emfLines: number;
  readonly emfBytes: number;
  /** Durations from the local runtime's REPORT lines, in ms. */
  readonly durationsMs: readonly number[];
}

export type LogOffsets = ReadonlyMap<string, number>;

/** Log files are named after the bundle folder or the template's logical id. */
const FILE_PATTERNS: Record<FunctionName, RegExp> = {
  'webhook-processor': /^(webhook-processor|WebhookProcessor)/,
  'transaction-reader': /^(transaction-reader|TransactionReader)/,
  'notification-sender': /^(notification-sender|NotificationSender)/,
};

export function logOffsets(directory: string): LogOffsets {
  if (!existsSync(directory)) return new Map();
  return new Map(
    readdirSync(directory)
      .filter((file) => file.endsWith('.log'))
      .map((file) => [file, statSync(path.join(directory, file)).size]),
  );
}

/** Everything appended to each function's log since `since`, parsed. */
export function readFunctionLogs(
  directory: string,
  since: LogOffsets,
): Record<FunctionName, FunctionLogWindow> {
  const result = {} as Record<FunctionName, FunctionLogWindow>;
  const files = existsSync(directory) ? readdirSync(directory) : [];
  for (const fn of FUNCTION_NAMES) {
    const lines = files
      .filter((file) => FILE_PATTERNS[fn].test(file))
      .flatMap((file) => appended(path.join(directory, file), since.get(file) ?? 0));
    const durationsMs: number[] = [];
    let invocations = 0;
    let appLines = 0;
    let appBytes = 0;
    let emfLines = 0;
    let emfBytes = 0;
    for (const line of lines) {
      if (line.startsWith('START RequestId:')) invocations += 1;
      else if (line.startsWith('REPORT RequestId:')) {
        const duration = /Duration: ([\d.]+) ms/.exec(line);
        if (duration) durationsMs.push(Number(duration[1]));
      } else if (!line.startsWith('END RequestId:') && line.trim()) {
        appLines += 1;
        appBytes += Buffer.byteLength(line);
        if (line.includes('"_aws":')) {
          emfLines += 1;
          emfBytes += Buffer.byteLength(line);
        }
      }
    }
    result[fn] = { invocations, appLines, appBytes, emfLines, emfBytes, durationsMs };
  }
  return result;
}

function appended(file: string, offset: number): string[] {
  const size = statSync(file).size;
  // A file smaller than at the start was recreated (another local stack started): read it all.
  const from = size >= offset ? offset : 0;
  const buffer = Buffer.alloc(size - from);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, from);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8').split('\n');
}
