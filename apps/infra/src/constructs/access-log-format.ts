import * as apigateway from 'aws-cdk-lib/aws-apigateway';

/**
 * One JSON object per request: who called (the SigV4 caller's ARN), what, the outcome, and
 * the ids that join it to the Lambda logs and the X-Ray trace. Never a body or a header value,
 * and no free-text field (an error message may hold a quote and break the JSON line): the
 * error type says which gateway response was sent.
 */
export function accessLogFormat(): apigateway.AccessLogFormat {
  const f = apigateway.AccessLogField;
  return apigateway.AccessLogFormat.custom(
    JSON.stringify({
      requestId: f.contextRequestId(),
      extendedRequestId: f.contextExtendedRequestId(),
      requestTime: f.contextRequestTime(),
      httpMethod: f.contextHttpMethod(),
      resourcePath: f.contextResourcePath(),
      path: f.contextPath(),
      status: f.contextStatus(),
      protocol: f.contextProtocol(),
      responseLength: f.contextResponseLength(),
      responseLatency: f.contextResponseLatency(),
      integrationLatency: f.contextIntegrationLatency(),
      integrationStatus: f.contextIntegrationStatus(),
      errorType: f.contextErrorResponseType(),
      sourceIp: f.contextIdentitySourceIp(),
      callerAccount: f.contextIdentityAccountId(),
      callerArn: f.contextIdentityUserArn(),
      xrayTraceId: f.contextXrayTraceId(),
    }),
  );
}
