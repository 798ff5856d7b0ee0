// A stand-in Lambda bundle for the function pool tests: each event asks for one behaviour.
let invocations = 0;

exports.handler = async (event, context) => {
  invocations += 1;
  switch (event.action) {
    case 'echo':
      return {
        event,
        invocations,
        requestId: context.awsRequestId,
        remaining: context.getRemainingTimeInMillis(),
        functionName: context.functionName,
        env: { TABLE_NAME: process.env.TABLE_NAME, HOME: process.env.HOME ?? null },
        traceId: process.env._X_AMZN_TRACE_ID,
        node: process.versions.node,
      };
    case 'throw':
      throw new TypeError('bad input');
    case 'hang':
      return new Promise(() => undefined);
    case 'crash':
      setTimeout(() => process.exit(3), 0);
      return new Promise(() => undefined);
    case 'log':
      console.log(JSON.stringify({ level: 'INFO', message: 'hello from the function' }));
      return null;
    default:
      return undefined;
  }
};
