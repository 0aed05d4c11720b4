import { MemoryStore } from '../../../src/storage/memory-store';
import { storeContract } from './store-contract';

storeContract('MemoryStore', async (options) => new MemoryStore(options));
