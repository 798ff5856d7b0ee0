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

export interface ThrottleSpec {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

export interface StageSpec {
  readonly logicalId: string;
  readonly stageName: string;
  /** Stage-wide (`/*` `*`) throttling, if the stage sets one. */
  readonly throttle?: ThrottleSpec;
  /** Per-method throttling, keyed `METHOD /resource/path` (e.g. `POST /webhooks/payment`). */
  readonly methodThrottles: Readonly<Record<string, ThrottleSpec>>;
}

export interface RestApiSpec {
  readonly logicalId: string;
  /** The imported OpenAPI document (`Body`), intrinsics resolved: integration URIs name functions. */
  readonly body: Readonly<Record<string, unknown>>;
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
    const methodThrottles: Record<string, ThrottleSpec> = {};
    let stageWide: ThrottleSpec | undefined;
    for (const setting of settings) {
      const throttle = throttleOf(setting);
      if (!throttle) continue;
      const method = String(setting['HttpMethod'] ?? '*');
      // MethodSettings encode the resource path as a JSON pointer segment: `/~1webhooks~1payment`.
      const resourcePath = String(setting['ResourcePath'] ?? '/*')
        .slice(1)
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
      if (method === '*' && resourcePath === '*') stageWide = throttle;
      else methodThrottles[`${method} ${resourcePath}`] = throttle;
    }
    return {
      logicalId,
      stageName: String(props['StageName']),
      ...(stageWide ? { throttle: stageWide } : {}),
      methodThrottles,
    };
  });
}

export function deriveRestApis(template: CfnTemplate, resolver: IntrinsicResolver): RestApiSpec[] {
  return resourcesOfType(template, 'AWS::ApiGateway::RestApi')
    .filter(({ resource }) => resource.Properties?.['Body'] !== undefined)
    .map(({ logicalId, resource }) => ({
      logicalId,
      body: resolver.resolve(resource.Properties?.['Body']) as Record<string, unknown>,
    }));
}

function throttleOf(setting: Record<string, unknown>): ThrottleSpec | undefined {
  const rate = setting['ThrottlingRateLimit'];
  const burst = setting['ThrottlingBurstLimit'];
  if (rate === undefined || burst === undefined) return undefined;
  return { rateLimit: Number(rate), burstLimit: Number(burst) };
}

/** A function may be named by name or by ARN (`...:function:name[:alias]`). */
function lastSegment(nameOrArn: string): string {
  const match = /:function:([^:]+)/.exec(nameOrArn);
  return match?.[1] ?? nameOrArn;
}
