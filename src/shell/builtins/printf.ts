import type { Builtin } from './builtin';
import { interpretEscapes } from './echo';

/**
 * bash's builtin printf: %s %b %c %d %i %u %x %X %o %e %f %g %%, flags (-+ #0), width and
 * precision (also `*`); the format is reused while arguments remain, as POSIX says.
 */
export const printf: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (!args.length) {
    io.stderr.write(`${sh.prefix()}printf: usage: printf [-v var] format [arguments]\n`);
    return 2;
  }
  const fmt = interpretEscapes(args[0], false).text;
  let rest = args.slice(1);
  let status = 0;
  let out = '';
  const next = () => rest.shift();
  const num = (a: string | undefined): number => {
    if (a === undefined || a === '') return 0;
    if (/^['"]/.test(a)) return a.length > 1 ? a.codePointAt(1)! : 0;
    const t = a.trim();
    const v = /^[-+]?0[xX][0-9a-fA-F]+$/.test(t) ? parseInt(t, 16) : /^[-+]?0[0-7]+$/.test(t) ? parseInt(t, 8) : /^[-+]?[0-9]+$/.test(t) ? parseInt(t, 10) : NaN;
    if (Number.isNaN(v)) {
      sh.error(io, `printf: ${a}: invalid number`);
      status = 1;
      const lead = /^[-+]?[0-9]+/.exec(t);
      return lead ? parseInt(lead[0], 10) : 0;
    }
    return v;
  };
  for (let guard = 0; guard < 10000; guard++) {
    const consumedBefore = rest.length;
    let stop = false;
    for (let i = 0; i < fmt.length && !stop; i++) {
      const c = fmt[i];
      if (c !== '%') { out += c; continue; }
      const m = /^([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([sbcdiuxXoeEfgG%])/.exec(fmt.slice(i + 1));
      if (!m) { out += c; continue; }
      i += m[0].length;
      const [, flags, w, p, conv] = m;
      if (conv === '%') { out += '%'; continue; }
      const width = w === '*' ? num(next()) : w ? Number(w) : 0;
      const prec = p === '*' ? num(next()) : p !== undefined ? Number(p || 0) : undefined;
      const arg = next();
      let s: string;
      switch (conv) {
        case 's': s = arg ?? ''; if (prec !== undefined) s = s.slice(0, prec); break;
        case 'b': { const r = interpretEscapes(arg ?? '', true); s = r.text; if (r.stop) stop = true; if (prec !== undefined) s = s.slice(0, prec); break; }
        case 'c': s = (arg ?? '').slice(0, 1); break;
        case 'd': case 'i': case 'u': {
          const v = num(arg);
          s = String(Math.abs(v));
          if (prec !== undefined) s = s.padStart(prec, '0');
          s = (v < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
          break;
        }
        case 'x': case 'X': case 'o': {
          const v = num(arg);
          s = (v >>> 0 === v ? v : v < 0 ? BigInt.asUintN(64, BigInt(v)) : v).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') s = s.toUpperCase();
          if (prec !== undefined) s = s.padStart(prec, '0');
          if (flags.includes('#') && v !== 0) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + s;
          break;
        }
        default: {
          const v = arg === undefined ? 0 : Number(arg);
          const pr = prec ?? 6;
          s = conv === 'f' ? v.toFixed(pr) : conv === 'e' || conv === 'E' ? v.toExponential(pr).replace(/e([+-])(\d)$/, 'e$10$2') : String(Number(v.toPrecision(pr || 1)));
          if (conv === 'E') s = s.toUpperCase();
          if (flags.includes('+') && v >= 0) s = '+' + s;
        }
      }
      if (s.length < width) {
        if (flags.includes('-')) s = s.padEnd(width);
        else if (flags.includes('0') && /[diuxXoeEfgG]/.test(conv) && prec === undefined) s = s.startsWith('-') ? '-' + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
        else s = s.padStart(width);
      }
      out += s;
    }
    if (stop || !rest.length || rest.length === consumedBefore) break;
  }
  io.stdout.write(out);
  return status;
};
