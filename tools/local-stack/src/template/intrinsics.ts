import type { CfnTemplate } from './cfn-template';
import { NAME_PROPERTY, physicalId, type DeploymentContext, type PhysicalId } from './physical-ids';

/** Marks a property CloudFormation drops (`Ref: AWS::NoValue`). */
export const NO_VALUE = Symbol('AWS::NoValue');

export interface IntrinsicResolver {
  /** Resolves every intrinsic function inside a value, deeply. */
  resolve(value: unknown): unknown;
  physical(logicalId: string): PhysicalId;
}

/**
 * Resolves the intrinsic functions CDK emits (Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select,
 * Fn::Split) against the physical ids the local resources get, so every name, ARN and URL the
 * functions see is derived from the template rather than restated.
 */
export function createIntrinsicResolver(
  template: CfnTemplate,
  context: DeploymentContext,
): IntrinsicResolver {
  const cache = new Map<string, PhysicalId>();
  const pseudo: Record<string, string> = {
    'AWS::Region': context.region,
    'AWS::AccountId': context.accountId,
    'AWS::StackName': context.stackName,
    'AWS::StackId': `arn:aws:cloudformation:${context.region}:${context.accountId}:stack/${context.stackName}/local`,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
  };

  function physical(logicalId: string): PhysicalId {
    const known = cache.get(logicalId);
    if (known) return known;
    const resource = template.Resources[logicalId];
    if (!resource) throw new Error(`template refers to unknown resource ${logicalId}`);
    const nameProperty = NAME_PROPERTY[resource.Type];
    const explicitName = nameProperty ? resolve(resource.Properties?.[nameProperty]) : undefined;
    const id = physicalId(logicalId, resource, explicitName, context);
    cache.set(logicalId, id);
    return id;
  }

  function ref(name: string): unknown {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name in pseudo) return pseudo[name];
    const parameter = template.Parameters?.[name];
    if (parameter) return context.parameters?.[name] ?? parameter.Default ?? placeholderFor(name);
    return physical(name).ref;
  }

  function getAtt(logicalId: string, attribute: string): string {
    const value = physical(logicalId).attributes[attribute];
    if (value === undefined) throw new Error(`unsupported Fn::GetAtt ${logicalId}.${attribute}`);
    return value;
  }

  function sub(text: string, variables: Record<string, unknown>): string {
    return text.replace(/\$\{([^}!][^}]*)\}/g, (_m, expression: string) => {
      if (expression in variables) return String(resolve(variables[expression]));
      const [id, attribute] = expression.split(/\.(.+)/) as [string, string | undefined];
      return attribute && !(expression in pseudo) ? getAtt(id, attribute) : String(ref(expression));
    });
  }

  function resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(resolve).filter((v) => v !== NO_VALUE);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    const [key, argument] = entries[0] ?? [];
    if (entries.length === 1 && key !== undefined) {
      const intrinsic = resolveIntrinsic(key, argument);
      if (intrinsic.matched) return intrinsic.value;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) {
      const resolved = resolve(v);
      if (resolved !== NO_VALUE) out[k] = resolved;
    }
    return out;
  }

  function resolveIntrinsic(key: string, argument: unknown): { matched: boolean; value?: unknown } {
    switch (key) {
      case 'Ref':
        return { matched: true, value: ref(String(argument)) };
      case 'Fn::GetAtt': {
        const [id, attribute] = Array.isArray(argument)
          ? (argument as string[])
          : String(argument).split(/\.(.+)/);
        return { matched: true, value: getAtt(String(id), String(attribute)) };
      }
      case 'Fn::Join': {
        const [separator, parts] = argument as [string, unknown[]];
        const list = resolve(parts) as unknown[];
        return { matched: true, value: list.map(String).join(separator) };
      }
      case 'Fn::Sub': {
        const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
        return { matched: true, value: sub(String(text), variables as Record<string, unknown>) };
      }
      case 'Fn::Select': {
        const [index, list] = argument as [unknown, unknown];
        return { matched: true, value: (resolve(list) as unknown[])[Number(resolve(index))] };
      }
      case 'Fn::Split': {
        const [separator, text] = argument as [string, unknown];
        return { matched: true, value: String(resolve(text)).split(separator) };
      }
      default:
        return { matched: false };
    }
  }

  return { resolve, physical };
}

/**
 * A parameter the deployer must supply (no Default) gets a recognisable local value:
 * `NotificationEmail` -> `notification-email@example.com` (example.com never receives mail).
 */
export function placeholderFor(parameterName: string): string {
  const kebab = parameterName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return /email/i.test(parameterName) ? `${kebab}@example.com` : `local-${kebab}`;
}
