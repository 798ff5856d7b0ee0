import type { ColdStartResult } from '../../../cold-start/cold-start-result';
import { kb, ms, table } from '../../markdown';

/** Each dependency initialised alone, and the tracer's once-per-environment cost. */
export function renderComponents(cold: ColdStartResult): string {
  const floor = cold.floor.wallMs.p50;
  const sampled = cold.functions.flatMap((fn) =>
    fn.firstSampled
      ? [
          [
            `Powertools Tracer + X-Ray SDK, first sampled invocation of ${fn.name} (lazy chunk)`,
            kb(fn.firstSampled.bytes),
            `${ms(fn.firstSampled.wallMs.p50)} once`,
            'not at init',
            ms(fn.firstSampled.cpuMs.p50),
          ],
        ]
      : [],
  );
  return [
    '### What the gap to the floor is made of',
    '',
    `Each dependency the functions load at init, initialised alone the way the composition roots do it and bundled with the ` +
      `functions' options (so what they load lazily stays lazy); median init minus the ${ms(floor, 2)} floor. They share ` +
      "modules (`@smithy/*`, Powertools commons), so they do not add up exactly to a function's init. The Tracer is not " +
      'loaded at init any more: its rows are the extra cost of the first sampled invocation of an execution environment, paid ' +
      'once per environment and only in environments that get a sampled request.',
    '',
    table(
      ['Component', 'Loaded', 'Init p50', 'Minus floor', 'CPU p50'],
      [
        ...cold.components.map((c) => [
          c.label,
          kb(c.bytes),
          ms(c.wallMs.p50),
          ms(c.wallMs.p50 - floor),
          ms(c.cpuMs.p50),
        ]),
        ...sampled,
      ],
    ),
  ].join('\n');
}
