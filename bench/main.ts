/**
 * `npm run bench`: prints the figures the issues ask for, as JSON. A benchmark, not a test:
 * timings vary on shared machines, so nothing here passes or fails.
 */
import { fileURLToPath } from 'node:url';
import { unionLookup, commitBench, sharedBaseBytes } from './engine-bench';
import { bundleSize, reloadToPrompt } from './browser-bench';
import { lsLong, keystrokeEcho } from './shell-bench';
import { pictureFrames } from './picture-bench';
import { buildBench } from './build-bench';
import { registryPushBench } from './registry-bench';
import { cliBench } from './cli-bench';
import { pullBench } from './pull-bench';
import { packagesBench } from './packages-bench';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

const results: Record<string, unknown> = { machine: { node: process.version, cores: (await import('node:os')).cpus().length } };
if (want('engine')) {
  Object.assign(results, unionLookup());
  Object.assign(results, await commitBench());
  Object.assign(results, await sharedBaseBytes());
}
if (want('shell')) Object.assign(results, await lsLong());
if (want('cli')) Object.assign(results, await cliBench(root));
if (want('pull')) Object.assign(results, await pullBench(root));
if (want('packages')) Object.assign(results, await packagesBench(root));
if (want('browser')) {
  Object.assign(results, await bundleSize(root));
  Object.assign(results, await reloadToPrompt(root));
  Object.assign(results, await keystrokeEcho(root));
}
if (want('build')) Object.assign(results, await buildBench(root));
if (want('registry')) Object.assign(results, await registryPushBench(root));
if (want('picture')) Object.assign(results, await pictureFrames(root));
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
