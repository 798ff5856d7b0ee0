import { App } from 'aws-cdk-lib';
import { DEFAULT_SETTINGS, stackSettingsFromContext } from './stack-settings';

const settingsOf = (context: Record<string, unknown>) =>
  stackSettingsFromContext(new App({ context }).node);

describe('stackSettingsFromContext', () => {
  it('defaults to 50 / 20 / 10 reserved executions and INFO logs', () => {
    expect(settingsOf({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      reservedConcurrency: { webhookProcessor: 50, transactionReader: 20, notificationSender: 10 },
      logLevel: 'INFO',
    });
  });

  it('reads numbers from cdk.json and strings from -c key=value', () => {
    const settings = settingsOf({
      webhookProcessorReservedConcurrency: 100,
      transactionReaderReservedConcurrency: ' 10 ',
      notificationSenderReservedConcurrency: '4',
      logLevel: 'warn',
    });

    expect(settings).toEqual({
      reservedConcurrency: { webhookProcessor: 100, transactionReader: 10, notificationSender: 4 },
      logLevel: 'WARN',
    });
  });

  it.each([['0'], ['-3'], ['2.5'], ['many']])('rejects reserved concurrency %s', (value) => {
    expect(() => settingsOf({ webhookProcessorReservedConcurrency: value })).toThrow(
      /webhookProcessorReservedConcurrency must be a positive integer/,
    );
  });

  it('rejects an unknown log level', () => {
    expect(() => settingsOf({ logLevel: 'VERBOSE' })).toThrow(/logLevel must be one of/);
  });
});
