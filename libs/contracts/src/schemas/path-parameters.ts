import { Type, type Static } from 'typebox';
import { TransactionIdSchema } from './identifiers';

/** Path parameters of `/transactions/{id}` and `/transactions/{id}/notify`. */
export const TransactionPathParametersSchema = Type.Object(
  { id: TransactionIdSchema },
  { additionalProperties: false },
);
export type TransactionPathParameters = Static<typeof TransactionPathParametersSchema>;
