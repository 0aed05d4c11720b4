import type { Program } from '../process';
import { untilStopped, type NetDeps } from './net-deps';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** redis's log time: 24 Nov 2026 06:46:33.000 */
const logTime = (d: Date) => `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;

/**
 * redis-server in the foreground: its startup log (redis 7's lines, as `docker logs` shows them
 * for the official image) and, on SIGTERM (its handler saves and exits 0), its shutdown lines.
 * It does not answer the Redis protocol: there is no redis-cli here, and curl to it is refused.
 */
export function redisProgram(deps: NetDeps): Program {
  return async (ctx) => {
    const version = ctx.env.get('REDIS_VERSION') ?? '7.2.4';
    if (ctx.argv.includes('--version') || ctx.argv.includes('-v')) {
      ctx.stdout.write(`Redis server v=${version} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0000000000000000\n`);
      return 0;
    }
    const portArg = ctx.argv.indexOf('--port');
    const port = portArg > 0 ? Number(ctx.argv[portArg + 1]) : 6379;
    const id = deps.containerOf(ctx.fs);
    const pid = id ? 1 : 4242;
    const log = (role: string, level: string, msg: string) => ctx.stdout.write(`${pid}:${role} ${logTime(deps.now())} ${level} ${msg}\n`);
    log('C', '#', "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.");
    log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    log('C', '*', `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=${pid}, just started`);
    if (ctx.argv.length < 2 || ctx.argv[1].startsWith('--')) log('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
    else log('C', '*', 'Configuration loaded');
    log('M', '*', 'monotonic clock: POSIX clock_gettime');
    log('M', '*', `Running mode=standalone, port=${port}.`);
    log('M', '*', 'Server initialized');
    log('M', '*', 'Ready to accept connections tcp');
    if (id) {
      deps.processes.retitle(id, `redis-server *:${port}`);
      deps.processes.trap(id, 'SIGTERM', 0);
    }
    const sig = await untilStopped(ctx.signal);
    if (sig === 'SIGTERM' || sig === undefined) {
      ctx.stdout.write(`${pid}:signal-handler (${Math.floor(deps.now().getTime() / 1000)}) Received ${sig ?? 'SIGINT'} scheduling shutdown...\n`);
      log('M', '*', 'User requested shutdown...');
      log('M', '*', 'Saving the final RDB snapshot before exiting.');
      log('M', '*', 'DB saved on disk');
      log('M', '#', 'Redis is now ready to exit, bye bye...');
      return 0;
    }
    return 137;
  };
}
