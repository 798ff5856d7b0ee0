import { parseAwsCall } from './aws-call';

const auth = (service: string) => ({
  authorization: `AWS4-HMAC-SHA256 Credential=AKIA/20260127/us-east-2/${service}/aws4_request, SignedHeaders=host, Signature=x`,
});

describe('parseAwsCall', () => {
  it('reads a JSON-protocol call from X-Amz-Target', () => {
    const call = parseAwsCall(
      { ...auth('sqs'), 'x-amz-target': 'AmazonSQS.SendMessage' },
      Buffer.from('{"QueueUrl":"q","MessageBody":"m"}'),
    );

    expect(call).toEqual({
      service: 'sqs',
      action: 'SendMessage',
      protocol: 'json',
      params: { QueueUrl: 'q', MessageBody: 'm' },
    });
  });

  it('reads a query-protocol call from its Action field', () => {
    const call = parseAwsCall(
      auth('sns'),
      Buffer.from('Action=Subscribe&TopicArn=t&Protocol=email&Endpoint=a%40b.c'),
    );

    expect(call).toEqual({
      service: 'sns',
      action: 'Subscribe',
      protocol: 'query',
      params: { Action: 'Subscribe', TopicArn: 't', Protocol: 'email', Endpoint: 'a@b.c' },
    });
  });

  it('ignores a request without a SigV4 credential scope', () => {
    expect(parseAwsCall({}, Buffer.from('Action=Publish'))).toBeUndefined();
  });
});
