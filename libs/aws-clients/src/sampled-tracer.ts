/**
 * X-Ray tracing that loads the Powertools Tracer (and the X-Ray SDK under it, about 120 KB and
 * 8-20 ms of module initialisation) only when an invocation is sampled. At 5 % sampling most
 * execution environments never record a trace, so they should not pay for the SDK at cold start;
 * an environment that does pays once, on its first sampled invocation, and that cost shows up in
 * the trace it records (the `## handler` subsegment), where it is visible rather than hidden.
 *
 * The Lambda bundles are ESM with code splitting, so the dynamic import below becomes a separate
 * file of the deployment package that is read only when it is first needed.
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
  /** Told when the tracer cannot be loaded; the invocation then runs untraced. */
  readonly onLoadError?: (error: unknown) => void;
}

const loadPowertoolsTracer = async (options: TracerOptions): Promise<Tracer> => {
  const { Tracer: PowertoolsTracer } = await import('@aws-lambda-powertools/tracer');
  return new PowertoolsTracer(options);
};

export class SampledTracer {
  private real?: Tracer;
  private loadFailed = false;
  private coldStart = true;
  private current?: Tracer;
  private readonly clients: object[] = [];
  private readonly loadTracer: (options: TracerOptions) => Promise<Tracer>;
  private readonly isSampled: () => boolean;

  constructor(private readonly options: SampledTracerOptions) {
    this.loadTracer = options.loadTracer ?? loadPowertoolsTracer;
    this.isSampled = options.isSampled ?? isRequestXRaySampled;
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
    const tracer = this.isSampled() ? await this.load() : undefined;
    const segment = tracer?.getSegment();
    const subsegment = segment?.addNewSubsegment('## handler');
    if (tracer && subsegment) tracer.setSegment(subsegment);
    tracer?.putAnnotation('ColdStart', coldStart);
    tracer?.addServiceNameAnnotation();
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

  private async load(): Promise<Tracer | undefined> {
    if (this.real || this.loadFailed) return this.real;
    try {
      const real = await this.loadTracer({ serviceName: this.options.serviceName });
      this.clients.forEach((client) => real.captureAWSv3Client(client));
      this.real = real;
    } catch (error) {
      // Tracing is diagnostics: a tracer that cannot load must not fail payments. Reported once.
      this.loadFailed = true;
      this.options.onLoadError?.(error);
    }
    return this.real;
  }
}
