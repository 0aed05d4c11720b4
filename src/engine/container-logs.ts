import type { ExecIO } from './executor';

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** RFC 3339 time the line was written (docker logs -t). */
  time: string;
}

/**
 * Containers' output as the json-file log driver keeps it: every chunk a container's main process
 * writes, attached or not, kept per container until it is removed (in memory: a reload starts
 * the logs afresh, as the page's containers have all exited by then).
 */
export class ContainerLogs {
  #logs = new Map<string, LogLine[]>();
  #listeners = new Map<string, Set<(l: LogLine) => void>>();

  lines(id: string): readonly LogLine[] {
    return this.#logs.get(id) ?? [];
  }

  append(id: string, line: LogLine): void {
    let l = this.#logs.get(id);
    if (!l) this.#logs.set(id, (l = []));
    l.push(line);
    for (const f of this.#listeners.get(id) ?? []) f(line);
  }

  /** Calls `f` for every line written from now on; returns the unsubscribe function. */
  follow(id: string, f: (l: LogLine) => void): () => void {
    let s = this.#listeners.get(id);
    if (!s) this.#listeners.set(id, (s = new Set()));
    s.add(f);
    return () => s!.delete(f);
  }

  remove(id: string): void {
    this.#logs.delete(id);
    this.#listeners.delete(id);
  }

  /** `io` with its output also written to the container's log. */
  tee(id: string, io: ExecIO, now: () => string): ExecIO {
    return {
      ...io,
      stdout: { write: (s) => { this.append(id, { stream: 'stdout', text: s, time: now() }); io.stdout.write(s); } },
      stderr: { write: (s) => { this.append(id, { stream: 'stderr', text: s, time: now() }); io.stderr.write(s); } },
    };
  }
}
