import type { BuildReporter, BuildStep } from '../../engine/builder/build-reporter';
import type { Output } from '../../shell/process';

/** The legacy builder's stream as the v28 client prints it (reference §8). */
export class LegacyBuildOutput implements BuildReporter {
  constructor(private readonly out: Output, private readonly quiet: boolean) {}
  #w(s: string) { if (!this.quiet) this.out.write(s); }
  step(s: BuildStep) { this.#w(`Step ${s.index}/${s.total} : ${s.text}\n`); }
  base(id: string) { this.#w(` ---> ${id.replace(/^sha256:/, '').slice(0, 12)}\n`); }
  running(id: string) { this.#w(` ---> Running in ${id}\n`); }
  // The daemon's jsonmessage stream colours a RUN's stderr red, TTY or not.
  output(stream: 'stdout' | 'stderr', chunk: string) { this.#w(stream === 'stderr' ? `\x1b[91m${chunk}\x1b[0m` : chunk); }
  removed(id: string) { this.#w(` ---> Removed intermediate container ${id}\n`); }
  cached() { this.#w(' ---> Using cache\n'); }
  done(id: string) { this.#w(` ---> ${id.replace(/^sha256:/, '').slice(0, 12)}\n`); }
}

interface Vertex { n: number; name: string; lines: string[]; status: 'DONE' | 'CACHED' | 'ERROR'; error?: string }

/** BuildKit's progress: vertices numbered #1.., printed in plain form (no TTY) or as the final `[+] Building` screen. */
export class BuildKitOutput implements BuildReporter {
  readonly vertices: Vertex[] = [];
  #cur?: Vertex;
  #step?: BuildStep;
  constructor(readonly dockerfileName: string, readonly dockerfileSize: number, readonly contextSize: number | undefined) {
    this.#add('[internal] load build definition from ' + dockerfileName, [`transferring dockerfile: ${dockerfileSize}B done`]);
  }
  #add(name: string, lines: string[] = []): Vertex {
    const v: Vertex = { n: this.vertices.length + 1, name, lines, status: 'DONE' };
    this.vertices.push(v);
    return v;
  }
  #label(s: BuildStep) { return `[${s.stage ? `${s.stage} ` : ''}${s.stageIndex}/${s.stageTotal}]`; }
  step(s: BuildStep) {
    this.#step = s;
    this.#cur = undefined;
    if (['run', 'copy', 'add', 'workdir'].includes(s.cmd)) this.#cur = this.#add(`${this.#label(s)} ${s.text.replace(/^\S+/, (w) => w.toUpperCase())}`);
  }
  base(_id: string, ref: string) {
    if (!this.#step) return;
    if (ref === 'scratch') return;
    const full = ref.includes('/') ? ref : `docker.io/library/${ref}`;
    const tagged = /:[^/]*$/.test(full) || full.includes('@') ? full : `${full}:latest`;
    if (!this.vertices.some((v) => v.name === `[internal] load metadata for ${tagged}`)) this.#add(`[internal] load metadata for ${tagged}`);
    if (this.vertices.length && !this.vertices.some((v) => v.name === '[internal] load .dockerignore')) this.#add('[internal] load .dockerignore', ['transferring context: 2B done']);
    this.#add(`${this.#label(this.#step)} FROM ${tagged}`);
  }
  running() {}
  output(_s: 'stdout' | 'stderr', chunk: string) {
    if (!this.#cur) return;
    for (const l of chunk.replace(/\n$/, '').split('\n')) this.#cur.lines.push(`0.100 ${l}`);
  }
  removed() {}
  cached() { if (this.#cur) this.#cur.status = 'CACHED'; }
  done() {}
  fail(message: string) { if (this.#cur) { this.#cur.status = 'ERROR'; this.#cur.error = message; } }
  exported(id: string, names: string[]) {
    this.#add('exporting to image', ['exporting layers 0.0s done', `writing image ${id} done`, ...names.map((n) => `naming to ${n} done`)]);
  }
  plain(): string {
    let s = '#0 building with "default" instance using docker driver\n\n';
    for (const v of this.vertices) {
      s += `#${v.n} ${v.name}\n`;
      for (const l of v.lines) s += `#${v.n} ${l}\n`;
      s += v.status === 'CACHED' ? `#${v.n} CACHED\n\n` : v.status === 'ERROR' ? `#${v.n} ERROR: ${v.error}\n` : `#${v.n} DONE 0.0s\n\n`;
    }
    return s;
  }
  screen(columns: number): string {
    const n = this.vertices.length;
    const failed = this.vertices.some((v) => v.status === 'ERROR');
    const head = `[+] Building 0.0s (${n}/${n}) ${failed ? 'FINISHED' : 'FINISHED'}`;
    const right = 'docker:default';
    let s = `${head}${' '.repeat(Math.max(1, columns - head.length - right.length))}${right}\n`;
    for (const v of this.vertices) {
      const left = ` => ${v.status === 'CACHED' ? 'CACHED ' : v.status === 'ERROR' ? 'ERROR ' : ''}${v.name}`;
      s += `${left}${' '.repeat(Math.max(1, columns - left.length - 4))}0.0s\n`;
      if (v.n === n && v.name === 'exporting to image') for (const l of v.lines) s += ` => => ${l.replace(/ done$/, '')}\n`;
    }
    return s;
  }
}
