'use strict';
// Runs in a fresh Node process and measures one thing: require() of a bundle, i.e. the
// module-initialisation work of a Lambda cold start (INIT minus the runtime's own bootstrap).
// Node 24 require()s an ES module entry (main.mjs) and its static imports synchronously.
//
// With a second argument (a chunk of the same build), it then times what the first sampled
// invocation adds: `import()` of that chunk and construction of the class it exports (the
// Powertools Tracer), the way SampledTracer does it, after init, in the same process.
const { pathToFileURL } = require('node:url');

const bundle = process.argv[2];
const lazyChunk = process.argv[3];
const wallStart = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const loaded = require(bundle);
const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;
const cpu = process.cpuUsage(cpuStart);
if (typeof loaded.handler !== 'function') {
  process.stderr.write(`${bundle} exports no handler function\n`);
  process.exit(2);
}

async function firstLazyLoad() {
  if (!lazyChunk) return {};
  const lazyStart = process.hrtime.bigint();
  const lazyCpuStart = process.cpuUsage();
  const namespace = await import(pathToFileURL(lazyChunk).href);
  if (typeof namespace.Tracer === 'function') {
    new namespace.Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME });
  }
  const lazyCpu = process.cpuUsage(lazyCpuStart);
  return {
    lazyWallMs: Number(process.hrtime.bigint() - lazyStart) / 1e6,
    lazyCpuMs: (lazyCpu.user + lazyCpu.system) / 1000,
  };
}

firstLazyLoad().then(
  (lazy) => {
    // A marker line: a bundle may itself print at init (Powertools, X-Ray SDK warnings).
    process.stdout.write(
      '\n@@init-probe@@' +
        JSON.stringify({
          wallMs,
          cpuMs: (cpu.user + cpu.system) / 1000,
          heapUsedMb: process.memoryUsage().heapUsed / 1e6,
          ...lazy,
        }) +
        '\n',
    );
    // Some SDKs keep sockets or timers alive; the measurement is done.
    process.exit(0);
  },
  (error) => {
    process.stderr.write(`lazy load of ${lazyChunk} failed: ${error?.stack ?? error}\n`);
    process.exit(3);
  },
);
