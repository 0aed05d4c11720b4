import { MARSHAL_JSON } from './go-value';

/**
 * A list row as docker/cli's formatter contexts marshal it for `{{json .}}`: every field in a
 * map, so keys come sorted, through plain json.Marshal, which escapes <, > and & as \u003c...
 * (`"Digest":"\u003cnone\u003e"`). `extra` adds fields the template never shows (ps's
 * `"Platform":null`). Field access in templates is unchanged.
 */
export function contextJson<T extends object>(row: T, extra: Record<string, unknown> = {}): T {
  const marshal = () => {
    const all: Record<string, unknown> = { ...row, ...extra };
    const keys = Object.keys(all).filter((k) => typeof all[k] !== 'function').sort();
    const esc = (x: unknown) => JSON.stringify(x ?? null).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
    return `{${keys.map((k) => `${esc(k)}:${esc(all[k])}`).join(',')}}`;
  };
  return Object.assign(row, { [MARSHAL_JSON]: marshal });
}
