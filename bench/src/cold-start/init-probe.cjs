'use strict';
// Runs in a fresh Node process and measures one thing: require() of a bundle, i.e. the
// module-initialisation work of a Lambda cold start (INIT minus the runtime's own bootstrap).
const bundle = process.argv[2];
const wallStart = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const loaded = require(bundle);
const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;
const cpu = process.cpuUsage(cpuStart);
if (typeof loaded.handler !== 'function') {
  process.stderr.write(`${bundle} exports no handler function\n`);
  process.exit(2);
}
// A marker line: a bundle may itself print at init (Powertools, X-Ray SDK warnings).
process.stdout.write(
  '\n@@init-probe@@' +
    JSON.stringify({
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      heapUsedMb: process.memoryUsage().heapUsed / 1e6,
    }) +
    '\n',
);
// Some SDKs keep sockets or timers alive; the measurement is done.
process.exit(0);
