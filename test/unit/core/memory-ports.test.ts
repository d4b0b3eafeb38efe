/** The in-memory fakes of the send path, inbound mail and rate limits, held to the ports' contracts. */
import { CONTRACT_DUE_SHARDS, describeDueIndexContract } from '../../contract/due-index.contract';
import { describeInboundLogContract } from '../../contract/inbound-log.contract';
import { describeRateLimiterContract } from '../../contract/rate-limiter.contract';
import { describeSendLedgerContract } from '../../contract/send-ledger.contract';
import { MemoryRateLimiter } from '../../fakes/fakes';
import {
  MemoryDueIndex,
  MemoryInboundLog,
  MemorySendLedger,
  MemorySubscriberStore,
} from '../../fakes/memory-store';

describeSendLedgerContract('in-memory fake', () => {
  const store = new MemorySubscriberStore();
  return { store, ledger: new MemorySendLedger(store) };
});

describeDueIndexContract('in-memory fake', () => {
  const store = new MemorySubscriberStore();
  return { store, index: new MemoryDueIndex(store, CONTRACT_DUE_SHARDS) };
});

describeInboundLogContract('in-memory fake', () => new MemoryInboundLog());

describeRateLimiterContract('in-memory fake', () => new MemoryRateLimiter());
