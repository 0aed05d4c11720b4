import type { Engine } from '../engine';
import type { Vfs } from '../fs/vfs';

/** One repository a sandbox registry stores, with its tags (sorted, as /v2/<name>/tags/list). */
export interface SandboxRegistryRepo {
  name: string;
  tags: string[];
}

/** A running registry container, named by the host address pushes go to. */
export interface SandboxRegistry {
  /** "localhost:5000" */
  host: string;
  containerId: string;
  containerName: string;
  repositories: SandboxRegistryRepo[];
}

// distribution's filesystem driver layout (registry:2): the tag index lives under each
// repository's _manifests; a repository name may hold slashes, so its directory nests.
const ROOT = '/var/lib/registry/docker/registry/v2/repositories';

function isDir(fs: Vfs, path: string): boolean {
  return fs.stat(path)?.type === 'dir';
}

function walk(fs: Vfs, dir: string, prefix: string, out: SandboxRegistryRepo[]): void {
  for (const name of fs.readdir(dir).sort()) {
    if (name.startsWith('_')) continue;
    const path = `${dir}/${name}`;
    if (!isDir(fs, path)) continue;
    const repo = prefix ? `${prefix}/${name}` : name;
    const tagsDir = `${path}/_manifests/tags`;
    if (isDir(fs, tagsDir)) {
      // A tag counts once its current/link is written: distribution writes it last.
      const tags = fs.readdir(tagsDir).filter((t) => fs.stat(`${tagsDir}/${t}/current/link`)?.type === 'file').sort();
      if (tags.length) out.push({ name: repo, tags });
    }
    walk(fs, path, repo, out);
  }
}

/** Repositories and tags one registry's storage holds, read from its filesystem (read-only). */
export function readRegistryRepositories(fs: Vfs): SandboxRegistryRepo[] {
  if (!isDir(fs, ROOT)) return [];
  const out: SandboxRegistryRepo[] = [];
  walk(fs, ROOT, '', out);
  return out;
}

/**
 * The sandbox's own registries: running containers that publish a port and keep a registry's
 * storage, labelled `localhost:<host port>` (the port registry:2 listens on, 5000, first).
 */
export async function sandboxRegistries(engine: Engine): Promise<SandboxRegistry[]> {
  const found: SandboxRegistry[] = [];
  for (const c of engine.containerList()) {
    if (!c.state.Running) continue;
    const bindings = c.hostConfig.PortBindings.filter((b) => b.hostPort);
    const binding = bindings.find((b) => b.containerPort === '5000/tcp') ?? bindings[0];
    if (!binding) continue;
    let fs: Vfs;
    try {
      fs = await engine.containerFs(c.id);
    } catch {
      continue; // removed meanwhile
    }
    if (!isDir(fs, ROOT)) continue;
    found.push({ host: `localhost:${binding.hostPort}`, containerId: c.id, containerName: c.name, repositories: readRegistryRepositories(fs) });
  }
  return found.sort((a, b) => a.host.localeCompare(b.host));
}
