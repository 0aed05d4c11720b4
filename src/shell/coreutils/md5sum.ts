import type { Program } from '../process';
import { checksumProgram } from './lib/checksum-program';

/** md5sum [FILE...] */
export const md5sum: Program = checksumProgram('md5');
