import type { Clock } from '../ports/clock';

/** A clock that stands still until moved, so timestamps in assertions are exact. */
export class FixedClock implements Clock {
  constructor(private current: Date = new Date('2026-11-27T10:16:00.000Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
