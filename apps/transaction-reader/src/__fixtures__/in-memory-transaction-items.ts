import type { StoredTransactionItem } from '../domain/stored-transaction-item';
import type { TransactionItemRepository } from '../ports/transaction-item-repository';

/** In-memory partition store; records which ids were read. */
export class InMemoryTransactionItems implements TransactionItemRepository {
  readonly reads: string[] = [];

  constructor(private readonly items: StoredTransactionItem[] = []) {}

  async findByTransactionId(transactionId: string): Promise<readonly StoredTransactionItem[]> {
    this.reads.push(transactionId);
    return this.items.filter((item) => item['transaction_id'] === transactionId);
  }
}
