import { readdirSync, readFileSync } from 'node:fs';

/**
 * Last-resort cleanup for a child this process cannot reach through its API: if the local
 * stack's process exits without `stop()` (an uncaught error, a closed stdout), the child would
 * outlive it. The Lambda environments end themselves when their IPC channel closes; moto does
 * not, so its pid is found among this process's children (Linux /proc) and killed on exit.
 * Returns the function that removes the guard once the child is stopped normally.
 */
export function killChildOnExit(matches: (commandLine: string) => boolean): () => void {
  const pid = childPids().find((child) => matches(commandLine(child)));
  if (pid === undefined) return () => undefined;
  const guard = () => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', guard);
  return () => process.off('exit', guard);
}

function childPids(): number[] {
  try {
    return readdirSync(`/proc/${process.pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8')
        .split(/\s+/)
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}
