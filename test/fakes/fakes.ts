/** Small in-memory fakes for the ports that have no store of their own. */
import { RetryableError } from '../../functions/core/errors';
import type { Mailer, OutboundEmail, RateLimiter, Telemetry } from '../../functions/core/ports';

export class MemoryRateLimiter implements RateLimiter {
  private readonly counts = new Map<string, number>();

  async hit(key: string, limit: number, windowSeconds: number, now: Date) {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % windowSeconds);
    const bucket = `${key}@${windowStart}`;
    const count = (this.counts.get(bucket) ?? 0) + 1;
    this.counts.set(bucket, count);
    return {
      allowed: count <= limit,
      retryAfterSeconds: Math.max(1, windowStart + windowSeconds - nowSeconds),
      count,
    };
  }

  async forget(key: string): Promise<void> {
    for (const bucket of [...this.counts.keys()]) {
      if (bucket.slice(0, bucket.lastIndexOf('@')) === key) this.counts.delete(bucket);
    }
  }

  /** The keys with a count in some window (what deleting a person must clear). */
  keys(): string[] {
    return [...new Set([...this.counts.keys()].map((bucket) => bucket.slice(0, bucket.lastIndexOf('@'))))];
  }
}

/** Records every email; can be told to throttle the next N sends, or the next N to one address. */
export class RecordingMailer implements Mailer {
  readonly sent: OutboundEmail[] = [];
  throttleNext = 0;
  /** Lower-cased address -> how many more sends to it are throttled. */
  readonly throttleTo = new Map<string, number>();

  async send(email: OutboundEmail) {
    const to = email.to.toLowerCase();
    const forAddress = this.throttleTo.get(to) ?? 0;
    if (forAddress > 0) this.throttleTo.set(to, forAddress - 1);
    if (this.throttleNext > 0 || forAddress > 0) {
      if (forAddress === 0) this.throttleNext--;
      throw new RetryableError('ses_throttled', 'throttled');
    }
    this.sent.push(email);
    return { messageId: `msg-${this.sent.length}` };
  }

  to(address: string): OutboundEmail[] {
    return this.sent.filter((e) => e.to.toLowerCase() === address.toLowerCase());
  }
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Keeps every log line and counter, for tests that assert what an operator would see. */
export class RecordingTelemetry implements Telemetry {
  readonly warnings: { message: string; fields: Record<string, unknown> }[] = [];
  readonly counters = new Map<string, number>();

  warn(message: string, fields: Record<string, unknown>): void {
    this.warnings.push({ message, fields });
  }

  count(metric: string, value = 1): void {
    this.counters.set(metric, (this.counters.get(metric) ?? 0) + value);
  }
}
