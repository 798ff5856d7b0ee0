import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import path from 'node:path';
// tools/moto is the workspace's shared moto harness (not an Nx project, so it has no alias).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startMotoServer, type MotoServer } from '../../moto/moto-server';
import { startConsoleServer } from './console/console-server';
import { startQueueEventSource, type QueueEventSource } from './event-source/queue-event-source';
import { sqsQueuePort } from './event-source/sqs-queue-port';
import { startLocalGateway } from './gateway/local-gateway';
import { FunctionPool } from './lambda/function-pool';
import { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS } from './local-credentials';
import { startAwsEndpointProxy } from './moto/aws-endpoint-proxy';
import { FaultInjector } from './moto/fault-injector';
import { createKmsKeys, provisionPlan } from './moto/provision';
import { OutboxStore } from './outbox/outbox-store';
import { PublishTracker } from './outbox/publish-tracker';
import { sdkSnsPort } from './outbox/sdk-sns-port';
import { SubscriptionMirror } from './outbox/subscription-mirror';
import {
  artifactPaths,
  buildArtifacts,
  bundleDirectoryOf,
  STACK_NAME,
  stackRegion,
} from './stack/artifacts';
import { interceptAwsTraffic } from './stack/aws-traffic';
import { functionEnvironment } from './stack/function-environment';
import { killChildOnExit } from './stack/exit-guard';
import { createLogSink } from './stack/log-sink';
import { templateOutputs, writeStackOutputs, type LocalStackOutputs } from './stack/stack-outputs';
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

    const moto: MotoServer = await startMotoServer();
    const unguard = killChildOnExit(
      (command) => command.includes('moto_server') && command.includes(` ${moto.port}`),
    );
    stoppers.push(async () => {
      await moto.stop();
      unguard();
    });
    const faults = new FaultInjector();
    const publishes = new PublishTracker();
    const outbox = new OutboxStore(path.join(localDir, 'outbox'));
    const port = options.port ?? knob('PORT') ?? 3000;
    const topicNames = new Map<string, string>();
    const consoleServer = await startConsoleServer({
      host: HOST,
      port: options.consolePort ?? (port === 0 ? 0 : port + 1),
      outbox,
      publishes,
      faults,
      docsDirectory: paths.docsDirectory,
      displayNameOf: (arn) => topicNames.get(arn) ?? 'AWS Notifications',
      log: (line) => log('outbox', line),
    });
    stoppers.push(() => consoleServer.stop());

    const motoAccess = { region, endpoint: moto.endpoint, credentials: LOCAL_CREDENTIALS };
    const mirrorSns = new SNSClient(motoAccess);
    stoppers.push(async () => mirrorSns.destroy());
    const mirror = new SubscriptionMirror(sdkSnsPort(mirrorSns), (recipient) =>
      consoleServer.sinkUrl(recipient),
    );
    const proxy = await startAwsEndpointProxy({
      target: moto.endpoint,
      intercept: interceptAwsTraffic({
        faults,
        mirror,
        publishes,
        log: (line) => log('aws', line),
      }),
      onError: (error) => log('aws', `proxy error: ${String(error)}`),
    });
    stoppers.push(() => proxy.stop());
    const aws = { region, endpoint: proxy.endpoint, credentials: LOCAL_CREDENTIALS };

    const context = {
      stackName: STACK_NAME,
      region,
      accountId: LOCAL_ACCOUNT_ID,
      awsEndpoint: proxy.endpoint,
      ...(options.parameters ? { parameters: options.parameters } : {}),
    };
    const kmsKeyIds = await createKmsKeys(planKmsKeys(template, context), aws);
    const deployment = { ...context, kmsKeyIds };
    const plan = planLocalStack(template, deployment);
    for (const topic of plan.topics)
      topicNames.set(topic.arn, topic.attributes['DisplayName'] ?? topic.name);
    const visibility =
      options.visibilityTimeoutSeconds ?? knob('LOCAL_SQS_VISIBILITY_TIMEOUT_SECONDS');
    await provisionPlan(
      plan,
      aws,
      visibility !== undefined ? { visibilityTimeoutSeconds: visibility } : {},
    );

    const maxInstances = options.maxInstancesPerFunction ?? knob('LOCAL_LAMBDA_MAX_INSTANCES') ?? 4;
    const pools = new Map<string, FunctionPool>();
    for (const fn of plan.functions) {
      const taskRoot = bundleDirectoryOf(fn, paths);
      const source = path.basename(taskRoot).startsWith('asset.')
        ? fn.logicalId
        : path.basename(taskRoot);
      const pool = new FunctionPool({
        functionName: fn.name,
        taskRoot,
        handler: fn.handler,
        timeoutSeconds: fn.timeoutSeconds,
        environment: functionEnvironment(fn, {
          endpoint: proxy.endpoint,
          region,
          accessKeyId: LOCAL_CREDENTIALS.accessKeyId,
          secretAccessKey: LOCAL_CREDENTIALS.secretAccessKey,
        }),
        maxInstances: Math.max(1, Math.min(maxInstances, fn.reservedConcurrency ?? maxInstances)),
        log: (line) => log(source, line),
      });
      stoppers.push(() => pool.stop());
      await pool.prewarm();
      pools.set(fn.arn, pool);
    }
    const poolByName = (name: string) => [...pools.values()].find((p) => p.name === name);

    const sqs = new SQSClient(aws);
    stoppers.push(async () => sqs.destroy());
    for (const mapping of plan.queueEventSources.filter((m) => m.enabled)) {
      const queue = plan.queues.find((q) => q.arn === mapping.queueArn);
      const pool = poolByName(mapping.functionName);
      if (!queue || !pool)
        throw new Error(`event source ${mapping.logicalId}: unknown queue or function`);
      const source: QueueEventSource = startQueueEventSource({
        queue: sqsQueuePort(sqs, queue.url),
        queueArn: queue.arn,
        region,
        batchSize: mapping.batchSize,
        maximumBatchingWindowSeconds: mapping.maximumBatchingWindowSeconds,
        reportBatchItemFailures: mapping.reportBatchItemFailures,
        concurrency: mapping.maximumConcurrency ?? 2,
        invoke: async (event) => {
          const result = await pool.invoke(event);
          return result.ok
            ? result
            : { ok: false, error: `${result.error.errorType}: ${result.error.errorMessage}` };
        },
        onError: (error) => log('event-source', `${mapping.logicalId}: ${String(error)}`),
      });
      stoppers.push(() => source.stop());
    }

    const gateway = await startLocalGateway({
      host: HOST,
      port,
      plan,
      accountId: LOCAL_ACCOUNT_ID,
      region,
      invoke: async (functionArn, event, requestId) => {
        const pool = pools.get(functionArn);
        if (!pool) throw new Error(`no local function for ${functionArn}`);
        return pool.invoke(event, requestId);
      },
      log: (line) => log('gateway', line),
    });
    stoppers.push(() => gateway.stop());

    const resolved = templateOutputs(template, createIntrinsicResolver(template, deployment));
    const outputs: LocalStackOutputs = {
      ...resolved,
      ApiUrl: gateway.url,
      TableName: resolved['TableName'] ?? plan.tables[0]?.name ?? '',
      QueueUrl: resolved['QueueUrl'] ?? '',
      DeadLetterQueueUrl: resolved['DeadLetterQueueUrl'] ?? '',
      TopicArn: resolved['TopicArn'] ?? '',
      AwsEndpointUrl: proxy.endpoint,
      Region: region,
      AccessKeyId: LOCAL_CREDENTIALS.accessKeyId,
      SecretAccessKey: LOCAL_CREDENTIALS.secretAccessKey,
      OutboxUrl: consoleServer.outboxUrl,
      ...(consoleServer.docsUrl ? { DocsUrl: consoleServer.docsUrl } : {}),
    };
    const outputsFile = path.join(localDir, 'stack-outputs.json');
    writeStackOutputs(outputsFile, outputs);
    return { outputs, faults, outputsFile, stop };
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
