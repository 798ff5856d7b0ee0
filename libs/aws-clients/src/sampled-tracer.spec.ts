import type { Tracer } from '@aws-lambda-powertools/tracer';
import { SampledTracer } from './sampled-tracer';

/** A stand-in for the Powertools Tracer that records what the wrapper does with it. */
function fakeTracer() {
  const calls: string[] = [];
  const annotations: Record<string, unknown> = {};
  const metadata: Record<string, unknown> = {};
  const subsegment = { close: jest.fn() };
  const segment = { addNewSubsegment: jest.fn(() => subsegment) };
  const tracer = {
    captureAWSv3Client: jest.fn((client: object) => client),
    getSegment: jest.fn(() => segment),
    setSegment: jest.fn((s: unknown) => calls.push(s === subsegment ? 'enter' : 'leave')),
    putAnnotation: jest.fn((key: string, value: unknown) => {
      annotations[key] = value;
    }),
    putMetadata: jest.fn((key: string, value: unknown) => {
      metadata[key] = value;
    }),
    addServiceNameAnnotation: jest.fn(),
    addErrorAsMetadata: jest.fn(),
  };
  return { tracer, calls, annotations, metadata, subsegment };
}

/** Each invocation asks isSampled() once: the answers are taken in order. */
function setup(sampled: boolean[], startsCold = true) {
  const fake = fakeTracer();
  const loadTracer = jest.fn(async () => fake.tracer as unknown as Tracer);
  const onLoadError = jest.fn();
  const answers = [...sampled];
  const tracer = new SampledTracer({
    serviceName: 'webhook-processor',
    loadTracer,
    onLoadError,
    startsCold,
    isSampled: () => answers.shift() ?? false,
  });
  return { tracer, fake, loadTracer, onLoadError };
}

describe('SampledTracer', () => {
  it('never loads the X-Ray SDK for invocations that are not sampled', async () => {
    // Prepare
    const { tracer, loadTracer } = setup([false, false, false]);
    const seen: unknown[] = [];

    // Act
    for (let i = 0; i < 3; i += 1) await tracer.traceInvocation(async (t) => seen.push(t));

    // Assess
    expect(loadTracer).not.toHaveBeenCalled();
    expect(seen).toEqual([undefined, undefined, undefined]);
  });

  it('loads once on the first sampled invocation and instruments the clients made at init', async () => {
    // Prepare
    const { tracer, fake, loadTracer } = setup([false, true, true]);
    const dynamoDb = tracer.captureAWSv3Client({ name: 'dynamodb' });

    // Act
    for (let i = 0; i < 3; i += 1) await tracer.traceInvocation(async () => 'ok');

    // Assess
    expect(loadTracer).toHaveBeenCalledTimes(1);
    expect(fake.tracer.captureAWSv3Client).toHaveBeenCalledWith(dynamoDb);
  });

  it('loads once when sampled invocations overlap while it is loading', async () => {
    // Prepare
    const { tracer, fake, loadTracer } = setup([true, true]);
    tracer.captureAWSv3Client({ name: 'sqs' });

    // Act
    await Promise.all([
      tracer.traceInvocation(async () => 'first'),
      tracer.traceInvocation(async () => 'second'),
    ]);

    // Assess
    expect(loadTracer).toHaveBeenCalledTimes(1);
    expect(fake.tracer.captureAWSv3Client).toHaveBeenCalledTimes(1);
  });

  it('instruments a client registered after the tracer has loaded', async () => {
    // Prepare
    const { tracer, fake } = setup([true]);
    await tracer.traceInvocation(async () => 'ok');

    // Act
    const late = tracer.captureAWSv3Client({ name: 'sns' });

    // Assess
    expect(fake.tracer.captureAWSv3Client).toHaveBeenCalledWith(late);
  });

  it('marks only the environment’s first invocation as a cold start, even when loaded later', async () => {
    // Prepare
    const { tracer, fake } = setup([false, true]);

    // Act
    await tracer.traceInvocation(async () => 'first');
    await tracer.traceInvocation(async () => 'second');

    // Assess
    expect(fake.annotations['ColdStart']).toBe(false);
    expect(fake.tracer.addServiceNameAnnotation).toHaveBeenCalledTimes(1);
  });

  it('never calls an invocation of a provisioned environment cold', async () => {
    // Prepare
    const { tracer, fake } = setup([true], false);

    // Act
    await tracer.traceInvocation(async () => 'first');

    // Assess
    expect(fake.annotations['ColdStart']).toBe(false);
  });

  it('wraps a sampled invocation in a handler subsegment and restores the parent', async () => {
    // Prepare
    const { tracer, fake } = setup([true]);

    // Act
    const result = await tracer.traceInvocation(async (t) => {
      t?.putAnnotation('transaction_id', 'txn_1');
      tracer.putAnnotation('event_type', 'payment.succeeded');
      return 202;
    });

    // Assess
    expect(result).toBe(202);
    expect(fake.calls).toEqual(['enter', 'leave']);
    expect(fake.subsegment.close).toHaveBeenCalledTimes(1);
    expect(fake.annotations).toMatchObject({
      ColdStart: true,
      transaction_id: 'txn_1',
      event_type: 'payment.succeeded',
    });
  });

  it('records the load time in the trace of the invocation that paid it, and only there', async () => {
    // Prepare
    const { tracer, fake } = setup([true, true]);

    // Act
    await tracer.traceInvocation(async () => 'loads');
    await tracer.traceInvocation(async () => 'already loaded');

    // Assess
    expect(fake.tracer.putMetadata).toHaveBeenCalledTimes(1);
    expect(fake.metadata['tracer_load_ms']).toEqual(expect.any(Number));
  });

  it('records a failure as error metadata, closes the subsegment and rethrows', async () => {
    // Prepare
    const { tracer, fake } = setup([true]);
    const failure = new Error('DynamoDB unavailable');

    // Act
    const attempt = tracer.traceInvocation(async () => {
      throw failure;
    });

    // Assess
    await expect(attempt).rejects.toBe(failure);
    expect(fake.tracer.addErrorAsMetadata).toHaveBeenCalledWith(failure);
    expect(fake.subsegment.close).toHaveBeenCalledTimes(1);
  });

  it('ignores annotations outside a traced invocation', async () => {
    // Prepare
    const { tracer, fake } = setup([true]);
    await tracer.traceInvocation(async () => 'ok');

    // Act
    tracer.putAnnotation('after', 'the invocation');

    // Assess
    expect(fake.annotations).not.toHaveProperty('after');
  });

  it('runs untraced and reports once when the tracer cannot be loaded', async () => {
    // Prepare
    const { tracer, loadTracer, onLoadError } = setup([true, true]);
    loadTracer.mockRejectedValue(new Error('chunk missing'));
    const seen: unknown[] = [];

    // Act
    await tracer.traceInvocation(async (t) => seen.push(t));
    await tracer.traceInvocation(async (t) => seen.push(t));

    // Assess
    expect(seen).toEqual([undefined, undefined]);
    expect(loadTracer).toHaveBeenCalledTimes(1);
    expect(onLoadError).toHaveBeenCalledTimes(1);
  });

  it('loads the real Powertools Tracer by default when the trace header says Sampled=1', async () => {
    // Prepare
    const saved = process.env['_X_AMZN_TRACE_ID'];
    process.env['_X_AMZN_TRACE_ID'] =
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    const tracer = new SampledTracer({ serviceName: 'probe' });
    let seen: unknown;

    // Act
    try {
      await tracer.traceInvocation(async (t) => {
        seen = t;
      });
    } finally {
      if (saved === undefined) delete process.env['_X_AMZN_TRACE_ID'];
      else process.env['_X_AMZN_TRACE_ID'] = saved;
    }

    // Assess
    expect(seen?.constructor.name).toBe('Tracer');
  });
});
