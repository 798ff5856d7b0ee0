import { renderGatewayResponse, renderTemplate } from './gateway-responses';

const responses = {
  BAD_REQUEST_BODY: {
    statusCode: 400,
    responseTemplates: {
      'application/json':
        '{"code":"VALIDATION_FAILED","message":"$util.escapeJavaScript($context.error.validationErrorString)","request_id":"$context.requestId","errors":[]}',
    },
  },
  DEFAULT_4XX: {
    responseParameters: { 'gatewayresponse.header.X-Local': "'yes'" },
    responseTemplates: {
      'application/json':
        '{"message":$context.error.messageString,"type":"${context.error.responseType}"}',
    },
  },
};

describe('renderGatewayResponse', () => {
  it('renders the type’s own template with the validation error string', () => {
    const rendered = renderGatewayResponse(responses, 'BAD_REQUEST_BODY', {
      requestId: 'req-1',
      message: 'Invalid request body',
      validationErrorString: '[object has missing required properties (["id"])]',
    });

    expect(rendered.statusCode).toBe(400);
    expect(JSON.parse(rendered.body)).toEqual({
      code: 'VALIDATION_FAILED',
      message: '[object has missing required properties (["id"])]',
      request_id: 'req-1',
      errors: [],
    });
  });

  it('falls back to DEFAULT_4XX with the type’s own status code and static headers', () => {
    const rendered = renderGatewayResponse(responses, 'MISSING_AUTHENTICATION_TOKEN', {
      requestId: 'req-2',
      message: 'Missing Authentication Token',
    });

    expect(rendered.statusCode).toBe(403);
    expect(rendered.headers['x-local']).toBe('yes');
    expect(JSON.parse(rendered.body)).toEqual({
      message: 'Missing Authentication Token',
      type: 'MISSING_AUTHENTICATION_TOKEN',
    });
  });

  it('uses API Gateway’s built-in body when the document defines nothing', () => {
    const rendered = renderGatewayResponse(undefined, 'THROTTLED', {
      requestId: 'req-3',
      message: 'Too Many Requests',
    });

    expect(rendered).toMatchObject({ statusCode: 429, body: '{"message":"Too Many Requests"}' });
  });

  it('lets DEFAULT_5XX’s status override a 5xx type without its own status', () => {
    const rendered = renderGatewayResponse(
      { DEFAULT_5XX: { statusCode: '503' } },
      'INTEGRATION_TIMEOUT',
      { requestId: 'r', message: 'Endpoint request timed out' },
    );

    expect(rendered.statusCode).toBe(503);
  });
});

describe('renderTemplate', () => {
  it('inserts values verbatim, as VTL does', () => {
    const text = renderTemplate('"$context.error.message"', {
      context: { error: { message: 'say "hi"' } },
    });

    expect(text).toBe('"say "hi""');
  });

  it('renders unknown references as empty text', () => {
    const text = renderTemplate('[$context.nothing.here]', { context: {} });

    expect(text).toBe('[]');
  });
});
