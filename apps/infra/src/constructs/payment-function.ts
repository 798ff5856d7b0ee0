import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue';

export interface PaymentFunctionProps {
  /** Folder of the esbuild bundle (`dist/apps/<app>`) holding `main.mjs` (ESM, with its lazily loaded chunks), which exports `handler`. */
  readonly bundleDirectory: string;
  readonly description: string;
  /** Exactly the variables the app's `config.ts` reads; nothing else. */
  readonly environment: Readonly<Record<string, string>>;
  readonly encryptionKey: kms.IKey;
  /**
   * Plain (non-token) name of the function's log group: the key policy lets CloudWatch Logs
   * use the key for it by this name (see `EncryptionKey.allowCloudWatchLogs`).
   */
  readonly logGroupName: string;
  /** Upper bound of concurrent executions; also what API throttling is derived from. */
  readonly reservedConcurrency: number;
  /**
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * @default logs.RetentionDays.ONE_WEEK
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * One Lambda function of the platform: Node.js 24 on arm64 (Graviton: same code, lower price
 * per GB-second), active tracing, environment encrypted with the CMK, reserved concurrency,
 * its own encrypted dead-letter queue for asynchronous invokes, and its own encrypted log group
 * with a fixed retention. The role starts empty: every permission comes from a grant.
 */
export class PaymentFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  /** The log group name as a plain string (`logGroup.logGroupName` is a reference). */
  readonly logGroupName: string;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: PaymentFunctionProps) {
    super(scope, id);
    assertBundle(props.bundleDirectory);

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role: ${props.description}`,
    });
    this.logGroupName = props.logGroupName;
    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      logGroupName: props.logGroupName,
      retention: props.logRetention ?? logs.RetentionDays.ONE_WEEK,
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue', {
      encryptionKey: props.encryptionKey,
      catches: `failed asynchronous invocations of: ${props.description}`,
    });

    this.function = new lambda.Function(this, 'Function', {
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'main.handler',
      code: lambda.Code.fromAsset(props.bundleDirectory),
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      environment: { ...props.environment },
      environmentEncryption: props.encryptionKey,
      reservedConcurrentExecutions: props.reservedConcurrency,
      deadLetterQueue: this.deadLetterQueue.queue,
      logGroup: this.logGroup,
      role: this.role,
    });

    this.logGroup.grantWrite(this.role);
    this.deadLetterQueue.grantSend(this.role);
    // Lambda decrypts the environment with the execution role at cold start.
    props.encryptionKey.grant(this.role, 'kms:Decrypt');

    this.dependOnPolicyOnly();

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource ' +
        'type, so IAM only accepts "*" for them; every other statement names its resource.',
    });
  }

  /**
   * CDK makes the function depend on its role and on the role's policy. The role dependency
   * is already implied by `Role: Fn::GetAtt` (cfn-lint W3005 reports the duplicate); the policy
   * one matters, since Lambda checks the role can write to the DLQ when it creates the function.
   */
  private dependOnPolicyOnly(): void {
    const policy = this.role.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
    if (!CfnResource.isCfnResource(policy)) return;
    const cfnFunction = this.function.node.defaultChild as lambda.CfnFunction;
    cfnFunction.addOverride('DependsOn', [Stack.of(this).getLogicalId(policy)]);
  }
}

/** A missing bundle would otherwise surface as a bare "Cannot find asset" from CDK. */
function assertBundle(directory: string): void {
  if (!existsSync(join(directory, 'main.mjs'))) {
    throw new Error(
      `Lambda bundle ${join(directory, 'main.mjs')} is missing: build it first ` +
        '(npx nx run-many -t build, or run infra:synth / infra:test, which depend on the builds)',
    );
  }
}
