/** Time enters the domain through this port so that every use case is deterministic under test. */
export interface Clock {
  now(): Date;
}
