// `nx run contracts:generate-checks`: writes the Lambda entry's standalone validation checks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { renderStandaloneChecks, STANDALONE_CHECKS_FILE } from './render-standalone-checks';

mkdirSync(dirname(STANDALONE_CHECKS_FILE), { recursive: true });
writeFileSync(STANDALONE_CHECKS_FILE, renderStandaloneChecks());
console.log(`wrote ${relative(process.cwd(), STANDALONE_CHECKS_FILE)}`);
