import { describeSubscriberStoreContract } from '../../contract/subscriber-store.contract';
import { MemorySubscriberStore } from '../../fakes/memory-store';

describeSubscriberStoreContract('in-memory fake', () => new MemorySubscriberStore());
