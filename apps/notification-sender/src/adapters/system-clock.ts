import { setTimeout as wait } from 'node:timers/promises';
import type { Clock, Timer } from '../ports/clock';

export const systemClock: Clock = { now: () => new Date() };

export const systemTimer: Timer = {
  nowMs: () => performance.now(),
  sleep: async (ms) => {
    await wait(ms);
  },
};
