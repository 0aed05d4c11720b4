/** A process as `ps` inside a container and `docker top` list it. */
export interface ContainerProcess {
  /** PID inside the container's PID namespace (1 for the main process). */
  pid: number;
  /** The same process's PID on the host, as `docker top` shows it. */
  hostPid: number;
  ppid: number;
  user: string;
  tty: string;
  cmd: string;
}

interface Table {
  hostPid: number;
  procs: ContainerProcess[];
  nextPid: number;
  traps: Map<string, number>;
}

/**
 * The processes of running containers. The engine records each container's main process; a
 * program may add helpers (nginx's workers) and retitle itself, and declare that it handles a
 * signal (nginx ends with 0 on SIGTERM), which `docker stop` reads: a PID 1 without a handler
 * ignores SIGTERM (the kernel's rule for init) and is killed after the timeout.
 */
export class ContainerProcesses {
  #tables = new Map<string, Table>();

  start(id: string, hostPid: number, cmd: string, tty: boolean): void {
    const main: ContainerProcess = { pid: 1, hostPid, ppid: 0, user: 'root', tty: tty ? 'pts/0' : '?', cmd };
    this.#tables.set(id, { hostPid, procs: [main], nextPid: 7, traps: new Map() });
  }

  end(id: string): void {
    this.#tables.delete(id);
  }

  list(id: string): ContainerProcess[] {
    return [...(this.#tables.get(id)?.procs ?? [])];
  }

  /** Adds a process (parent: the main process); returns its removal. */
  add(id: string, p: { user?: string; cmd: string; tty?: string }): () => void {
    const t = this.#tables.get(id);
    if (!t) return () => {};
    const pid = t.nextPid++;
    const proc: ContainerProcess = { pid, hostPid: t.hostPid + pid, ppid: 1, user: p.user ?? 'root', tty: p.tty ?? t.procs[0].tty, cmd: p.cmd };
    t.procs.push(proc);
    return () => {
      const i = t.procs.indexOf(proc);
      if (i >= 0) t.procs.splice(i, 1);
    };
  }

  /** The main process's command line as `ps` shows it (nginx: "nginx: master process ..."). */
  retitle(id: string, cmd: string): void {
    const t = this.#tables.get(id);
    if (t) t.procs[0] = { ...t.procs[0], cmd };
  }

  /** The main process handles `signal` by exiting with `code`. */
  trap(id: string, signal: string, code: number): void {
    this.#tables.get(id)?.traps.set(signal, code);
  }

  trapped(id: string, signal: string): number | undefined {
    return this.#tables.get(id)?.traps.get(signal);
  }
}
