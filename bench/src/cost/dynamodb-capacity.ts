import type { AwsCallRecord } from '../emulator/aws-call-record';

type AttributeValue = Record<string, unknown>;

/**
 * Size of an item in DynamoDB's accounting (attribute names plus values, in bytes), from its
 * wire form (`{"S": "..."}`, `{"N": "..."}`, ...), following the documented rules closely
 * enough to tell 1 KB write units apart.
 */
export function itemSize(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce(
    (total, [name, value]) => total + Buffer.byteLength(name) + valueSize(value),
    0,
  );
}

function valueSize(value: AttributeValue): number {
  const [type, raw] = Object.entries(value)[0] ?? ['NULL', true];
  switch (type) {
    case 'S':
      return Buffer.byteLength(String(raw));
    case 'N': {
      const digits = String(raw).replace(/[-.]/g, '').replace(/^0+/, '').length;
      return Math.ceil(digits / 2) + 1;
    }
    case 'B':
      return Buffer.from(String(raw), 'base64').length;
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'M':
      return 3 + itemSize(raw as Record<string, AttributeValue>);
    case 'L':
      return 3 + (raw as AttributeValue[]).reduce((t, v) => t + 1 + valueSize(v), 0);
    case 'SS':
      return (raw as string[]).reduce((t, s) => t + Buffer.byteLength(s), 0);
    case 'NS':
      return (raw as string[]).reduce((t, n) => t + valueSize({ N: n }), 0);
    default:
      return Buffer.byteLength(JSON.stringify(raw));
  }
}

export interface CapacityUnits {
  /** Write request units (on-demand): 1 per started KB of the item written, failed conditions too. */
  readonly writeUnits: number;
  /** Read request units: 1 per started 4 KB strongly consistent, half of that eventually consistent. */
  readonly readUnits: number;
  readonly largestItemBytes: number;
}

/**
 * Request units of the recorded DynamoDB calls. A put's size is its item; an update's is the
 * stored item (known from the put on the same key) plus the values it sets; a read's is the
 * stored item. A conditional write that fails still consumes its write units.
 */
export function capacityOf(calls: readonly AwsCallRecord[]): CapacityUnits {
  const sizes = new Map<string, number>();
  let writeUnits = 0;
  let readUnits = 0;
  let largest = 0;
  for (const call of calls) {
    if (call.service !== 'dynamodb') continue;
    const params = call.params as {
      Item?: Record<string, AttributeValue>;
      Key?: Record<string, AttributeValue>;
      ExpressionAttributeValues?: Record<string, AttributeValue>;
      ConsistentRead?: boolean;
    };
    if (call.action === 'PutItem' && params.Item) {
      const size = itemSize(params.Item);
      sizes.set(keyOf(params.Item), Math.max(size, sizes.get(keyOf(params.Item)) ?? 0));
      writeUnits += Math.ceil(size / 1024);
      largest = Math.max(largest, size);
    } else if (call.action === 'UpdateItem' && params.Key) {
      const added = params.ExpressionAttributeValues
        ? itemSize(params.ExpressionAttributeValues)
        : 0;
      const size = (sizes.get(keyOf(params.Key)) ?? 0) + added;
      writeUnits += Math.max(1, Math.ceil(size / 1024));
      largest = Math.max(largest, size);
    } else if (call.action === 'GetItem' && params.Key) {
      const size = sizes.get(keyOf(params.Key)) ?? 1;
      readUnits += Math.ceil(size / 4096) * (params.ConsistentRead ? 1 : 0.5);
    } else if (call.action === 'Query' || call.action === 'Scan') {
      // Reads outside the webhook path (GET /transactions/{id}); priced per call as 1 unit.
      readUnits += params.ConsistentRead ? 1 : 0.5;
    }
  }
  return { writeUnits, readUnits, largestItemBytes: largest };
}

function keyOf(item: Record<string, AttributeValue>): string {
  return `${JSON.stringify(item['transaction_id'])}|${JSON.stringify(item['timestamp'])}`;
}
