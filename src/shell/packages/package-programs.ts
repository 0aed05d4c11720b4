import type { Program } from '../process';
import { aptGetProgram } from './apt-get';
import { dpkgProgram } from './dpkg';
import { cprogProgram, gccProgram } from './gcc';

const notYet = (name: string): Program => async (ctx) => {
  ctx.stderr.write(`layerlab: '${name}' is not available in this sandbox\n`);
  return 1;
};

/** The package-manager programs (and the C compiler) by the names their executables carry. */
export const packagePrograms: Record<string, Program> = {
  'apt-get': aptGetProgram('apt-get'),
  apt: aptGetProgram('apt'),
  dpkg: dpkgProgram,
  'dpkg-query': dpkgProgram,
  yum: notYet('yum'),
  dnf: notYet('dnf'),
  rpm: notYet('rpm'),
  apk: notYet('apk'),
  gcc: gccProgram,
  cc: gccProgram,
  'gcc-12': gccProgram,
  'x86_64-linux-gnu-gcc-12': gccProgram,
  cprog: cprogProgram,
};
