import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface TransactionsTableProps {
  readonly encryptionKey: kms.IKey;
  /**
   * Physical table name; the brief fixes it.
   * @default 'payment_transactions'
   */
  readonly tableName?: string;
}

/**
 * `payment_transactions`: one item per provider event (and per manual notification), keyed by
 * `transaction_id` and a `timestamp` derived from the event, so a redelivery hits the same key.
 * Payment history is the system of record: point-in-time recovery, deletion protection, and
 * the table survives the stack.
 */
export class TransactionsTable extends Construct {
  readonly table: dynamodb.Table;
  private readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: TransactionsTableProps) {
    super(scope, id);
    this.encryptionKey = props.encryptionKey;
    this.table = new dynamodb.Table(this, 'Table', {
      tableName: props.tableName ?? 'payment_transactions',
      partitionKey: { name: 'transaction_id', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'timestamp', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.encryptionKey,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Item-level access on this table only, with exactly the key actions DynamoDB needs on the
   * caller's behalf: reading decrypts, writing also encrypts. CDK's table grants would add
   * `kms:GenerateDataKey*` and `kms:ReEncrypt*`, and Scan or BatchWrite nobody here calls.
   */
  grantItems(grantee: iam.IGrantable, actions: readonly TableItemAction[]): void {
    this.table.grants.actions(grantee, ...actions.map((action) => `dynamodb:${action}`));
    const writes = actions.some((action) => WRITE_ACTIONS.has(action));
    this.encryptionKey.grant(
      grantee,
      'kms:Decrypt',
      'kms:DescribeKey',
      ...(writes ? ['kms:Encrypt', 'kms:GenerateDataKey'] : []),
    );
  }
}

export type TableItemAction = 'GetItem' | 'Query' | 'PutItem' | 'UpdateItem';

const WRITE_ACTIONS: ReadonlySet<TableItemAction> = new Set(['PutItem', 'UpdateItem']);
