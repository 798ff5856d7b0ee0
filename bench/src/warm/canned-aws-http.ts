import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';

/**
 * An SDK request handler that answers DynamoDB PutItem and SQS SendMessage locally with the
 * smallest valid responses, so the real adapters and SDK clients run their whole request path
 * (marshalling, serialisation, signing, response parsing and checks) without a network.
 */
export const cannedAwsHttpHandler = {
  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const target = String(request.headers['x-amz-target'] ?? '');
    const body =
      typeof request.body === 'string' ? request.body : Buffer.from(request.body ?? '').toString();
    if (target.endsWith('.PutItem')) return { response: json({}, 'application/x-amz-json-1.0') };
    if (target.endsWith('.SendMessage')) {
      const input = JSON.parse(body) as { MessageBody: string };
      return {
        response: json(
          {
            MessageId: randomUUID(),
            // The SQS client checks the body's MD5 like SQS computes it.
            MD5OfMessageBody: createHash('md5').update(input.MessageBody).digest('hex'),
          },
          'application/x-amz-json-1.0',
        ),
      };
    }
    throw new Error(`canned AWS handler: no answer for ${target || request.path}`);
  },
  updateHttpClientConfig(): void {
    // Nothing to configure: there is no connection.
  },
  httpHandlerConfigs(): Record<string, never> {
    return {};
  },
};

function json(value: unknown, contentType: string): HttpResponse {
  const payload = Buffer.from(JSON.stringify(value));
  return new HttpResponse({
    statusCode: 200,
    headers: {
      'content-type': contentType,
      'content-length': String(payload.length),
      'x-amzn-requestid': randomUUID(),
    },
    body: Readable.from([payload]),
  });
}
