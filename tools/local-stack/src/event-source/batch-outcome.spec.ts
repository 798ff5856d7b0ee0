import { messagesToDelete } from './batch-outcome';

const ids = ['m1', 'm2', 'm3'];

describe('messagesToDelete', () => {
  it('deletes nothing when the function fails', () => {
    const deleted = messagesToDelete(ids, { ok: false, error: 'boom' }, true);

    expect(deleted).toEqual([]);
  });

  it('deletes the whole batch on success without ReportBatchItemFailures', () => {
    const deleted = messagesToDelete(
      ids,
      { ok: true, payload: { batchItemFailures: [{ itemIdentifier: 'm2' }] } },
      false,
    );

    expect(deleted).toEqual(ids);
  });

  it('keeps only the reported failures of a partial batch', () => {
    const deleted = messagesToDelete(
      ids,
      { ok: true, payload: { batchItemFailures: [{ itemIdentifier: 'm2' }] } },
      true,
    );

    expect(deleted).toEqual(['m1', 'm3']);
  });

  it.each([
    ['a null response', null],
    ['an empty response', {}],
    ['an empty failure list', { batchItemFailures: [] }],
    ['a null failure list', { batchItemFailures: null }],
  ])('treats %s as complete success', (_label, payload) => {
    const deleted = messagesToDelete(ids, { ok: true, payload }, true);

    expect(deleted).toEqual(ids);
  });

  it.each([
    ['an empty identifier', { batchItemFailures: [{ itemIdentifier: '' }] }],
    ['a null identifier', { batchItemFailures: [{ itemIdentifier: null }] }],
    ['a wrong key name', { batchItemFailures: [{ id: 'm1' }] }],
    ['an id not in the batch', { batchItemFailures: [{ itemIdentifier: 'other' }] }],
    ['a non-object response', 'done'],
  ])('treats %s as complete failure', (_label, payload) => {
    const deleted = messagesToDelete(ids, { ok: true, payload }, true);

    expect(deleted).toEqual([]);
  });
});
