import { describeGroupStoreContract } from '../../contract/group-store.contract';
import { MemoryGroupStore } from '../../fakes/memory-groups';

describeGroupStoreContract('in memory', () => new MemoryGroupStore());
