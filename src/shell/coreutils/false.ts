import type { Program } from '../process';

/** false: does nothing, unsuccessfully. */
export const falseProgram: Program = async () => 1;
