import type { CommandSpec, FlagSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import type { ProcessContext } from '../../shell/process';
import { isEngineError } from '../../engine/errors';
import { GoTemplate } from '../format/go-template';
import { goJson } from '../format/go-value';
import { TemplateError } from '../format/template-error';
import { inspectJson } from '../format/inspect-json';
import { inspectImage } from '../format/inspect-image';
import { inspectContainer } from '../format/inspect-container';

type Kind = 'any' | 'image' | 'container';

const FORMAT: FlagSpec = { long: 'format', short: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" };
const SIZE: FlagSpec = { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' };

/** One object as docker inspect sees it: its typed value, or the error text the client prints. */
function find(d: DockerDeps, kind: Kind, name: string, size: boolean): { value: object } | { error: string } {
  const e = d.engine;
  if (kind !== 'image') {
    try {
      const c = e.containerGet(name);
      const v = inspectContainer(c);
      if (!size) return { value: v };
      const img = (() => { try { return e.imageGet(c.image); } catch { return undefined; } })();
      return { value: { ...v, SizeRw: 0, SizeRootFs: img ? e.imageSize(img) : 0 } };
    } catch (err) {
      if (!isEngineError(err)) throw err;
      if (kind === 'container') return { error: `Error response from daemon: ${err.message}` };
    }
  }
  try {
    return { value: inspectImage(e, e.imageGet(name)) };
  } catch (err) {
    if (!isEngineError(err)) throw err;
    // docker/cli inspect: without --type every object kind is tried, and the error names none.
    return { error: kind === 'image' ? `Error response from daemon: ${err.message}` : `Error: No such object: ${name}` };
  }
}

async function run(d: DockerDeps, kind: Kind, p: ProcessContext, names: string[], format: string, size: boolean): Promise<number> {
  let tmpl: GoTemplate | undefined;
  if (format && format !== 'json') {
    try {
      tmpl = GoTemplate.parse(format.replaceAll('\\t', '\t').replaceAll('\\n', '\n'));
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      p.stderr.write(`template parsing error: ${e.message}\n`);
      return 64;
    }
  }
  const found: object[] = [];
  const errs: string[] = [];
  for (const n of names) {
    const r = find(d, kind, n, size);
    if ('error' in r) errs.push(r.error);
    else found.push(r.value);
  }
  if (tmpl) {
    for (const v of found) {
      try {
        p.stdout.write(tmpl.execute(v) + '\n');
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        // The typed struct failed, so docker retries on the raw JSON map with missingkey=error.
        p.stdout.write('\n');
        p.stderr.write(`template parsing error: ${e.message.replace(/can't evaluate field (\S+) in type \S+/, 'map has no entry for key "$1"')}\n`);
        return 1;
      }
    }
  } else {
    p.stdout.write(found.length ? inspectJson(`[${found.map(goJson).join(',')}]`) + '\n' : '[]\n');
  }
  if (errs.length) {
    p.stderr.write(errs.join('\n') + '\n');
    return 1;
  }
  return 0;
}

export function inspect(d: DockerDeps): CommandSpec {
  return {
    name: 'inspect',
    usage: '[OPTIONS] NAME|ID [NAME|ID...]',
    short: 'Return low-level information on Docker objects',
    args: { min: 1 },
    flags: [FORMAT, SIZE, { long: 'type', type: 'string', usage: 'Only inspect objects of the given type' }],
    async run(ctx, args, f) {
      const type = f.type as string;
      if (type && type !== 'image' && type !== 'container') {
        ctx.process.stderr.write(`"${type}" is not a valid value for --type\n`);
        return 1;
      }
      return run(d, (type || 'any') as Kind, ctx.process, args, f.format as string, !!f.size);
    },
  };
}

export function imageInspect(d: DockerDeps): CommandSpec {
  return {
    name: 'image inspect',
    usage: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Display detailed information on one or more images',
    args: { min: 1 },
    flags: [FORMAT, { long: 'platform', type: 'string', usage: 'Inspect a specific platform of the multi-platform image.' }],
    run: (ctx, args, f) => run(d, 'image', ctx.process, args, f.format as string, false),
  };
}

export function containerInspect(d: DockerDeps): CommandSpec {
  return {
    name: 'container inspect',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Display detailed information on one or more containers',
    args: { min: 1 },
    flags: [FORMAT, SIZE],
    run: (ctx, args, f) => run(d, 'container', ctx.process, args, f.format as string, !!f.size),
  };
}
