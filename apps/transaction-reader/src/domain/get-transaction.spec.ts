import { InMemoryTransactionItems } from '../__fixtures__/in-memory-transaction-items';
import { eventItem, TRANSACTION_ID } from '../__fixtures__/items';
import { getTransaction } from './get-transaction';
import { TransactionNotFoundError } from './transaction-not-found-error';

describe('getTransaction', () => {
  it('returns the view of the requested transaction only', async () => {
    const repository = new InMemoryTransactionItems([
      eventItem(),
      eventItem({ transaction_id: 'tx_other', event_id: 'evt_other', amount: 1 }),
    ]);

    const view = await getTransaction(TRANSACTION_ID, { repository });

    expect(view.transaction_id).toBe(TRANSACTION_ID);
    expect(view.events).toHaveLength(1);
    expect(repository.reads).toEqual([TRANSACTION_ID]);
  });

  it('throws TransactionNotFoundError for an unknown id', async () => {
    const repository = new InMemoryTransactionItems([eventItem()]);

    const read = getTransaction('tx_unknown', { repository });

    await expect(read).rejects.toBeInstanceOf(TransactionNotFoundError);
  });
});
