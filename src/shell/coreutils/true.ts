import type { Program } from '../process';

/** true: does nothing, successfully. */
export const trueProgram: Program = async () => 0;
