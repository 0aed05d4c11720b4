/** awk's number-to-string conversion: integers print whole, others as CONVFMT "%.6g". */
export function numToStr(n: number): string {
  // mawk prints integral values whole only within a C int; 2^31 and beyond go through %.6g.
  if (Number.isInteger(n) && Math.abs(n) <= 2147483647) return String(n);
  if (Number.isNaN(n)) return n < 0 ? '-nan' : 'nan';
  if (!Number.isFinite(n)) return n < 0 ? '-inf' : 'inf';
  return fmtG(n, 6, false);
}

/** C's %g: precision significant digits, trailing zeros dropped unless '#', exponent of two digits at least. */
function fmtG(n: number, prec: number, alt: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (n === 0) return alt ? (0).toFixed(p - 1) : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(n.toPrecision(p)))));
  let s: string;
  if (exp < -4 || exp >= p) {
    s = n.toExponential(p - 1);
    if (!alt) s = s.replace(/\.?0+e/, 'e');
    s = s.replace(/e([-+])(\d)$/, 'e$10$2');
  } else {
    s = n.toFixed(Math.max(0, p - 1 - exp));
    if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}

/** printf/sprintf over awk values: each argument as its number and its string. */
export function awkFormat(fmt: string, args: { n: number; s: string }[]): string {
  let i = 0;
  const next = () => args[i++] ?? { n: 0, s: '' };
  return fmt.replace(/%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+)?)?([diouxXeEfFgGcs%])/g, (_m, flags: string, w?: string, pr?: string, conv?: string) => {
    if (conv === '%') return '%';
    let width = w === '*' ? next().n : w ? Number(w) : 0;
    let left = flags.includes('-');
    if (width < 0) { left = true; width = -width; }
    const precGiven = pr !== undefined || /%[-+ #0]*(\*|\d+)?\.[diouxXeEfFgGcs]/.test(_m);
    const prec = pr === '*' ? next().n : pr ? Number(pr) : precGiven ? 0 : undefined;
    const a = next();
    let body: string;
    let sign = '';
    switch (conv) {
      case 'd': case 'i': case 'u': {
        const v = Math.trunc(a.n);
        body = String(Math.abs(v));
        if (prec !== undefined) body = prec === 0 && v === 0 ? '' : body.padStart(prec, '0');
        sign = v < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        break;
      }
      case 'o': case 'x': case 'X': {
        const v = Math.trunc(a.n);
        body = (v < 0 ? BigInt.asUintN(64, BigInt(v)) : BigInt(v)).toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') body = body.toUpperCase();
        if (prec !== undefined) body = body.padStart(prec, '0');
        if (flags.includes('#') && v !== 0) body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + body;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const v = a.n;
        const p = prec ?? 6;
        const abs = Math.abs(v);
        if (conv === 'f' || conv === 'F') body = abs.toFixed(p);
        else if (conv === 'e' || conv === 'E') body = abs.toExponential(p).replace(/e([-+])(\d)$/, 'e$10$2');
        else body = fmtG(abs, p, flags.includes('#'));
        if (conv === 'E' || conv === 'G') body = body.toUpperCase();
        sign = v < 0 || Object.is(v, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        break;
      }
      case 'c': body = a.s !== '' && !/^[-+]?\d/.test(a.s) ? a.s[0] : a.s === '' ? '' : String.fromCharCode(a.n); break;
      default: body = prec !== undefined ? a.s.slice(0, prec) : a.s;
    }
    const len = sign.length + body.length;
    if (len >= width) return sign + body;
    if (left) return sign + body + ' '.repeat(width - len);
    if (flags.includes('0') && conv !== 's' && conv !== 'c' && !(prec !== undefined && 'diouxX'.includes(conv!))) return sign + '0'.repeat(width - len) + body;
    return ' '.repeat(width - len) + sign + body;
  });
}
