import type { Program } from '../process';
import { aptGetProgram } from './apt-get';
import { dpkgProgram } from './dpkg';
import { cprogProgram, gccProgram } from './gcc';
import { yumProgram } from './yum';
import { dnfProgram } from './dnf';
import { rpmProgram } from './rpm';
import { apkProgram } from './apk';

/** The package-manager programs (and the C compiler) by the names their executables carry. */
export const packagePrograms: Record<string, Program> = {
  'apt-get': aptGetProgram('apt-get'),
  apt: aptGetProgram('apt'),
  dpkg: dpkgProgram,
  'dpkg-query': dpkgProgram,
  yum: yumProgram,
  dnf: dnfProgram,
  rpm: rpmProgram,
  apk: apkProgram,
  gcc: gccProgram,
  cc: gccProgram,
  'gcc-12': gccProgram,
  'x86_64-linux-gnu-gcc-12': gccProgram,
  cprog: cprogProgram,
};
