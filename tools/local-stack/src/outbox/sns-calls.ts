/** A message as published to SNS: what an email subscriber's copy is matched against. */
export interface PublishedMessage {
  readonly topicArn: string;
  readonly message: string;
  readonly subject?: string;
  readonly attributes: Record<string, { Type: string; Value: string }>;
}

/**
 * Reads Publish / PublishBatch parameters from an SNS request, in the query protocol the SDK
 * uses (`Action=Publish&MessageAttributes.entry.1.Name=...`) or the JSON protocol.
 */
export function publishedMessages(
  action: string,
  params: Record<string, unknown>,
): PublishedMessage[] {
  if (action === 'Publish') {
    const topicArn = String(params['TopicArn'] ?? params['TargetArn'] ?? '');
    return [toMessage(topicArn, params)];
  }
  if (action === 'PublishBatch') {
    const topicArn = String(params['TopicArn'] ?? '');
    const entries = params['PublishBatchRequestEntries'];
    return Array.isArray(entries)
      ? entries.map((entry) => toMessage(topicArn, entry as Record<string, unknown>))
      : [];
  }
  return [];
}

function toMessage(topicArn: string, params: Record<string, unknown>): PublishedMessage {
  const attributes: Record<string, { Type: string; Value: string }> = {};
  for (const [name, value] of Object.entries(
    (params['MessageAttributes'] ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    attributes[name] = {
      Type: String(value['DataType'] ?? 'String'),
      Value: String(value['StringValue'] ?? value['BinaryValue'] ?? ''),
    };
  }
  return {
    topicArn,
    message: String(params['Message'] ?? ''),
    ...(typeof params['Subject'] === 'string' ? { subject: params['Subject'] } : {}),
    attributes,
  };
}
