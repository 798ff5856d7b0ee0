import type { CurrencyCode, PaymentEventType } from '@payments/contracts';

/** Which stack the CLI talks to. */
export type CliTarget =
  /** The local stack, described by its outputs file (static local credentials). */
  | { readonly kind: 'local'; readonly outputsFile: string }
  /** A deployed stage; credentials come from the standard AWS chain. */
  | { readonly kind: 'deployed'; readonly apiUrl: string; readonly region: string };

export interface SampleEventFields {
  readonly type: PaymentEventType;
  readonly transactionId?: string;
  readonly eventId?: string;
  readonly email?: string;
  readonly amount?: number;
  readonly currency?: CurrencyCode;
  readonly occurredAt?: string;
}

/** A parsed command line: what to do, and against which stack. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'send-sample'; readonly target: CliTarget; readonly event: SampleEventFields }
  | { readonly kind: 'send-file'; readonly target: CliTarget; readonly file: string }
  | { readonly kind: 'get'; readonly target: CliTarget; readonly transactionId: string }
  | {
      readonly kind: 'notify';
      readonly target: CliTarget;
      readonly transactionId: string;
      readonly requestId?: string;
      readonly reason?: string;
    };
