import type { TransactionView } from '@payments/contracts/lambda';
import type { TransactionItemRepository } from '../ports/transaction-item-repository';
import { buildTransactionView } from './build-transaction-view';
import { TransactionNotFoundError } from './transaction-not-found-error';

export interface GetTransactionDeps {
  readonly repository: TransactionItemRepository;
}

/** Reads one transaction (one consistent Query of its partition) and folds it into its view. */
export async function getTransaction(
  transactionId: string,
  deps: GetTransactionDeps,
): Promise<TransactionView> {
  const items = await deps.repository.findByTransactionId(transactionId);
  const view = buildTransactionView(items);
  if (!view) throw new TransactionNotFoundError(transactionId);
  return view;
}
