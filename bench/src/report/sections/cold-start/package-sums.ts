import type { FunctionColdStart } from '../../../cold-start/cold-start-result';
import type { PackageBytes } from '../../../cold-start/package-breakdown';

export const isSdkPackage = (name: string) =>
  name.startsWith('@aws-sdk/') || name.startsWith('@smithy/');

export const bytesOf = (list: readonly PackageBytes[], pick: (name: string) => boolean) =>
  list.filter((p) => pick(p.name)).reduce((total, p) => total + p.bytes, 0);

/** `@aws-sdk/*` + `@smithy/*` bytes a function loads at init. */
export const sdkBytesAtInit = (fn: FunctionColdStart) => bytesOf(fn.breakdown.atInit, isSdkPackage);

/** One clause per function, `<name> <text>`, for a sentence that covers all of them. */
export const eachFunction = (
  fns: readonly FunctionColdStart[],
  text: (fn: FunctionColdStart) => string,
) => fns.map((fn) => `${fn.name} ${text(fn)}`).join('; ');
