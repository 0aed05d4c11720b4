import type { Program } from '../process';
import { checksumProgram } from './lib/checksum-program';

/** sha256sum [FILE...] */
export const sha256sum: Program = checksumProgram('sha256');
