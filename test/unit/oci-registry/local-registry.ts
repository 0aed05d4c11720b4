import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free loopback port (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface LocalRegistry {
  port: number;
  host: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * The real CNCF registry (Debian's docker-registry) on a free loopback port, storage in a temp
 * dir, http, CORS headers as tools/registry-up.sh sets them. Started within `timeoutMs` or fails.
 */
export async function startRegistry(timeoutMs = 15_000): Promise<LocalRegistry> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-registry-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'config.yml'), `version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${dir}/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:${port}
  secret: layerlab-test-only
  headers:
    X-Content-Type-Options: [nosniff]
    Access-Control-Allow-Origin: ['*']
    Access-Control-Allow-Methods: ['HEAD, GET, OPTIONS, POST, PUT, PATCH, DELETE']
    Access-Control-Allow-Headers: ['Authorization, Accept, Content-Type, Content-Range, Range, Docker-Content-Digest']
    Access-Control-Expose-Headers: ['Docker-Content-Digest, Docker-Upload-UUID, Location, Range, Link, Content-Length, Content-Range, WWW-Authenticate']
health:
  storagedriver:
    enabled: false
`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRY_')));
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { env, stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/v2/`)).status === 200) return { port, host: `127.0.0.1:${port}`, dir, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`docker-registry did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
}
