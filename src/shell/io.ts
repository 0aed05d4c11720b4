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
  /** The terminal when stderr is it, even with stdin/stdout redirected or piped. */
  stderrTty?: Terminal;
  signal: AbortSignal;
}

/**
 * Byte-clean streams. The process model carries text; a stream that can carry raw bytes (a file
 * redirection, a pipe, /dev/null) adds these optional methods, so `docker save > f`, `| docker
 * load` and `cat f.tar > g.tar` move a tar without UTF-8 mangling. The terminal has none.
 */
export interface BinaryOutput extends Output {
  /** Appends raw bytes; the caller must not modify them afterwards (a pipe keeps the array). */
  writeBytes(bytes: Uint8Array): void;
}
export interface BinaryInput extends Input {
  /** All remaining bytes (empty at end of input); waits for the writer to finish. */
  readAllBytes(): Promise<Uint8Array>;
}
/** Streaming bytes: the next chunk as raw bytes (text encoded as UTF-8), or null at end of input. */
export interface ChunkInput extends Input {
  readBytes(): Promise<Uint8Array | null>;
}

export function canWriteBytes(out: Output): out is BinaryOutput {
  return typeof (out as Partial<BinaryOutput>).writeBytes === 'function';
}
export function canReadBytes(input: Input): input is BinaryInput {
  return typeof (input as Partial<BinaryInput>).readAllBytes === 'function';
}
export function canStreamBytes(input: Input): input is ChunkInput {
  return typeof (input as Partial<ChunkInput>).readBytes === 'function';
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export const emptyInput: BinaryInput & ChunkInput = { read: async () => null, readAllBytes: async () => new Uint8Array(0), readBytes: async () => null };
export const nullOutput: BinaryOutput = { write: () => {}, writeBytes: () => {} };

/**
 * Input that yields one file's contents, then end of input: text readers get it decoded as
 * UTF-8, byte readers get the bytes untouched (`docker load < f.tar`).
 */
export function bytesInput(bytes: Uint8Array): BinaryInput & ChunkInput {
  let done = bytes.length === 0;
  const take = () => {
    if (done) return null;
    done = true;
    return bytes;
  };
  return {
    read: async () => {
      const b = take();
      return b && dec.decode(b);
    },
    readAllBytes: async () => take() ?? new Uint8Array(0),
    readBytes: async () => take(),
  };
}

/** Input that yields one string, then end of input (here-docs, here-strings). */
export function stringInput(s: string): BinaryInput & ChunkInput {
  let done = s === '';
  const take = () => {
    if (done) return null;
    done = true;
    return s;
  };
  return {
    read: async () => take(),
    readAllBytes: async () => enc.encode(take() ?? ''),
    readBytes: async () => {
      const t = take();
      return t === null ? null : enc.encode(t);
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
