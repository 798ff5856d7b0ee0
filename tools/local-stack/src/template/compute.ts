import { properties, resourcesOfType, type CfnTemplate } from './cfn-template';
import type { IntrinsicResolver } from './intrinsics';

export interface FunctionSpec {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  readonly handler: string;
  readonly runtime: string;
  readonly timeoutSeconds: number;
  readonly memorySizeMb: number;
  readonly reservedConcurrency?: number;
  /** Environment variables exactly as the template sets them, resolved. */
  readonly environment: Readonly<Record<string, string>>;
  /** `aws:asset:path` metadata: the cdk.out folder holding the function's code. */
  readonly assetPath?: string;
  readonly logGroupName: string;
}

export interface QueueEventSourceSpec {
  readonly logicalId: string;
  readonly functionName: string;
  readonly queueArn: string;
  readonly batchSize: number;
  readonly maximumBatchingWindowSeconds: number;
  readonly reportBatchItemFailures: boolean;
  readonly maximumConcurrency?: number;
  readonly enabled: boolean;
}

export interface StageSpec {
  readonly logicalId: string;
  readonly stageName: string;
  /** Stage-wide (`/*` `*`) throttling, if the stage sets one. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

/** Lambda defaults when the template leaves them out. */
const DEFAULT_TIMEOUT_SECONDS = 3;
const DEFAULT_MEMORY_MB = 128;
const DEFAULT_SQS_BATCH_SIZE = 10;

export function deriveFunctions(
  template: CfnTemplate,
  resolver: IntrinsicResolver,
): FunctionSpec[] {
  return resourcesOfType(template, 'AWS::Lambda::Function').map(({ logicalId, resource }) => {
    const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
    const physical = resolver.physical(logicalId);
    const variables = ((props['Environment'] as { Variables?: Record<string, unknown> } | undefined)
      ?.Variables ?? {}) as Record<string, unknown>;
    const environment = Object.fromEntries(
      Object.entries(variables).map(([k, v]) => [k, String(v)]),
    );
    const logging = props['LoggingConfig'] as { LogGroup?: string } | undefined;
    const assetPath = resource.Metadata?.['aws:asset:path'];
    const reserved = props['ReservedConcurrentExecutions'];
    return {
      logicalId,
      name: physical.ref,
      arn: String(physical.attributes['Arn']),
      handler: String(props['Handler'] ?? 'index.handler'),
      runtime: String(props['Runtime'] ?? ''),
      timeoutSeconds: Number(props['Timeout'] ?? DEFAULT_TIMEOUT_SECONDS),
      memorySizeMb: Number(props['MemorySize'] ?? DEFAULT_MEMORY_MB),
      ...(reserved !== undefined ? { reservedConcurrency: Number(reserved) } : {}),
      environment,
      ...(typeof assetPath === 'string' ? { assetPath } : {}),
      logGroupName: logging?.LogGroup ?? `/aws/lambda/${physical.ref}`,
    };
  });
}

/** SQS event source mappings (other sources do not exist in this stack). */
export function deriveQueueEventSources(
  template: CfnTemplate,
  resolver: IntrinsicResolver,
): QueueEventSourceSpec[] {
  return resourcesOfType(template, 'AWS::Lambda::EventSourceMapping')
    .map(({ logicalId, resource }) => ({
      logicalId,
      props: resolver.resolve(properties(resource)) as Record<string, unknown>,
    }))
    .filter(({ props }) => String(props['EventSourceArn'] ?? '').startsWith('arn:aws:sqs:'))
    .map(({ logicalId, props }) => {
      const scaling = props['ScalingConfig'] as { MaximumConcurrency?: number } | undefined;
      const responseTypes = (props['FunctionResponseTypes'] ?? []) as string[];
      return {
        logicalId,
        functionName: lastSegment(String(props['FunctionName'])),
        queueArn: String(props['EventSourceArn']),
        batchSize: Number(props['BatchSize'] ?? DEFAULT_SQS_BATCH_SIZE),
        maximumBatchingWindowSeconds: Number(props['MaximumBatchingWindowInSeconds'] ?? 0),
        reportBatchItemFailures: responseTypes.includes('ReportBatchItemFailures'),
        ...(scaling?.MaximumConcurrency !== undefined
          ? { maximumConcurrency: Number(scaling.MaximumConcurrency) }
          : {}),
        enabled: props['Enabled'] !== false,
      };
    });
}

export function deriveStages(template: CfnTemplate, resolver: IntrinsicResolver): StageSpec[] {
  return resourcesOfType(template, 'AWS::ApiGateway::Stage').map(({ logicalId, resource }) => {
    const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
    const settings = (props['MethodSettings'] ?? []) as Record<string, unknown>[];
    const stageWide = settings.find(
      (s) => (s['HttpMethod'] ?? '*') === '*' && (s['ResourcePath'] ?? '/*') === '/*',
    );
    const rate = stageWide?.['ThrottlingRateLimit'];
    const burst = stageWide?.['ThrottlingBurstLimit'];
    return {
      logicalId,
      stageName: String(props['StageName']),
      ...(rate !== undefined && burst !== undefined
        ? { throttle: { rateLimit: Number(rate), burstLimit: Number(burst) } }
        : {}),
    };
  });
}

/** A function may be named by name or by ARN (`...:function:name[:alias]`). */
function lastSegment(nameOrArn: string): string {
  const match = /:function:([^:]+)/.exec(nameOrArn);
  return match?.[1] ?? nameOrArn;
}
