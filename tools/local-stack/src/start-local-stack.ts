import { SQSClient } from '@aws-sdk/client-sqs';
import path from 'node:path';
import { startLocalGateway } from './gateway/local-gateway';
import { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS } from './local-credentials';
import type { FaultInjector } from './moto/fault-injector';
import { createKmsKeys, provisionPlan } from './moto/provision';
import { artifactPaths, buildArtifacts, STACK_NAME, stackRegion } from './stack/artifacts';
import { startEmulatedAws } from './stack/emulated-aws';
import { startFunctionPools } from './stack/function-pools';
import { startQueueEventSources } from './stack/queue-event-sources';
import { createLogSink } from './stack/log-sink';
import {
  localOutputs,
  templateOutputs,
  writeStackOutputs,
  type LocalStackOutputs,
} from './stack/stack-outputs';
import { loadTemplate } from './template/cfn-template';
import { createIntrinsicResolver } from './template/intrinsics';
import { planKmsKeys, planLocalStack } from './template/local-stack-plan';

export interface LocalStackOptions {
  /** Port of the API; 0 picks a free one. @default PORT or 3000 */
  readonly port?: number;
  /** Port of the outbox/docs server. @default port + 1, or a free one when port is 0 */
  readonly consolePort?: number;
  /** Visibility timeout of the queue the sender consumes. @default LOCAL_SQS_VISIBILITY_TIMEOUT_SECONDS or the template's */
  readonly visibilityTimeoutSeconds?: number;
  /** Execution environments per function at most. @default LOCAL_LAMBDA_MAX_INSTANCES or 4 (capped by reserved concurrency) */
  readonly maxInstancesPerFunction?: number;
  /** Run the Nx builds (bundles, synth, OpenAPI) first. @default true */
  readonly build?: boolean;
  /** Echo every log line to the terminal (they always go to .local/logs). @default false */
  readonly echoLogs?: boolean;
  /** Values for template parameters without a default. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** The knobs (PORT, LOCAL_SQS_VISIBILITY_TIMEOUT_SECONDS, LOCAL_LAMBDA_MAX_INSTANCES), over process.env. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Where stack-outputs.json, outbox/ and logs/ go; a test run next to `npm start` should use
   * its own. @default <workspace>/.local
   */
  readonly stateDirectory?: string;
  readonly workspaceRoot?: string;
}

export interface LocalStack {
  readonly outputs: LocalStackOutputs;
  /** Makes chosen AWS calls of the functions fail with 503 (also over HTTP: `{console}/faults`). */
  readonly faults: FaultInjector;
  readonly outputsFile: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * Starts the whole system locally from the synthesized template: moto as AWS, the template's
 * resources in it, the real Lambda bundles behind a local API Gateway stage and the SQS event
 * source, and an outbox for the emails SNS would send. `stop()` ends every process it started.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const root = options.workspaceRoot ?? path.resolve(__dirname, '../../..');
  const localDir = path.resolve(root, options.stateDirectory ?? '.local');
  const knob = (name: string) => envNumber(name, options.env?.[name] ?? process.env[name]);
  const log = createLogSink(path.join(localDir, 'logs'), options.echoLogs ?? false);
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.splice(0).reverse()) {
      await stopOne().catch((error: unknown) =>
        log('local-stack', `stop failed: ${String(error)}`),
      );
    }
    await log.close();
  };
  try {
    if (options.build ?? true) buildArtifacts(root, options.echoLogs ? 'inherit' : 'ignore');
    const paths = artifactPaths(root);
    const template = loadTemplate(paths.template);
    const region = stackRegion(paths);

    const port = options.port ?? knob('PORT') ?? 3000;
    const emulated = await startEmulatedAws({
      region,
      host: HOST,
      consolePort: options.consolePort ?? (port === 0 ? 0 : port + 1),
      stateDirectory: localDir,
      docsDirectory: paths.docsDirectory,
      log,
    });
    stoppers.push(() => emulated.stop());
    const aws = { region, endpoint: emulated.endpoint, credentials: LOCAL_CREDENTIALS };

    const context = {
      stackName: STACK_NAME,
      region,
      accountId: LOCAL_ACCOUNT_ID,
      awsEndpoint: emulated.endpoint,
      ...(options.parameters ? { parameters: options.parameters } : {}),
    };
    const kmsKeyIds = await createKmsKeys(planKmsKeys(template, context), aws);
    const deployment = { ...context, kmsKeyIds };
    const plan = planLocalStack(template, deployment);
    emulated.setTopicDisplayNames(
      new Map(plan.topics.map((t) => [t.arn, t.attributes['DisplayName'] ?? t.name])),
    );
    const visibility =
      options.visibilityTimeoutSeconds ?? knob('LOCAL_SQS_VISIBILITY_TIMEOUT_SECONDS');
    await provisionPlan(
      plan,
      aws,
      visibility !== undefined ? { visibilityTimeoutSeconds: visibility } : {},
    );

    const maxInstances = options.maxInstancesPerFunction ?? knob('LOCAL_LAMBDA_MAX_INSTANCES') ?? 4;
    const pools = await startFunctionPools(plan.functions, {
      paths,
      aws: { endpoint: emulated.endpoint, region, ...LOCAL_CREDENTIALS },
      maxInstances,
      log,
    });
    stoppers.push(() => pools.stop());
    const sqs = new SQSClient(aws);
    stoppers.push(async () => sqs.destroy());
    const eventSources = startQueueEventSources(plan, pools, {
      sqs,
      region,
      defaultConcurrency: maxInstances,
      log: (line) => log('event-source', line),
    });
    stoppers.push(() => eventSources.stop());

    const gateway = await startLocalGateway({
      host: HOST,
      port,
      plan,
      accountId: LOCAL_ACCOUNT_ID,
      region,
      invoke: async (functionArn, event, requestId) => {
        const pool = pools.byArn(functionArn);
        if (!pool) throw new Error(`no local function for ${functionArn}`);
        return pool.invoke(event, requestId);
      },
      log: (line) => log('gateway', line),
    });
    stoppers.push(() => gateway.stop());

    const outputs = localOutputs(
      templateOutputs(template, createIntrinsicResolver(template, deployment)),
      {
        ApiUrl: gateway.url,
        AwsEndpointUrl: emulated.endpoint,
        Region: region,
        AccessKeyId: LOCAL_CREDENTIALS.accessKeyId,
        SecretAccessKey: LOCAL_CREDENTIALS.secretAccessKey,
        OutboxUrl: emulated.console.outboxUrl,
        ...(emulated.console.docsUrl ? { DocsUrl: emulated.console.docsUrl } : {}),
      },
    );
    const outputsFile = path.join(localDir, 'stack-outputs.json');
    writeStackOutputs(outputsFile, outputs);
    return { outputs, faults: emulated.faults, outputsFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function envNumber(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got ${raw}`);
  return value;
}
