import type { CfnTemplate } from './cfn-template';
import {
  deriveFunctions,
  deriveQueueEventSources,
  deriveRestApis,
  deriveStages,
  type FunctionSpec,
  type QueueEventSourceSpec,
  type RestApiSpec,
  type StageSpec,
} from './compute';
import { createIntrinsicResolver } from './intrinsics';
import {
  deriveQueues,
  deriveSubscriptions,
  deriveTopics,
  type QueueSpec,
  type SubscriptionSpec,
  type TopicSpec,
} from './messaging';
import { deriveKmsKeys, deriveTables, type KmsKeySpec, type TableSpec } from './storage';
import type { DeploymentContext } from './physical-ids';

/** Everything the local stack creates and runs, derived from the synthesized template. */
export interface LocalStackPlan {
  readonly tables: readonly TableSpec[];
  readonly queues: readonly QueueSpec[];
  readonly topics: readonly TopicSpec[];
  readonly subscriptions: readonly SubscriptionSpec[];
  readonly functions: readonly FunctionSpec[];
  readonly queueEventSources: readonly QueueEventSourceSpec[];
  readonly stages: readonly StageSpec[];
  readonly restApis: readonly RestApiSpec[];
}

/**
 * KMS keys come first and on their own: their ids are the one physical id the emulator
 * chooses, and every other resource may refer to them.
 */
export function planKmsKeys(
  template: CfnTemplate,
  context: Omit<DeploymentContext, 'kmsKeyIds'>,
): KmsKeySpec[] {
  return deriveKmsKeys(template, createIntrinsicResolver(template, { ...context, kmsKeyIds: {} }));
}

export function planLocalStack(template: CfnTemplate, context: DeploymentContext): LocalStackPlan {
  const resolver = createIntrinsicResolver(template, context);
  return {
    tables: deriveTables(template, resolver),
    queues: deriveQueues(template, resolver),
    topics: deriveTopics(template, resolver),
    subscriptions: deriveSubscriptions(template, resolver),
    functions: deriveFunctions(template, resolver),
    queueEventSources: deriveQueueEventSources(template, resolver),
    stages: deriveStages(template, resolver),
    restApis: deriveRestApis(template, resolver),
  };
}
