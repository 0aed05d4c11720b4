import type { Io } from '../io';
import type { Shell } from '../shell';

/** A shell builtin: runs inside the shell process, so it can change the shell's state. */
export type Builtin = (sh: Shell, argv: string[], io: Io) => Promise<number> | number;
