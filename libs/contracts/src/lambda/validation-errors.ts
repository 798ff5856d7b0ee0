/**
 * The slow path of the Lambda validators, loaded with `import()` only after a standalone check
 * has rejected the input: TypeBox builds the schemas and compiles them here, so the errors listed
 * are exactly those of the root entry's validators. A Lambda that only sees valid input never
 * loads this module (esbuild puts it in a chunk of its own).
 */
export {
  notificationJobValidator,
  notifyRequestValidator,
  transactionPathParametersValidator,
  webhookEventValidator,
} from '../validation/validators';
