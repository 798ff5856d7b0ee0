/** Which AWS calls of the functions to fail, e.g. `{ service: 'sqs', action: 'SendMessage' }`. */
export interface FaultRule {
  readonly service: string;
  readonly action?: string;
  /** Only DynamoDB calls on this transaction's partition (not the event-id guard's). */
  readonly transactionId?: string;
}

/**
 * The local stack's fault switch (`{console}/faults`, next to the outbox): the chosen calls of
 * the functions fail as an unavailable AWS service does (503), until cleared.
 */
export class LocalFaults {
  private readonly url: URL;

  constructor(outboxUrl: string) {
    this.url = new URL('/faults', outboxUrl);
  }

  async inject(rule: FaultRule): Promise<void> {
    await this.call('POST', JSON.stringify(rule));
  }

  async clear(): Promise<void> {
    await this.call('DELETE');
  }

  /** Runs `act` while the rule holds, and clears the faults whatever `act` does. */
  async during<T>(rule: FaultRule, act: () => Promise<T>): Promise<T> {
    await this.inject(rule);
    try {
      return await act();
    } finally {
      await this.clear();
    }
  }

  private async call(method: 'POST' | 'DELETE', body?: string): Promise<void> {
    const response = await fetch(this.url, {
      method,
      ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}),
    });
    if (!response.ok) throw new Error(`${method} ${this.url.href} answered ${response.status}`);
  }
}
