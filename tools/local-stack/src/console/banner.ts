import type { LocalStackOutputs } from '../stack/stack-outputs';

/** A request an integrator can paste: curl signs it with SigV4 itself (curl >= 7.75). */
export function curlExample(outputs: LocalStackOutputs, body: unknown): string {
  return [
    `curl --aws-sigv4 "aws:amz:${outputs.Region}:execute-api"`,
    `  --user "${outputs.AccessKeyId}:${outputs.SecretAccessKey}"`,
    `  -H 'content-type: application/json'`,
    `  -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`,
    `  ${outputs.ApiUrl}webhooks/payment`,
  ].join(' \\\n');
}

export function banner(outputs: LocalStackOutputs, outputsFile: string, body: unknown): string {
  const rows: [string, string][] = [
    ['API', `${outputs.ApiUrl}   (SigV4: service execute-api, region ${outputs.Region})`],
    ['Access key', outputs.AccessKeyId],
    ['Secret key', outputs.SecretAccessKey],
    ['Outbox', `${outputs.OutboxUrl}   (one file per email: .local/outbox/<recipient>/<id>.txt)`],
    ...(outputs.DocsUrl ? ([['Docs', outputs.DocsUrl]] as [string, string][]) : []),
    ['AWS endpoint', `${outputs.AwsEndpointUrl}   (moto: table ${outputs.TableName})`],
    ['Outputs', outputsFile],
    ['Logs', '.local/logs/<function|gateway|outbox>.log'],
  ];
  return [
    '',
    'Local stack is running (PaymentWebhooksStack, from the synthesized template):',
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(13)}${value}`),
    '',
    'Send a signed webhook (curl >= 7.75):',
    '',
    curlExample(outputs, body),
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n');
}
