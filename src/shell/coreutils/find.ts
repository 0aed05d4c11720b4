import type { Stat } from '../../engine/fs/vfs';
import type { Program, ProcessContext } from '../process';
import { quote, warn } from './lib/fail';
import { globToRegExp } from './lib/glob';
import { coreutilsHooks } from './lib/hooks';
import { baseName, joinPath, resolvePath } from './lib/path';

type Test = (name: string, st: Stat, depth: number) => boolean | Promise<boolean>;

/**
 * find [PATH...] [-maxdepth N] [-mindepth N] [! | -not] [-name G] [-iname G] [-type f|d|l]
 * [-user U] [-group G] [-print] [-quit] [-exec CMD {} ; | -exec CMD {} +] [-delete]: tests
 * are ANDed (`!` negates the next one); the walk is depth-first in sorted order. -exec runs
 * through coreutilsHooks.exec (lib/hooks). Official images' entrypoints use `! -user`, `-quit`
 * and `-exec ... +`.
 */
export const find: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const paths: string[] = [];
  while (args.length && !args[0].startsWith('-') && args[0] !== '!' && args[0] !== '(') paths.push(args.shift()!);
  let maxDepth = Infinity;
  let minDepth = 0;
  const tests: Test[] = [];
  let printed = false;
  let deleting = false;
  const actions: Test[] = [];
  let negate = false;
  let follow = false;
  let quit = false;
  const batches: Array<{ cmd: string[]; names: string[] }> = [];
  const addTest = (t: Test) => {
    const not = negate;
    negate = false;
    tests.push(not ? async (n, st, d) => !(await t(n, st, d)) : t);
  };
  const ownerTest = (file: '/etc/passwd' | '/etc/group', spec: string): Test => {
    let id = /^\d+$/.test(spec) ? Number(spec) : undefined;
    if (id === undefined) {
      try {
        const line = new TextDecoder().decode(ctx.fs.readFile(file)).split('\n').find((l) => l.split(':')[0] === spec);
        if (line) id = Number(line.split(':')[2]);
      } catch {
        // no database: no name resolves
      }
    }
    if (id === undefined) throw new Error(`\u2018${spec}\u2019 is not the name of a known ${file === '/etc/passwd' ? 'user' : 'group'}`);
    return (_, st) => (file === '/etc/passwd' ? st.uid : st.gid) === id;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const val = () => {
      if (i + 1 >= args.length) throw new Error(`missing argument to \`${a}'`);
      return args[++i];
    };
    try {
      if (a === '!' || a === '-not') negate = !negate;
      else if (a === '-follow' || a === '-L') follow = true;
      else if (a === '-maxdepth') maxDepth = Number(val());
      else if (a === '-user') addTest(ownerTest('/etc/passwd', val()));
      else if (a === '-group') addTest(ownerTest('/etc/group', val()));
      else if (a === '-quit') actions.push(() => ((quit = true), true));
      else if (a === '-mindepth') minDepth = Number(val());
      else if (a === '-name' || a === '-iname') {
        const re = globToRegExp(val(), a === '-iname');
        addTest((name) => re.test(baseName(name)));
      } else if (a === '-type') {
        const t = val();
        const want = t === 'f' ? 'file' : t === 'd' ? 'dir' : t === 'l' ? 'symlink' : undefined;
        if (!want) throw new Error(`Unknown argument to -type: ${t}`);
        addTest((_, st) => st.type === want);
      } else if (a === '-print') {
        printed = true;
        actions.push((name) => (ctx.stdout.write(name + '\n'), true));
      } else if (a === '-delete') {
        deleting = true;
        printed = true;
        actions.push((name) => {
          const p = resolvePath(ctx.cwd, name);
          if (ctx.fs.lstat(p)?.type === 'dir') ctx.fs.rmdir(p);
          else ctx.fs.unlink(p);
          return true;
        });
      } else if (a === '-exec') {
        const semi = args.indexOf(';', i + 1);
        const plus = args.findIndex((x, k) => k > i && x === '+' && args[k - 1] === '{}');
        if (plus >= 0 && (semi < 0 || plus < semi)) {
          // `-exec cmd {} +`: one run with every match, after the walk
          const batch = { cmd: args.slice(i + 1, plus - 1), names: [] as string[] };
          batches.push(batch);
          i = plus;
          printed = true;
          actions.push((name) => (batch.names.push(name), true));
          continue;
        }
        const end = semi;
        if (end < 0) throw new Error('missing argument to `-exec\'');
        const cmd = args.slice(i + 1, end);
        i = end;
        printed = true;
        actions.push(async (name) => {
          const argv = cmd.map((x) => x.replaceAll('{}', name));
          const run = coreutilsHooks.exec;
          if (!run) {
            warn(ctx, `${quote(argv[0])}: No such file or directory`);
            return false;
          }
          return (await run(ctx, argv)) === 0;
        });
      } else throw new Error(`unknown predicate \`${a}'`);
    } catch (e) {
      warn(ctx, (e as Error).message);
      return 1;
    }
  }
  if (!printed) actions.push((name) => (ctx.stdout.write(name + '\n'), true));
  let status = 0;
  const visit = async (c: ProcessContext, name: string, depth: number): Promise<void> => {
    if (c.signal.aborted || quit) return;
    const path = resolvePath(c.cwd, name);
    const st = follow ? c.fs.stat(path) ?? c.fs.lstat(path) : c.fs.lstat(path);
    if (!st) {
      warn(c, `${quote(name)}: No such file or directory`);
      status = 1;
      return;
    }
    const visitSelf = async () => {
      if (depth < minDepth) return;
      for (const t of tests) if (!(await t(name, st, depth))) return;
      for (const act of actions) if (!(await act(name, st, depth))) return;
    };
    // -delete implies -depth: children go before their directory.
    if (!deleting) await visitSelf();
    if (st.type === 'dir' && depth < maxDepth) for (const child of c.fs.readdir(path)) await visit(c, joinPath(name, child), depth + 1);
    if (deleting) await visitSelf();
  };
  for (const p of paths.length ? paths : ['.']) await visit(ctx, p, 0);
  for (const b of batches) {
    if (!b.names.length || !coreutilsHooks.exec) continue;
    if ((await coreutilsHooks.exec(ctx, [...b.cmd, ...b.names])) !== 0) status = 1;
  }
  return ctx.signal.aborted ? 130 : status;
};
