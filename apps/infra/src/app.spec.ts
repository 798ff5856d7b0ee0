import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Token } from 'aws-cdk-lib';
import { createPaymentWebhooksApp, STACK_NAME } from './app';
import { CDK_JSON_CONTEXT, synthesize, type SynthesizedStack } from './__fixtures__/synthesize';

/** Asset hashes change with every bundle build; nothing else may differ between two synths. */
const ASSET_HASH = /[0-9a-f]{64}/g;

describe('createPaymentWebhooksApp (issue 4: the CDK app)', () => {
  let offline: SynthesizedStack;

  beforeAll(() => {
    offline = synthesize();
  });

  it('fixes the region to us-east-2 and takes the account from the environment', () => {
    const { stack } = createPaymentWebhooksApp({
      account: '111122223333',
      context: CDK_JSON_CONTEXT,
    });

    expect(stack.region).toBe('us-east-2');
    expect(stack.account).toBe('111122223333');
  });

  it('stays account-agnostic without an account, so synth works offline', () => {
    const { stack, template } = offline;

    expect(Token.isUnresolved(stack.account)).toBe(true);
    expect(stack.region).toBe('us-east-2');
    expect(JSON.stringify(template.toJSON())).toContain('"Ref":"AWS::AccountId"');
  });

  it('names the one stack PaymentWebhooksStack and protects it from termination', () => {
    const { stack } = offline;

    expect(stack.stackName).toBe(STACK_NAME);
    expect(STACK_NAME).toBe('PaymentWebhooksStack');
    expect(stack.terminationProtection).toBe(true);
  });

  it('gives the same template on two synths, apart from asset hashes', () => {
    // Prepare
    const outdirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'infra-synth-')));
    try {
      // Act
      const templates = outdirs.map((outdir) => {
        createPaymentWebhooksApp({ context: CDK_JSON_CONTEXT, outdir }).app.synth();
        return readFileSync(join(outdir, `${STACK_NAME}.template.json`), 'utf8');
      });

      // Assess
      const [first, second] = templates.map((text) => text.replace(ASSET_HASH, '<asset-hash>'));
      expect(first).toContain('AWS::Lambda::Function');
      expect(second).toBe(first);
    } finally {
      for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
    }
  });
});
