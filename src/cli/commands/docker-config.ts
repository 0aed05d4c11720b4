import type { ProcessContext } from '../../shell/process';
import type { HubAuth } from '../../engine/registry/hub-api';
import { path } from '../../engine/fs/path';

/** The key docker/cli files Docker Hub credentials under (registry.IndexServer). */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

type ConfigJson = { auths?: Record<string, { auth?: string }> } & Record<string, unknown>;

/**
 * ~/.docker/config.json in the host filesystem, as docker/cli's configfile and file credential
 * store keep it: `{"auths": {"<server>": {"auth": base64("user:password")}}}`, tab-indented,
 * directory 0700, file 0600.
 */
export const DockerConfig = {
  file(ctx: ProcessContext): string {
    return path.join(ctx.env.get('HOME') ?? '/root', '.docker/config.json');
  },

  read(ctx: ProcessContext): ConfigJson {
    try {
      return JSON.parse(new TextDecoder().decode(ctx.fs.readFile(DockerConfig.file(ctx)))) as ConfigJson;
    } catch {
      return { auths: {} };
    }
  },

  auth(ctx: ProcessContext, server = INDEX_SERVER): HubAuth | undefined {
    const a = DockerConfig.read(ctx).auths?.[server]?.auth;
    if (!a) return undefined;
    const text = decodeBase64(a);
    const i = text.indexOf(':');
    return i < 0 ? undefined : { username: text.slice(0, i), password: text.slice(i + 1) };
  },

  /** Returns false when the stored credentials were already these (the file is then left alone). */
  store(ctx: ProcessContext, auth: HubAuth, server = INDEX_SERVER): boolean {
    const old = DockerConfig.auth(ctx, server);
    if (old && old.username === auth.username && old.password === auth.password) return false;
    const cfg = DockerConfig.read(ctx);
    cfg.auths = { ...(cfg.auths ?? {}), [server]: { auth: encodeBase64(`${auth.username}:${auth.password}`) } };
    DockerConfig.write(ctx, cfg);
    return true;
  },

  erase(ctx: ProcessContext, server = INDEX_SERVER): void {
    const cfg = DockerConfig.read(ctx);
    if (!cfg.auths?.[server]) return;
    delete cfg.auths[server];
    DockerConfig.write(ctx, cfg);
  },

  write(ctx: ProcessContext, cfg: ConfigJson): void {
    const file = DockerConfig.file(ctx);
    const dir = path.dirname(file);
    if (!ctx.fs.stat(dir)) ctx.fs.mkdir(dir, { mode: 0o700 });
    const { auths, ...rest } = cfg;
    ctx.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ auths: auths ?? {}, ...rest }, null, '\t')), { mode: 0o600 });
  },
};

function encodeBase64(s: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
  return btoa(bin);
}

function decodeBase64(s: string): string {
  const bin = atob(s);
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}
