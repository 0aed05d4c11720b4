import type { Vfs } from '../../engine/fs/vfs';
import { INDEX_SERVER } from '../../cli/commands/docker-config';

/**
 * Who `docker login` signed in, read back from ~/.docker/config.json on the host as the docker
 * CLI reads it (auths[index server].auth = base64("user:password")); the page keeps no login
 * state of its own, so `docker logout` signs the page out too.
 */
export function signedInUser(fs: Vfs, home = '/home/learner'): string | undefined {
  try {
    const cfg = JSON.parse(new TextDecoder().decode(fs.readFile(`${home}/.docker/config.json`))) as { auths?: Record<string, { auth?: string }> };
    const auth = cfg.auths?.[INDEX_SERVER]?.auth;
    if (!auth) return undefined;
    const text = new TextDecoder().decode(Uint8Array.from(atob(auth), (c) => c.charCodeAt(0)));
    const i = text.indexOf(':');
    return i > 0 ? text.slice(0, i) : undefined;
  } catch {
    return undefined;
  }
}
