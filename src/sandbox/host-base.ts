import type { Changeset, Entry } from '../engine/layer/entry';
import { executableContent } from '../engine/layer/executable';

/**
 * The host machine's read-only base: a small Debian 12 with merged /usr, the docker CLI and a
 * learner account. Executables carry the real Debian binaries' sizes (measured on Debian 12
 * with `ls -l /usr/bin`); the learner's own files live in the host's writable layer on top.
 */
const SIZES: Record<string, number> = {
  awk: 158376, mawk: 158376, basename: 43856, bash: 1265648, cat: 44016, chmod: 64496, chown: 72752, clear: 14584, cp: 151152,
  cut: 48112, dash: 125640, date: 121904, df: 102200, dirname: 39760, du: 175440, env: 48536,
  false: 35664, file: 27120, find: 224848, free: 26936, grep: 203152, head: 48080, hostname: 22680,
  id: 48144, kill: 22840, ln: 72824, ls: 151344, man: 124272, md5sum: 52176, mkdir: 97552,
  mv: 142968, nproc: 43920, printenv: 35664, ps: 146360, readlink: 52112, realpath: 52144, rm: 72752,
  rmdir: 56240, sed: 126424, seq: 60336, sha256sum: 60368, sleep: 43888, sort: 118456, stat: 97488,
  tail: 76944, tee: 43984, touch: 109616, tr: 56208, tree: 81592, true: 35664, uname: 43888,
  curl: 280800, wget: 470384, uniq: 48080, echo: 43856, printf: 64432, test: 60304, '[': 68496, pwd: 43952, wc: 52280, vi: 3646968, vim: 3646968, nano: 287480, whoami: 39792, xargs: 72136, yes: 39760, which: 1045,
  // docker 28.2.2's static client binary
  docker: 40_214_944, layerlab: 16384,
  // gcc-12 as Debian 12 installs it (the host compiles seed 002's hello.c)
  gcc: 1_301_496,
  // sudo 1.9.13p3-1+deb12u4 and util-linux 2.38.1's su, both setuid root (SETUID below)
  sudo: 281624, su: 72000,
  // tar 1.34 and gzip 1.12 (Debian 12); gunzip and zcat are gzip's shell scripts calling gzip
  tar: 531984, gzip: 98136, gunzip: 2346, zcat: 1984,
};

/** Executables installed setuid root (`-rwsr-xr-x root root`), as Debian's packages ship them. */
const SETUID = new Set(['sudo', 'su']);

const enc = new TextEncoder();
export const HOST_MTIME = 1_763_942_400; // 2025-11-24, when this host image was "installed"
export const LEARNER_UID = 1000;

const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
learner:x:1000:1000:Layerlab learner,,,:/home/learner:/bin/bash
`;

const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
sudo:x:27:learner
users:x:100:learner
docker:x:999:learner
nogroup:x:65534:
learner:x:1000:
`;

/** /etc/sudoers exactly as Debian 12's sudo package installs it (mode 0440). */
const SUDOERS = `#
# This file MUST be edited with the 'visudo' command as root.
#
# Please consider adding local content in /etc/sudoers.d/ instead of
# directly modifying this file.
#
# See the man page for details on how to write a sudoers file.
#
Defaults\tenv_reset
Defaults\tmail_badpass
Defaults\tsecure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# This fixes CVE-2005-4890 and possibly breaks some versions of kdesu
# (#1011624, https://bugs.kde.org/show_bug.cgi?id=452532)
Defaults\tuse_pty

# This preserves proxy settings from user environments of root
# equivalent users (group sudo)
#Defaults:%sudo env_keep += "http_proxy https_proxy ftp_proxy all_proxy no_proxy"

# This allows running arbitrary commands, but so does ALL, and it means
# different sudoers have their choice of editor respected.
#Defaults:%sudo env_keep += "EDITOR"

# Completely harmless preservation of a user preference.
#Defaults:%sudo env_keep += "GREP_COLOR"

# While you shouldn't normally run git as root, you need to with etckeeper
#Defaults:%sudo env_keep += "GIT_AUTHOR_* GIT_COMMITTER_*"

# Per-user preferences; root won't have sensible values for them.
#Defaults:%sudo env_keep += "EMAIL DEBEMAIL DEBFULLNAME"

# "sudo scp" or "sudo rsync" should be able to use your SSH agent.
#Defaults:%sudo env_keep += "SSH_AGENT_PID SSH_AUTH_SOCK"

# Ditto for GPG agent
#Defaults:%sudo env_keep += "GPG_AGENT_INFO"

# Host alias specification

# User alias specification

# Cmnd alias specification

# User privilege specification
root\tALL=(ALL:ALL) ALL

# Allow members of group sudo to execute any command
%sudo\tALL=(ALL:ALL) ALL

# See sudoers(5) for more information on "@include" directives:

@includedir /etc/sudoers.d
`;

/**
 * The learner's own rule: passwordless sudo, as on a Vagrant box or a cloud VM. verifypw=any
 * lets `sudo -v` pass too (the sudo group's rule above would ask for a password). The sudo
 * program (sudo-program.ts) acts on this rule; test/unit/sandbox/fixtures/sudo/record.py
 * installs the same file on a real Debian 12 to record sudo's answers.
 */
export const SUDOERS_LEARNER = `# The learner runs sudo without a password, as on a Vagrant box or a cloud VM.
Defaults:learner verifypw=any
learner ALL=(ALL) NOPASSWD:ALL
`;

const BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.
alias ls='ls --color=auto'
alias ll='ls -alF'
alias la='ls -A'
alias l='ls -CF'
`;

export function hostBase(): Changeset {
  const m = HOST_MTIME;
  const dir = (path: string, mode = 0o755, uid = 0): Entry => ({ type: 'dir', path, mode, uid, gid: uid, mtime: m });
  const text = (path: string, s: string, mode = 0o644, uid = 0): Entry => ({ type: 'file', path, mode, uid, gid: uid, mtime: m, content: { kind: 'bytes', bytes: enc.encode(s) } });
  const link = (path: string, target: string): Entry => ({ type: 'symlink', path, target, mode: 0o777, uid: 0, gid: 0, mtime: m });
  const entries: Entry[] = [
    link('/bin', 'usr/bin'),
    // The empty top-level directories of a Debian 12 root (debian:12's `ls /`)
    dir('/boot'),
    dir('/media'),
    dir('/mnt'),
    dir('/opt'),
    dir('/srv'),
    dir('/etc'),
    text('/etc/bash.bashrc', '# System-wide .bashrc file for interactive bash(1) shells.\nPS1=\'\\u@\\h:\\w\\$ \'\n'),
    text('/etc/debian_version', '12.12\n'),
    text('/etc/group', GROUP),
    text('/etc/hostname', 'layerlab\n'),
    text('/etc/hosts', '127.0.0.1\tlocalhost\n127.0.1.1\tlayerlab\n::1\tlocalhost ip6-localhost ip6-loopback\n'),
    text('/etc/issue', 'Debian GNU/Linux 12 \\n \\l\n\n'),
    text('/etc/os-release', OS_RELEASE),
    text('/etc/passwd', PASSWD),
    text('/etc/sudoers', SUDOERS, 0o440),
    dir('/etc/sudoers.d'),
    text('/etc/sudoers.d/learner', SUDOERS_LEARNER, 0o440),
    text('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n'),
    dir('/home'),
    dir('/home/learner', 0o755, LEARNER_UID),
    text('/home/learner/.bashrc', BASHRC, 0o644, LEARNER_UID),
    text('/home/learner/.profile', '# ~/.profile: executed by the command interpreter for login shells.\n', 0o644, LEARNER_UID),
    link('/lib', 'usr/lib'),
    dir('/root', 0o700),
    link('/sbin', 'usr/sbin'),
    dir('/tmp', 0o1777),
    dir('/usr'),
    dir('/usr/bin'),
    dir('/usr/lib'),
    dir('/usr/local'),
    dir('/usr/local/bin'),
    dir('/usr/sbin'),
    dir('/usr/share'),
    dir('/var'),
    dir('/var/lib'),
    dir('/var/log'),
    dir('/var/tmp', 0o1777),
  ];
  for (const [name, size] of Object.entries(SIZES)) {
    if (name === 'which') {
      // Debian's `which` is a shell script; ours is the simulated program
      entries.push({ type: 'file', path: '/usr/bin/which', mode: 0o755, uid: 0, gid: 0, mtime: m, content: executableContent('which', size) });
      continue;
    }
    entries.push({ type: 'file', path: `/usr/bin/${name}`, mode: SETUID.has(name) ? 0o4755 : 0o755, uid: 0, gid: 0, mtime: m, content: executableContent(name, size) });
  }
  entries.push(link('/usr/bin/sh', 'dash'));
  return entries;
}
