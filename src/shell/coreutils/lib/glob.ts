/** A shell glob (fnmatch without FNM_PATHNAME: *, ?, [...], [!...], \x) as a RegExp, for find -name. */
export function globToRegExp(glob: string, ignoreCase = false): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') src += '.*';
    else if (c === '?') src += '.';
    else if (c === '\\' && i + 1 < glob.length) src += escape(glob[++i]);
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        src += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      if (body[0] === '!') body = '^' + body.slice(1);
      src += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else src += escape(c);
  }
  return new RegExp(`^${src}$`, ignoreCase ? 'is' : 's');
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\\/]/.test(c) ? '\\' + c : c;
}
