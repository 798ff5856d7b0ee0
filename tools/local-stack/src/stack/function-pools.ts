import path from 'node:path';
import { FunctionPool } from '../lambda/function-pool';
import type { FunctionSpec } from '../template/compute';
import { bundleDirectoryOf, type ArtifactPaths } from './artifacts';
import { functionEnvironment, type AwsAccess } from './function-environment';

export interface FunctionPools {
  byArn(arn: string): FunctionPool | undefined;
  byName(name: string): FunctionPool | undefined;
  stop(): Promise<void>;
}

/**
 * One pool of execution environments per function of the template, each started once so a
 * bundle that cannot load fails `npm start` rather than the first request. Instances per
 * function: `maxInstances`, never more than the function's reserved concurrency.
 */
export async function startFunctionPools(
  functions: readonly FunctionSpec[],
  options: {
    readonly paths: ArtifactPaths;
    readonly aws: AwsAccess;
    readonly maxInstances: number;
    readonly log: (source: string, line: string) => void;
  },
): Promise<FunctionPools> {
  const pools = new Map<string, FunctionPool>();
  const stop = () => Promise.all([...pools.values()].map((p) => p.stop())).then(() => undefined);
  try {
    for (const fn of functions) {
      const taskRoot = bundleDirectoryOf(fn, options.paths);
      // Logs are named after the app (`webhook-processor`), or the logical id for a cdk.out asset.
      const source = path.basename(taskRoot).startsWith('asset.')
        ? fn.logicalId
        : path.basename(taskRoot);
      const pool = new FunctionPool({
        functionName: fn.name,
        taskRoot,
        handler: fn.handler,
        timeoutSeconds: fn.timeoutSeconds,
        environment: functionEnvironment(fn, options.aws),
        maxInstances: Math.max(
          1,
          Math.min(options.maxInstances, fn.reservedConcurrency ?? options.maxInstances),
        ),
        log: (line) => options.log(source, line),
      });
      pools.set(fn.arn, pool);
      await pool.prewarm();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    byArn: (arn) => pools.get(arn),
    byName: (name) => [...pools.values()].find((pool) => pool.name === name),
    stop,
  };
}
