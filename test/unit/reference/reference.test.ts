import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EngineError } from '../../../src/engine/errors';
import {
  familiarName, familiarString, fullName, parseNormalizedNamed, refString, tagNameOnly,
} from '../../../src/engine/reference';

interface Run { stdout: string; stderr: string; code: number }
interface Case { input: string; pull: Run; create: Run }
// Recorded from the real docker CLI by record-docker-refs.ts (see recordedWith).
const recorded: { recordedWith: string; cases: Case[] } = JSON.parse(
  readFileSync(fileURLToPath(new URL('./docker-refs.json', import.meta.url)), 'utf8'),
);

function parseError(input: string): EngineError {
  try {
    parseNormalizedNamed(input);
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

// A leading '-' is taken as a flag by the CLI (exit 125), so those inputs say nothing about parsing.
const parsed = recorded.cases.filter((c) => c.pull.code !== 125);

describe('parseNormalizedNamed against the docker CLI recording', () => {
  it('covers both accepted and rejected inputs', () => {
    expect(recorded.recordedWith).toMatch(/^docker CLI 28\./);
    expect(parsed.filter((c) => c.pull.code === 0).length).toBeGreaterThan(80);
    expect(parsed.filter((c) => c.pull.code === 1).length).toBeGreaterThan(40);
  });

  for (const c of parsed) {
    const label = c.input.length > 80 ? `${c.input.slice(0, 40)}... (${c.input.length} chars)` : JSON.stringify(c.input);
    if (c.pull.code === 0) {
      it(`accepts ${label}`, () => {
        // `docker pull` prints the tagged normalized reference as its last line.
        expect(refString(tagNameOnly(parseNormalizedNamed(c.input)))).toBe(c.pull.stdout.trimEnd().split('\n').pop());
        // `docker create` names the familiar form when the image is missing.
        const m = /^Unable to find image '(.*)' locally\n/.exec(c.create.stderr);
        if (m) expect(familiarString(tagNameOnly(parseNormalizedNamed(c.input)))).toBe(m[1]);
      });
    } else {
      it(`rejects ${label}`, () => {
        const err = parseError(c.input);
        expect(err.message + '\n').toBe(c.pull.stderr);
        expect(err.code).toBe('invalidReference');
        expect(err.client).toBe(true);
      });
    }
  }
});

describe('reference helpers', () => {
  it('splits domain, path, tag and digest', () => {
    const dgst = 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';
    expect(parseNormalizedNamed('ubuntu')).toEqual({ domain: 'docker.io', path: 'library/ubuntu' });
    expect(parseNormalizedNamed('localhost:5000/x:1')).toEqual({ domain: 'localhost:5000', path: 'x', tag: '1' });
    expect(parseNormalizedNamed(`busybox:latest@${dgst}`)).toEqual({
      domain: 'docker.io', path: 'library/busybox', tag: 'latest', digest: dgst,
    });
    expect(parseNormalizedNamed('[::1]:5000/repo')).toEqual({ domain: '[::1]:5000', path: 'repo' });
  });

  it('renders familiar and full forms', () => {
    const dgst = 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';
    const rows = ['ubuntu', 'user/app:v1', 'localhost:5000/x', `ubuntu@${dgst}`, 'docker.io/library/foo/bar:2']
      .map((s) => parseNormalizedNamed(s))
      .map((r) => [familiarName(r), familiarString(r), fullName(r), refString(r), refString(tagNameOnly(r))]);
    expect(rows).toEqual([
      ['ubuntu', 'ubuntu', 'docker.io/library/ubuntu', 'docker.io/library/ubuntu', 'docker.io/library/ubuntu:latest'],
      ['user/app', 'user/app:v1', 'docker.io/user/app', 'docker.io/user/app:v1', 'docker.io/user/app:v1'],
      ['localhost:5000/x', 'localhost:5000/x', 'localhost:5000/x', 'localhost:5000/x', 'localhost:5000/x:latest'],
      ['ubuntu', `ubuntu@${dgst}`, 'docker.io/library/ubuntu', `docker.io/library/ubuntu@${dgst}`, `docker.io/library/ubuntu@${dgst}`],
      ['library/foo/bar', 'library/foo/bar:2', 'docker.io/library/foo/bar', 'docker.io/library/foo/bar:2', 'docker.io/library/foo/bar:2'],
    ]);
  });

  it('tagNameOnly leaves tagged and digested references alone', () => {
    const r = parseNormalizedNamed('ubuntu:22.04');
    expect(tagNameOnly(r)).toBe(r);
    expect(tagNameOnly(parseNormalizedNamed('ubuntu'))).toEqual({ domain: 'docker.io', path: 'library/ubuntu', tag: 'latest' });
  });
});
