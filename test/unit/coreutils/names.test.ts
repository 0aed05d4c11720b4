import { expect, it } from 'vitest';
import { coreutils } from '../../../src/shell/coreutils/index';
import { COREUTILS_NAMES } from '../../../src/shell/coreutils/names';

it('lists exactly the programs of the coreutils registry', () => {
  expect([...COREUTILS_NAMES].sort()).toEqual(Object.keys(coreutils).sort());
});
