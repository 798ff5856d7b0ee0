import { readFileSync } from 'node:fs';
import { PaymentApiClient, readStackOutputs } from '@payments/api-client';
import { runCli } from './run-cli';

// `npm run webhook -- <command>`: the composition root; run-cli.ts holds the behaviour.
void runCli(process.argv.slice(2), {
  readTextFile: (file) => readFileSync(file, 'utf8'),
  readStackOutputs: (file) => readStackOutputs(file),
  createClient: (outputs) => PaymentApiClient.forStack(outputs),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
}).then((code) => {
  process.exitCode = code;
});
