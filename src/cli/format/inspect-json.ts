/**
 * Go's json.Indent with a 4-space indent, as the docker client prints the daemon's inspect JSON
 * (cli/command/inspect): compact JSON in, one value per line out; `[]` and `{}` stay closed.
 */
export function inspectJson(compact: string, indent = '    '): string {
  let out = '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < compact.length; i++) {
    const ch = compact[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += compact[++i];
      else if (ch === '"') inString = false;
      continue;
    }
    const nl = () => '\n' + indent.repeat(depth);
    if (ch === '"') { inString = true; out += ch; }
    else if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      if (compact[i + 1] === close) { out += ch + close; i++; continue; }
      depth++;
      out += ch + nl();
    } else if (ch === '}' || ch === ']') { depth--; out += nl() + ch; }
    else if (ch === ',') out += ',' + nl();
    else if (ch === ':') out += ': ';
    else out += ch;
  }
  return out;
}
