/**
 * Records how the real docker CLI (client-side reference parsing) treats each input in
 * reference-inputs.json, into docker-refs.json. No daemon is needed: a fake one on a unix
 * socket answers just enough for `docker pull` to print the normalized reference
 * (its last stdout line is the full String()) and for `docker create` to print
 * "Unable to find image '<familiar string>' locally".
 * Run: npx tsx test/unit/reference/record-docker-refs.ts
 */
import { createServer } from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const inputs: string[] = JSON.parse(readFileSync(join(here, 'reference-inputs.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'fakedockerd-'));
const sock = join(dir, 'docker.sock');
let pullOk = true;

const server = createServer((req, res) => {
  const url = req.url ?? '';
  const headers = { 'Content-Type': 'application/json', 'Api-Version': '1.50', Ostype: 'linux' };
  if (url.endsWith('/_ping')) { res.writeHead(200, { ...headers, 'Content-Type': 'text/plain' }); res.end('OK'); return; }
  if (url.includes('/containers/create')) { res.writeHead(404, headers); res.end('{"message":"No such image"}'); return; }
  if (url.includes('/images/create')) {
    if (pullOk) { res.writeHead(200, headers); res.end('{"status":"done"}\n'); } else { res.writeHead(500, headers); res.end('{"message":"stop"}'); }
    return;
  }
  res.writeHead(500, headers); res.end('{"message":"unexpected"}');
});

server.listen(sock, async () => {
  const version = spawnSync('docker', ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent' } }).stdout.trim();
  const out: unknown[] = [];
  for (const input of inputs) {
    pullOk = true;
    const pull = await runAsync(['pull', '-q', input]);
    pullOk = false;
    const create = await runAsync(['create', input]);
    out.push({ input, pull, create });
  }
  writeFileSync(join(here, 'docker-refs.json'), JSON.stringify({ recordedWith: `docker CLI ${version} (client-side parsing, fake daemon)`, cases: out }, null, 1) + '\n');
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

// The fake daemon lives in this process, so the CLI must run asynchronously.
function runAsync(args: string[]) {
  return new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
    const p = spawn('docker', args, { env: { ...process.env, DOCKER_HOST: `unix://${sock}`, DOCKER_CONFIG: dir } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
  });
}
