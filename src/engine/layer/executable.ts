import type { Content } from './entry';

/**
 * How a simulated program lives in a filesystem (DESIGN.md "Programs"): an executable file
 * whose bytes start with an ELF magic and a tag naming the program implementation. PATH lookup
 * finds the file; the tag picks the code that runs. Size is the real binary's size, so layers
 * and `du` stay realistic; the rest of the bytes are synthetic.
 *
 * Synthetic content whose seed starts with EXE_SEED_PREFIX ("exe:<program>") is generated as
 * this header followed by deterministic filler (see synthetic.ts).
 */
export const EXE_SEED_PREFIX = 'exe:';
const MAGIC = '\x7fELF\x02\x01\x01\x00';
const TAG = 'LAYERLAB-PROGRAM:';

/** The header bytes for a program: ELF magic, tag, name, NUL. */
export function executableHeader(program: string): Uint8Array {
  return new TextEncoder().encode(`${MAGIC}${TAG}${program}\0`);
}

/**
 * Content for an executable of the given real size. A payload (text without NUL, e.g. a compiled
 * C program's behaviour) travels inside the header after the program name and a NUL, so the
 * bytes themselves carry it through commits, `docker save` and `docker load`.
 */
export function executableContent(program: string, size: number, payload?: string): Content {
  const name = payload === undefined ? program : `${program}\0${payload}`;
  return { kind: 'synthetic', size: Math.max(size, executableHeader(name).length), seed: EXE_SEED_PREFIX + name };
}

/** The payload an executable carries (executableContent), if any. */
export function executablePayload(c: Content): string | undefined {
  if (c.kind === 'synthetic') {
    if (!c.seed.startsWith(EXE_SEED_PREFIX)) return undefined;
    const i = c.seed.indexOf('\0');
    return i < 0 ? undefined : c.seed.slice(i + 1);
  }
  const prefix = MAGIC + TAG;
  const head = new TextDecoder('latin1').decode(c.bytes.subarray(0, prefix.length));
  if (head !== prefix) return undefined;
  const nul = c.bytes.indexOf(0, prefix.length);
  const end = nul < 0 ? -1 : c.bytes.indexOf(0, nul + 1);
  return end < 0 ? undefined : new TextDecoder().decode(c.bytes.subarray(nul + 1, end));
}

/** The program a file's leading bytes name, if it is one of ours (at most the first 128 bytes are read). */
export function programOf(head: Uint8Array): string | undefined {
  const s = new TextDecoder('latin1').decode(head.subarray(0, 128));
  if (!s.startsWith(MAGIC + TAG)) return undefined;
  const end = s.indexOf('\0', MAGIC.length + TAG.length);
  return end < 0 ? undefined : s.slice(MAGIC.length + TAG.length, end);
}

/** The program named by stored content without expanding it. */
export function programOfContent(c: Content): string | undefined {
  if (c.kind === 'synthetic') return c.seed.startsWith(EXE_SEED_PREFIX) ? c.seed.slice(EXE_SEED_PREFIX.length).split('\0')[0] : undefined;
  return programOf(c.bytes);
}
