import { existsSync, readFileSync } from 'node:fs';
import type { FunctionName } from '../shared/functions';
import { fromRoot } from '../shared/workspace';

/** What the synthesized template says about billing-relevant settings. */
export interface StackSettings {
  readonly functions: Record<
    FunctionName,
    { memoryMb: number; architecture: string; tracing: boolean }
  >;
  readonly accessLogFormat?: string;
  /** Stage-wide execution logging level (`INFO`, `ERROR`, `OFF`) and data trace. */
  readonly executionLogging: { level: string; dataTrace: boolean };
  readonly stageTracing: boolean;
  readonly senderBatchSize: number;
  readonly senderMaxConcurrency: number;
  readonly emailsPerSecondPerInstance: number;
  readonly customSamplingRule: boolean;
  readonly source: string;
}

const TEMPLATE = 'dist/apps/infra/cdk.out/PaymentWebhooksStack.template.json';

type Resource = { Type: string; Properties?: Record<string, unknown> };

/** Read from `npx nx run infra:synth`'s template, so the model follows the stack as built. */
export function readStackSettings(): StackSettings {
  const file = fromRoot(TEMPLATE);
  if (!existsSync(file)) throw new Error(`${TEMPLATE} is missing: run npx nx run infra:synth`);
  const resources = Object.values(
    (JSON.parse(readFileSync(file, 'utf8')) as { Resources: Record<string, Resource> }).Resources,
  );
  const ofType = (type: string) => resources.filter((r) => r.Type === type);
  const fn = (prefix: string) => {
    const props = ofType('AWS::Lambda::Function')
      .map((r) => r.Properties ?? {})
      .find((p) => {
        const env = (p['Environment'] as { Variables?: Record<string, unknown> } | undefined)
          ?.Variables;
        return env?.['POWERTOOLS_SERVICE_NAME'] === prefix;
      });
    if (!props)
      throw new Error(`no function with POWERTOOLS_SERVICE_NAME=${prefix} in ${TEMPLATE}`);
    return {
      memoryMb: Number(props['MemorySize'] ?? 128),
      architecture: String((props['Architectures'] as string[] | undefined)?.[0] ?? 'x86_64'),
      tracing: (props['TracingConfig'] as { Mode?: string } | undefined)?.Mode === 'Active',
      environment: (props['Environment'] as { Variables: Record<string, unknown> }).Variables,
    };
  };
  const stage = ofType('AWS::ApiGateway::Stage')[0]?.Properties ?? {};
  const settings = (stage['MethodSettings'] as Record<string, unknown>[] | undefined) ?? [];
  const stageWide = settings.find((s) => s['ResourcePath'] === '/*') ?? settings[0] ?? {};
  const mapping = ofType('AWS::Lambda::EventSourceMapping')[0]?.Properties ?? {};
  const sender = fn('notification-sender');
  const strip = ({ memoryMb, architecture, tracing }: ReturnType<typeof fn>) => ({
    memoryMb,
    architecture,
    tracing,
  });
  return {
    functions: {
      'webhook-processor': strip(fn('webhook-processor')),
      'transaction-reader': strip(fn('transaction-reader')),
      'notification-sender': strip(sender),
    },
    ...(typeof (stage['AccessLogSetting'] as { Format?: unknown } | undefined)?.Format === 'string'
      ? { accessLogFormat: (stage['AccessLogSetting'] as { Format: string }).Format }
      : {}),
    executionLogging: {
      level: String(stageWide['LoggingLevel'] ?? 'OFF'),
      dataTrace: stageWide['DataTraceEnabled'] === true,
    },
    stageTracing: stage['TracingEnabled'] === true,
    senderBatchSize: Number(mapping['BatchSize'] ?? 10),
    senderMaxConcurrency: Number(
      (mapping['ScalingConfig'] as { MaximumConcurrency?: number } | undefined)
        ?.MaximumConcurrency ?? 2,
    ),
    emailsPerSecondPerInstance: Number(sender.environment['EMAILS_PER_SECOND'] ?? 4),
    customSamplingRule: ofType('AWS::XRay::SamplingRule').length > 0,
    source: TEMPLATE,
  };
}
