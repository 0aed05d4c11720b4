import type { Scenario } from '../scenario';

// Missing arguments (exit 1) and unknown flags (exit 125) are raised by the v28 client itself,
// so these texts are already Docker 28's.
const MISSING = [
  'history', 'tag', 'tag a', 'rmi', 'commit', 'diff', 'run', 'create', 'start', 'stop', 'restart',
  'kill', 'exec', 'exec c', 'logs', 'rm', 'rename', 'rename a', 'top', 'cp', 'cp a', 'port',
  'inspect', 'export', 'import', 'image rm', 'image tag', 'container rm', 'pull', 'push',
];
const EXTRA = ['images a b', 'ps x', 'image prune x', 'container prune x', 'system df x', 'load x', 'version x', 'logs a b'];
const FLAGS = [
  'images --bogus', 'ps --bogus', 'history --bogus busybox', 'tag --bogus a b', 'rmi --bogus a',
  'commit --bogus a', 'diff --bogus a', 'create --bogus busybox', 'start --bogus a', 'stop -z a',
  'kill --bogus a', 'exec --bogus a ls', 'logs --bogus a', 'rm -z a', 'inspect --bogus a',
  'save --bogus a', 'load --bogus', 'image prune --bogus', 'ps -n', 'logs --tail', 'run -e',
];

const usage: Scenario = {
  name: 'usage-errors',
  description: ['client-side usage errors: missing/extra arguments (exit 1), unknown flags (exit 125), unknown commands.'],
  run(r) {
    for (const a of [...MISSING, ...EXTRA, ...FLAGS]) r.run(`docker ${a}`);
    r.run('docker xyz');
    r.run('docker image xyz');
    r.run('docker container xyz');
    r.run('docker images ls', { note: 'v28 has no "did you mean" hint (added in v29)' });
  },
};

export const usageScenarios: Scenario[] = [usage];
