/**
 * The Powertools Tracer surface the functions use, loading the real Tracer (and the X-Ray SDK
 * under it) only when an invocation is sampled. At 5 % sampling most execution environments
 * never load it; those that do pay for it once, on their first sampled invocation.
 *
 * Clients registered before that are instrumented when the real tracer loads, so every AWS call
 * of a sampled invocation still gets its subsegment.
 */
import type { Tracer as PowertoolsTracer } from '@aws-lambda-powertools/tracer';

type TracerOptions = ConstructorParameters<typeof PowertoolsTracer>[0];
type Segment = ReturnType<PowertoolsTracer['getSegment']>;

export class Tracer {
  private real?: PowertoolsTracer;
  private readonly clients: object[] = [];

  constructor(private readonly options?: TracerOptions) {}

  captureAWSv3Client<T extends object>(client: T): T {
    this.clients.push(client);
    this.real?.captureAWSv3Client(client);
    return client;
  }

  getSegment(): Segment {
    return this.load()?.getSegment();
  }

  setSegment(segment: NonNullable<Segment>): void {
    this.load()?.setSegment(segment);
  }

  annotateColdStart(): void {
    this.load()?.annotateColdStart();
  }

  addServiceNameAnnotation(): void {
    this.load()?.addServiceNameAnnotation();
  }

  putAnnotation(key: string, value: string | number | boolean): void {
    this.load()?.putAnnotation(key, value);
  }

  addErrorAsMetadata(error: Error, remote?: boolean): void {
    this.load()?.addErrorAsMetadata(error, remote);
  }

  private load(): PowertoolsTracer | undefined {
    if (this.real) return this.real;
    if (!/Sampled=1/.test(process.env['_X_AMZN_TRACE_ID'] ?? '')) return undefined;
    // A require() inside a function: esbuild keeps the module lazily evaluated in the bundle.
    const { Tracer: RealTracer } = require('@aws-lambda-powertools/tracer') as {
      Tracer: new (options?: TracerOptions) => PowertoolsTracer;
    };
    const real = new RealTracer(this.options);
    this.clients.forEach((client) => real.captureAWSv3Client(client));
    this.real = real;
    return real;
  }
}
