import type { StoredTransactionItem } from '../domain/stored-transaction-item';

/** Reads every item of one transaction's partition, in sort-key order. */
export interface TransactionItemRepository {
  findByTransactionId(transactionId: string): Promise<readonly StoredTransactionItem[]>;
}
