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
