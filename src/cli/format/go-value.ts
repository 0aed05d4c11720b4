/**
 * How template data maps to Go values: JS arrays are slices, `Map`s are maps (sorted keys when
 * printed, `<no value>` for a missing key), plain objects are structs (fields in declaration
 * order, a missing field is an error), null/undefined are nil, functions are methods.
 */
export const NO_VALUE = Symbol('no value');

/**
 * A struct's `json:",omitempty"` fields: an object may list field names under this key; goJson
 * leaves them out when empty (nil, "", 0, false, empty slice or map), templates still see them.
 */
export const OMITEMPTY = Symbol('omitempty');

/** A value's own json.Marshaler (Go's MarshalJSON): goJson prints what this function returns. */
export const MARSHAL_JSON = Symbol('MarshalJSON');

function isEmpty(x: unknown): boolean {
  if (x === null || x === undefined || x === '' || x === 0 || x === false) return true;
  if (Array.isArray(x)) return x.length === 0;
  if (x instanceof Map) return x.size === 0;
  return false;
}

function sortedKeys(m: Map<unknown, unknown>): unknown[] {
  return [...m.keys()].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/** fmt's %v. */
export function goPrint(v: unknown): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (v instanceof Map) return `map[${sortedKeys(v).map((k) => `${goPrint(k)}:${goPrint(v.get(k))}`).join(' ')}]`;
  if (typeof v === 'object') return `{${Object.values(v).map(goPrint).join(' ')}}`;
  return String(v);
}

function jsonString(s: string): string {
  // docker's json func disables HTML escaping (templates.go SetEscapeHTML(false)); Go still escapes U+2028/9.
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** encoding/json Marshal: no spaces, struct fields in order, map keys sorted. */
export function goJson(v: unknown): string {
  if (v === NO_VALUE || v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (v instanceof Map) return `{${sortedKeys(v).map((k) => `${jsonString(String(k))}:${goJson(v.get(k))}`).join(',')}}`;
  if (typeof v === 'object') {
    const own = (v as { [MARSHAL_JSON]?: () => string })[MARSHAL_JSON];
    if (own) return own();
    const omit = (v as { [OMITEMPTY]?: readonly string[] })[OMITEMPTY] ?? [];
    return `{${Object.entries(v).filter(([k, x]) => typeof x !== 'function' && !(omit.includes(k) && isEmpty(x))).map(([k, x]) => `${jsonString(k)}:${goJson(x)}`).join(',')}}`;
  }
  return 'null';
}

/** text/template truth: false, 0, nil, and empty strings, slices and maps are false. */
export function goTruth(v: unknown): boolean {
  if (v === NO_VALUE || v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  return true;
}
