/** A warm function re-reads its parts (the HMAC keys of a rotated secret among them) every few minutes. */
import { DynamoGroupMembership } from '../../../functions/adapters/dynamodb/group-store';
import { composition, PARTS_MAX_AGE_MS } from '../../../functions/runtime/compose';
import { ConfigError } from '../../../functions/runtime/config';
import { ENV } from '../../../functions/runtime/env';
import { memberTablePart } from '../../../functions/runtime/parts/table';

afterEach(() => {
  jest.useRealTimers();
});

describe('composition', () => {
  it('builds once per cold start, again once the parts are older than the limit, and keeps the old on failure', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-04T08:00:00Z') });
    const keys = ['k1', 'k2'];
    let reads = 0;
    let failing = false;
    const deps = composition(['mail'], {
      mail: () => {
        reads++;
        if (failing) throw new Error('Secrets Manager is unreachable');
        return { postalAddress: keys[reads - 1] ?? 'k-later' };
      },
    });
    expect((await deps()).postalAddress).toBe('k1');
    jest.setSystemTime(Date.now() + PARTS_MAX_AGE_MS - 1000);
    expect((await deps()).postalAddress).toBe('k1');
    expect(reads).toBe(1);
    // Past the limit: read again, and the rotated value is in use.
    jest.setSystemTime(Date.now() + 2000);
    expect((await deps()).postalAddress).toBe('k2');
    expect(reads).toBe(2);
    // A rebuild that fails keeps what was read before, and is tried again only after the limit.
    failing = true;
    jest.setSystemTime(Date.now() + PARTS_MAX_AGE_MS);
    expect((await deps()).postalAddress).toBe('k2');
    expect((await deps()).postalAddress).toBe('k2');
    expect(reads).toBe(3);
    failing = false;
    jest.setSystemTime(Date.now() + PARTS_MAX_AGE_MS);
    expect((await deps()).postalAddress).toBe('k-later');
  });

  it('fails a first build that fails, and tries again on the next call', async () => {
    let attempts = 0;
    const deps = composition(['mail'], {
      mail: () => {
        attempts++;
        if (attempts === 1) throw new Error('no secret yet');
        return { postalAddress: 'ok' };
      },
    });
    await expect(deps()).rejects.toThrow('no secret yet');
    expect((await deps()).postalAddress).toBe('ok');
  });
});

describe("the member's table part", () => {
  it("answers with the member's part of the groups and refuses their administration as an absent part would", () => {
    const { groups } = memberTablePart({ [ENV.tableName]: 'gratitude' });
    expect(groups.join).toBe(DynamoGroupMembership.prototype.join);
    expect(groups.countReply).toBe(DynamoGroupMembership.prototype.countReply);
    expect(() => groups.create).toThrow(ConfigError);
    expect(() => groups.summariesDue).toThrow('Group administration is not configured for this function');
  });
});
