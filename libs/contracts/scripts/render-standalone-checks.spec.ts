import { readFileSync } from 'node:fs';
import {
  REGENERATE_COMMAND,
  renderStandaloneChecks,
  STANDALONE_CHECKS_FILE,
} from './render-standalone-checks';

describe('renderStandaloneChecks', () => {
  it('matches the committed generated module (the schemas and the checks cannot drift)', () => {
    // Prepare
    const committed = readFileSync(STANDALONE_CHECKS_FILE, 'utf8');

    // Act
    const rendered = renderStandaloneChecks();

    // Assess
    if (rendered !== committed) {
      throw new Error(
        `${STANDALONE_CHECKS_FILE} is out of date with the TypeBox schemas; run \`${REGENERATE_COMMAND}\` and commit the result.`,
      );
    }
  });

  it('imports nothing of TypeBox but the guard, system and format modules', () => {
    // Act
    const imports = [...renderStandaloneChecks().matchAll(/from '([^']+)'/g)].map((m) => m[1]);

    // Assess
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((m) => !/^typebox\/(guard|system|format)$/.test(m as string))).toEqual(
      [],
    );
  });
});
