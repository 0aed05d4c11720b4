import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import type { ProcessContext } from '../../shell/process';
import { FsError, type Stat, type Vfs } from '../../engine/fs/vfs';
import { errors, isEngineError } from '../../engine/errors';
import { copyTree } from '../../engine/fs/copy-tree';
import { path } from '../../engine/fs/path';
import { units } from '../format/units';
import { HostFile } from './host-file';

/** docker/cli splitCpArg: an absolute path, or one whose part before ":" starts with ".", is local. */
function splitCpArg(arg: string): { container: string; path: string } {
  if (arg.startsWith('/')) return { container: '', path: arg };
  const i = arg.indexOf(':');
  if (i < 0 || arg.slice(0, i).startsWith('.')) return { container: '', path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

class CpError extends Error {}

/**
 * Where a copy lands (moby archive.CopyInfoDestinationPath, as its docs table says): into an
 * existing directory under the source's name (or its contents for "SRC/."), over an existing
 * file, or as a new name whose parent must exist.
 */
function destination(fs: Vfs, dst: string, typed: string, src: Stat, contentsOnly: boolean, srcName: string): string {
  const st = fs.stat(dst);
  if (st?.type === 'dir') return contentsOnly ? dst : path.join(dst, srcName);
  if (st && src.type === 'dir') throw new CpError('cannot copy directory');
  if (!st && typed.endsWith('/')) throw new CpError('no such directory');
  if (!st && !fs.stat(path.dirname(dst))) throw new CpError(`lstat ${path.dirname(dst)}: no such file or directory`);
  return dst;
}

/** Tar bytes the copy streamed: a header per entry, data in 512-byte blocks, two end blocks. */
function tarSize(fs: Vfs, p: string, follow: boolean): number {
  const st = follow ? fs.stat(p) : fs.lstat(p);
  if (!st) return 0;
  if (st.type === 'dir') return 512 + fs.readdir(p).reduce((n, c) => n + tarSize(fs, path.join(p, c), false) - 1024, 0) + 1024;
  return 512 + (st.type === 'file' ? Math.ceil(st.size / 512) * 512 : 0) + 1024;
}

export function containerCp(d: DockerDeps): CommandSpec {
  return {
    name: 'container cp',
    aliases: ['cp'],
    usage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    short: 'Copy files/folders between a container and the local filesystem',
    args: { min: 2, max: 2 },
    flags: [
      { long: 'archive', short: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
      { long: 'follow-link', short: 'L', type: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
    ],
    async run(ctx, [srcArg, dstArg], flags) {
      const p = ctx.process;
      const src = splitCpArg(srcArg);
      const dst = splitCpArg(dstArg);
      const o = { archive: flags.archive === true, follow: flags['follow-link'] === true, quiet: flags.quiet === true || !p.tty };
      try {
        if (src.container && dst.container) throw new CpError('copying between containers is not supported');
        if (!src.container && !dst.container) throw new CpError('must specify at least one container source');
        if (src.path === '-' || dst.path === '-') throw errors.notSimulated('a tar stream as docker cp source or destination');
        if (src.container) await copyOut(d, p, src, dst.path, o);
        else await copyIn(d, p, src.path, dst, o);
        return 0;
      } catch (e) {
        if (e instanceof CpError) p.stderr.write(`${e.message}\n`);
        else if (isEngineError(e)) p.stderr.write(e.client ? `${e.message}\n` : `Error response from daemon: ${e.message}\n`);
        else throw e;
        return 1;
      }
    },
  };
}

type CpOptions = { archive: boolean; follow: boolean; quiet: boolean };

async function copyOut(d: DockerDeps, p: ProcessContext, src: { container: string; path: string }, dstTyped: string, o: CpOptions): Promise<void> {
  const from = await d.engine.containerArchivePath(src.container, src.path);
  // A trailing "/" or "/." names a directory's contents and follows a link to it.
  const follow = o.follow || /\/\.?$/.test(src.path);
  const st = (follow ? from.fs.stat(from.path) : from.fs.lstat(from.path))!;
  const contentsOnly = st.type === 'dir' && /\/\.$/.test(src.path);
  const target = destination(p.fs, HostFile.abs(p, dstTyped), dstTyped, st, contentsOnly, path.basename(from.path) || '/');
  // Files copied out belong to the user who ran docker cp (its home directory's owner here).
  const home = p.fs.stat(p.env.get('HOME') ?? '/') ?? { uid: 0, gid: 0 };
  try {
    copyTree(from.fs, from.path, p.fs, target, { follow, owner: o.archive ? undefined : { uid: home.uid, gid: home.gid } });
  } catch (e) {
    if (!(e instanceof FsError) || e.code !== 'EACCES') throw e;
    // The client's tar extraction, refused on the host (recorded from docker 28.2.2): a
    // directory is made ("mkdir /opt/etc"), an existing file removed first ("unlinkat
    // /etc/hostname"), a new one created ("open /etc/pw").
    const rel = e.path === target ? '' : e.path.slice(target.length);
    const entry = rel ? from.fs.lstat(from.path + rel) : st;
    const op = entry?.type === 'dir' ? 'mkdir' : p.fs.lstat(e.path) ? 'unlinkat' : 'open';
    throw new CpError(`${op} ${e.path}: permission denied`);
  }
  if (!o.quiet) p.stderr.write(`Successfully copied ${units.humanSizeWithPrecision(tarSize(from.fs, from.path, follow), 3)} to ${dstTyped}\n`);
}

async function copyIn(d: DockerDeps, p: ProcessContext, srcTyped: string, dst: { container: string; path: string }, o: CpOptions): Promise<void> {
  const abs = HostFile.abs(p, srcTyped);
  const follow = o.follow || /\/\.?$/.test(srcTyped);
  const st = follow ? p.fs.stat(abs) : p.fs.lstat(abs);
  if (!st) throw new CpError(`lstat ${abs}: no such file or directory`);
  const contentsOnly = st.type === 'dir' && /\/\.$/.test(srcTyped);
  const dstAbs = path.normalize('/' + dst.path);
  await d.engine.containerExtract(dst.container, (fs) => {
    if (!fs.stat(dstAbs) && !fs.stat(path.dirname(dstAbs))) throw errors.copyNotFound(path.dirname(dstAbs), dst.container);
    const target = destination(fs, dstAbs, dst.path, st, contentsOnly, path.basename(abs) || '/');
    // Files copied in are owned by root unless -a keeps the source's uid/gid (docker cp docs).
    copyTree(p.fs, abs, fs, target, { follow, owner: o.archive ? undefined : { uid: 0, gid: 0 } });
  });
  if (!o.quiet) p.stderr.write(`Successfully copied ${units.humanSizeWithPrecision(tarSize(p.fs, abs, follow), 3)} to ${dst.container}:${dstAbs}\n`);
}
