import { readFileSync } from 'node:fs';

/** The parts of a synthesized CloudFormation template the local stack reads. */
export interface CfnTemplate {
  readonly Parameters?: Readonly<Record<string, { readonly Default?: unknown }>>;
  readonly Resources: Readonly<Record<string, CfnResource>>;
  readonly Outputs?: Readonly<Record<string, { readonly Value: unknown }>>;
}

export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Readonly<Record<string, unknown>>;
  readonly Metadata?: Readonly<Record<string, unknown>>;
  readonly DependsOn?: string | readonly string[];
}

export interface LogicalResource {
  readonly logicalId: string;
  readonly resource: CfnResource;
}

export function loadTemplate(file: string): CfnTemplate {
  const template = JSON.parse(readFileSync(file, 'utf8')) as CfnTemplate;
  if (!template.Resources || typeof template.Resources !== 'object') {
    throw new Error(`${file} is not a CloudFormation template (no Resources)`);
  }
  return template;
}

/** Every resource of one type, in template order. */
export function resourcesOfType(template: CfnTemplate, type: string): LogicalResource[] {
  return Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === type)
    .map(([logicalId, resource]) => ({ logicalId, resource }));
}

export function properties(resource: CfnResource): Readonly<Record<string, unknown>> {
  return resource.Properties ?? {};
}
