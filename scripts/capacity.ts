/**
 * `npx tsx scripts/capacity.ts`: the capacity model behind the README's table. At N subscribers
 * spread over time zones, how many prompts fall due in the busiest hour and at the busiest
 * instant (everyone in one zone with the same send hour is due at the same minute), and how late
 * the last of them goes out at a given SES sending rate, with the send function's maximum
 * concurrency derived from that rate.
 */

/** Share of subscribers by UTC offset (hours), for an audience writing English, Spanish, German, French. */
export const ZONES: readonly { offset: number; share: number; where: string }[] = [
  { offset: -8, share: 0.08, where: 'US Pacific' },
  { offset: -7, share: 0.03, where: 'US Mountain' },
  { offset: -6, share: 0.12, where: 'US Central, Mexico' },
  { offset: -5, share: 0.2, where: 'US Eastern, Colombia, Peru' },
  { offset: -4, share: 0.03, where: 'Atlantic, Venezuela' },
  { offset: -3, share: 0.06, where: 'Argentina, Brazil' },
  { offset: 0, share: 0.12, where: 'UK, Ireland, Portugal' },
  { offset: 1, share: 0.22, where: 'Spain, France, Germany' },
  { offset: 2, share: 0.04, where: 'Eastern Europe' },
  { offset: 5.5, share: 0.05, where: 'India' },
  { offset: 8, share: 0.02, where: 'Singapore, Perth' },
  { offset: 10, share: 0.03, where: 'Sydney' },
];

/** Share of subscribers by local send hour: most keep the default 08:00. */
export const SEND_HOURS: readonly { hour: number; share: number }[] = [
  { hour: 6, share: 0.05 },
  { hour: 7, share: 0.15 },
  { hour: 8, share: 0.6 },
  { hour: 9, share: 0.1 },
  { hour: 12, share: 0.05 },
  { hour: 20, share: 0.05 },
];

/** Worst wait between a prompt falling due and the dispatch pass that queues it (EventBridge rate). */
export const DISPATCH_LAG_MINUTES = 5;
/** Messages a send function works side by side (the SQS batch size). */
export const BATCH_SIZE = 10;
/** Seconds one send takes end to end on AWS (SES call plus three DynamoDB calls), an estimate. */
export const SECONDS_PER_SEND = 0.15;

export function cohorts(subscribers: number) {
  const byInstant = new Map<number, number>(); // UTC minute of day -> prompts due then
  for (const zone of ZONES) {
    for (const { hour, share } of SEND_HOURS) {
      const minute = ((((hour - zone.offset) * 60) % 1440) + 1440) % 1440;
      byInstant.set(minute, (byInstant.get(minute) ?? 0) + subscribers * zone.share * share);
    }
  }
  const byHour = new Map<number, number>();
  for (const [minute, n] of byInstant)
    byHour.set(Math.floor(minute / 60), (byHour.get(Math.floor(minute / 60)) ?? 0) + n);
  return { busiestInstant: Math.max(...byInstant.values()), busiestHour: Math.max(...byHour.values()) };
}

/** SQS event source maximum concurrency for a rate: enough batches in flight, never below 2. */
export function sendMaxConcurrency(ratePerSecond: number): number {
  return Math.max(2, Math.ceil((ratePerSecond * SECONDS_PER_SEND) / BATCH_SIZE));
}

export function lateness(subscribers: number, ratePerSecond: number) {
  const { busiestInstant, busiestHour } = cohorts(subscribers);
  return {
    busiestHour: Math.round(busiestHour),
    busiestInstant: Math.round(busiestInstant),
    lastPromptLateMinutes: Math.round(DISPATCH_LAG_MINUTES + busiestInstant / ratePerSecond / 60),
    sendMaxConcurrency: sendMaxConcurrency(ratePerSecond),
  };
}

if (require.main === module) {
  const subscribers = Number(process.argv[2] ?? 1_000_000);
  console.log(
    '| SES rate (emails/s) | sendMaxConcurrency | prompts in the busiest hour | due at the busiest minute | last prompt of that minute sent after |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const rate of [14, 50, 100, 200, 300, 500]) {
    const l = lateness(subscribers, rate);
    console.log(
      `| ${rate} | ${l.sendMaxConcurrency} | ${l.busiestHour.toLocaleString('en')} | ${l.busiestInstant.toLocaleString('en')} | ${l.lastPromptLateMinutes} min |`,
    );
  }
}
