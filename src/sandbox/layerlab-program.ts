import type { Program } from '../shell/process';

/** `layerlab help`: what this sandbox simulates, said plainly (FIDELITY.md). */
export function layerlabProgram(programs: () => Map<string, Program>): Program {
  return async (ctx) => {
    const sub = ctx.argv[1] ?? 'help';
    if (sub !== 'help' && sub !== '--help') {
      ctx.stderr.write(`layerlab: unknown command '${sub}'. Try 'layerlab help'.\n`);
      return 1;
    }
    const names = [...programs().keys()].filter((n) => n !== 'layerlab').sort();
    ctx.stdout.write(
      [
        'Layerlab: a Docker images sandbox that runs in your browser tab.',
        '',
        'Simulated here: a Linux host (Debian 12) with bash, and the docker command.',
        'Images, layers and digests are real: `docker save` output loads into real Docker.',
        'Containers run simulated programs against their real layered filesystem.',
        '',
        'Programs available:',
        ...wrap(names.join(' '), 76).map((l) => `  ${l}`),
        '',
        'Servers in containers answer on their published ports (`docker run -d -p 8080:80 nginx`,',
        'then `curl localhost:8080`); there is no network outside the sandbox.',
        '',
        'Not simulated: networking beyond the sandbox, kernels, real CPU work. A program that',
        "exists on real Linux but not here says so instead of pretending to work.",
        '',
      ].join('\n'),
    );
    return 0;
  };
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
