import { execFileSync } from 'node:child_process';
import { fromRoot } from './workspace';

/** The commit measured and how far the working tree is from it, for the report's header. */
export function gitState(): { commit: string; uncommittedChanges: number } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: fromRoot() })
      .toString()
      .trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: fromRoot() }).toString();
    return { commit, uncommittedChanges: status.split('\n').filter(Boolean).length };
  } catch {
    return { commit: 'unknown', uncommittedChanges: 0 };
  }
}
