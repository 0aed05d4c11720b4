import type { Builtin } from './builtin';

const quoteAlias = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;

/** alias/unalias, history, help, umask. */
export const miscBuiltins: Record<string, Builtin> = {
  alias(sh, argv, io) {
    const args = argv.slice(1).filter((a) => a !== '-p');
    if (!args.length) {
      for (const [k, v] of [...sh.aliases].sort(([a], [b]) => (a < b ? -1 : 1))) io.stdout.write(`alias ${k}=${quoteAlias(v)}\n`);
      return 0;
    }
    let st = 0;
    for (const a of args) {
      const eq = a.indexOf('=');
      if (eq > 0) { sh.aliases.set(a.slice(0, eq), a.slice(eq + 1)); continue; }
      const v = sh.aliases.get(a);
      if (v === undefined) { sh.error(io, `alias: ${a}: not found`); st = 1; }
      else io.stdout.write(`alias ${a}=${quoteAlias(v)}\n`);
    }
    return st;
  },
  unalias(sh, argv, io) {
    if (argv[1] === '-a') { sh.aliases.clear(); return 0; }
    if (argv.length < 2) { io.stderr.write(`${sh.prefix()}unalias: usage: unalias [-a] name [name ...]\n`); return 2; }
    let st = 0;
    for (const a of argv.slice(1)) {
      if (!sh.aliases.delete(a)) { sh.error(io, `unalias: ${a}: not found`); st = 1; }
    }
    return st;
  },
  history(sh, argv, io) {
    if (argv[1] === '-c') { sh.history = []; return 0; }
    const n = argv[1] !== undefined ? Number(argv[1]) : sh.history.length;
    if (!Number.isInteger(n) || n < 0) { sh.error(io, `history: ${argv[1]}: numeric argument required`); return 1; }
    const start = Math.max(0, sh.history.length - n);
    sh.history.slice(start).forEach((l, k) => io.stdout.write(`${String(start + k + 1).padStart(5)}  ${l}\n`));
    return 0;
  },
  help(_sh, argv, io) {
    if (argv.length > 1) {
      io.stdout.write(`${argv[1]}: see \`man ${argv[1]}' on a real machine; this sandbox shell supports the common bash usage.\n`);
      return 0;
    }
    io.stdout.write(
      'Layerlab shell, a small bash-compatible shell.\n' +
        'These shell commands are defined internally:\n\n' +
        ' alias  cd  command  echo  eval  exec  exit  export  false  help  history  jobs\n' +
        ' local  printf  pwd  read  readonly  return  set  shift  source  test  [  true\n' +
        ' type  umask  unalias  unset  wait  :  .  break  continue\n\n' +
        'Syntax: pipes |, lists ; && ||, & , redirections < > >> 2> 2>&1 &> <<EOF <<<,\n' +
        'if/for/while/until/case, functions f() { ...; }, $VAR ${VAR:-x} $(cmd) $((1+2)).\n',
    );
    return 0;
  },
  umask(sh, argv, io) {
    if (argv.length < 2) { io.stdout.write(sh.umask.toString(8).padStart(4, '0') + '\n'); return 0; }
    if (!/^[0-7]{1,4}$/.test(argv[1])) { sh.error(io, `umask: ${argv[1]}: octal number out of range`); return 1; }
    sh.umask = parseInt(argv[1], 8);
    return 0;
  },
};
