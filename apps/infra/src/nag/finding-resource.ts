import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * A resource value as cdk-nag spells it in a finding id (`AwsSolutions-IAM5[Resource::...]`):
 * the resolved CloudFormation value flattened, `Ref` as `<Id>`, `Fn::GetAtt` as `<Id.Attr>`.
 * Acknowledging the exact finding keeps any other wildcard on the same policy reported.
 */
export function nagFindingResource(scope: IConstruct, value: string): string {
  return flatten(Stack.of(scope).resolve(value));
}

function flatten(node: unknown): string {
  if (typeof node === 'string') return node;
  if (isObject(node)) {
    const join = node['Fn::Join'];
    if (Array.isArray(join)) {
      const [delimiter, parts] = join as [string, unknown[]];
      return parts.map(flatten).join(delimiter);
    }
    if ('Ref' in node) return `<${flatten(node['Ref'])}>`;
    const getAtt = node['Fn::GetAtt'];
    if (Array.isArray(getAtt)) return `<${flatten(getAtt[0])}.${flatten(getAtt[1])}>`;
  }
  throw new Error(`Cannot spell ${JSON.stringify(node)} as a cdk-nag finding`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
