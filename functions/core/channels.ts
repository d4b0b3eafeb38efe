/**
 * How a thanks was given, as the rest of the service sees it: the six channels, a guard for
 * stored values, and the week's tally for the recap and the log page (adapters/templates/channels.ts
 * says it in words and bars). The parser decides the
 * channel (core/reply/channel.ts); this module stays small so that every function can use it
 * without carrying the parser.
 */

export const CHANNELS = ['call', 'message', 'email', 'letter', 'in-person', 'video'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export interface ChannelTally {
  /** The channels used, most used first (ties in the order of CHANNELS); none with zero. */
  counts: { channel: Channel; count: number }[];
  /** Thanks whose reply did not say how they were given. */
  unknown: number;
}

export function tallyChannels(channels: readonly (Channel | null | undefined)[]): ChannelTally {
  const counts = CHANNELS.map((channel) => ({ channel, count: channels.filter((c) => c === channel).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
  return { counts, unknown: channels.filter((c) => !isChannel(c)).length };
}
