import type { Lang } from './lesson';
import type { Check } from './lesson-schema';
import type { CheckResult } from './evaluate-check';

/** Where a goal's object lives in the picture: the local image store, containers, registries, the host. */
export type GoalArea = 'images' | 'containers' | 'registries' | 'host' | 'terminal';

export interface GoalItem {
  id: string;
  area: GoalArea;
  /** The state the check asks for, in words (one line). */
  text: string;
  ok: boolean;
}

type Words = { [K in Lang]: string };
const w = (en: string, zh: string): Words => ({ en, 'zh-CN': zh });

/**
 * The goal state of a step, drawn from its checks (not from the prose), each marked met or not
 * from the runner's latest results: what the sandbox will hold once the step is done.
 */
export function goalState(goal: readonly Check[], results: Record<string, CheckResult>, lang: Lang): GoalItem[] {
  return goal.map((c) => {
    const [area, words] = describe(c);
    return { id: c.id, area, text: words[lang], ok: !!results[c.id]?.ok };
  });
}

function describe(c: Check): [GoalArea, Words] {
  switch (c.check) {
    case 'image':
      return ['images', c.absent ? w(`no image ${c.ref}`, `没有镜像 ${c.ref}`) : w(`image ${c.ref}`, `镜像 ${c.ref}`)];
    case 'same-image':
      return ['images', w(`${c.ref} → the same image as ${c.as}`, `${c.ref} → 与 ${c.as} 是同一个镜像`)];
    case 'image-file':
      return ['images', c.absent ? w(`image ${c.ref} without ${c.path}`, `镜像 ${c.ref}, 其中没有 ${c.path}`) : w(`image ${c.ref} with ${c.path} in a layer`, `镜像 ${c.ref}, 某一层里有 ${c.path}`)];
    case 'image-layers':
      return ['images', w(`image ${c.ref}: ${c.count} layers`, `镜像 ${c.ref}: ${c.count} 层`)];
    case 'image-history': {
      const what = c.comment !== undefined ? w(`comment "${c.comment}"`, `注释 "${c.comment}"`) : c.author !== undefined ? w(`author "${c.author}"`, `作者 "${c.author}"`) : w(`"${c.createdBy ?? ''}"`, `"${c.createdBy ?? ''}"`);
      return ['images', w(`image ${c.ref}: a history entry with ${what.en}`, `镜像 ${c.ref}: 历史记录里有${what['zh-CN']}`)];
    }
    case 'image-config': {
      const parts = [c.entrypoint && `Entrypoint ${JSON.stringify(c.entrypoint)}`, c.cmd && `Cmd ${JSON.stringify(c.cmd)}`].filter(Boolean).join(', ');
      return ['images', w(`image ${c.ref}: ${parts}`, `镜像 ${c.ref}: ${parts}`)];
    }
    case 'image-count':
      return ['images', c.dangling ? w(`${c.count} dangling <none> images`, `${c.count} 个悬空 <none> 镜像`) : w(`${c.count} images`, `${c.count} 个镜像`)];
    case 'container': {
      const who = c.name !== undefined ? w(`container ${c.name}`, `容器 ${c.name}`) : w('containers', '容器');
      const of = c.image !== undefined ? w(` of ${c.image}`, ` (来自 ${c.image})`) : w('', '');
      const state = c.state !== undefined ? w(`, ${c.state}`, `, ${c.state}`) : w('', '');
      const code = c.exitCode !== undefined ? w(`, exit code ${c.exitCode}`, `, 退出码 ${c.exitCode}`) : w('', '');
      if (c.count !== undefined) return ['containers', w(`${c.count} ${c.state ?? ''} containers${of.en}`.replace('  ', ' '), `${c.count} 个${c.state ? ` ${c.state} ` : ''}容器${of['zh-CN']}`)];
      return ['containers', w(`${who.en}${of.en}${state.en}${code.en}`, `${who['zh-CN']}${of['zh-CN']}${state['zh-CN']}${code['zh-CN']}`)];
    }
    case 'container-diff': {
      const who = c.name ?? c.image ?? '';
      return ['containers', w(`container ${who}: docker diff shows ${c.kind ? `${c.kind} ` : ''}${c.path}`, `容器 ${who}: docker diff 显示 ${c.kind ? `${c.kind} ` : ''}${c.path}`)];
    }
    case 'registry': {
      const where = c.registry ?? 'hub';
      const same = c.sameAs !== undefined ? w(`, the same image as ${c.sameAs}`, `, 与 ${c.sameAs} 是同一个镜像`) : w('', '');
      return ['registries', w(`${where}: ${c.ref}${same.en}`, `${where}: ${c.ref}${same['zh-CN']}`)];
    }
    case 'host-file':
      if (c.absent) return ['host', w(`no file ${c.path}`, `没有文件 ${c.path}`)];
      if (c.contains !== undefined) return ['host', w(`${c.path} containing "${c.contains}"`, `${c.path}, 包含 "${c.contains}"`)];
      return ['host', w(`file ${c.path}`, `文件 ${c.path}`)];
    case 'output':
      return ['terminal', w('the last command shows it', '上一条命令显示出来')];
  }
}
