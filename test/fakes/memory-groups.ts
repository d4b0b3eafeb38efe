/** In-memory GroupStore with the same guarantees as the DynamoDB adapter (contract-tested). */
import { CHANNELS, type Channel } from '../../functions/core/channels';
import { emptyCounts, type Group, type GroupCounts, type ThanksChange } from '../../functions/core/group';
import type { DueSummary, GroupStore, JoinOutcome } from '../../functions/core/ports';
import { ConcurrentUpdateError, GroupCodeTakenError } from '../../functions/core/store-errors';

interface Marker {
  confirmed: boolean;
  recapped?: boolean;
  paused?: boolean;
  repliedDays: Set<number>;
  messages: Set<string>;
}

export class MemoryGroupStore implements GroupStore {
  readonly groups = new Map<string, Group>();
  readonly codes = new Map<string, string>();
  readonly counters = new Map<string, GroupCounts & { summarySentAt?: string; summaryDueAt?: string }>();
  readonly markers = new Map<string, Marker>();

  private marker = (groupId: string, subscriberId: string) => `${subscriberId}/${groupId}`;

  async create(group: Group, summaryDueAt: Date): Promise<void> {
    if (this.codes.has(group.code) || this.groups.has(group.id)) throw new GroupCodeTakenError();
    this.codes.set(group.code, group.id);
    this.groups.set(group.id, structuredClone(group));
    this.counters.set(group.id, { ...emptyCounts(), summaryDueAt: summaryDueAt.toISOString() });
  }

  async get(id: string): Promise<Group | null> {
    const group = this.groups.get(id);
    return group ? structuredClone(group) : null;
  }

  async findByCode(code: string): Promise<Group | null> {
    const id = this.codes.get(code);
    return id ? this.get(id) : null;
  }

  async save(group: Group): Promise<Group> {
    const stored = this.groups.get(group.id);
    if (!stored || stored.version !== group.version) throw new ConcurrentUpdateError(group.id);
    const saved = { ...group, version: group.version + 1 };
    this.groups.set(group.id, structuredClone(saved));
    return saved;
  }

  async delete(id: string): Promise<void> {
    const group = this.groups.get(id);
    if (group) this.codes.delete(group.code);
    this.groups.delete(id);
    this.counters.delete(id);
  }

  async counts(id: string): Promise<GroupCounts> {
    const counts = this.counters.get(id);
    if (!counts) return emptyCounts();
    return {
      joined: counts.joined,
      members: counts.members,
      replied: [...counts.replied],
      thanks: [...counts.thanks],
      channels: { ...counts.channels },
      recapped: counts.recapped,
      paused: counts.paused,
      left: counts.left,
    };
  }

  async join(groupId: string, subscriberId: string, max: number): Promise<JoinOutcome> {
    const key = this.marker(groupId, subscriberId);
    if (this.markers.has(key)) return 'already-member';
    const counts = this.counters.get(groupId);
    if (!counts || counts.joined >= max) return 'full';
    counts.joined++;
    this.markers.set(key, { confirmed: false, repliedDays: new Set(), messages: new Set() });
    return 'joined';
  }

  async leave(groupId: string, subscriberId: string): Promise<boolean> {
    const key = this.marker(groupId, subscriberId);
    const marker = this.markers.get(key);
    if (!marker) return false;
    this.markers.delete(key);
    const counts = this.counters.get(groupId);
    if (!counts || marker.recapped) return false;
    counts.joined--;
    if (marker.confirmed) {
      counts.members--;
      counts.left++;
    }
    if (marker.paused) counts.paused--;
    return true;
  }

  async countMember(groupId: string, subscriberId: string): Promise<boolean> {
    const marker = this.markers.get(this.marker(groupId, subscriberId));
    if (!marker || marker.confirmed) return false;
    marker.confirmed = true;
    const counts = this.counters.get(groupId);
    if (counts) counts.members++;
    return true;
  }

  async countReply(
    groupId: string,
    subscriberId: string,
    day: number,
    thanks: number,
    messageId: string,
    channels: Partial<Record<Channel, number>> = {},
  ): Promise<void> {
    if (!Number.isInteger(day) || day < 1 || day > 7) return;
    const marker = this.markers.get(this.marker(groupId, subscriberId));
    if (!marker || marker.messages.has(messageId)) return;
    marker.messages.add(messageId);
    const first = !marker.repliedDays.has(day);
    marker.repliedDays.add(day);
    const counts = this.counters.get(groupId);
    if (!counts) return;
    if (first) counts.replied[day - 1] = (counts.replied[day - 1] ?? 0) + 1;
    counts.thanks[day - 1] = (counts.thanks[day - 1] ?? 0) + Math.max(0, Math.floor(thanks));
    for (const channel of CHANNELS)
      counts.channels[channel] += Math.max(0, Math.floor(channels[channel] ?? 0));
  }

  async adjustThanks(groupId: string, subscriberId: string, change: ThanksChange): Promise<void> {
    const counts = this.counters.get(groupId);
    if (!counts || !this.markers.has(this.marker(groupId, subscriberId))) return;
    change.thanks.forEach((delta, i) => {
      if (i < counts.thanks.length) counts.thanks[i] = (counts.thanks[i] ?? 0) + Math.trunc(delta);
    });
    for (const channel of CHANNELS) counts.channels[channel] += Math.trunc(change.channels[channel] ?? 0);
  }

  async countRecap(groupId: string, subscriberId: string): Promise<void> {
    const marker = this.markers.get(this.marker(groupId, subscriberId));
    if (!marker || marker.recapped) return;
    marker.recapped = true;
    const wasPaused = marker.paused === true;
    marker.paused = false;
    const counts = this.counters.get(groupId);
    if (!counts) return;
    counts.recapped++;
    if (wasPaused) counts.paused--;
  }

  async pause(groupId: string, subscriberId: string): Promise<boolean> {
    const marker = this.markers.get(this.marker(groupId, subscriberId));
    if (!marker?.confirmed || marker.recapped || marker.paused) return false;
    marker.paused = true;
    const counts = this.counters.get(groupId);
    if (counts) counts.paused++;
    return counts !== undefined;
  }

  async resume(groupId: string, subscriberId: string): Promise<boolean> {
    const marker = this.markers.get(this.marker(groupId, subscriberId));
    if (!marker?.paused) return false;
    marker.paused = false;
    const counts = this.counters.get(groupId);
    if (counts) counts.paused--;
    return counts !== undefined;
  }

  async claimSummary(groupId: string, at: Date): Promise<boolean> {
    const counts = this.counters.get(groupId);
    if (!counts || counts.summarySentAt) return false;
    counts.summarySentAt = at.toISOString();
    delete counts.summaryDueAt;
    return true;
  }

  async releaseSummary(groupId: string, at: Date): Promise<void> {
    const counts = this.counters.get(groupId);
    if (!counts || counts.summarySentAt !== at.toISOString()) return;
    delete counts.summarySentAt;
    counts.summaryDueAt = at.toISOString();
  }

  async summariesDue(now: Date, limit: number, cursor?: string) {
    const due: DueSummary[] = [...this.counters.entries()]
      .flatMap(([groupId, c]) =>
        c.summaryDueAt && c.summaryDueAt <= now.toISOString() ? [{ groupId, dueAt: c.summaryDueAt }] : [],
      )
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.groupId.localeCompare(b.groupId));
    const from = cursor ? Number(cursor) : 0;
    const jobs = due.slice(from, from + limit);
    return from + limit < due.length ? { jobs, cursor: String(from + limit) } : { jobs };
  }

  async leaseSummary(job: DueSummary, until: Date): Promise<boolean> {
    const counts = this.counters.get(job.groupId);
    if (!counts || counts.summaryDueAt !== job.dueAt) return false;
    counts.summaryDueAt = until.toISOString();
    return true;
  }

  async cancelSummary(groupId: string): Promise<void> {
    const counts = this.counters.get(groupId);
    if (counts) delete counts.summaryDueAt;
  }

  /** Forgets the markers of a member whose data was deleted (as the table does with SUB#<id>). */
  forgetMember(subscriberId: string): void {
    for (const key of [...this.markers.keys()])
      if (key.startsWith(`${subscriberId}/`)) this.markers.delete(key);
  }
}
