/**
 * Public identifiers of notifications, derived from what caused them: an accepted event or a
 * manual request. The notification sender derives the same ids for its message attributes.
 */
export function eventNotificationId(eventId: string): string {
  return `event:${eventId}`;
}

export function manualNotificationId(requestId: string): string {
  return `manual:${requestId}`;
}
