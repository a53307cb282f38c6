/**
 * The one source of "now" for business rules (publishing, expiry, digests). Tests replace it
 * with a clock they move by hand, so a scheduled item is checked exactly at its time.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
