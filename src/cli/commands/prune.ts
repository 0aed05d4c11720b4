import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import type { ProcessContext } from '../../shell/process';
import { units } from '../format/units';

const FORCE = { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' } as const;
const FILTER = { long: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' } as const;

/** docker/cli command.PromptForConfirmation: only "y"/"Y" confirms; no input means no. */
async function confirm(p: ProcessContext, warning: string): Promise<boolean> {
  p.stdout.write(`${warning}\nAre you sure you want to continue? [y/N] `);
  const line = await p.stdin.read();
  const answer = (line ?? '').split('\n')[0].trim();
  return answer === 'y' || answer === 'Y';
}

async function pruneContainers(d: DockerDeps): Promise<{ ids: string[]; space: number }> {
  const ids: string[] = [];
  let space = 0;
  for (const c of d.engine.containerList({ all: true }).filter((x) => !x.state.Running)) {
    const upper = (await d.engine.containerFs(c.id)).upper();
    for (const e of upper) if (e.type === 'file') space += e.content.kind === 'bytes' ? e.content.bytes.length : e.content.size;
    await d.engine.containerRemove(c.id);
    ids.push(c.id);
  }
  return { ids, space };
}

/** Dangling images (no tag, no child), or with `all` every image no container uses, newest first. */
async function pruneImages(d: DockerDeps, all: boolean): Promise<{ lines: string[]; space: number }> {
  const e = d.engine;
  const lines: string[] = [];
  let space = 0;
  const list = e.imageList().sort((a, b) => (a.created < b.created ? 1 : -1));
  const used = new Set(e.containerList({ all: true }).map((c) => c.image));
  for (const img of list) {
    if (!e.imageList().some((i) => i.id === img.id) || used.has(img.id)) continue;
    const hasChild = e.imageList().some((i) => i.parentId === img.id);
    if (!all && (img.repoTags.length > 0 || hasChild)) continue;
    if (hasChild) continue;
    const layers = e.imageGet(img.id).config.rootfs.diff_ids.map((id) => [id, e.layer(id)?.size ?? 0] as const);
    const refs = img.repoTags.length ? img.repoTags : [img.id];
    for (const r of refs) {
      for (const rec of await e.imageDelete(r, { force: all }).catch(() => [])) lines.push('untagged' in rec ? `untagged: ${rec.untagged}` : `deleted: ${rec.deleted}`);
    }
    for (const [id, size] of layers) if (!e.layer(id)) space += size;
  }
  return { lines, space };
}

export function containerPrune(d: DockerDeps): CommandSpec {
  return {
    name: 'container prune',
    usage: '[OPTIONS]',
    short: 'Remove all stopped containers',
    args: { max: 0 },
    flags: [FILTER, FORCE],
    async run(ctx, _args, f) {
      const p = ctx.process;
      if (!f.force && !(await confirm(p, 'WARNING! This will remove all stopped containers.'))) return 0;
      const r = await pruneContainers(d);
      if (r.ids.length) p.stdout.write(`Deleted Containers:\n${r.ids.map((id) => id + '\n').join('')}\n`);
      p.stdout.write(`Total reclaimed space: ${units.humanSize(r.space)}\n`);
      return 0;
    },
  };
}

export function imagePrune(d: DockerDeps): CommandSpec {
  return {
    name: 'image prune',
    usage: '[OPTIONS]',
    short: 'Remove unused images',
    args: { max: 0 },
    flags: [{ long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' }, FILTER, FORCE],
    async run(ctx, _args, f) {
      const p = ctx.process;
      const warning = f.all ? 'WARNING! This will remove all images without at least one container associated to them.' : 'WARNING! This will remove all dangling images.';
      if (!f.force && !(await confirm(p, warning))) return 0;
      const r = await pruneImages(d, !!f.all);
      if (r.lines.length) p.stdout.write(`Deleted Images:\n${r.lines.map((l) => l + '\n').join('')}\n`);
      p.stdout.write(`Total reclaimed space: ${units.humanSize(r.space)}\n`);
      return 0;
    },
  };
}

export function systemPrune(d: DockerDeps): CommandSpec {
  return {
    name: 'system prune',
    usage: '[OPTIONS]',
    short: 'Remove unused data',
    args: { max: 0 },
    flags: [
      { long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
      FILTER, FORCE,
      { long: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
    ],
    async run(ctx, _args, f) {
      const p = ctx.process;
      const warning = 'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n' +
        (f.all ? '  - all images without at least one container associated to them\n' : '  - all dangling images\n') +
        '  - unused build cache\n';
      if (!f.force && !(await confirm(p, warning))) return 0;
      const c = await pruneContainers(d);
      if (c.ids.length) p.stdout.write(`Deleted Containers:\n${c.ids.map((id) => id + '\n').join('')}\n`);
      const i = await pruneImages(d, !!f.all);
      if (i.lines.length) p.stdout.write(`Deleted Images:\n${i.lines.map((l) => l + '\n').join('')}\n`);
      p.stdout.write(`Total reclaimed space: ${units.humanSize(c.space + i.space)}\n`);
      return 0;
    },
  };
}
