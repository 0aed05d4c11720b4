import type { Engine } from '../engine';
import type { ContainerConfig, ImageConfig } from '../image/image-config';
import type { Vfs } from '../fs/vfs';
import { path } from '../fs/path';
import type { Instruction } from './instructions';
import { ShellLex } from './shell-lex';
import { CowFs } from '../fs/cow-fs';
import type { BuildContext } from './build-context';
import { BuildError } from './build-error';
import { copyFiles, expandWildcards, type CopySource } from './copy-files';
import { SourceHash } from './source-hash';

/** Where a build stands after a step: the image so far and the stage's ARG values. */
export interface StepState {
  /** '' for scratch with no step yet. */
  imageId: string;
  ref: string;
  config: ImageConfig;
  /** ARGs declared in this stage, with their values. */
  env: Map<string, string>;
  shell: string[];
}

export interface Applied {
  config: ContainerConfig;
  /** The legacy builder's history text. */
  createdBy: string;
  /** BuildKit's history text. */
  buildkitText: string;
  run?: { argv: string[]; env: string[] };
  files?: (fs: Vfs) => void;
  state?: Partial<StepState>;
}

interface Input {
  state: StepState;
  ins: Instruction;
  lex: ShellLex;
  buildArgs: Record<string, string>;
  used: Set<string>;
  context: BuildContext;
  stages: Map<string, StepState>;
  kind: 'legacy' | 'buildkit';
}

const goQ = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;
export const nopText = (text: string) => `/bin/sh -c #(nop)  ${text}`;

export async function applyInstruction(eng: Engine, i: Input): Promise<Applied> {
  const { state: s, ins, lex } = i;
  const cfg: ContainerConfig = structuredClone(s.config.config);
  const envMap = new Map<string, string>();
  for (const e of cfg.Env ?? []) { const k = e.indexOf('='); envMap.set(k < 0 ? e : e.slice(0, k), k < 0 ? '' : e.slice(k + 1)); }
  const lookup = (n: string) => envMap.get(n) ?? s.env.get(n);
  const word = (w: string) => lex.processWord(w, lookup);
  const a = ins.node.args;
  const json = ins.node.json;
  const nop = (text: string, bk = text): Applied => ({ config: cfg, createdBy: nopText(text), buildkitText: bk });
  const shellForm = (args: string[]) => (json ? args : [...s.shell, args.join(' ')]);
  switch (ins.cmd) {
    case 'run': {
      const argv = ins.node.heredocs.length && !json ? [...s.shell, heredocScript(a[0] ?? '', ins.node.heredocs)] : shellForm(a);
      const args = [...s.env].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
      const prefix = args.length ? `|${args.length} ${args.join(' ')} ` : '';
      const text = `${prefix}${argv.join(' ')}`;
      return { config: cfg, createdBy: text, buildkitText: `RUN ${text} # buildkit`, run: { argv, env: [...(cfg.Env ?? []), ...args] } };
    }
    case 'cmd': case 'entrypoint': {
      const v = shellForm(a);
      if (ins.cmd === 'cmd') cfg.Cmd = v;
      else { cfg.Entrypoint = v; if (!('Cmd' in s.config.config) || true) cfg.Cmd = s.config.config.Cmd ?? null; }
      const t = `${ins.cmd.toUpperCase()} ${goQ(v)}`;
      return nop(t);
    }
    case 'env': case 'label': {
      const pairs: string[] = [];
      for (let k = 0; k < a.length; k += 3) {
        const key = word(a[k]);
        const val = word(a[k + 1]);
        pairs.push(`${key}=${val}`);
        if (ins.cmd === 'env') {
          envMap.set(key, val);
          const list = (cfg.Env ?? []).filter((e) => e.slice(0, e.indexOf('=')) !== key);
          const at = (cfg.Env ?? []).findIndex((e) => e.slice(0, e.indexOf('=')) === key);
          if (at >= 0) { const l = [...(cfg.Env ?? [])]; l[at] = `${key}=${val}`; cfg.Env = l; } else cfg.Env = [...list, `${key}=${val}`];
        } else cfg.Labels = { ...(cfg.Labels ?? {}), [key]: val };
      }
      const t = `${ins.cmd.toUpperCase()} ${pairs.join(' ')}`;
      return nop(t);
    }
    case 'arg': {
      const env = new Map(s.env);
      const shown: string[] = [];
      for (const w of a) {
        const k = w.indexOf('=');
        const name = k < 0 ? w : w.slice(0, k);
        const def = k < 0 ? undefined : word(w.slice(k + 1));
        const val = i.buildArgs[name] ?? def;
        if (name in i.buildArgs) i.used.add(name);
        if (val !== undefined) env.set(name, val);
        shown.push(def === undefined ? name : `${name}=${def}`);
      }
      return { ...nop(`ARG ${shown.join(' ')}`), state: { env } };
    }
    case 'workdir': {
      const w = word(a[0]);
      cfg.WorkingDir = path.normalize(w.startsWith('/') ? w : path.join(cfg.WorkingDir || '/', w));
      return { config: cfg, createdBy: `/bin/sh -c #(nop) WORKDIR ${cfg.WorkingDir}`, buildkitText: `WORKDIR ${cfg.WorkingDir}` };
    }
    case 'user': cfg.User = word(a[0]); return nop(`USER ${cfg.User}`);
    case 'expose': {
      const ports = a.map(word).map((p) => (p.includes('/') ? p : `${p}/tcp`));
      cfg.ExposedPorts = { ...(cfg.ExposedPorts ?? {}) };
      for (const p of ports) cfg.ExposedPorts[p] = {};
      return nop(`EXPOSE ${a.map(word).join(' ')}`, `EXPOSE map[${Object.keys(cfg.ExposedPorts).sort().map((p) => `${p}:{}`).join(' ')}]`);
    }
    case 'volume': {
      const vols = a.map(word);
      cfg.Volumes = { ...(cfg.Volumes ?? {}) };
      for (const v of vols) cfg.Volumes[v] = {};
      return nop(`VOLUME [${vols.join(' ')}]`);
    }
    case 'stopsignal': cfg.StopSignal = word(a[0]); return nop(`STOPSIGNAL ${cfg.StopSignal}`);
    case 'shell': cfg.Shell = a; return { ...nop(`SHELL [${a.join(' ')}]`), state: { shell: a } };
    case 'maintainer': return { ...nop(`MAINTAINER ${a[0]}`) };
    case 'onbuild': {
      const t = ins.node.original.trim().replace(/^\S+\s+/, '');
      cfg.OnBuild = [...(cfg.OnBuild ?? []), t];
      return nop(`ONBUILD ${t}`);
    }
    case 'healthcheck': {
      const [type, ...rest] = a;
      cfg.Healthcheck = type.toUpperCase() === 'NONE' ? { Test: ['NONE'] } : { Test: json ? ['CMD', ...rest] : ['CMD-SHELL', rest.join(' ')] };
      return nop(`HEALTHCHECK &{${goQ(cfg.Healthcheck.Test!)} "0s" "0s" "0s" "0s" '\\x00'}`, `HEALTHCHECK &{${goQ(cfg.Healthcheck.Test!)} "0s" "0s" "0s" "0s" '\\x00'}`);
    }
    case 'copy': case 'add': return copyStep(eng, i, cfg, word, lookup);
  }
  throw new BuildError(`unknown instruction: ${ins.node.value}`, ins.node.startLine);
}

/**
 * BuildKit's RUN here-doc (dockerfile2llb dispatchRun): a command that is only `<<EOF` runs the
 * document's text as the shell command; any other command gets its documents appended after
 * it, each followed by its delimiter, for the shell to read.
 */
function heredocScript(cmd: string, docs: Array<{ name: string; content: string }>): string {
  if (docs.length === 1 && /^<<-?(["']?)[^\s"'<>]+\1$/.test(cmd.trim())) return docs[0].content;
  return cmd + docs.map((d) => `\n${d.content}${d.name}`).join('');
}

async function copyStep(eng: Engine, i: Input, cfg: ContainerConfig, word: (w: string) => string, lookup: (n: string) => string | undefined): Promise<Applied> {
  const { ins } = i;
  const words = ins.node.args.map(word);
  const destRaw = words[words.length - 1];
  const srcs = words.slice(0, -1);
  const upper = ins.cmd.toUpperCase();
  const wd = cfg.WorkingDir || '/';
  const dest = path.normalize(destRaw.startsWith('/') ? destRaw : path.join(wd, destRaw));
  const from = ins.flags.from;
  let srcFs: Vfs;
  let root: string;
  let cleanup = async () => {};
  if (from) {
    const st = i.stages.get(from.toLowerCase());
    const image = st?.imageId || from;
    const c = await eng.containerCreate({ image, cmd: ['/bin/sh'], entrypoint: [] });
    srcFs = await eng.containerFs(c.id);
    root = '/';
    cleanup = () => eng.containerRemove(c.id, { force: true });
  } else {
    srcFs = i.context.fs;
    root = i.context.root;
  }
  const sources: CopySource[] = [];
  // COPY <<EOF: each document is a file named after its delimiter (mode 0644, root-owned), its
  // text expanded with quotes kept when the delimiter was unquoted (instructions/parse.go).
  const docs = new Map(ins.node.heredocs.map((h) => [h.name, h]));
  const inline = new CowFs();
  const inlined = new Set<string>();
  for (const src of srcs) {
    const h = /^<<-?/.test(src) ? docs.get(src.replace(/^<<-?/, '').replace(/^(["'])(.*)\1$/, '$2')) : undefined;
    if (!h) continue;
    inlined.add(src);
    const text = h.expand ? new ShellLex(i.lex.escapeToken, { rawQuotes: true }).processWord(h.content, lookup) : h.content;
    inline.writeFile(`/${h.name}`, new TextEncoder().encode(text), { mode: 0o644, uid: 0, gid: 0 });
  }
  const skip = from ? undefined : (abs: string) => abs !== root && i.context.excluded(abs.slice(root.length + 1));
  for (const src of srcs) {
    if (inlined.has(src)) { sources.push({ fs: inline, abs: `/${docs.get(src.replace(/^<<-?/, '').replace(/^(["'])(.*)\1$/, '$2'))!.name}` }); continue; }
    const found = !root ? [] : expandWildcards(srcFs, root, src).filter((p) => from || !i.context.excluded(p.slice(root.length + 1)));
    if (!found.length) {
      await cleanup();
      throw new BuildError(`${upper} failed: file not found in build context or excluded by .dockerignore: stat ${src.replace(/^\//, '')}: file does not exist`, ins.node.startLine);
    }
    sources.push(...found.map((abs) => ({ fs: srcFs, abs, skip })));
  }
  // moby copier: a destination ending in `/` (or `.`, the working directory) names a directory.
  const destIsDir = destRaw.endsWith('/') || destRaw === '.' || destRaw.endsWith('/.') || sources.length > 1 || srcs.length > 1;
  const chown = ins.flags.chown ? word(ins.flags.chown) : '';
  const [uid, gid] = chown ? chown.split(':').map((x) => Number(x)) : [];
  const mode = ins.flags.chmod ? parseInt(ins.flags.chmod, 8) : undefined;
  const files = (fs: Vfs) => {
    copyFiles(fs, dest, destIsDir, sources, { uid: chown ? uid : undefined, gid: chown ? (gid ?? uid) : undefined, mode, extractTar: ins.cmd === 'add' });
  };
  const hash = await SourceHash.of(sources.map((x) => ({ ...x, root: x.fs === inline ? '/' : root, ownerZero: !from || x.fs === inline })));
  await cleanup();
  // v28 puts a space after the --chown value (internals.go performCopy); 20.10 did not.
  const chownText = ins.flags.chown ? `--chown=${ins.flags.chown} ` : '';
  return {
    config: cfg,
    createdBy: `/bin/sh -c #(nop) ${upper} ${chownText}${hash} in ${destRaw} `,
    buildkitText: `${upper} ${ins.node.original.trim().replace(/^\S+\s+/, '')} # buildkit`,
    files,
  };
}
