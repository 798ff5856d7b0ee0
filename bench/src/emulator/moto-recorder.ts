import { existsSync, readFileSync } from 'node:fs';
import { parseRecordedRequest, type AwsCallRecord } from './aws-call-record';

/**
 * moto's request recorder, driven over its HTTP API through the stack's AWS endpoint (which
 * passes `/moto-api/*` through). The recording file is the harness's own (MOTO_RECORDER_FILEPATH).
 */
export class MotoRecorder {
  constructor(
    private readonly endpoint: string,
    private readonly file: string,
  ) {}

  async start(): Promise<void> {
    await this.call('reset-recording');
    await this.call('start-recording');
  }

  async stop(): Promise<void> {
    await this.call('stop-recording');
  }

  /** Every AWS call recorded since start(), in order. */
  calls(): AwsCallRecord[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map(parseRecordedRequest)
      .filter((call): call is AwsCallRecord => call !== undefined);
  }

  private async call(action: string): Promise<void> {
    const response = await fetch(`${this.endpoint}/moto-api/recorder/${action}`, {
      method: 'POST',
    });
    if (!response.ok) throw new Error(`moto recorder ${action}: HTTP ${response.status}`);
  }
}
