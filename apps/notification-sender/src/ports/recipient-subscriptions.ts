export type SubscriptionState = 'confirmed' | 'pending';

/**
 * Makes sure the recipient has a subscription that only receives their own messages, creating it
 * (with its filter policy, atomically) when it does not exist yet.
 */
export interface RecipientSubscriptions {
  ensureSubscribed(email: string): Promise<SubscriptionState>;
}
