import { properties, resourcesOfType, type CfnTemplate } from './cfn-template';
import type { IntrinsicResolver } from './intrinsics';

export interface KmsKeySpec {
  readonly logicalId: string;
  readonly description?: string;
  readonly keyPolicy?: unknown;
  readonly enableKeyRotation: boolean;
  readonly aliases: readonly string[];
}

export interface TableSpec {
  readonly logicalId: string;
  readonly name: string;
  /** CreateTable input, straight from the resource properties. */
  readonly createTable: Record<string, unknown>;
  readonly timeToLive?: { readonly AttributeName: string; readonly Enabled: boolean };
  readonly pointInTimeRecovery: boolean;
}

export function deriveKmsKeys(template: CfnTemplate, resolver: IntrinsicResolver): KmsKeySpec[] {
  const aliases = resourcesOfType(template, 'AWS::KMS::Alias').map(({ resource }) => {
    const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
    return { alias: String(props['AliasName']), target: resource.Properties?.['TargetKeyId'] };
  });
  return resourcesOfType(template, 'AWS::KMS::Key').map(({ logicalId, resource }) => {
    const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
    return {
      logicalId,
      ...(typeof props['Description'] === 'string' ? { description: props['Description'] } : {}),
      keyPolicy: props['KeyPolicy'],
      enableKeyRotation: props['EnableKeyRotation'] === true,
      aliases: aliases.filter((a) => refersTo(a.target, logicalId)).map((a) => a.alias),
    };
  });
}

export function deriveTables(template: CfnTemplate, resolver: IntrinsicResolver): TableSpec[] {
  return resourcesOfType(template, 'AWS::DynamoDB::Table').map(({ logicalId, resource }) => {
    const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
    const name = resolver.physical(logicalId).ref;
    // Settings CreateTable does not take are applied separately (TTL, PITR) or do not exist locally.
    const createTable = omit(props, [
      'TimeToLiveSpecification',
      'PointInTimeRecoverySpecification',
      'ContributorInsightsSpecification',
      'KinesisStreamSpecification',
      'ImportSourceSpecification',
      'ResourcePolicy',
    ]);
    const ttl = props['TimeToLiveSpecification'] as
      | { AttributeName: string; Enabled: boolean }
      | undefined;
    const pitr = props['PointInTimeRecoverySpecification'] as
      | { PointInTimeRecoveryEnabled?: boolean }
      | undefined;
    return {
      logicalId,
      name,
      createTable: { ...createTable, TableName: name },
      ...(ttl ? { timeToLive: ttl } : {}),
      pointInTimeRecovery: pitr?.PointInTimeRecoveryEnabled === true,
    };
  });
}

function refersTo(value: unknown, logicalId: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const getAtt = v['Fn::GetAtt'];
  return v['Ref'] === logicalId || (Array.isArray(getAtt) && getAtt[0] === logicalId);
}

export function omit(
  record: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
