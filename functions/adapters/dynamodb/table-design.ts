/**
 * Physical layout of the single table, shared by the CDK stack, the local table bootstrap and the
 * DynamoDB adapter. Only the adapter knows what the keys mean.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /**
   * Sparse GSI: only subscribers with a pending send (shards 0..n-1) and groups whose organizer
   * summary is pending (shard `summary`, see group-store.ts) carry these attributes.
   */
  dueIndex: {
    name: 'due',
    partitionKey: 'dueShard',
    sortKey: 'dueAt',
    /** All that dispatch reads besides the keys: saving a subscriber rewrites only these there. */
    projected: ['id', 'week', 'nextDay'],
  },
  /** Epoch seconds; DynamoDB TTL removes raw-mail records and rate-limit counters. */
  ttlAttribute: 'ttl',
} as const;
