import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sandboxWithBusybox, WORK } from './busybox-sandbox';
import { parseTranscript } from '../../transcripts/parse-transcript';
import { v28View } from '../../transcripts/transcript';
import { createNormalizeContext, normalizeOutput } from '../../transcripts/normalize';


/**
 * The sandbox's host has no tar yet: the stages recording's first step (`tar -cf t.tar t`) is
 * made with GNU tar here and the archive placed in the sandbox's host filesystem.
 */
function gnuTar(): Uint8Array {
  const d = mkdtempSync(`${tmpdir()}/layerlab-tar-`);
  mkdirSync(`${d}/t`);
  writeFileSync(`${d}/t/f`, 'inner\n');
  return new Uint8Array(execFileSync('tar', ['-C', d, '--owner=0', '--group=0', '--numeric-owner', '--mtime=@1700000000', '-cf', '-', 't']));
}

// The 20.10 daemon's wording where v28 differs (reference §8), and its host's network warning.
const toV28 = (s: string) => s
  .split('\n').filter((l) => !l.includes('IPv4 forwarding is disabled')).join('\n')
  .replace(/^Removing intermediate container (\w+)$/gm, ' ---> Removed intermediate container $1');

/** What a replay cannot reproduce: the ADD of a tar whose recorded bytes (mtimes, owner names) differ. */
const elsewhere = (s: string) => s
  .replace(/ADD file:[0-9a-f]{17}…/g, 'ADD file:<t.tar>…');

async function replay(file: string, steps: number[]) {
  const t = parseTranscript(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'));
  const sb = await sandboxWithBusybox();
  const ctxR = createNormalizeContext();
  const ctxO = createNormalizeContext();
  for (const [i, step] of t.steps.entries()) {
    let out = '';
    let err = '';
    let exit: number;
    if (step.cmd.startsWith('mkdir t && echo inner > t/f && tar -cf t.tar t')) {
      sb.hostFs.writeFile(`${WORK}/t.tar`, gnuTar(), { mode: 0o644 });
      exit = 0;
    } else exit = await sb.exec(step.cmd, { write: (s) => (out += s) }, { write: (s) => (err += s) });
    if (!steps.includes(i)) continue;
    const v = v28View(step);
    expect({ i, out: elsewhere(normalizeOutput(out, ctxO)), err: normalizeOutput(err, ctxO), exit })
      .toEqual({ i, out: elsewhere(normalizeOutput(toV28(v.stdout), ctxR)), err: normalizeOutput(toV28(v.stderr), ctxR), exit: v.exit });
  }
  return sb;
}

describe('docker build with DOCKER_BUILDKIT=0 (replayed from the real engine)', () => {
  it('builds, rebuilds from cache, prints -q', async () => {
    await replay('build-legacy-basic.txt', [1, 2, 5, 6]);
  });
  it('seed 003: CMD ["-l"] then ENTRYPOINT ["ls"], untagged', async () => {
    const t = parseTranscript(readFileSync(new URL('./fixtures/build-legacy-seeds.txt', import.meta.url), 'utf8'));
    expect(t.steps[4].cmd).toContain('docker build .');
    await replay('build-legacy-seeds.txt', [1, 4]);
  });
  it('failures: a failing RUN (exit code, container left behind), v28 parse errors, empty and missing Dockerfile, no stage, stdin', async () => {
    // Step 2 (docker ps --format {{.Command}}) is left out: its quoting belongs to docker ps.
    const sb = await replay('build-legacy-errors.txt', [1, 4, 6, 8, 10, 12, 13, 14]);
    // What a failed RUN leaves: its container (exited 127, plus the exit 3 one) and no tagged image.
    const ps = sb.engine.containerList({ all: true }).map((c) => c.state.ExitCode).sort();
    expect(ps).toEqual([127, 3].sort());
    expect(sb.engine.imageList().flatMap((i) => sb.engine.imageRefs(i.id))).toEqual(['docker.io/library/busybox:latest']);
  });
  it('COPY with .dockerignore, metadata instructions, cache invalidated from the first changed COPY', async () => {
    const t = parseTranscript(readFileSync(new URL('./fixtures/build-legacy-copy.txt', import.meta.url), 'utf8'));
    await replay('build-legacy-copy.txt', t.steps.map((_, i) => i));
  });
  it('multi-stage: ARG before FROM, --build-arg, COPY --from --chown, ADD of a tar, --target', async () => {
    const t = parseTranscript(readFileSync(new URL('./fixtures/build-legacy-stages.txt', import.meta.url), 'utf8'));
    await replay('build-legacy-stages.txt', t.steps.map((_, i) => i));
  });
  it('images -a lists the intermediates, history shows an ID on every row, ps -a is empty', async () => {
    const t = parseTranscript(readFileSync(new URL('./fixtures/build-legacy-basic.txt', import.meta.url), 'utf8'));
    await replay('build-legacy-basic.txt', t.steps.map((_, i) => i));
  });
  it('seed 002 and 003 builds in full (FROM scratch ADD, untagged build listed as <none>)', async () => {
    const t = parseTranscript(readFileSync(new URL('./fixtures/build-legacy-seeds.txt', import.meta.url), 'utf8'));
    await replay('build-legacy-seeds.txt', t.steps.map((_, i) => i));
  });
});
