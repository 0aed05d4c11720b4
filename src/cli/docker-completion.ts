import type { Engine } from '../engine/engine';
import { familiarString, parseNormalizedNamed } from '../engine/reference';
import type { CompletionExtension, CompletionRequest } from '../shell/complete';
import type { Completion } from '../shell/process';
import type { CommandSpec, FlagSpec } from './framework/command';

// docker's global options that take a value (docker --help), so their value is not the subcommand.
const GLOBAL_VALUE_FLAGS = new Set(['-c', '--context', '-H', '--host', '-l', '--log-level', '--config', '--tlscacert', '--tlscert', '--tlskey']);
const GLOBAL_FLAGS = ['--config', '--context', '--debug', '--help', '--host', '--log-level', '--tls', '--tlscacert', '--tlscert', '--tlskey', '--tlsverify', '--version'];

type Kind = 'image' | 'container' | 'running' | 'stopped' | 'any' | 'none';

/**
 * What each positional argument of a command names, as docker's own completion offers it
 * (docker/cli completion: ImageNames, ContainerNames filtered by state). The last entry
 * repeats for further arguments; 'none' hands the word back to path completion.
 */
const POSITIONS: Record<string, Kind[]> = {
  'container run': ['image', 'none'],
  'container create': ['image', 'none'],
  'container start': ['stopped'],
  'container stop': ['running'],
  'container kill': ['running'],
  'container restart': ['container'],
  'container rm': ['container'],
  'container diff': ['container'],
  'container export': ['container', 'none'],
  'container logs': ['container', 'none'],
  'container exec': ['running', 'none'],
  'container inspect': ['container'],
  'container commit': ['container', 'image', 'none'],
  'container rename': ['container', 'none'],
  'container wait': ['container'],
  'container port': ['container', 'none'],
  'image rm': ['image'],
  'image history': ['image', 'none'],
  'image inspect': ['image'],
  'image tag': ['image', 'image', 'none'],
  'image save': ['image'],
  'image push': ['image', 'none'],
  inspect: ['any'],
};

/**
 * Tab completion for `docker`: subcommands (top level and under `container` / `image`), the
 * flags of the command being typed, image references (repo:tag) where an image goes, and
 * container names (and IDs, once an ID's first characters are typed) where a container goes.
 */
export function dockerCompletion(engine: Pick<Engine, 'imageList' | 'containerList'>, commands: readonly CommandSpec[]): CompletionExtension {
  const byPath = new Map<string, CommandSpec>();
  for (const c of commands) for (const p of [c.name, ...(c.aliases ?? [])]) byPath.set(p, c);
  const groups = new Set(commands.filter((c) => c.name.includes(' ')).map((c) => c.name.split(' ')[0]));

  return (req: CompletionRequest): Completion | undefined => {
    if (req.words[0] !== 'docker' && !req.words[0]?.endsWith('/docker')) return undefined;
    const words = req.words.slice(1);
    const word = req.word;
    const done = (candidates: string[]): Completion => ({ start: req.start, candidates: [...new Set(candidates.filter((c) => c.startsWith(word)))].sort(), addSpace: true });
    let i = 0;
    while (i < words.length && words[i].startsWith('-')) i += GLOBAL_VALUE_FLAGS.has(words[i]) ? 2 : 1;
    if (i >= words.length) {
      if (i > words.length) return { start: req.start, candidates: [] }; // the value of a global option
      if (word.startsWith('-')) return done(GLOBAL_FLAGS);
      return done([...byPath.keys()].filter((p) => !p.includes(' ')).concat([...groups]));
    }
    let path = words[i++];
    if (groups.has(path)) {
      if (i >= words.length) {
        if (word.startsWith('-')) return done(['--help']);
        return done([...byPath.keys()].filter((p) => p.startsWith(path + ' ')).map((p) => p.slice(path.length + 1)));
      }
      path += ' ' + words[i++];
    }
    const spec = byPath.get(path);
    if (!spec) return { start: req.start, candidates: [] };
    if (word.startsWith('-')) return done(flagWords(spec.flags, word));
    const index = positionalIndex(spec, words.slice(i));
    if (index === undefined) return undefined; // a flag's value: paths, as bash would offer
    const kinds = POSITIONS[spec.name];
    if (!kinds) return { start: req.start, candidates: [] };
    const kind = kinds[Math.min(index, kinds.length - 1)];
    if (kind === 'none') return undefined;
    return done(names(engine, kind, word));
  };
}

function flagWords(flags: readonly FlagSpec[], word: string): string[] {
  const out = ['--help'];
  for (const f of flags) {
    if (f.hidden) continue;
    out.push(`--${f.long}`);
    if (f.short && !word.startsWith('--')) out.push(`-${f.short}`);
  }
  return out;
}

/** Which positional argument the word being completed is, or undefined when it is a flag's value. */
function positionalIndex(spec: CommandSpec, args: string[]): number | undefined {
  const takesValue = (f: FlagSpec | undefined) => !!f && f.type !== 'bool';
  let n = 0;
  let valueNext = false;
  for (const a of args) {
    if (valueNext) { valueNext = false; continue; }
    if (n > 0 && spec.interspersed === false) { n++; continue; }
    if (a.startsWith('--') && a.length > 2) {
      if (!a.includes('=')) valueNext = takesValue(spec.flags.find((f) => f.long === a.slice(2)));
    } else if (a.startsWith('-') && a.length > 1) {
      // A cluster like -it or -p8080: the last flag takes the next word if it wants a value.
      const chars = a.slice(1);
      for (let k = 0; k < chars.length; k++) {
        const f = spec.flags.find((x) => x.short === chars[k]);
        if (takesValue(f)) { valueNext = k === chars.length - 1; break; }
      }
    } else n++;
  }
  return valueNext ? undefined : n;
}

function names(engine: Pick<Engine, 'imageList' | 'containerList'>, kind: Kind, word: string): string[] {
  const out: string[] = [];
  if (kind === 'image' || kind === 'any') for (const img of engine.imageList()) out.push(...img.repoTags.map((r) => familiarString(parseNormalizedNamed(r))));
  if (kind !== 'image') {
    for (const c of engine.containerList({ all: true })) {
      if (kind === 'running' && !c.state.Running) continue;
      if (kind === 'stopped' && c.state.Running) continue;
      out.push(c.name);
      if (word && c.id.startsWith(word)) out.push(word.length > 12 ? c.id : c.id.slice(0, 12));
    }
  }
  return out;
}
