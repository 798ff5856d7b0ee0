import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';

export type LogSink = ((source: string, line: string) => void) & { close(): Promise<void> };

/**
 * Where the local stack's logs go: one file per source under `directory` (what CloudWatch
 * Logs would hold), and the terminal too when `echo` is on, prefixed with the source.
 */
export function createLogSink(directory: string, echo: boolean): LogSink {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const streams = new Map<string, WriteStream>();
  const sink = (source: string, line: string) => {
    let stream = streams.get(source);
    if (!stream) {
      stream = createWriteStream(path.join(directory, `${source}.log`), { flags: 'a' });
      streams.set(source, stream);
    }
    stream.write(`${line}\n`);
    if (echo) process.stdout.write(`[${source}] ${line}\n`);
  };
  sink.close = () =>
    Promise.all(
      [...streams.values()].map((s) => new Promise<void>((resolve) => s.end(() => resolve()))),
    ).then(() => undefined);
  return sink;
}
