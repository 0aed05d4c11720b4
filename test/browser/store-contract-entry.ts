// Bundled by the e2e test with 'vitest' aliased to mini-vitest.ts, and run in Chromium against
// real IndexedDB: the same contract the Node tests run under fake-indexeddb.
import { storeContract } from '../unit/storage/store-contract';
import { IdbStore } from '../../src/storage/idb-store';
import { runAll } from './mini-vitest';

let n = 0;
storeContract('IdbStore in Chromium', (options) => IdbStore.open(`contract-${Date.now()}-${n++}`, options));
(globalThis as unknown as { runContract: typeof runAll }).runContract = runAll;
