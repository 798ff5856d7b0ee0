import { resolvePlan } from './resolve-plan';

const exists = () => true;
const missing = () => false;

describe('resolvePlan', () => {
  it('targets the deployed stack of the cdk outputs file with E2E_TARGET=aws', () => {
    const plan = resolvePlan({ E2E_TARGET: 'aws', E2E_OUTPUTS_FILE: 'cdk-outputs.json' }, missing);

    expect(plan).toEqual({ kind: 'use-outputs', target: 'aws', file: 'cdk-outputs.json' });
  });

  it('refuses aws without an outputs file, saying where it comes from', () => {
    expect(() => resolvePlan({ E2E_TARGET: 'aws' }, exists)).toThrow('cdk deploy --outputs-file');
  });

  it('rejects an unknown target or local-stack mode', () => {
    expect(() => resolvePlan({ E2E_TARGET: 'staging' }, exists)).toThrow('must be local or aws');
    expect(() => resolvePlan({ E2E_LOCAL_STACK: 'maybe' }, exists)).toThrow(
      'must be start, running or auto',
    );
  });

  it('starts its own local stack under npm test, even if one is running', () => {
    expect(resolvePlan({ npm_lifecycle_event: 'test' }, exists)).toEqual({ kind: 'start-local' });
  });

  it('uses the running local stack’s outputs file when there is one, unless it is stale', () => {
    expect(resolvePlan({ npm_lifecycle_event: 'e2e' }, exists)).toEqual({
      kind: 'use-outputs',
      target: 'local',
      file: '.local/stack-outputs.json',
      startIfSilent: true,
    });
  });

  it('starts a local stack when none is running', () => {
    expect(resolvePlan({}, missing)).toEqual({ kind: 'start-local' });
  });

  it('obeys an explicit E2E_LOCAL_STACK and E2E_OUTPUTS_FILE', () => {
    expect(resolvePlan({ E2E_LOCAL_STACK: 'start' }, exists)).toEqual({ kind: 'start-local' });
    expect(
      resolvePlan({ E2E_LOCAL_STACK: 'running', E2E_OUTPUTS_FILE: 'other.json' }, missing),
    ).toEqual({ kind: 'use-outputs', target: 'local', file: 'other.json' });
  });
});
