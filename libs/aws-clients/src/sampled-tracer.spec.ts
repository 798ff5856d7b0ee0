import type { Tracer } from '@aws-lambda-powertools/tracer';
import { SampledTracer } from './sampled-tracer';

const SAMPLED = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
const NOT_SAMPLED = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0';

/** A stand-in for the Powertools Tracer that records what the wrapper does with it. */
function fakeTracer() {
  const calls: string[] = [];
  const annotations: Record<string, unknown> = {};
  const subsegment = { close: jest.fn() };
  const segment = { addNewSubsegment: jest.fn(() => subsegment) };
  const tracer = {
    captureAWSv3Client: jest.fn((client: object) => client),
    getSegment: jest.fn(() => segment),
    setSegment: jest.fn((s: unknown) => calls.push(s === subsegment ? 'enter' : 'leave')),
    putAnnotation: jest.fn((key: string, value: unknown) => {
      annotations[key] = value;
    }),
    addServiceNameAnnotation: jest.fn(),
    addErrorAsMetadata: jest.fn(),
  };
  return { tracer, calls, annotations, subsegment };
}

/** Each traceInvocation() call takes the next header as the invocation's `_X_AMZN_TRACE_ID`. */
function setup(headers: (string | undefined)[]) {
  const fake = fakeTracer();
  const loadTracer = jest.fn(async () => fake.tracer as unknown as Tracer);
  const onLoadError = jest.fn();
  const tracer = new SampledTracer({ serviceName: 'webhook-processor', loadTracer, onLoadError });
  const queue = [...headers];
  const traceInvocation = tracer.traceInvocation.bind(tracer);
  tracer.traceInvocation = (run) => {
    const header = queue.shift();
    if (header === undefined) delete process.env['_X_AMZN_TRACE_ID'];
    else process.env['_X_AMZN_TRACE_ID'] = header;
    return traceInvocation(run);
  };
  return { tracer, fake, loadTracer, onLoadError };
}

afterEach(() => {
  delete process.env['_X_AMZN_TRACE_ID'];
});

describe('SampledTracer', () => {
  it('never loads the X-Ray SDK for invocations that are not sampled', async () => {
    // Prepare
    const { tracer, loadTracer } = setup([NOT_SAMPLED, undefined, 'Root=1-abc']);
    const seen: unknown[] = [];

    // Act
    for (let i = 0; i < 3; i += 1) await tracer.traceInvocation(async (t) => seen.push(t));

    // Assess
    expect(loadTracer).not.toHaveBeenCalled();
    expect(seen).toEqual([undefined, undefined, undefined]);
  });

  it('loads once on the first sampled invocation and instruments the clients made at init', async () => {
    const { tracer, fake, loadTracer } = setup([NOT_SAMPLED, SAMPLED, SAMPLED]);
    const dynamoDb = tracer.captureAWSv3Client({ name: 'dynamodb' });

    for (let i = 0; i < 3; i += 1) await tracer.traceInvocation(async () => 'ok');

    expect(loadTracer).toHaveBeenCalledTimes(1);
    expect(fake.tracer.captureAWSv3Client).toHaveBeenCalledWith(dynamoDb);
  });

  it('instruments a client registered after the tracer has loaded', async () => {
    const { tracer, fake } = setup([SAMPLED]);
    await tracer.traceInvocation(async () => 'ok');

    const late = tracer.captureAWSv3Client({ name: 'sns' });

    expect(fake.tracer.captureAWSv3Client).toHaveBeenCalledWith(late);
  });

  it('marks only the environment’s first invocation as a cold start, even when loaded later', async () => {
    const { tracer, fake } = setup([NOT_SAMPLED, SAMPLED]);

    await tracer.traceInvocation(async () => 'first');
    await tracer.traceInvocation(async () => 'second');

    expect(fake.annotations['ColdStart']).toBe(false);
    expect(fake.tracer.addServiceNameAnnotation).toHaveBeenCalledTimes(1);
  });

  it('wraps a sampled invocation in a handler subsegment and restores the parent', async () => {
    const { tracer, fake } = setup([SAMPLED]);

    const result = await tracer.traceInvocation(async (t) => {
      t?.putAnnotation('transaction_id', 'txn_1');
      tracer.putAnnotation('event_type', 'payment.succeeded');
      return 202;
    });

    expect(result).toBe(202);
    expect(fake.calls).toEqual(['enter', 'leave']);
    expect(fake.subsegment.close).toHaveBeenCalledTimes(1);
    expect(fake.annotations).toMatchObject({
      ColdStart: true,
      transaction_id: 'txn_1',
      event_type: 'payment.succeeded',
    });
  });

  it('records a failure as error metadata, closes the subsegment and rethrows', async () => {
    const { tracer, fake } = setup([SAMPLED]);
    const failure = new Error('DynamoDB unavailable');

    await expect(
      tracer.traceInvocation(async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);

    expect(fake.tracer.addErrorAsMetadata).toHaveBeenCalledWith(failure);
    expect(fake.subsegment.close).toHaveBeenCalledTimes(1);
  });

  it('ignores annotations outside a traced invocation', async () => {
    const { tracer, fake } = setup([SAMPLED]);
    await tracer.traceInvocation(async () => 'ok');

    tracer.putAnnotation('after', 'the invocation');

    expect(fake.annotations).not.toHaveProperty('after');
  });

  it('runs untraced and reports once when the tracer cannot be loaded', async () => {
    const { tracer, loadTracer, onLoadError } = setup([SAMPLED, SAMPLED]);
    loadTracer.mockRejectedValue(new Error('chunk missing'));
    const seen: unknown[] = [];

    await tracer.traceInvocation(async (t) => seen.push(t));
    await tracer.traceInvocation(async (t) => seen.push(t));

    expect(seen).toEqual([undefined, undefined]);
    expect(loadTracer).toHaveBeenCalledTimes(1);
    expect(onLoadError).toHaveBeenCalledTimes(1);
  });

  it('loads the real Powertools Tracer by default', async () => {
    const tracer = new SampledTracer({ serviceName: 'probe' });
    process.env['_X_AMZN_TRACE_ID'] = SAMPLED;
    let seen: unknown;

    await tracer.traceInvocation(async (t) => {
      seen = t;
    });

    expect(seen?.constructor.name).toBe('Tracer');
  });
});
