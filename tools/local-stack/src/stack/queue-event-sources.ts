import type { SQSClient } from '@aws-sdk/client-sqs';
import { startQueueEventSource, type QueueEventSource } from '../event-source/queue-event-source';
import { sqsQueuePort } from '../event-source/sqs-queue-port';
import type { LocalStackPlan } from '../template/local-stack-plan';
import type { FunctionPools } from './function-pools';

/** Starts every enabled SQS event source mapping of the template; returns their stopper. */
export function startQueueEventSources(
  plan: LocalStackPlan,
  pools: FunctionPools,
  options: {
    readonly sqs: SQSClient;
    readonly region: string;
    /** Pollers when the mapping sets no MaximumConcurrency. */
    readonly defaultConcurrency: number;
    readonly log: (line: string) => void;
  },
): { stop(): Promise<void> } {
  const sources: QueueEventSource[] = [];
  for (const mapping of plan.queueEventSources.filter((m) => m.enabled)) {
    const queue = plan.queues.find((q) => q.arn === mapping.queueArn);
    const pool = pools.byName(mapping.functionName);
    if (!queue || !pool)
      throw new Error(`event source ${mapping.logicalId}: unknown queue or function`);
    sources.push(
      startQueueEventSource({
        queue: sqsQueuePort(options.sqs, queue.url),
        queueArn: queue.arn,
        region: options.region,
        batchSize: mapping.batchSize,
        maximumBatchingWindowSeconds: mapping.maximumBatchingWindowSeconds,
        reportBatchItemFailures: mapping.reportBatchItemFailures,
        concurrency: mapping.maximumConcurrency ?? options.defaultConcurrency,
        invoke: async (event) => {
          const result = await pool.invoke(event);
          return result.ok
            ? result
            : { ok: false, error: `${result.error.errorType}: ${result.error.errorMessage}` };
        },
        onError: (error) => options.log(`${mapping.logicalId}: ${String(error)}`),
      }),
    );
  }
  return { stop: () => Promise.all(sources.map((s) => s.stop())).then(() => undefined) };
}
