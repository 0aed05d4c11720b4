import type { Engine } from '../engine/engine';
import type { Vfs } from '../engine/fs/vfs';
import { CowFs } from '../engine/fs/cow-fs';
import { UnionView } from '../engine/fs/union-view';
import type { Image } from '../engine/stores/image-store';
import type { ContainerRecord } from '../engine/stores/container-store';
import type { Check } from './lesson-schema';

export interface LastCommand {
  line: string;
  output: string;
  status: number;
}

export interface CheckContext {
  engine: Engine;
  hostFs: Vfs;
  last?: LastCommand;
  /**
   * The image ID a registry ("hub", "localhost:5000") holds under a reference, or undefined.
   * Wired by whoever composes the hub; without it registry checks never pass.
   */
  registry?: (registry: string, ref: string) => Promise<string | undefined>;
}

/** Why a check failed, in both languages the curriculum ships. */
export type Why = { en: string; 'zh-CN': string };
export interface CheckResult {
  ok: boolean;
  why?: Why;
}

const pass: CheckResult = { ok: true };
const fail = (en: string, zh: string): CheckResult => ({ ok: false, why: { en, 'zh-CN': zh } });

/** Images never change, so an image's merged filesystem is built once. */
const imageFs = new WeakMap<Engine, Map<string, Promise<Vfs>>>();

/** Evaluates one check against the engine's state (never the typed text). */
export async function evaluateCheck(c: Check, ctx: CheckContext): Promise<CheckResult> {
  const e = ctx.engine;
  switch (c.check) {
    case 'image': {
      const img = find(e, c.ref);
      if (c.absent) return img ? fail(`${c.ref} is still there`, `${c.ref} 还在`) : pass;
      return img ? pass : fail(`no image ${c.ref} yet`, `还没有镜像 ${c.ref}`);
    }
    case 'same-image': {
      const a = find(e, c.ref);
      const b = find(e, c.as);
      if (!a) return fail(`no image ${c.ref} yet`, `还没有镜像 ${c.ref}`);
      if (!b) return fail(`no image ${c.as}`, `没有镜像 ${c.as}`);
      return a.id === b.id ? pass : fail(`${c.ref} points to a different image than ${c.as}`, `${c.ref} 指向的镜像与 ${c.as} 不同`);
    }
    case 'image-file': {
      const img = find(e, c.ref);
      if (!img) return fail(`no image ${c.ref} yet`, `还没有镜像 ${c.ref}`);
      const fs = await filesOf(e, img);
      const has = exists(fs, c.path);
      if (c.absent) return has ? fail(`${c.path} is still in ${c.ref}`, `${c.ref} 里仍有 ${c.path}`) : pass;
      return has ? pass : fail(`${c.ref} has no ${c.path}`, `${c.ref} 里没有 ${c.path}`);
    }
    case 'image-layers': {
      const img = find(e, c.ref);
      if (!img) return fail(`no image ${c.ref} yet`, `还没有镜像 ${c.ref}`);
      const n = img.config.rootfs.diff_ids.length;
      return n === c.count ? pass : fail(`${c.ref} has ${n} layers, not ${c.count}`, `${c.ref} 有 ${n} 层, 不是 ${c.count} 层`);
    }
    case 'image-history': {
      const img = find(e, c.ref);
      if (!img) return fail(`no image ${c.ref} yet`, `还没有镜像 ${c.ref}`);
      const ok = img.config.history.some(
        (h) => (c.comment === undefined || h.comment === c.comment) && (c.author === undefined || h.author === c.author) && (c.createdBy === undefined || (h.created_by ?? '').includes(c.createdBy)),
      );
      return ok ? pass : fail(`no history entry of ${c.ref} has that ${c.comment !== undefined ? 'message' : c.author !== undefined ? 'author' : 'command'}`, `${c.ref} 的历史记录里没有这样的条目`);
    }
    case 'image-config': {
      const img = find(e, c.ref);
      if (!img) return fail(`no image ${c.ref} yet`, `还没有镜像 ${c.ref}`);
      const cfg = img.config.config ?? {};
      if (c.cmd && !same(cfg.Cmd, c.cmd)) return fail(`the Cmd of ${c.ref} is ${json(cfg.Cmd)}`, `${c.ref} 的 Cmd 是 ${json(cfg.Cmd)}`);
      if (c.entrypoint && !same(cfg.Entrypoint, c.entrypoint)) return fail(`the Entrypoint of ${c.ref} is ${json(cfg.Entrypoint)}`, `${c.ref} 的 Entrypoint 是 ${json(cfg.Entrypoint)}`);
      return pass;
    }
    case 'image-count': {
      const list = e.imageList().filter((i) => (c.dangling === undefined ? true : c.dangling === (i.repoTags.length === 0)));
      return list.length === c.count ? pass : fail(`${list.length} ${c.dangling ? 'dangling ' : ''}images, expected ${c.count}`, `有 ${list.length} 个${c.dangling ? '悬空' : ''}镜像, 应为 ${c.count} 个`);
    }
    case 'container': {
      const all = e.containerList({ all: true });
      const named = c.name === undefined ? all : all.filter((x) => x.name === c.name);
      const matching = named.filter((x) => containerMatches(e, x, c));
      if (c.count !== undefined) return matching.length === c.count ? pass : fail(`${matching.length} such containers, expected ${c.count}`, `这样的容器有 ${matching.length} 个, 应为 ${c.count} 个`);
      if (matching.length) return pass;
      if (c.name !== undefined && !named.length) return fail(`no container named ${c.name} yet`, `还没有名为 ${c.name} 的容器`);
      const near = named[0];
      if (near && c.state && near.state.Status !== c.state) return fail(`${near.name} is ${near.state.Status}, not ${c.state}`, `${near.name} 的状态是 ${near.state.Status}, 不是 ${c.state}`);
      if (near && c.exitCode !== undefined && near.state.ExitCode !== c.exitCode) return fail(`${near.name} exited with ${near.state.ExitCode}, not ${c.exitCode}`, `${near.name} 的退出码是 ${near.state.ExitCode}, 不是 ${c.exitCode}`);
      return fail('no such container yet', '还没有这样的容器');
    }
    case 'container-diff': {
      const all = e.containerList({ all: true }).filter((x) => (c.name === undefined || x.name === c.name) && (c.image === undefined || sameImage(e, x, c.image)));
      if (!all.length) return fail(c.name ? `no container named ${c.name} yet` : 'no such container yet', c.name ? `还没有名为 ${c.name} 的容器` : '还没有这样的容器');
      for (const x of all) {
        const diff = await e.containerDiff(x.id);
        if (diff.some((d) => d.path === c.path && (c.kind === undefined || d.kind === c.kind))) return pass;
      }
      return fail(`docker diff does not show ${c.kind ? `${c.kind} ` : ''}${c.path}`, `docker diff 里没有 ${c.kind ? `${c.kind} ` : ''}${c.path}`);
    }
    case 'registry': {
      const where = c.registry ?? 'hub';
      const held = ctx.registry ? await ctx.registry(where, c.ref) : undefined;
      if (!held) return find(e, c.ref) ? fail(`tagged, but not pushed to ${where} yet`, `已打标签, 但还没有推送到 ${where}`) : fail(`${where} has no ${c.ref}`, `${where} 上没有 ${c.ref}`);
      if (c.sameAs === undefined) return pass;
      const local = find(e, c.sameAs);
      return local?.id === held ? pass : fail(`${where} has a different image under ${c.ref} than ${c.sameAs}`, `${where} 上的 ${c.ref} 与 ${c.sameAs} 不是同一个镜像`);
    }
    case 'host-file': {
      const has = exists(ctx.hostFs, c.path);
      if (c.absent) return has ? fail(`${c.path} still exists`, `${c.path} 仍然存在`) : pass;
      if (!has) return fail(`no file ${c.path}`, `没有文件 ${c.path}`);
      if (c.content === undefined && c.contains === undefined) return pass;
      let text: string;
      try {
        text = new TextDecoder().decode(ctx.hostFs.readFile(c.path));
      } catch {
        return fail(`${c.path} is not a readable file`, `${c.path} 不是可读的文件`);
      }
      if (c.content !== undefined && text !== c.content) return fail(`${c.path} does not have the expected content`, `${c.path} 的内容不对`);
      if (c.contains !== undefined && !text.includes(c.contains)) return fail(`${c.path} does not contain "${c.contains}"`, `${c.path} 不包含 "${c.contains}"`);
      return pass;
    }
    case 'output':
      if (!ctx.last) return fail('no command has run yet', '还没有运行命令');
      return new RegExp(c.matches, 'm').test(ctx.last.output) ? pass : fail('the last command did not show that', '上一条命令的输出里没有这些内容');
  }
}

function find(e: Engine, ref: string): Image | undefined {
  try {
    return e.imageGet(ref);
  } catch {
    return undefined;
  }
}

function sameImage(e: Engine, x: ContainerRecord, ref: string): boolean {
  const img = find(e, ref);
  return img ? x.image === img.id : x.imageRef === ref;
}

function containerMatches(e: Engine, x: ContainerRecord, c: Extract<Check, { check: 'container' }>): boolean {
  return (c.image === undefined || sameImage(e, x, c.image)) && (c.state === undefined || x.state.Status === c.state) && (c.exitCode === undefined || x.state.ExitCode === c.exitCode);
}

async function filesOf(e: Engine, img: Image): Promise<Vfs> {
  let m = imageFs.get(e);
  if (!m) imageFs.set(e, (m = new Map()));
  let p = m.get(img.id);
  if (!p) {
    p = Promise.all(img.config.rootfs.diff_ids.map((d) => e.layerChangeset(d))).then((layers) => new CowFs(new UnionView(layers), { upper: [], now: () => 0, uid: 0, gid: 0 }));
    m.set(img.id, p);
  }
  return p;
}

function exists(fs: Vfs, path: string): boolean {
  try {
    return fs.lstat(path) !== undefined;
  } catch {
    return false;
  }
}

const same = (a: string[] | null | undefined, b: string[]) => !!a && a.length === b.length && a.every((x, i) => x === b[i]);
const json = (a: unknown) => JSON.stringify(a ?? null);
