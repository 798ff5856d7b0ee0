import type { ColdStartResult } from '../../../cold-start/cold-start-result';
import { bundlingInPlace } from './bundling-in-place';
import { bundlingRemains } from './bundling-remains';

/** What is in place and what remains, read from the build settings and the measurements. */
export function renderBundlingChanges(cold: ColdStartResult): string {
  const { inPlace, notInPlace } = bundlingInPlace(cold.functions);
  return [
    '### Bundling: what is in place and what remains',
    '',
    "Read from each function's build options and this run's measurements.",
    '',
    'In place:',
    '',
    ...inPlace.map((line) => `- ${line}`),
    ...(notInPlace.length
      ? ['', 'Not (or not fully) in place:', '', ...notInPlace.map((l) => `- ${l}`)]
      : []),
    '',
    'What remains:',
    '',
    ...bundlingRemains(cold).map((line) => `- ${line}`),
  ].join('\n');
}
