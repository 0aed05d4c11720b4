import type { Shell } from '../shell/shell';

/**
 * The prompt an image's interactive shell shows: Debian/Ubuntu bash `root@<host>:/# `,
 * CentOS bash `[root@<host> /]# `, busybox/alpine ash `/ # ` (each distribution's default PS1).
 */
export function shellPrompt(sh: Shell): string {
  const user = sh.getVar('USER') || userName(sh);
  const host = (sh.getVar('HOSTNAME') || 'localhost').split('.')[0];
  const home = sh.getVar('HOME') ?? '';
  const cwd = sh.cwd;
  const w = home && home !== '/' && (cwd === home || cwd.startsWith(home + '/')) ? '~' + cwd.slice(home.length) : cwd;
  const sign = user === 'root' ? '#' : '$';
  if (sh.flavor !== 'bash') return `${w} ${sign} `;
  if (osId(sh) === 'centos' || osId(sh) === 'rhel' || osId(sh) === 'fedora') {
    const base = w === '/' ? '/' : w.split('/').pop() || '/';
    return `[${user}@${host} ${base}]${sign} `;
  }
  return `${user}@${host}:${w}${sign} `;
}

function osId(sh: Shell): string {
  for (const f of ['/etc/os-release', '/etc/redhat-release', '/etc/centos-release']) {
    try {
      const text = new TextDecoder().decode(sh.fs.readFile(f));
      const m = /^ID="?([^"\n]+)"?/m.exec(text);
      if (m) return m[1];
      if (/CentOS/.test(text)) return 'centos';
    } catch {
      // not there: try the next one
    }
  }
  return '';
}

function userName(sh: Shell): string {
  return sh.getVar('EUID') === '0' || !sh.getVar('HOME') || sh.getVar('HOME') === '/root' ? 'root' : 'user';
}
