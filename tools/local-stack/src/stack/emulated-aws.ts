import { SNSClient } from '@aws-sdk/client-sns';
import path from 'node:path';
// tools/moto is the workspace's shared moto harness (integration tests use it too).
import { startMotoServer } from '../../../moto/moto-server';
import { startConsoleServer, type ConsoleServer } from '../console/console-server';
import { LOCAL_CREDENTIALS } from '../local-credentials';
import { startAwsEndpointProxy } from '../moto/aws-endpoint-proxy';
import { FaultInjector } from '../moto/fault-injector';
import { OutboxStore } from '../outbox/outbox-store';
import { PublishTracker } from '../outbox/publish-tracker';
import { sdkSnsPort } from '../outbox/sdk-sns-port';
import { SubscriptionMirror } from '../outbox/subscription-mirror';
import { interceptAwsTraffic } from './aws-traffic';
import { killChildOnExit } from './exit-guard';

export interface EmulatedAws {
  /** The AWS endpoint everything uses (the proxy in front of moto). */
  readonly endpoint: string;
  readonly console: ConsoleServer;
  readonly faults: FaultInjector;
  /** Tells the outbox the sender name (DisplayName) of each topic. */
  setTopicDisplayNames(names: ReadonlyMap<string, string>): void;
  stop(): Promise<void>;
}

/**
 * AWS, locally: the pinned moto server, the proxy in front of it that mirrors email
 * subscriptions and injects faults, and the console server whose outbox receives the mirrored
 * deliveries. Stops in reverse order; moto never outlives this process.
 */
export async function startEmulatedAws(options: {
  readonly region: string;
  readonly host: string;
  readonly consolePort: number;
  readonly stateDirectory: string;
  readonly docsDirectory: string;
  readonly log: (source: string, line: string) => void;
}): Promise<EmulatedAws> {
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.splice(0).reverse()) await stopOne();
  };
  try {
    const moto = await startMotoServer();
    const unguard = killChildOnExit(
      (command) => command.includes('moto_server') && command.includes(` ${moto.port}`),
    );
    stoppers.push(async () => {
      await moto.stop();
      unguard();
    });
    const faults = new FaultInjector();
    const publishes = new PublishTracker();
    let displayNames: ReadonlyMap<string, string> = new Map();
    const console = await startConsoleServer({
      host: options.host,
      port: options.consolePort,
      outbox: new OutboxStore(path.join(options.stateDirectory, 'outbox')),
      publishes,
      faults,
      docsDirectory: options.docsDirectory,
      displayNameOf: (arn) => displayNames.get(arn) ?? 'AWS Notifications',
      log: (line) => options.log('outbox', line),
    });
    stoppers.push(() => console.stop());
    // The mirror talks to moto directly: its own calls must not pass through the proxy's hooks.
    const sns = new SNSClient({
      region: options.region,
      endpoint: moto.endpoint,
      credentials: LOCAL_CREDENTIALS,
    });
    stoppers.push(async () => sns.destroy());
    const mirror = new SubscriptionMirror(sdkSnsPort(sns), (recipient) =>
      console.sinkUrl(recipient),
    );
    const proxy = await startAwsEndpointProxy({
      target: moto.endpoint,
      intercept: interceptAwsTraffic({
        faults,
        mirror,
        publishes,
        log: (line) => options.log('aws', line),
      }),
      onError: (error) => options.log('aws', `proxy error: ${String(error)}`),
    });
    stoppers.push(() => proxy.stop());
    return {
      endpoint: proxy.endpoint,
      console,
      faults,
      setTopicDisplayNames: (names) => {
        displayNames = names;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
