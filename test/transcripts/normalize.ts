import { NAMES_LEFT, NAMES_RIGHT } from '../../src/engine/names-data';
import { formatTranscript } from './format-transcript';
import { layoutTable, readTable } from './normalize-table';
import { parseTranscript } from './parse-transcript';

/**
 * What one normalization run has seen so far, so an ID or a name gets the same placeholder in
 * every step of a transcript. Use one context per transcript (or per replayed session).
 */
export interface NormalizeContext {
  /** First 12 hex digits of an ID -> its number, in order of first appearance. */
  ids: Map<string, number>;
  names: Map<string, number>;
}

export function createNormalizeContext(): NormalizeContext {
  return { ids: new Map(), names: new Map() };
}

// An artifact of the recording daemon (started with --ip-forward=false, --bridge=none): a
// Docker host with networking never prints it, and the sandbox must not.
const DAEMON_WARNING = 'WARNING: IPv4 forwarding is disabled. Networking will not work.';

// Image, container, layer and digest IDs: 64 or 12 lower-case hex digits standing alone.
const HEX_ID = /(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-f])/g;
// Names from moby's namesgenerator (adjective_surname, a digit appended on a retry).
const NAME = new RegExp(`\\b(?:${NAMES_LEFT.join('|')})_(?:${NAMES_RIGHT.join('|')})\\d?\\b`, 'g');
// units.HumanDuration, only where docker uses it: "Up <d>", "<d> ago".
const DURATION_TEXT = '(?:Less than a second|About a minute|About an hour|\\d+ (?:second|minute|hour|day|week|month|year)s?)';
const DURATION = new RegExp(`(?<=\\bUp )${DURATION_TEXT}|${DURATION_TEXT}(?= ago\\b)`, 'g');
// RFC 3339 (inspect, history -H=false) and Go's time.String() (--format {{.CreatedAt}}); Go's
// zero time "0001-01-01T00:00:00Z" means "never" and is kept.
const RFC3339 = /\b(?!0001-01-01T00:00:00Z)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(?=Z|[+-]\d\d:\d\d)/g;
const GO_TIME = /\b\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?(?= [+-]\d{4} )/g;
// Columns whose values are machine measurements (docker stats) or host process data (docker top).
const VARIABLE_COLUMNS = new Set(['CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PID', 'PPID', 'C', 'STIME', 'TIME']);

function idPlaceholder(n: number, length: number): string {
  return String(n).padStart(12, '0').padEnd(length, '0');
}

/** Applies the token rules (README.md, "Normalization") to one line or table cell. */
function normalizeText(text: string, ctx: NormalizeContext): string {
  return text
    .replace(HEX_ID, (id) => {
      const key = id.slice(0, 12);
      if (!ctx.ids.has(key)) ctx.ids.set(key, ctx.ids.size + 1);
      return idPlaceholder(ctx.ids.get(key)!, id.length);
    })
    .replace(NAME, (name) => {
      if (!ctx.names.has(name)) ctx.names.set(name, ctx.names.size + 1);
      return `<NAME${ctx.names.get(name)}>`;
    })
    .replace(DURATION, '<DURATION>')
    .replace(RFC3339, (_t, frac: string | undefined) => `2000-01-01T00:00:00${frac ? '.000000000' : ''}`)
    .replace(GO_TIME, (_t, frac: string | undefined) => `2000-01-01 00:00:00${frac ? '.000000000' : ''}`);
}

/**
 * Normalizes one output stream (or a command line). Tables are re-laid out with docker's
 * tabwriter rules after their cells are normalized, so column alignment stays exact even where
 * a placeholder is narrower or wider than what it replaced.
 */
export function normalizeOutput(text: string, ctx: NormalizeContext = createNormalizeContext()): string {
  const lines = text.split('\n').filter((l) => l !== DAEMON_WARNING);
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const found = readTable(lines, i);
    if (!found) {
      out.push(normalizeText(lines[i++], ctx));
      continue;
    }
    const [header, ...rows] = found.table.rows;
    const variable = header.map((h) => VARIABLE_COLUMNS.has(h));
    const cells = rows.map((r) => r.map((cell, c) => (variable[c] && cell !== '' ? '<VAR>' : normalizeText(cell, ctx))));
    out.push(...layoutTable({ minwidth: found.table.minwidth, rows: [header, ...cells] }));
    i += found.length;
  }
  return out.join('\n');
}

/**
 * Normalizes a whole transcript (README.md): header dates, then every step's command line,
 * stdout, stderr, notes and v28 texts in that order through one context. Normalizing a
 * recording and a sandbox replay of the same steps gives identical text when they agree.
 */
export function normalizeTranscript(text: string, ctx: NormalizeContext = createNormalizeContext()): string {
  const t = parseTranscript(text);
  const header = t.header.map((h) => normalizeText(h, createNormalizeContext()));
  const steps = t.steps.map((s) => {
    const step = { ...s, cmd: normalizeOutput(s.cmd, ctx), stdout: normalizeOutput(s.stdout, ctx), stderr: normalizeOutput(s.stderr, ctx) };
    step.notes = s.notes.map((n) => normalizeOutput(n, ctx));
    if (s.v28) {
      step.v28 = { ...s.v28 };
      if (s.v28.stdout !== undefined) step.v28.stdout = normalizeOutput(s.v28.stdout, ctx);
      if (s.v28.stderr !== undefined) step.v28.stderr = normalizeOutput(s.v28.stderr, ctx);
    }
    return step;
  });
  return formatTranscript({ header, steps });
}
