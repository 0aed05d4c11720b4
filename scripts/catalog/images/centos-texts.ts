/**
 * Real text files of the CentOS images. Sources: /etc/os-release of CentOS 7 and 8 and the
 * `cat /etc/*release*` output of `docker run -it centos bash` (8.4.2105) as published in many
 * transcripts; /etc/bashrc, /etc/profile and root's dotfiles are the `setup` and `rootfiles`
 * package texts of the CentOS 6 era (the PS1 line `[\u@\h \W]\$ ` is the same in 5, 7 and 8;
 * 7 and 8 add a few lines, which is approximated). The yum .repo files follow the
 * centos-release packages' layout (mirrorlist per repository, gpgkey under /etc/pki); their
 * wording is not byte-checked against the packages.
 */
export const OS_RELEASE_7 = `NAME="CentOS Linux"
VERSION="7 (Core)"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="7"
PRETTY_NAME="CentOS Linux 7 (Core)"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:7"
HOME_URL="https://www.centos.org/"
BUG_REPORT_URL="https://bugs.centos.org/"

CENTOS_MANTISBT_PROJECT="CentOS-7"
CENTOS_MANTISBT_PROJECT_VERSION="7"
REDHAT_SUPPORT_PRODUCT="centos"
REDHAT_SUPPORT_PRODUCT_VERSION="7"

`;

export const OS_RELEASE_8 = `NAME="CentOS Linux"
VERSION="8"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="8"
PLATFORM_ID="platform:el8"
PRETTY_NAME="CentOS Linux 8"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:8"
HOME_URL="https://centos.org/"
BUG_REPORT_URL="https://bugs.centos.org/"
CENTOS_MANTISBT_PROJECT="CentOS-8"
CENTOS_MANTISBT_PROJECT_VERSION="8"
`;

export const BASHRC = `# /etc/bashrc

# System wide functions and aliases
# Environment stuff goes in /etc/profile

# By default, we want this to get set.
# Even for non-interactive, non-login shells.
if [ $UID -gt 99 ] && [ "\`id -gn\`" = "\`id -un\`" ]; then
	umask 002
else
	umask 022
fi

# are we an interactive shell?
if [ "$PS1" ]; then
    case $TERM in
	xterm*)
		if [ -e /etc/sysconfig/bash-prompt-xterm ]; then
			PROMPT_COMMAND=/etc/sysconfig/bash-prompt-xterm
		else
	    	PROMPT_COMMAND='echo -ne "\\033]0;\${USER}@\${HOSTNAME%%.*}:\${PWD/#$HOME/~}"; echo -ne "\\007"'
		fi
		;;
	screen)
		if [ -e /etc/sysconfig/bash-prompt-screen ]; then
			PROMPT_COMMAND=/etc/sysconfig/bash-prompt-screen
		else
		PROMPT_COMMAND='echo -ne "\\033_\${USER}@\${HOSTNAME%%.*}:\${PWD/#$HOME/~}"; echo -ne "\\033\\\\"'
		fi
		;;
	*)
		[ -e /etc/sysconfig/bash-prompt-default ] && PROMPT_COMMAND=/etc/sysconfig/bash-prompt-default
	    ;;
    esac
    # Turn on checkwinsize
    shopt -s checkwinsize
    [ "$PS1" = "\\\\s-\\\\v\\\\\\$ " ] && PS1="[\\u@\\h \\W]\\\\$ "
fi

if ! shopt -q login_shell ; then # We're not a login shell
	# Need to redefine pathmunge, it get's undefined at the end of /etc/profile
    pathmunge () {
		if ! echo $PATH | /bin/egrep -q "(^|:)$1($|:)" ; then
			if [ "$2" = "after" ] ; then
				PATH=$PATH:$1
			else
				PATH=$1:$PATH
			fi
		fi
	}

	# Only display echos from profile.d scripts if we are no login shell
    # and interactive - otherwise just process them to set envvars
    for i in /etc/profile.d/*.sh; do
        if [ -r "$i" ]; then
            if [ "$PS1" ]; then
                . $i
            else
                . $i >/dev/null 2>&1
            fi
        fi
    done

	unset i
	unset pathmunge
fi
# vim:ts=4:sw=4
`;

export const PROFILE = `# /etc/profile

# System wide environment and startup programs, for login setup
# Functions and aliases go in /etc/bashrc

pathmunge () {
	if ! echo $PATH | /bin/egrep -q "(^|:)$1($|:)" ; then
	   if [ "$2" = "after" ] ; then
	      PATH=$PATH:$1
	   else
	      PATH=$1:$PATH
	   fi
	fi
}

# ksh workaround
if [ -z "$EUID" -a -x /usr/bin/id ]; then
	EUID=\`id -u\`
	UID=\`id -ru\`
fi

# Path manipulation
	pathmunge /sbin
	pathmunge /usr/sbin
	pathmunge /usr/local/sbin

# No core files by default
ulimit -S -c 0 > /dev/null 2>&1

if [ -x /usr/bin/id ]; then
	USER="\`id -un\`"
	LOGNAME=$USER
	MAIL="/var/spool/mail/$USER"
fi

HOSTNAME=\`/bin/hostname\`
HISTSIZE=1000

if [ -z "$INPUTRC" -a ! -f "$HOME/.inputrc" ]; then
    INPUTRC=/etc/inputrc
fi

export PATH USER LOGNAME MAIL HOSTNAME HISTSIZE INPUTRC

for i in /etc/profile.d/*.sh ; do
    if [ -r "$i" ]; then
        if [ "$PS1" ]; then
            . $i
        else
            . $i >/dev/null 2>&1
        fi
    fi
done

unset i
unset pathmunge
`;

export const ROOT_BASHRC = `# .bashrc

# User specific aliases and functions

alias rm='rm -i'
alias cp='cp -i'
alias mv='mv -i'

# Source global definitions
if [ -f /etc/bashrc ]; then
	. /etc/bashrc
fi
`;

export const ROOT_BASH_PROFILE = `# .bash_profile

# Get the aliases and functions
if [ -f ~/.bashrc ]; then
	. ~/.bashrc
fi

# User specific environment and startup programs

PATH=$PATH:$HOME/bin

export PATH
`;

/** setup's /etc/passwd and /etc/group (plus the users the base packages add). */
export const PASSWD = `root:x:0:0:root:/root:/bin/bash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
adm:x:3:4:adm:/var/adm:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
operator:x:11:0:operator:/root:/sbin/nologin
games:x:12:100:games:/usr/games:/sbin/nologin
ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin
nobody:x:99:99:Nobody:/:/sbin/nologin
`;

export const GROUP = `root:x:0:
bin:x:1:
daemon:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mem:x:8:
kmem:x:9:
wheel:x:10:
cdrom:x:11:
mail:x:12:
man:x:15:
dialout:x:18:
floppy:x:19:
games:x:20:
tape:x:33:
video:x:39:
ftp:x:50:
lock:x:54:
audio:x:63:
nobody:x:99:
users:x:100:
`;

export function yumRepo(major: 5 | 7): string {
  const repo = (id: string, name: string, path: string, enabled: boolean) => `[${id}]
name=CentOS-$releasever - ${name}
mirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=${path}${major === 7 ? '&infra=$infra' : ''}
#baseurl=http://mirror.centos.org/centos/$releasever/${path}/$basearch/
gpgcheck=1
${enabled ? '' : 'enabled=0\n'}gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-${major === 7 ? 'CentOS-7' : 'CentOS-5'}
`;
  return `# CentOS-Base.repo
#
# The mirror system uses the connecting IP address of the client and the
# update status of each mirror to pick mirrors that are updated to and
# geographically close to the client.  You should use this for CentOS updates
# unless you are manually picking other mirrors.
#
# If the mirrorlist= does not work for you, as a fall back you can try the
# remarked out baseurl= line instead.
#
#

${repo('base', 'Base', 'os', true)}
#released updates
${repo('updates', 'Updates', 'updates', true)}
#additional packages that may be useful
${repo('extras', 'Extras', 'extras', true)}
#additional packages that extend functionality of existing packages
${repo('centosplus', 'Plus', 'centosplus', false)}`;
}

export function dnfRepo(id: string, name: string, repo: string, enabled: boolean): string {
  return `[${id}]
name=CentOS Linux $releasever - ${name}
mirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=${repo}&infra=$infra
#baseurl=http://mirror.centos.org/$contentdir/$releasever/${name === 'BaseOS' || name === 'AppStream' || name === 'Extras' ? name : repo}/$basearch/os/
gpgcheck=1
enabled=${enabled ? 1 : 0}
gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-centosofficial
`;
}
