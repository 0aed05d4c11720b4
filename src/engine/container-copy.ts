import type { EngineState } from './engine-state';
import type { ContainerRecord } from './stores/container-store';
import type { Vfs } from './fs/vfs';
import { path } from './fs/path';
import { errors } from './errors';
import { containerFs, saveContainerFs } from './container-fs';

/**
 * The daemon's side of `docker cp` (moby's ContainerArchivePath / ContainerExtractToDir): the
 * container's filesystem, running or not, with its paths taken from "/" ("box:tmp/x" is
 * "/tmp/x"). A missing source is the daemon's "Could not find the file"; writes are stored as
 * the container's writable layer before returning, so `docker diff` sees them at once.
 */
export async function containerArchivePath(state: EngineState, c: ContainerRecord, asTyped: string, p: string): Promise<{ fs: Vfs; path: string }> {
  const fs = await containerFs(state, c);
  const abs = path.normalize('/' + p);
  if (!fs.lstat(abs)) throw errors.copyNotFound(abs, asTyped);
  return { fs, path: abs };
}

export async function containerExtract<T>(state: EngineState, c: ContainerRecord, write: (fs: Vfs) => T): Promise<T> {
  const fs = await containerFs(state, c);
  const out = write(fs);
  await saveContainerFs(state, c.id);
  return out;
}
