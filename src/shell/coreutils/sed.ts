import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, warn } from './lib/fail';
import { readAll, splitLines } from './lib/io';
import { resolvePath } from './lib/path';
import { SedError, expandReplacement, parseSed, type Address, type SedCommand } from './lib/sed-script';

/** sed [-n] [-E|-r] [-i] [-e SCRIPT]... [SCRIPT] [FILE...]: s///[gpIN], d, p, q, = with addresses. */
export const sed: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'nEre:i', long: { quiet: ['n', 'none'], silent: ['n', 'none'], 'regexp-extended': ['E', 'none'], expression: ['e', 'required'], 'in-place': ['i', 'optional'] } });
  if (!a) return 1;
  const operands = [...a.operands];
  let scripts = a.all('e');
  if (!scripts.length) {
    if (!operands.length) {
      ctx.stderr.write("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n");
      return 1;
    }
    scripts = [operands.shift()!];
  }
  let cmds: SedCommand[];
  try {
    cmds = scripts.flatMap((s, i) => parseSed(s, i + 1, a.has('E') || a.has('r')));
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    warn(ctx, e.message);
    return 1;
  }
  const quiet = a.has('n');
  const run = (lines: string[], endsWithNl: boolean): { out: string; quit: boolean } => {
    let out = '';
    for (const c of cmds) c.active = false;
    for (let n = 1; n <= lines.length; n++) {
      let line = lines[n - 1];
      const last = n === lines.length;
      const nl = last && !endsWithNl ? '' : '\n';
      let deleted = false;
      let quit = false;
      for (const c of cmds) {
        if (!selects(c, line, n, last)) continue;
        if (c.name === 'd') {
          deleted = true;
          break;
        }
        if (c.name === 'p') out += line + '\n';
        else if (c.name === '=') out += `${n}\n`;
        else if (c.name === 'q') {
          quit = true;
          break;
        } else if (c.name === 's') {
          const r = substitute(c, line);
          if (r !== undefined) {
            line = r;
            if (c.print) out += line + '\n';
          }
        }
      }
      if (!deleted && !quiet) out += line + nl;
      if (quit) return { out, quit: true };
    }
    return { out, quit: false };
  };
  const files = operands.length ? operands : ['-'];
  let status = 0;
  if (a.has('i')) {
    for (const f of files) {
      const p = resolvePath(ctx.cwd, f);
      try {
        const text = new TextDecoder().decode(ctx.fs.readFile(p));
        const st = ctx.fs.stat(p);
        ctx.fs.writeFile(p, new TextEncoder().encode(run(splitLines(text), text.endsWith('\n')).out), { mode: st?.mode });
      } catch (e) {
        warn(ctx, `can't read ${f}: ${errorText(e)}`);
        status = 2;
      }
    }
    return status;
  }
  let all = '';
  for (const f of files) {
    if (f === '-') all += await readAll(ctx.stdin, ctx.signal);
    else {
      try {
        const t = new TextDecoder().decode(ctx.fs.readFile(resolvePath(ctx.cwd, f)));
        all += all && !all.endsWith('\n') ? '\n' + t : t;
      } catch (e) {
        warn(ctx, `can't read ${f}: ${errorText(e)}`);
        status = 2;
      }
    }
  }
  ctx.stdout.write(run(splitLines(all), all.endsWith('\n')).out);
  return status;
};

function matches(ad: Address, line: string, n: number, last: boolean): boolean {
  if (ad.kind === 'line') return n === ad.n;
  if (ad.kind === 'last') return last;
  ad.re.lastIndex = 0;
  return ad.re.test(line);
}

function selects(c: SedCommand, line: string, n: number, last: boolean): boolean {
  let hit: boolean;
  if (!c.a1) hit = true;
  else if (!c.a2) hit = matches(c.a1, line, n, last);
  else if (c.active) {
    hit = true;
    const end = c.a2.kind === 'line' ? n >= c.a2.n : matches(c.a2, line, n, last);
    if (end) c.active = false;
  } else if (matches(c.a1, line, n, last)) {
    hit = true;
    // A numeric end at or before the start line closes the range at once.
    c.active = !(c.a2.kind === 'line' ? c.a2.n <= n : c.a2.kind === 'last' && last);
  } else hit = false;
  return hit !== c.negate;
}

function substitute(c: SedCommand, line: string): string | undefined {
  const re = c.re!;
  re.lastIndex = 0;
  let out = '';
  let pos = 0;
  let count = 0;
  let changed = false;
  for (let m; (m = re.exec(line)); ) {
    count++;
    if ((c.nth === undefined || count >= c.nth) && (c.global || count === (c.nth ?? 1))) {
      out += line.slice(pos, m.index) + expandReplacement(c.replacement!, m);
      pos = m.index + m[0].length;
      changed = true;
      if (!c.global) break;
    }
    if (m[0] === '') re.lastIndex++;
  }
  return changed ? out + line.slice(pos) : undefined;
}
