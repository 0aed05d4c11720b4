import type { Store, Table, WriteOp } from '../storage/store';

interface Touched {
  table: Table;
  key: string;
  /** The value before the command's first write to this key (undefined: there was none). */
  before: Promise<unknown>;
}

/** One command that changed the stored state, and how to put it back. */
export interface UndoPoint {
  line: string;
  touched: Array<{ table: Table; key: string; before: unknown }>;
}

/**
 * The store the sandbox writes through, keeping what one command overwrote so that the last
 * state-changing command can be undone (lessons, issue 8). Only while `enabled`: before the
 * first write to a key during a command, its old value is read; when the command ends, the
 * keys whose values really differ make the undo point (a command that changed nothing, such
 * as `docker images`, leaves the previous one). Undo writes the old values back in one batch;
 * the engine's and the shell's memory must then be loaded again (the page reloads).
 * The shell's history is not undone: it is what the learner typed.
 */
export class UndoJournal implements Store {
  enabled = false;
  private open: { line: string; touched: Map<string, Touched> } | null = null;
  private point: UndoPoint | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(readonly inner: Store) {}

  /** The command line the next undo takes back, if any. */
  get last(): string | undefined {
    return this.point?.line;
  }

  /** A command starts (called by the sandbox for each host command line). */
  begin(line: string): void {
    this.open = this.enabled ? { line, touched: new Map() } : null;
  }

  /** The command finished: it becomes the undo point if it changed anything. */
  async end(): Promise<void> {
    const o = this.open;
    this.open = null;
    if (!o || !o.touched.size) return;
    const touched: UndoPoint['touched'] = [];
    let changed = false;
    for (const t of o.touched.values()) {
      const before = await t.before;
      touched.push({ table: t.table, key: t.key, before });
      if (!changed && !same(before, await this.inner.get(t.table, t.key))) changed = true;
    }
    if (!changed) return;
    this.point = { line: o.line, touched };
    this.emit();
  }

  /** Writes back what the last state-changing command overwrote; returns its line. */
  async undo(): Promise<string | undefined> {
    const p = this.point;
    if (!p) return undefined;
    const batch: WriteOp[] = p.touched.map((t) => (t.before === undefined ? { op: 'delete', table: t.table, key: t.key } : { op: 'put', table: t.table, key: t.key, value: t.before }));
    await this.inner.write(batch);
    this.point = null;
    this.emit();
    return p.line;
  }

  /** Forgets the undo point (a lesson's setup or reset is not a command to undo). */
  forget(): void {
    this.open = null;
    if (!this.point) return;
    this.point = null;
    this.emit();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get<T = unknown>(table: Table, key: string): Promise<T | undefined> {
    return this.inner.get<T>(table, key);
  }

  getAll<T = unknown>(table: Table): Promise<Array<[string, T]>> {
    return this.inner.getAll<T>(table);
  }

  keys(table: Table): Promise<string[]> {
    return this.inner.keys(table);
  }

  async write(batch: readonly WriteOp[]): Promise<void> {
    const o = this.open;
    if (o) {
      // Each old value is read before this batch (or any later one) can overwrite it.
      for (const op of batch) {
        if (op.table === 'host' && op.key === 'history') continue;
        const id = `${op.table}\u0000${op.key}`;
        if (!o.touched.has(id)) o.touched.set(id, { table: op.table, key: op.key, before: this.inner.get(op.table, op.key) });
      }
      await Promise.all([...o.touched.values()].map((t) => t.before));
    }
    await this.inner.write(batch);
  }

  async clear(): Promise<void> {
    this.forget();
    await this.inner.clear();
  }

  close(): void {
    this.inner.close();
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** Structural equality of stored values (plain data and byte arrays). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor || a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
