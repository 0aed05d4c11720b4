/**
 * Applies a chmod MODE to current permission bits: octal ("755", "0644") or symbolic clauses
 * ("u+x,go-w,a=r", "+x" which honours the 022 umask like GNU, "g=u", "X"). undefined = invalid.
 */
export function applyMode(spec: string, mode: number, isDir: boolean): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  const umask = 0o022;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*|[-+=][ugo])+)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1];
    let mask = 0;
    for (const w of who || 'a') mask |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
    for (const op of m[2].match(/[-+=][rwxXstugo]*/g) ?? []) {
      const perms = op.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const shift = perms === 'u' ? 6 : perms === 'g' ? 3 : 0;
        const v = (mode >> shift) & 7;
        bits = (v << 6) | (v << 3) | v;
      } else {
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          else if (p === 'w') bits |= 0o222;
          else if (p === 'x') bits |= 0o111;
          else if (p === 'X') bits |= isDir || mode & 0o111 ? 0o111 : 0;
          else if (p === 's') bits |= 0o6000;
          else if (p === 't') bits |= 0o1000;
        }
      }
      let eff = bits & mask;
      // No "who" given: the umask filters what + and = may set, as chmod(1) documents.
      if (!who) eff &= ~umask;
      if (op[0] === '+') mode |= eff;
      else if (op[0] === '-') mode &= ~eff;
      else mode = (mode & ~(mask & (who ? 0o7777 : 0o7777))) | eff;
    }
  }
  return mode;
}
