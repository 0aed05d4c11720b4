// Re-records test/transcripts/docker/*.txt from the real Docker engine of
// /work/shared/tools/real-docker.sh (dockerd 20.10 + docker 28.2.2 client, vfs, no network).
//   /work/shared/tools/real-docker.sh start
//   npx tsx test/transcripts/record.ts [scenario-name ...]     (no names: all scenarios)
//   /work/shared/tools/real-docker.sh stop
// Each scenario starts from `real-docker.sh reset` (busybox:latest only) in an empty working
// directory; every step is `bash -c <cmd>` there, stdout and stderr captured separately.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { formatTranscript } from './format-transcript';
import { allScenarios } from './scenarios/all-scenarios';
import type { Recorder, Scenario } from './scenario';
import type { TranscriptStep } from './transcript';

const TOOL = process.env.REAL_DOCKER_TOOL ?? '/work/shared/tools/real-docker.sh';
const WORK = '/tmp/layerlab-transcripts';
const OUT = new URL('./docker/', import.meta.url);

function sh(cmd: string, cwd = WORK): { stdout: string; stderr: string; status: number } {
  const r = spawnSync('bash', ['-c', cmd], { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 128 };
}

const hostEnv = spawnSync(TOOL, ['env'], { encoding: 'utf8' }).stdout.trim();
const dockerHost = /DOCKER_HOST=(\S+)/.exec(hostEnv)?.[1];
if (!dockerHost) throw new Error(`cannot read DOCKER_HOST from ${TOOL} env`);
// A fixed, minimal environment: no user config, no TTY, no colours, no proxy.
const env: NodeJS.ProcessEnv = {
  PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin', HOME: `${WORK}-home`, LANG: 'C.UTF-8',
  DOCKER_HOST: dockerHost, TERM: 'dumb', NO_COLOR: '1',
};

function version(fmt: string): string {
  return sh(`docker version --format '${fmt}'`, '/').stdout.trim();
}

function record(s: Scenario): void {
  const reset = spawnSync(TOOL, ['reset'], { encoding: 'utf8' });
  if (reset.status !== 0) throw new Error(`reset failed: ${reset.stderr}`);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  mkdirSync(env.HOME!, { recursive: true });
  const steps: TranscriptStep[] = [];
  const r: Recorder = {
    run(cmd, opts = {}) {
      const out = sh(cmd);
      const step: TranscriptStep = { cmd, stdout: out.stdout, stderr: out.stderr, exit: out.status, notes: opts.note ? [opts.note] : [] };
      if (opts.v28) step.v28 = opts.v28;
      steps.push(step);
      return step;
    },
    pause(seconds) {
      spawnSync('sleep', [String(seconds)]);
    },
  };
  s.run(r);
  const header = [
    `layerlab docker transcript v1: ${s.name}`,
    `client: docker ${version('{{.Client.Version}}')} (API ${version('{{.Client.APIVersion}}')})`,
    `daemon: dockerd ${version('{{.Server.Version}}')} (API ${version('{{.Server.APIVersion}}')})`,
    `storage-driver: ${sh(`docker info --format '{{.Driver}}'`, '/').stdout.trim()}`,
    `recorded: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    'start: real-docker.sh reset (busybox:latest only, imported from Debian busybox-static); empty working directory',
    ...s.description,
  ];
  writeFileSync(new URL(`${s.name}.txt`, OUT), formatTranscript({ header, steps }));
  console.log(`${s.name}: ${steps.length} steps`);
}

const wanted = process.argv.slice(2);
for (const name of wanted) if (!allScenarios.some((s) => s.name === name)) throw new Error(`no scenario ${name}`);
for (const s of allScenarios) if (wanted.length === 0 || wanted.includes(s.name)) record(s);
// Leave the daemon as we found it: pristine.
spawnSync(TOOL, ['reset']);
