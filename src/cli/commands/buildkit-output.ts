import type { BuildReporter, BuildStep } from '../../engine/builder/build-reporter';
import type { Output } from '../../shell/process';

interface Vertex { n: number; name: string; statuses: string[]; logs: string[]; cached: boolean; error?: string; start: number; end?: number }

const ESC = '\x1b[';
// progressui's default colours on Linux (init.go): completed steps blue, failed red (aec.Apply adds the reset after the line's newline).
const BLUE = `${ESC}34m`;
const RED = `${ESC}31m`;
const RESET = `${ESC}0m`;

/**
 * BuildKit's progress as buildx prints it (moby/buildkit util/progress/progressui): `plain` is
 * printer.go's stream (`#N name`, statuses, `#N 0.123 log`, `#N DONE 0.0s`, a blank line
 * before each new vertex), `tty` is display.go's screen redrawn in place (cursor up over the
 * previous frame, `[+] Building 0.0s (n/m)`, ` => name ... 0.0s` aligned to the width).
 * Written from the sources, not recorded: no buildx runs on the recording machine.
 */
export class BuildKitOutput implements BuildReporter {
  readonly vertices: Vertex[] = [];
  #cur?: Vertex;
  #step?: BuildStep;
  #printed = 0;
  #lines = 0;
  #started: number;
  #contextShown = false;

  constructor(
    private readonly out: Output | undefined,
    private readonly mode: 'plain' | 'tty',
    private readonly now: () => number,
    private readonly columns: number,
    readonly dockerfileName: string,
    dockerfileSize: number,
    private readonly contextSize: number,
    /** A base image's repo digest, when the daemon has one (`FROM ...@sha256:`). */
    private readonly digestOf: (ref: string) => string | undefined = () => undefined,
  ) {
    this.#started = now();
    if (mode === 'plain') this.out?.write('#0 building with "default" instance using docker driver\n');
    this.#done(this.#add(`[internal] load build definition from ${dockerfileName}`, [`transferring dockerfile: ${dockerfileSize}B`]));
  }

  #add(name: string, statuses: string[] = []): Vertex {
    const v: Vertex = { n: this.vertices.length + 1, name, statuses, logs: [], cached: false, start: this.now() };
    this.vertices.push(v);
    return v;
  }

  #done(v: Vertex) {
    v.end = this.now();
    this.#flush();
  }

  #label(s: BuildStep) { return `[${s.stage ? `${s.stage} ` : ''}${s.stageIndex}/${s.stageTotal}]`; }

  /** The builder reports no end for a BuildKit step: the next step (or the export) ends it. */
  #close() { if (this.#cur && this.#cur.end === undefined) this.#done(this.#cur); }

  step(s: BuildStep) {
    this.#close();
    this.#step = s;
    this.#cur = undefined;
    if (!['run', 'copy', 'add', 'workdir'].includes(s.cmd)) return;
    if ((s.cmd === 'copy' || s.cmd === 'add') && !/--from=/i.test(s.text) && !this.#contextShown) {
      this.#contextShown = true;
      this.#done(this.#add('[internal] load build context', [`transferring context: ${this.contextSize}B`]));
    }
    this.#cur = this.#add(`${this.#label(s)} ${s.text.replace(/^\S+/, (w) => w.toUpperCase())}`);
  }

  base(_id: string, ref: string) {
    if (!this.#step || ref === 'scratch') return;
    const full = ref.includes('/') && /^[^/]*[.:]/.test(ref) ? ref : `docker.io/${ref.includes('/') ? '' : 'library/'}${ref}`;
    const tagged = /:[^/]*$/.test(full) || full.includes('@') ? full : `${full}:latest`;
    if (!this.vertices.some((v) => v.name === `[internal] load metadata for ${tagged}`)) this.#done(this.#add(`[internal] load metadata for ${tagged}`));
    if (!this.vertices.some((v) => v.name === '[internal] load .dockerignore')) this.#done(this.#add('[internal] load .dockerignore', ['transferring context: 2B']));
    const digest = this.digestOf(ref);
    const name = digest ? `${tagged}@${digest}` : tagged;
    this.#done(this.#add(`${this.#label(this.#step)} FROM ${name}`, digest ? [`resolve ${name}`] : []));
  }

  running() {}
  output(_s: 'stdout' | 'stderr', chunk: string) {
    if (!this.#cur) return;
    const t = ((this.now() - this.#cur.start) / 1000).toFixed(3);
    for (const l of chunk.replace(/\n$/, '').split('\n')) this.#cur.logs.push(`${t} ${l}`);
    this.#flush();
  }
  removed() {}
  cached() { if (this.#cur) this.#cur.cached = true; }
  done() { if (this.#cur) this.#done(this.#cur); }

  fail(message: string) {
    if (this.#cur && this.#cur.end === undefined) { this.#cur.error = message; this.#done(this.#cur); }
    this.#flush(true);
  }

  exported(id: string, names: string[]) {
    this.#close();
    this.#done(this.#add('exporting to image', ['exporting layers', `writing image ${id}`, ...names.map((n) => `naming to ${n}`)]));
    this.#flush(true);
  }

  /** The failing vertex's logs as buildx repeats them under the progress (display.go printErrorLogs). */
  errorLogs(): string {
    let s = '';
    for (const v of this.vertices) if (v.error) s += `------\n > ${v.name}:\n${v.logs.map((l) => `${l}\n`).join('')}------\n`;
    return s;
  }

  #secs(v: Vertex) { return (((v.end ?? this.now()) - v.start) / 1000).toFixed(1); }

  #flush(final = false) {
    if (!this.out) return;
    if (this.mode === 'tty') { this.out.write(this.#screen(final)); return; }
    for (; this.#printed < this.vertices.length; this.#printed++) {
      const v = this.vertices[this.#printed];
      if (v.end === undefined) return;
      let s = `\n#${v.n} ${v.name}\n`;
      for (const st of v.statuses) s += `#${v.n} ${st} done\n`;
      for (const l of v.logs) s += `#${v.n} ${l}\n`;
      s += v.error ? `#${v.n} ERROR: ${v.error}\n` : v.cached ? `#${v.n} CACHED\n` : `#${v.n} DONE ${this.#secs(v)}s\n`;
      this.out.write(s);
    }
  }

  /** One frame of display.go's print: back over the last frame, the header, one line per job. */
  #screen(final: boolean): string {
    const w = this.columns;
    let s = `${ESC}1A`.repeat(this.#lines + 1) + (this.#lines === 0 && !this.#drawn ? `${ESC}1B` : '') + `${ESC}0G${ESC}?25l`;
    this.#drawn = true;
    const done = this.vertices.filter((v) => v.end !== undefined).length;
    const head = `[+] Building ${((this.now() - this.#started) / 1000).toFixed(1)}s (${done}/${this.vertices.length}) ${final && done === this.vertices.length ? 'FINISHED' : ''}`;
    s += `${align(head, 'docker:default', w - 1).slice(0, w)}\n`;
    let lines = 0;
    const job = (name: string, secs: string, colour?: string) => {
      const timer = ` ${secs.padStart(3)}s\n`;
      const left = w - 4 - timer.length - 1;
      if (left < 12) return;
      const line = align(` => ${name.slice(0, left)}`, timer, w);
      s += colour ? `${colour}${line}${RESET}` : line;
      lines++;
    };
    for (const v of this.vertices) {
      const prefix = v.error ? 'ERROR ' : v.cached ? 'CACHED ' : '';
      job(prefix + v.name, this.#secs(v), v.end === undefined ? undefined : v.error ? RED : BLUE);
      for (const st of v.statuses) job(`=> ${st}`, '0.0', v.end === undefined ? undefined : BLUE);
    }
    if (this.#lines > lines) s += `${' '.repeat(w)}\n`.repeat(this.#lines - lines) + `${ESC}${this.#lines - lines}A${ESC}0G`;
    this.#lines = lines;
    return `${s}${ESC}?25h`;
  }
  #drawn = false;
}

/** Go's fmt "%-*s %s": the left text padded so the right text ends the line. */
function align(l: string, r: string, w: number): string {
  return `${l.padEnd(w - r.length - 1)} ${r}`;
}
