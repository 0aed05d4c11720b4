import type { Input, Output, Terminal } from './process';

/**
 * A command's open files as the interpreter passes them down: fd 0-2 plus any other fd a
 * redirection opened (`3>file`, `>&3`). `tty` is set while stdin and stdout are the terminal.
 */
export interface Io {
  stdin: Input;
  stdout: Output;
  stderr: Output;
  more?: Map<number, Input | Output>;
  tty?: Terminal;
  signal: AbortSignal;
}

export const emptyInput: Input = { read: async () => null };
export const nullOutput: Output = { write: () => {} };

/** Input that yields one string, then end of input (here-docs, files, here-strings). */
export function stringInput(s: string): Input {
  let done = s === '';
  return {
    read: async () => {
      if (done) return null;
      done = true;
      return s;
    },
  };
}

/** Output that collects text (command substitution, tests). */
export class StringOutput implements Output {
  text = '';
  write(s: string): void {
    this.text += s;
  }
}
