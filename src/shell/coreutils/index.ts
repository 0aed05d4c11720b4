import type { Program } from '../process';
import { awk } from './awk';
import { basename } from './basename';
import { cat } from './cat';
import { chmod } from './chmod';
import { chown } from './chown';
import { clear } from './clear';
import { cp } from './cp';
import { cut } from './cut';
import { date } from './date';
import { df } from './df';
import { dirname } from './dirname';
import { du } from './du';
import { env } from './env';
import { falseProgram } from './false';
import { file } from './file';
import { find } from './find';
import { free } from './free';
import { grep } from './grep';
import { gunzip, gzip, zcat } from './gzip';
import { head } from './head';
import { hostname } from './hostname';
import { id } from './id';
import { kill } from './kill';
import { ln } from './ln';
import { ls } from './ls';
import { man } from './man';
import { md5sum } from './md5sum';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { nproc } from './nproc';
import { printenv } from './printenv';
import { ps } from './ps';
import { readlink } from './readlink';
import { realpath } from './realpath';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { sed } from './sed';
import { seq } from './seq';
import { sha256sum } from './sha256sum';
import { sleep } from './sleep';
import { sort } from './sort';
import { stat } from './stat';
import { tail } from './tail';
import { tar } from './tar';
import { tee } from './tee';
import { touch } from './touch';
import { tr } from './tr';
import { tree } from './tree';
import { trueProgram } from './true';
import { uname } from './uname';
import { uniq } from './uniq';
import { wc } from './wc';
import { which } from './which';
import { whoami } from './whoami';
import { xargs } from './xargs';
import { yes } from './yes';

/**
 * The external programs of a GNU/Linux userland (coreutils, grep, sed, findutils, procps, ...),
 * keyed by the name an executable file's program tag gives (engine/layer/executable.ts).
 * Hooks for time, xargs/find -exec, ps and kill: ./lib/hooks (setCoreutilsHooks).
 */
export const coreutils: Record<string, Program> = {
  awk,
  mawk: awk,
  gawk: awk,
  'original-awk': awk,
  basename,
  cat,
  chmod,
  chown,
  clear,
  cp,
  cut,
  date,
  df,
  dirname,
  du,
  env,
  false: falseProgram,
  file,
  find,
  free,
  grep,
  gunzip,
  gzip,
  head,
  hostname,
  id,
  kill,
  ln,
  ls,
  man,
  md5sum,
  mkdir,
  mv,
  nproc,
  printenv,
  ps,
  readlink,
  realpath,
  rm,
  rmdir,
  sed,
  seq,
  sha256sum,
  sleep,
  sort,
  stat,
  tail,
  tar,
  tee,
  touch,
  tr,
  tree,
  true: trueProgram,
  uname,
  uniq,
  wc,
  which,
  whoami,
  xargs,
  yes,
  zcat,
};
