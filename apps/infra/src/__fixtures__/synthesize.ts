import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { createPaymentWebhooksApp, type PaymentWebhooksAppOptions } from '../app';
import type { PaymentWebhooksStack } from '../stacks/payment-webhooks-stack';

/** The feature flags and knobs of `cdk.json`, as the CDK CLI hands them to the app. */
export const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(
  readFileSync(join(__dirname, '../../cdk.json'), 'utf8'),
).context;

export interface SynthesizedStack {
  readonly stack: PaymentWebhooksStack;
  readonly template: Template;
}

/**
 * The stack exactly as `cdk synth` builds it (same app factory, same context, cdk-nag plugins
 * registered, real bundles from dist/apps), as an assertions Template.
 */
export function synthesize(options: PaymentWebhooksAppOptions = {}): SynthesizedStack {
  const { stack } = createPaymentWebhooksApp({
    ...options,
    context: { ...CDK_JSON_CONTEXT, ...options.context },
  });
  return { stack, template: Template.fromStack(stack) };
}

/** A piece of synthesized CloudFormation JSON, as loosely typed as `JSON.parse` makes it. */
export type CfnJson = ReturnType<typeof JSON.parse>;

/** Resources of one type, by logical id. */
export function resourcesOf(template: Template, type: string): Record<string, CfnJson> {
  return template.findResources(type);
}

/** The logical id a `{ Ref }` or `{ Fn::GetAtt }` points at. */
export function referencedId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ref = (value as { Ref?: unknown }).Ref;
  if (typeof ref === 'string') return ref;
  const getAtt = (value as { 'Fn::GetAtt'?: unknown[] })['Fn::GetAtt'];
  return Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : undefined;
}

/** Finds the one resource of a type whose logical id starts with a construct path prefix. */
export function logicalIdOf(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} ${prefix}*, found ${ids.join(', ')}`);
  return ids[0] as string;
}
