/** Messages between the function pool (parent) and a function instance (child), over IPC. */
export interface InvokeMessage {
  readonly type: 'invoke';
  readonly requestId: string;
  readonly event: unknown;
  readonly deadlineMs: number;
  readonly traceId: string;
}

export interface FunctionError {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly stackTrace?: readonly string[];
}

export type InstanceMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'init-error'; readonly error: FunctionError }
  | { readonly type: 'result'; readonly requestId: string; readonly payload: unknown }
  | { readonly type: 'error'; readonly requestId: string; readonly error: FunctionError };
