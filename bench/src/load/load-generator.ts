import { PaymentApiClient, sampleWebhookEvent } from '@payments/api-client';
import type { WebhookEvent } from '@payments/contracts';

export interface LoadProfile {
  /** Webhooks per second offered (open loop: arrivals do not wait for answers). */
  readonly ratePerSecond: number;
  readonly durationSeconds: number;
  /** Hard bound on requests in flight; an arrival waits for a free slot beyond it. */
  readonly maxInFlight: number;
  /** Share of deliveries that redeliver an already acknowledged event (provider retries). */
  readonly duplicateRatio: number;
  /** Distinct customer addresses the events are spread over. */
  readonly recipients: number;
}

export interface Delivery {
  readonly kind: 'new' | 'redelivery';
  readonly event: WebhookEvent;
  /** Epoch ms when the request left, and when its answer arrived. */
  readonly sentAt: number;
  readonly answeredAt: number;
  readonly latencyMs: number;
  readonly status: number;
  readonly outcome?: string;
}

/**
 * A bounded open-loop load on loopback: N = rate x duration signed webhooks, arrivals on a
 * fixed schedule, at most `maxInFlight` outstanding; a share of them redeliver events already
 * acknowledged, as providers do.
 */
export async function generateLoad(
  api: PaymentApiClient,
  profile: LoadProfile,
  runId: string,
  log: (line: string) => void,
): Promise<Delivery[]> {
  const total = Math.max(1, Math.round(profile.ratePerSecond * profile.durationSeconds));
  const deliveries: Delivery[] = [];
  const acknowledged: WebhookEvent[] = [];
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  const intervalMs = 1000 / profile.ratePerSecond;
  let nextReport = 5_000;

  for (let i = 0; i < total; i += 1) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= profile.maxInFlight) await Promise.race(inFlight);

    const redeliver = acknowledged.length > 0 && random(i) < profile.duplicateRatio;
    const event = redeliver
      ? (acknowledged[Math.floor(random(i + 7919) * acknowledged.length)] as WebhookEvent)
      : sampleWebhookEvent('payment.succeeded', {
          email: `load-${runId}-${i % profile.recipients}@example.com`,
          customerId: `cus_${runId}_${i % profile.recipients}`,
          amount: 1000 + (i % 9000),
        });
    const sentAt = Date.now();
    const t0 = performance.now();
    const request = api
      .sendWebhook(event)
      .then((response) => {
        const latencyMs = performance.now() - t0;
        const outcome = response.ok ? response.body.status : response.body?.code;
        deliveries.push({
          kind: redeliver ? 'redelivery' : 'new',
          event,
          sentAt,
          answeredAt: Date.now(),
          latencyMs,
          status: response.status,
          ...(outcome ? { outcome } : {}),
        });
        if (!redeliver && response.status === 202) acknowledged.push(event);
      })
      .catch((error: unknown) => {
        deliveries.push({
          kind: redeliver ? 'redelivery' : 'new',
          event,
          sentAt,
          answeredAt: Date.now(),
          latencyMs: performance.now() - t0,
          status: 0,
          outcome: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => inFlight.delete(request));
    inFlight.add(request);

    if (performance.now() - start >= nextReport) {
      log(`load: ${i + 1}/${total} sent, ${inFlight.size} in flight`);
      nextReport += 5_000;
    }
  }
  await Promise.all(inFlight);
  return deliveries;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Deterministic per index, so a rerun with the same profile redelivers the same share. */
function random(seed: number): number {
  const x = Math.sin(seed * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}
