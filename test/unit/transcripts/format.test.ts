import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../transcripts/format-transcript';
import { createNormalizeContext, normalizeOutput, normalizeTranscript } from '../../transcripts/normalize';
import { readTable } from '../../transcripts/normalize-table';
import { parseTranscript } from '../../transcripts/parse-transcript';
import { v28View } from '../../transcripts/transcript';

const DIR = new URL('../../transcripts/docker/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const read = (f: string) => readFileSync(new URL(f, DIR), 'utf8');

/** Every table (header + rows) found in a stream, as its lines. */
function tables(text: string): string[][] {
  const lines = text.split('\n');
  const found: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = readTable(lines, i);
    if (t) { found.push(lines.slice(i, i + t.length)); i += t.length - 1; }
  }
  return found;
}

describe('recorded transcripts', () => {
  it('are all there, with at least 120 recorded docker commands', () => {
    const docker = files.flatMap((f) => parseTranscript(read(f)).steps).filter((s) => s.cmd.startsWith('docker '));
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(docker.length).toBeGreaterThanOrEqual(120);
  });

  for (const f of files) {
    describe(f, () => {
      const text = read(f);
      const t = parseTranscript(text);

      it('parses and formats back byte for byte, with the versions in its header', () => {
        expect(formatTranscript(t)).toBe(text);
        expect(t.header).toContain('client: docker 28.2.2 (API 1.41)');
        expect(t.header.some((h) => /^daemon: dockerd 20\.10\.24/.test(h))).toBe(true);
        expect(t.header).toContain('storage-driver: vfs');
        expect(t.header.some((h) => /^recorded: \d{4}-\d\d-\d\dT/.test(h))).toBe(true);
      });

      it('normalizes idempotently', () => {
        const once = normalizeTranscript(text);
        expect(normalizeTranscript(once)).toBe(once);
      });

      it('keeps every table aligned by the tabwriter rules after normalization', () => {
        const norm = parseTranscript(normalizeTranscript(text));
        t.steps.forEach((step, i) => {
          for (const key of ['stdout', 'stderr'] as const) {
            const before = tables(step[key]);
            const after = tables(norm.steps[i][key]);
            // same tables, same number of rows, each still a valid tabwriter layout
            expect(after.map((x) => x.length)).toEqual(before.map((x) => x.length));
          }
        });
      });

      it('leaves no raw 64-hex ID, random name or relative time behind', () => {
        const norm = normalizeTranscript(text);
        const body = norm.slice(norm.indexOf('\n$ '));
        const ids = body.match(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g) ?? [];
        expect(ids.filter((id) => !/^0{6}\d{6}0{52}$/.test(id))).toEqual([]);
        expect(body).not.toMatch(/\b\d+ (seconds|minutes) ago\b|Less than a second ago|\bUp \d+ seconds\b/);
      });
    });
  }
});

describe('normalizeOutput', () => {
  it('maps IDs to same-width placeholders by first appearance, full and short IDs alike', () => {
    const ctx = createNormalizeContext();
    const full = 'c6226450cec066712ad10d04fe5c270e9ea5352aa3fdca1289758c09b78bdf86';
    expect(normalizeOutput(`sha256:${full}\nf04e92bf3895 c6226450cec0\n`, ctx)).toBe(
      `sha256:000000000001${'0'.repeat(52)}\n000000000002 000000000001\n`,
    );
    expect(normalizeOutput('c6226450cec0', ctx)).toBe('000000000001');
  });

  it('re-lays out a table whose cells changed width, as docker would have', () => {
    const raw = [
      'CONTAINER ID   IMAGE     COMMAND   CREATED                  STATUS                              PORTS     NAMES',
      'a2b3c4d5e6f7   busybox   "true"    Less than a second ago   Exited (0) Less than a second ago             eager_hopper',
      '',
    ].join('\n');
    expect(normalizeOutput(raw)).toBe([
      'CONTAINER ID   IMAGE     COMMAND   CREATED          STATUS                      PORTS     NAMES',
      '000000000001   busybox   "true"    <DURATION> ago   Exited (0) <DURATION> ago             <NAME1>',
      '',
    ].join('\n'));
  });

  it('keeps trailing padding of an empty last column', () => {
    const raw = 'IMAGE          CREATED         CREATED BY   SIZE      COMMENT\nc6226450cec0   4 minutes ago   sh           0B        \n';
    expect(normalizeOutput(raw)).toBe('IMAGE          CREATED          CREATED BY   SIZE      COMMENT\n000000000001   <DURATION> ago   sh           0B        \n');
  });

  it('drops the recording daemon\'s networking warning and fixes timestamps but not the zero time', () => {
    const raw = 'WARNING: IPv4 forwarding is disabled. Networking will not work.\n"Created": "2026-11-24T07:05:02.12345Z", "StartedAt": "0001-01-01T00:00:00Z"\n';
    expect(normalizeOutput(raw)).toBe('"Created": "2000-01-01T00:00:00.000000000Z", "StartedAt": "0001-01-01T00:00:00Z"\n');
  });

  it('applies v28 annotations over the recording', () => {
    const t = parseTranscript('# h\n\n$ docker rm x\n! old\n[exit 1]\n# note: why\n# v28 stderr: new\n');
    expect(v28View(t.steps[0])).toEqual({ cmd: 'docker rm x', stdout: '', stderr: 'new\n', exit: 1, notes: ['why'], v28: { stderr: 'new\n' } });
  });

  it('round-trips output without a final newline and blank lines', () => {
    const t = { header: ['h'], steps: [{ cmd: 'printf', stdout: 'a  \n\nb', stderr: '\n', exit: 0, notes: [] }] };
    expect(parseTranscript(formatTranscript(t))).toEqual(t);
  });
});
