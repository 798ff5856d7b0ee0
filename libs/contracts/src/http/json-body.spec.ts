import { parseJsonBody } from './json-body';

const json = 'application/json';

describe('parseJsonBody', () => {
  it.each([
    [
      'a missing content type',
      { body: '{}', contentType: undefined },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['text/plain', { body: '{}', contentType: 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an empty body', { body: '', contentType: json }, 400, 'VALIDATION_FAILED'],
    ['a null body', { body: null, contentType: json }, 400, 'VALIDATION_FAILED'],
    ['malformed JSON', { body: '{"a":', contentType: json }, 400, 'VALIDATION_FAILED'],
    ['an oversize body', { body: 'x'.repeat(101), contentType: json }, 413, 'PAYLOAD_TOO_LARGE'],
  ])('rejects %s', (_label, input, status, code) => {
    const result = parseJsonBody(input, 100);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reply.statusCode).toBe(status);
    expect(result.reply.body.code).toBe(code);
  });

  it('accepts a charset parameter and any header case of the media type', () => {
    const result = parseJsonBody(
      { body: '{"a":1}', contentType: 'Application/JSON; charset=utf-8' },
      100,
    );

    expect(result).toMatchObject({ ok: true, value: { a: 1 } });
  });

  it('measures the decoded bytes of a base64 body', () => {
    const body = Buffer.from('{"café":"☕"}').toString('base64');

    const result = parseJsonBody({ body, isBase64Encoded: true, contentType: json }, 100);

    expect(result).toMatchObject({ ok: true, value: { café: '☕' } });
    if (result.ok) expect(result.rawBytes.length).toBe(Buffer.byteLength('{"café":"☕"}'));
  });

  it('counts bytes, not characters, against the limit', () => {
    const result = parseJsonBody({ body: `"${'é'.repeat(40)}"`, contentType: json }, 60);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reply.statusCode).toBe(413);
  });
});
