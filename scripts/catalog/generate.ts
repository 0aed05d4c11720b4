import { rmSync } from 'node:fs';
import { OUT, imageSizes, writeIndex } from './catalog-writer';
import { helloWorld } from './images/hello-world';
import { busybox } from './images/busybox';
import { debian } from './images/debian';
import { ubuntu } from './images/ubuntu';
import { alpine } from './images/alpine';
import { centos } from './images/centos';
import { nginx } from './images/nginx';
import { redis } from './images/redis';
import { python } from './images/python';
import { node } from './images/node';
import { registry } from './images/registry';
import { httpd } from './images/httpd';

/**
 * Generates public/catalog/ (the official image catalog, src/engine/registry/catalog-format.ts)
 * from real package data: `npx tsx scripts/catalog/generate.ts`. Needs apt (Debian 12) for the
 * Debian-based images; downloads are cached under /tmp and never committed.
 */
async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  const steps: Array<[string, () => Promise<void>]> = [['hello-world', helloWorld], ['busybox', busybox], ['debian', debian], ['ubuntu', ubuntu], ['alpine', alpine], ['centos', centos], ['nginx', nginx], ['redis', redis], ['python', python], ['node', node], ['registry', registry], ['httpd', httpd]];
  for (const [name, step] of steps) {
    const t = Date.now();
    await step();
    console.log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }
  writeIndex();
  for (const s of imageSizes) console.log(`${s.key.padEnd(28)} size ${(s.size / 1e6).toFixed(2)} MB, manifest file ${s.bytes} B`);
}

await main();
