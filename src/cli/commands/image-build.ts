import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import type { ProcessContext } from '../../shell/process';
import { Builder } from '../../engine/builder/builder';
import { BuildContext } from '../../engine/builder/build-context';
import { BuildError } from '../../engine/builder/build-error';
import { isEngineError } from '../../engine/errors';
import { parseNormalizedNamed, refString, tagNameOnly, familiarString } from '../../engine/reference';
import { path } from '../../engine/fs/path';
import { units } from '../format/units';
import { HostFile } from './host-file';
import { LegacyBuildOutput } from './build-output';
import { BuildKitOutput } from './buildkit-output';
import { pullImage } from './hub-client';

const LEGACY_BANNER = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.

`;

async function readAll(ctx: ProcessContext): Promise<string> {
  let s = '';
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) s += c;
  return s;
}

export function imageBuild(d: DockerDeps): CommandSpec {
  return {
    name: 'image build',
    aliases: ['build', 'buildx build', 'builder build'],
    usage: '[OPTIONS] PATH | URL | -',
    short: 'Build an image from a Dockerfile',
    args: { min: 1, max: 1 },
    top: 5,
    flags: [
      { long: 'build-arg', type: 'list', usage: 'Set build-time variables' },
      { long: 'file', short: 'f', type: 'string', usage: "Name of the Dockerfile (Default is 'PATH/Dockerfile')" },
      { long: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
      { long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
      { long: 'progress', type: 'string', default: 'auto', usage: 'Set type of progress output ("auto", "plain", "tty", "rawjson"). Use plain to show container output' },
      { long: 'pull', type: 'bool', usage: 'Always attempt to pull a newer version of the image' },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
      { long: 'rm', type: 'bool', default: true, usage: 'Remove intermediate containers after a successful build' },
      { long: 'tag', short: 't', type: 'list', usage: 'Name and optionally a tag in the "name:tag" format' },
      { long: 'target', type: 'string', usage: 'Set the target build stage to build.' },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const legacy = ['0', 'false'].includes((p.env.get('DOCKER_BUILDKIT') ?? '').toLowerCase());
      const quiet = f.quiet as boolean;
      if (legacy) p.stderr.write(LEGACY_BANNER);
      const tags = f.tag as string[];
      for (const t of tags) parseNormalizedNamed(t);
      const fail = (msg: string) => { p.stderr.write(`${msg}\n`); return 1; };
      // The client prepares the context before the daemon sees anything (docker/cli build.go).
      const dfFlag = f.file as string;
      let dockerfile: string;
      let context: BuildContext;
      let dfName = 'Dockerfile';
      if (args[0] === '-') {
        dockerfile = await readAll(p);
        context = BuildContext.dockerfileOnly(p.fs, new TextEncoder().encode(dockerfile).length);
      } else {
        const root = HostFile.abs(p, args[0]);
        if (p.fs.stat(root)?.type !== 'dir') return fail(`unable to prepare context: path "${args[0]}" not found`);
        const dfAbs = dfFlag ? HostFile.abs(p, dfFlag) : path.join(root, 'Dockerfile');
        if (!p.fs.stat(dfAbs)) return fail(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${dfAbs}: no such file or directory`);
        dfName = path.basename(dfAbs);
        dockerfile = new TextDecoder().decode(p.fs.readFile(dfAbs));
        const rel = dfAbs.startsWith(root + '/') ? dfAbs.slice(root.length + 1) : dfName;
        context = BuildContext.fromDirectory(p.fs, root, rel);
      }
      const buildArgs: Record<string, string> = {};
      for (const a of f['build-arg'] as string[]) {
        const i = a.indexOf('=');
        if (i >= 0) buildArgs[a.slice(0, i)] = a.slice(i + 1);
        else if (p.env.has(a)) buildArgs[a] = p.env.get(a)!;
      }
      const names = tags.map((t) => refString(tagNameOnly(parseNormalizedNamed(t))));
      const builder = new Builder(d.engine);
      const progress = f.progress as string;
      if (!['auto', 'plain', 'tty', 'quiet', 'rawjson'].includes(progress)) return fail(`ERROR: invalid progress mode ${progress}`);
      if (progress === 'rawjson') return fail("layerlab: 'docker build --progress=rawjson' is not available in this sandbox");
      // The daemon pulls a missing base for FROM (legacy: its stream under `Step 1/N : FROM`).
      const pulled = new Set<string>();
      const pull = d.hub ? async (ref: string) => {
        pulled.add(ref);
        await pullImage(d, p, tagNameOnly(parseNormalizedNamed(ref)), legacy && !quiet ? p.stdout : { write: () => undefined });
      } : undefined;
      const opts = { dockerfile, context, tags, buildArgs, noCache: f['no-cache'] as boolean, target: (f.target as string) || undefined, pull };
      if (legacy) {
        if (!quiet) p.stdout.write(`Sending build context to Docker daemon ${units.humanSize(context.size).padStart(8)}\r\r\n`);
        if (dockerfile.trim() === '') return fail(`Error response from daemon: the Dockerfile (${dfName}) cannot be empty`);
        const out = new LegacyBuildOutput(p.stdout, quiet);
        try {
          const r = await builder.build({ ...opts, kind: 'legacy' }, out);
          if (r.unusedArgs.length && !quiet) p.stdout.write(`[Warning] One or more build-args [${r.unusedArgs.join(' ')}] were not consumed\n`);
          if (quiet) p.stdout.write(`${r.imageId}\n`);
          else {
            p.stdout.write(`Successfully built ${r.imageId.slice(7, 19)}\n`);
            for (const t of tags) p.stdout.write(`Successfully tagged ${familiarString(tagNameOnly(parseNormalizedNamed(t)))}\n`);
          }
          return 0;
        } catch (e) {
          if (e instanceof BuildError && e.exitCode !== undefined) { p.stderr.write(`${e.message}\n`); return e.exitCode; }
          if (e instanceof BuildError || isEngineError(e)) return fail(`Error response from daemon: ${e instanceof BuildError && e.parse ? `failed to parse ${dfName}: ` : ''}${e.message}`);
          throw e;
        }
      }
      // buildx: auto is the redrawn screen on a terminal, else the plain stream; both on stderr.
      const tty = !!p.tty?.interactive && progress !== 'plain' && (progress === 'tty' || progress === 'auto');
      const silent = quiet || progress === 'quiet';
      const digestOf = (ref: string) => {
        try { return d.engine.imageGet(ref).repoDigests[0]?.replace(/^.*@/, ''); } catch { return undefined; }
      };
      const clock = () => d.engine.clock.now().getTime();
      const out = new BuildKitOutput(silent ? undefined : p.stderr, tty ? 'tty' : 'plain', clock, p.tty?.columns ?? 80, dfName,
        new TextEncoder().encode(dockerfile).length, context.size, (ref) => (pulled.has(ref) ? digestOf(ref) : undefined));
      try {
        const r = await builder.build({ ...opts, kind: 'buildkit' }, out);
        out.exported(r.imageId, names);
        if (silent) p.stdout.write(`${r.imageId}\n`);
        return 0;
      } catch (e) {
        if (!(e instanceof BuildError) && !isEngineError(e)) throw e;
        out.fail(e.message);
        if (!silent) p.stderr.write(out.errorLogs());
        p.stderr.write(excerpt(e, dockerfile, dfName));
        p.stderr.write(`ERROR: failed to solve: ${e.message}\n`);
        return 1;
      }
    },
  };
}

/**
 * BuildKit's Dockerfile excerpt (solver/errdefs Source.Print): the failing lines marked `>>>`,
 * widened by up to 4 lines of context (2 for a range), alternating before and after.
 */
function excerpt(e: unknown, dockerfile: string, name: string): string {
  if (!(e instanceof BuildError) || !e.startLine) return '';
  const lines = dockerfile.split('\n');
  let start = e.startLine;
  let end = Math.min(e.endLine, lines.length);
  const pad = start === end ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (start > 1) { start--; p++; }
    if (end !== lines.length) { end++; p++; }
  }
  let s = `${name}:${e.startLine}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const mark = i >= e.startLine && i <= e.endLine ? '>>>' : '   ';
    s += ` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}\n`;
  }
  return `${s}--------------------\n`;
}
