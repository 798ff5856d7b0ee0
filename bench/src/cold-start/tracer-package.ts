/** The package whose chunk the first sampled invocation loads (SampledTracer's import()). */
export const TRACER_PACKAGE = '@aws-lambda-powertools/tracer';
