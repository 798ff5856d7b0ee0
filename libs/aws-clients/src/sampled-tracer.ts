/**
 * X-Ray tracing that loads the Powertools Tracer (and the X-Ray SDK under it, about 120 KB and
 * some 25 ms to load) on the first sampled invocation of an execution environment instead of at
 * its cold start. Unsampled cold starts (19 in 20 with the stack's 5 % sampling rule) never pay
 * for it; a long-lived environment usually pays once, on its first sampled invocation, and the
 * time is recorded in that trace as `tracer_load_ms` metadata on the `## handler` subsegment.
 *
 * The Lambda bundles are ESM with code splitting, so the dynamic import below becomes a separate
 * file of the deployment package that is read only when it is first needed.
 *
 * Kept next to the client factories because what it instruments is those clients; it holds no
 * configuration and reads no environment itself (Powertools decides what "sampled" means).
 */
import { isRequestXRaySampled } from '@aws-lambda-powertools/commons/utils/env';
import type { Tracer } from '@aws-lambda-powertools/tracer';

type TracerOptions = NonNullable<ConstructorParameters<typeof Tracer>[0]>;

/** The part of the Tracer that a handler may use during an invocation. */
export type InvocationTracer = Pick<Tracer, 'putAnnotation' | 'putMetadata'>;

export interface SampledTracerOptions {
  readonly serviceName: string;
  /** Overrides how the real tracer is loaded (tests). */
  readonly loadTracer?: (options: TracerOptions) => Promise<Tracer>;
  /**
   * Whether the current invocation is sampled. Default: Powertools' own check, which reads the
   * trace header from the runtime's per-invocation store, or else `_X_AMZN_TRACE_ID`.
   */
  readonly isSampled?: () => boolean;
  /**
   * Whether this environment was initialised on demand, i.e. its first invocation is a cold
   * start. Default: not provisioned concurrency (`AWS_LAMBDA_INITIALIZATION_TYPE`), as Powertools.
   */
  readonly startsCold?: boolean;
  /** Told when the tracer cannot be loaded; the invocation then runs untraced. */
  readonly onLoadError?: (error: unknown) => void;
}

const loadPowertoolsTracer = async (options: TracerOptions): Promise<Tracer> => {
  const { Tracer: PowertoolsTracer } = await import('@aws-lambda-powertools/tracer');
  return new PowertoolsTracer(options);
};

const initialisedOnDemand = (): boolean =>
  process.env['AWS_LAMBDA_INITIALIZATION_TYPE'] !== 'provisioned-concurrency';

export class SampledTracer {
  private loading?: Promise<Tracer | undefined>;
  private real?: Tracer;
  private coldStart: boolean;
  private current?: Tracer;
  private readonly clients: object[] = [];
  private readonly loadTracer: (options: TracerOptions) => Promise<Tracer>;
  private readonly isSampled: () => boolean;

  constructor(private readonly options: SampledTracerOptions) {
    this.loadTracer = options.loadTracer ?? loadPowertoolsTracer;
    this.isSampled = options.isSampled ?? isRequestXRaySampled;
    this.coldStart = options.startsCold ?? initialisedOnDemand();
  }

  /**
   * Registers an AWS SDK v3 client for one subsegment per call. Clients are created at init,
   * before any tracer exists, so they are instrumented when the tracer loads.
   */
  captureAWSv3Client<T extends object>(client: T): T {
    this.clients.push(client);
    this.real?.captureAWSv3Client(client);
    return client;
  }

  /**
   * Runs one invocation; when it is sampled, inside a `## handler` subsegment annotated with
   * ColdStart and Service (what the Powertools middleware adds), with errors as metadata.
   */
  async traceInvocation<R>(run: (tracer?: InvocationTracer) => Promise<R>): Promise<R> {
    // Counted here, not by Powertools: the tracer may load on a warm invocation, and its own
    // cold-start flag would then call that invocation cold.
    const coldStart = this.coldStart;
    this.coldStart = false;
    const loadStarted = Date.now();
    const wasLoaded = this.real !== undefined;
    const tracer = this.isSampled() ? await this.load() : undefined;
    const segment = tracer?.getSegment();
    const subsegment = segment?.addNewSubsegment('## handler');
    if (tracer && subsegment) tracer.setSegment(subsegment);
    tracer?.putAnnotation('ColdStart', coldStart);
    tracer?.addServiceNameAnnotation();
    if (tracer && !wasLoaded) tracer.putMetadata('tracer_load_ms', Date.now() - loadStarted);
    this.current = tracer;
    try {
      return await run(tracer);
    } catch (error) {
      tracer?.addErrorAsMetadata(error as Error);
      throw error;
    } finally {
      this.current = undefined;
      subsegment?.close();
      if (tracer && segment) tracer.setSegment(segment);
    }
  }

  /** Annotates the current invocation's trace, if it is being traced; otherwise does nothing. */
  putAnnotation(key: string, value: string | number | boolean): void {
    this.current?.putAnnotation(key, value);
  }

  /** One load per environment, shared by invocations that ask while it is in flight. */
  private load(): Promise<Tracer | undefined> {
    this.loading ??= this.loadTracer({ serviceName: this.options.serviceName }).then(
      (real) => {
        this.clients.forEach((client) => real.captureAWSv3Client(client));
        this.real = real;
        return real;
      },
      (error: unknown) => {
        // Tracing is diagnostics: a tracer that cannot load must not fail payments. Reported once.
        this.options.onLoadError?.(error);
        return undefined;
      },
    );
    return this.loading;
  }
}
