import type { Engine } from '../engine';
import type { ImageConfig } from '../image/image-config';
import { EMPTY_IMAGE, appendLayer, withConfig } from '../image/mutate';
import { LayerStore, type PreparedLayer } from '../stores/layer-store';
import { isRuntimePath } from '../container-fs';
import { rfc3339 } from '../clock';
import { sha256Hex } from '../digest';
import { parseDockerfile } from './dockerfile-parser';
import { parseInstructions, type Instruction, type Stage } from './instructions';
import { BuildError } from './build-error';
import { ShellLex } from './shell-lex';
import type { BuildContext } from './build-context';
import type { BuildReporter } from './build-reporter';
import { applyInstruction, nopText, type StepState } from './dispatch';

export type BuilderKind = 'legacy' | 'buildkit';

export interface BuildOptions {
  dockerfile: string;
  context: BuildContext;
  kind: BuilderKind;
  tags?: string[];
  buildArgs?: Record<string, string>;
  noCache?: boolean;
  target?: string;
  /** Fetches a base image that is not local (the daemon pulls FROM's image; the CLI shows it). */
  pull?: (ref: string) => Promise<void>;
}

export interface BuildResult {
  imageId: string;
  /** Build args given but never declared (legacy's "[Warning] One or more build-args ..."). */
  unusedArgs: string[];
}

/** BuildKit's cache: step key -> resulting config, per engine and page session. */
const bkCache = new WeakMap<Engine, Map<string, ImageConfig>>();

/**
 * docker build: each stage from its base, each instruction as the chosen builder does it (see
 * dispatch.ts), the legacy builder's intermediate images and cache, BuildKit's step cache.
 */
export class Builder {
  constructor(readonly engine: Engine) {}

  async build(o: BuildOptions, r: BuildReporter): Promise<BuildResult> {
    let parsed;
    try {
      parsed = parseDockerfile(o.dockerfile);
    } catch (e) {
      throw e instanceof BuildError ? new BuildError(e.message, e.startLine, e.endLine, undefined, true) : e;
    }
    const { metaArgs, stages } = parseInstructions(parsed.nodes);
    if (!stages.length) throw new BuildError('no build stage in current context');
    const lex = new ShellLex(parsed.escapeToken);
    const buildArgs = o.buildArgs ?? {};
    const used = new Set<string>();
    const meta = new Map<string, string>();
    for (const a of metaArgs) for (const [k, v] of argPairs(a, lex, (n) => meta.get(n))) {
      meta.set(k, buildArgs[k] ?? v ?? '');
      if (k in buildArgs) used.add(k);
    }
    let last = stages.length - 1;
    if (o.target) {
      last = stages.findIndex((s) => s.name === o.target!.toLowerCase());
      if (last < 0) throw new BuildError(`failed to reach build target ${o.target} in Dockerfile`);
    }
    const todo = stages.slice(0, last + 1);
    const total = metaArgs.length + todo.reduce((n, s) => n + 1 + s.commands.length, 0);
    let index = 0;
    for (const a of metaArgs) r.step({ index: ++index, total, text: a.node.original.trim(), stage: '', stageIndex: 0, stageTotal: 0, cmd: 'arg' });
    const done = new Map<string, StepState>();
    const temps: string[] = [];
    let state: StepState | undefined;
    let resultId = '';
    try {
      for (let si = 0; si < todo.length; si++) {
        const stage = todo[si];
        // BuildKit numbers only the steps that make a vertex: FROM and the filesystem changes.
        const isVertex = (c: string) => ['run', 'copy', 'add', 'workdir'].includes(c);
        const stageTotal = 1 + stage.commands.filter((c) => isVertex(c.cmd)).length;
        let vi = 1;
        const label = stages.length === 1 ? '' : stage.name || `stage-${si}`;
        r.step({ index: ++index, total, text: stage.from.node.original.trim(), stage: label, stageIndex: 1, stageTotal, cmd: 'from' });
        state = await this.#from(stage, lex, meta, done, o.pull);
        r.base(state.imageId, state.ref);
        for (let ci = 0; ci < stage.commands.length; ci++) {
          const ins = stage.commands[ci];
          r.step({ index: ++index, total, text: ins.node.original.trim(), stage: label, stageIndex: isVertex(ins.cmd) ? ++vi : vi, stageTotal, cmd: ins.cmd });
          state = await this.#step(o, state, ins, lex, buildArgs, used, done, r, temps);
        }
        done.set(String(si), state);
        if (stage.name) done.set(stage.name, state);
      }
      let id = state!.imageId;
      if (!id) id = await this.engine.imageStore(state!.config, [], [], '');
      resultId = id;
      for (const t of o.tags ?? []) await this.engine.imageTag(id, t);
      return { imageId: id, unusedArgs: Object.keys(buildArgs).filter((k) => !used.has(k)).sort() };
    } finally {
      // Legacy keeps its intermediate images but not the empty one a scratch step's container
      // needed; one still used by a failed step's container stays (no force).
      const force = o.kind === 'buildkit';
      for (const t of temps.reverse()) if (t !== resultId) await this.engine.imageDelete(t, { force }).catch(() => undefined);
    }
  }

  async #from(stage: Stage, lex: ShellLex, meta: Map<string, string>, done: Map<string, StepState>, pull?: (ref: string) => Promise<void>): Promise<StepState> {
    const ref = lex.processWord(stage.base, (n) => meta.get(n));
    const prev = done.get(ref.toLowerCase());
    if (prev) return { ...prev, env: new Map() };
    if (ref === 'scratch') return { imageId: '', ref, config: { ...EMPTY_IMAGE, config: {} }, env: new Map(), shell: ['/bin/sh', '-c'] };
    let img;
    try {
      img = this.engine.imageGet(ref);
    } catch {
      if (pull) {
        await pull(ref);
        img = this.engine.imageGet(ref);
        return { imageId: img.id, ref, config: img.config, env: new Map(), shell: img.config.config.Shell ?? ['/bin/sh', '-c'] };
      }
      const name = ref.includes(':') || ref.includes('@') ? ref.replace(/:[^:/]*$/, '') : ref;
      throw new BuildError(`pull access denied for ${name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
    }
    return { imageId: img.id, ref, config: img.config, env: new Map(), shell: img.config.config.Shell ?? ['/bin/sh', '-c'] };
  }

  async #step(o: BuildOptions, s: StepState, ins: Instruction, lex: ShellLex, buildArgs: Record<string, string>, used: Set<string>,
    done: Map<string, StepState>, r: BuildReporter, temps: string[]): Promise<StepState> {
    const eng = this.engine;
    const now = rfc3339(eng.clock.now());
    const applied = await applyInstruction(eng, { state: s, ins, lex, buildArgs, used, context: o.context, stages: done, kind: o.kind });
    const createdBy = applied.createdBy;
    let cfg = withConfig(s.config, applied.config);
    const legacy = o.kind === 'legacy';
    // Cache probe: legacy = a local child of the same parent with the same instruction text and
    // config; BuildKit = the same chain of step keys.
    const key = await sha256Hex(new TextEncoder().encode(`${s.imageId}|${s.config.rootfs.diff_ids.join(',')}|${createdBy}|${JSON.stringify(applied.config)}`));
    if (!o.noCache) {
      const hit = legacy ? this.#legacyCache(s.imageId, createdBy, applied.config) : bkCache.get(eng)?.get(key);
      if (hit && (typeof hit === 'string' || hit.rootfs.diff_ids.every((d) => eng.layer(d)))) {
        r.cached();
        const img = typeof hit === 'string' ? eng.imageGet(hit) : undefined;
        const next: StepState = { ...s, ...applied.state, imageId: img?.id ?? s.imageId, config: img?.config ?? (hit as ImageConfig) };
        if (legacy) r.done(next.imageId);
        else next.imageId = await this.#temp(next.config, temps);
        return next;
      }
    }
    let layer: PreparedLayer | undefined;
    if (applied.run || applied.files) {
      const base = s.imageId || (await this.#temp(s.config, temps));
      const c = await eng.containerCreate({ image: base, cmd: applied.run?.argv ?? ['/bin/sh', '-c', `#(nop) ${createdBy}`], entrypoint: [], env: applied.run?.env, workingDir: cfg.config.WorkingDir || undefined, user: cfg.config.User || undefined });
      try {
        const fs = await eng.containerFs(c.id);
        if (applied.files) applied.files(fs);
        if (applied.run) {
          if (legacy) r.running(c.id.slice(0, 12));
          const wd = cfg.config.WorkingDir;
          if (wd && !fs.stat(wd)) fs.mkdir(wd, { recursive: true, mode: 0o755 });
          const p = await eng.containerStart(c.id, { stdin: { read: async () => null }, stdout: { write: (x) => r.output('stdout', x) }, stderr: { write: (x) => r.output('stderr', x) } });
          const code = await p.done;
          if (code !== 0) {
            const text = applied.run.argv.join(' ');
            throw new BuildError(legacy ? `The command '${text}' returned a non-zero code: ${code}` : `process "${text}" did not complete successfully: exit code: ${code}`, ins.node.startLine, ins.node.endLine, code);
          }
        }
        const upper = (await eng.containerFs(c.id)).upper().filter((e) => !isRuntimePath(e.path) && !(e.type === 'dir' && e.path === '/'));
        if (upper.length || applied.files) layer = await LayerStore.prepare(upper);
      } catch (e) {
        if (!(legacy && e instanceof BuildError && e.exitCode !== undefined)) await eng.containerRemove(c.id, { force: true });
        throw e;
      }
      await eng.containerRemove(c.id, { force: true });
      if (legacy && applied.run) r.removed(c.id.slice(0, 12));
    } else if (legacy) {
      // The legacy builder runs metadata steps in a container it never starts.
      const c = await eng.containerCreate({ image: s.imageId || (await this.#temp(s.config, temps)), cmd: ['/bin/sh', '-c', `#(nop) ${createdBy}`], entrypoint: [] });
      r.running(c.id.slice(0, 12));
      await eng.containerRemove(c.id, { force: true });
      r.removed(c.id.slice(0, 12));
    }
    cfg = appendLayer(cfg, layer?.record.diffId, { created: now, created_by: legacy ? createdBy : applied.buildkitText, comment: legacy ? undefined : 'buildkit.dockerfile.v0' });
    cfg = { ...cfg, created: now };
    const next: StepState = { ...s, ...applied.state, config: cfg };
    if (legacy) {
      next.imageId = await eng.imageStore(cfg, layer ? [layer] : [], [], s.imageId);
      r.done(next.imageId);
    } else {
      if (layer) await eng.imageStore(cfg, [layer], [], '').then((id) => temps.push(id));
      next.imageId = await this.#temp(cfg, temps);
      let m = bkCache.get(eng);
      if (!m) bkCache.set(eng, (m = new Map()));
      m.set(key, cfg);
    }
    return next;
  }

  #legacyCache(parent: string, createdBy: string, config: object): string | undefined {
    const want = JSON.stringify(config);
    for (const i of this.engine.imageList()) {
      if (i.parentId !== parent) continue;
      const img = this.engine.imageGet(i.id);
      const h = img.config.history[img.config.history.length - 1];
      if (h?.created_by === createdBy && JSON.stringify(img.config.config) === want) return i.id;
    }
    return undefined;
  }

  /** BuildKit keeps no local images per step; a container still needs one, so it is temporary. */
  async #temp(cfg: ImageConfig, temps: string[]): Promise<string> {
    const id = await this.engine.imageStore(cfg, [], [], '');
    if (!this.engine.imageRefs(id).length) temps.push(id);
    return id;
  }
}

export function argPairs(a: Instruction, lex: ShellLex, env: (n: string) => string | undefined): Array<[string, string | undefined]> {
  return a.node.args.map((w) => {
    const i = w.indexOf('=');
    return i < 0 ? [w, undefined] : [w.slice(0, i), lex.processWord(w.slice(i + 1), env)];
  });
}

export { nopText };
