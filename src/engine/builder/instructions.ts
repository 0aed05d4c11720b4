import type { DockerfileNode } from './dockerfile-parser';
import { BuildError } from './build-error';

/**
 * The AST to stages step of BuildKit's instructions.Parse: ARGs before the first FROM are meta
 * args, every FROM starts a stage, other instructions belong to the current one. Argument
 * checks that do not need variable values happen here, with BuildKit's texts; the rest
 * (expansion, flag values) happens when the instruction runs.
 */
export interface Instruction {
  /** Lower-case instruction name. */
  cmd: string;
  node: DockerfileNode;
  /** `--name=value` flags (a bare `--name` is "true"). */
  flags: Record<string, string>;
}

export interface Stage {
  /** `AS name`, lower-cased as BuildKit stores it; '' when unnamed. */
  name: string;
  /** The image reference as written (may contain $ARGs). */
  base: string;
  from: Instruction;
  commands: Instruction[];
}

export interface Instructions {
  metaArgs: Instruction[];
  stages: Stage[];
}

const KNOWN = ['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer',
  'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir'];
const ALLOWED_FLAGS: Record<string, string[]> = {
  from: ['platform'], copy: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'], add: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude'],
  run: ['mount', 'network', 'security'], healthcheck: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** Levenshtein distance, for BuildKit's "(did you mean RUN?)" suggestion (distance < 3). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

function suggest(value: string): string {
  const v = value.toLowerCase();
  let best = '';
  let min = 3;
  for (const k of KNOWN) {
    const dd = distance(v, k);
    if (dd < min) { min = dd; best = k; }
  }
  if (!best) return '';
  const shown = value === value.toLowerCase() ? best : value === value.toUpperCase() ? best.toUpperCase() : best;
  return ` (did you mean ${shown}?)`;
}

function parseFlags(node: DockerfileNode, cmd: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of node.flags) {
    const body = f.replace(/^--/, '');
    const i = body.indexOf('=');
    const name = i < 0 ? body : body.slice(0, i);
    if (!(ALLOWED_FLAGS[cmd] ?? []).includes(name)) throw new Error(`unknown flag: ${name}`);
    out[name] = i < 0 ? 'true' : body.slice(i + 1);
  }
  return out;
}

function check(cmd: string, n: DockerfileNode): void {
  const a = n.args;
  const upper = cmd.toUpperCase();
  switch (cmd) {
    case 'from':
      if (a.length === 3 && a[1].toLowerCase() === 'as') {
        if (!/^[a-z][a-z0-9-_.]*$/i.test(a[2])) throw new Error(`invalid name for build stage: ${JSON.stringify(a[2])}, name can't start with a number or contain symbols`);
      } else if (a.length !== 1) throw new Error('FROM requires either one or three arguments');
      break;
    case 'env': case 'label':
      if (!a.length) throw new Error(`${upper} requires at least one argument`);
      break;
    case 'copy': case 'add':
      if (!a.length && !n.heredocs.length) throw new Error(`${upper} requires at least two arguments, but only one was provided. Destination could not be determined`);
      if (a.length === 1 && !n.heredocs.length) throw new Error(`${upper} requires at least two arguments, but only one was provided. Destination could not be determined`);
      break;
    case 'arg':
      if (!a.length) throw new Error('ARG requires at least one argument');
      break;
    case 'workdir': case 'user': case 'stopsignal': case 'maintainer':
      if (a.length !== 1) throw new Error(`${upper} requires exactly one argument`);
      break;
    case 'run': case 'expose': case 'volume': case 'shell': case 'onbuild':
      if (!a.length && !n.sub && !n.heredocs.length) throw new Error(`${upper} requires at least one argument`);
      break;
    case 'healthcheck':
      if (!a.length) throw new Error('HEALTHCHECK requires at least one argument');
      break;
  }
}

export function parseInstructions(nodes: DockerfileNode[]): Instructions {
  const metaArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const node of nodes) {
    const cmd = node.value.toLowerCase();
    let ins: Instruction;
    try {
      if (!KNOWN.includes(cmd)) throw new Error(`unknown instruction: ${node.value}${suggest(node.value)}`);
      check(cmd, node);
      ins = { cmd, node, flags: parseFlags(node, cmd) };
    } catch (e) {
      throw new BuildError(`dockerfile parse error on line ${node.startLine}: ${(e as Error).message}`, node.startLine, node.endLine);
    }
    if (cmd === 'from') {
      stages.push({ name: node.args.length === 3 ? node.args[2].toLowerCase() : '', base: node.args[0], from: ins, commands: [] });
    } else if (!stages.length) {
      if (cmd !== 'arg') throw new BuildError('no build stage in current context', node.startLine, node.endLine);
      metaArgs.push(ins);
    } else stages[stages.length - 1].commands.push(ins);
  }
  return { metaArgs, stages };
}
