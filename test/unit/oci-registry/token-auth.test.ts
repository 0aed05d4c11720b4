import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { openSandbox, runPiped } from '../hub/hub-harness';
import { freePort, startRegistry, type LocalRegistry } from './local-registry';

/**
 * Token auth (distribution docs/spec/auth/token.md) in front of the real registry: a tiny Node
 * server answers 401 + `WWW-Authenticate: Bearer realm=...,service=...,scope=...`, gives a token
 * at its realm for Basic `teacher:s3cret` only, and forwards requests carrying that token.
 */
let reg: LocalRegistry;
let proxy: Server;
let host = '';
const scopes: string[] = [];
beforeAll(async () => {
  reg = await startRegistry();
  const port = await freePort();
  host = `127.0.0.1:${port}`;
  proxy = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/token') {
      scopes.push(url.searchParams.getAll('scope').join(' '));
      if (req.headers.authorization !== `Basic ${btoa('teacher:s3cret')}`) {
        res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"token":"t0k3n","expires_in":300}');
      return;
    }
    if (req.headers.authorization !== 'Bearer t0k3n') {
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${host}/token",service="class-registry",scope="repository:x:pull"`, 'Content-Type': 'application/json' })
        .end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers: Record<string, string> = {};
    for (const k of ['content-type', 'accept']) if (req.headers[k]) headers[k] = String(req.headers[k]);
    const up = await fetch(`http://${reg.host}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
    const out: Record<string, string> = {};
    up.headers.forEach((v, k) => { out[k] = k === 'location' ? v.replace(reg.host, host) : v; });
    res.writeHead(up.status, out).end(Buffer.from(await up.arrayBuffer()));
  });
  await new Promise<void>((r) => proxy.listen(port, '127.0.0.1', () => r()));
}, 20_000);
afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await reg?.stop();
});

describe('bearer-token auth after a 401 challenge', () => {
  it('refuses anonymous pushes and pulls, logs in, pushes and pulls with a token', async () => {
    const sb = await openSandbox();
    const out = await runPiped([
      'docker pull -q busybox',
      `docker tag busybox ${host}/class/bb`,
      `docker push ${host}/class/bb`,
      `docker pull ${host}/class/bb`,
      `echo wrong | docker login ${host} -u teacher --password-stdin`,
      `echo s3cret | docker login ${host} -u teacher --password-stdin`,
      `docker push -q ${host}/class/bb`,
      `docker rmi ${host}/class/bb > /dev/null`,
      `docker pull -q ${host}/class/bb`,
      `docker logout ${host}`,
    ].join('\n'), sb);
    const layer = sb.engine.imageGet('busybox').config.rootfs.diff_ids[0].slice(7, 19);
    expect(out).toBe(
      'docker.io/library/busybox:latest\n' +
        `Using default tag: latest\nThe push refers to repository [${host}/class/bb]\n` +
        `${layer}: Preparing\nunauthorized: authentication required\n` +
        `Using default tag: latest\nError response from daemon: pull access denied for ${host}/class/bb, repository does not exist or may require 'docker login': unauthorized: authentication required\n` +
        `Error response from daemon: Get "http://${host}/v2/": unauthorized: authentication required\n` +
        `\nWARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\nLogin Succeeded\n` +
        `${host}/class/bb:latest\n` +
        `${host}/class/bb:latest\n` +
        `Removing login credentials for ${host}\n`,
    );
    expect(scopes).toContain('repository:class/bb:pull,push');
  });
});
