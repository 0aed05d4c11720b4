import type { Program } from '../process';
import type { NetDeps } from './net-deps';
import { curlProgram } from './curl-program';
import { wgetProgram } from './wget-program';
import { nginxProgram } from './nginx-program';
import { pythonProgram } from './python-program';
import { nodeProgram } from './node-program';
import { httpdProgram } from './httpd-program';
import { redisProgram } from './redis-program';
import { registryProgram } from './registry-program';

/** The network programs and language one-liners, by the names executables carry. */
export function netPrograms(deps: NetDeps): Record<string, Program> {
  const python = pythonProgram(deps);
  return {
    curl: curlProgram(deps),
    wget: wgetProgram(deps),
    nginx: nginxProgram(deps),
    httpd: httpdProgram(deps),
    'redis-server': redisProgram(deps),
    registry: registryProgram(deps),
    python3: python,
    python: python,
    'python3.11': python,
    'python3.12': python,
    node: nodeProgram,
    nodejs: nodeProgram,
  };
}
