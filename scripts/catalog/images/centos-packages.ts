/**
 * `rpm -qa` of the real images, from docker-library/repo-info: repos/centos/local/7.md
 * (centos:7, image eeb6ee3f44bd, 7.9.2009) and repos/centos/local/8.md at the time centos:latest
 * was 5d0da3dc9764 (8.4.2105). No manifest of centos:centos5 is published: its list is CentOS
 * 7's package names at the versions CentOS 5.11 shipped (approximated; names that 5 did not
 * have, like systemd, are left out).
 */
const el7 = `acl-2.2.51-15.el7.x86_64 audit-libs-2.8.5-4.el7.x86_64 basesystem-10.0-7.el7.centos.noarch bash-4.2.46-34.el7.x86_64
bc-1.06.95-13.el7.x86_64 bind-license-9.11.4-26.P2.el7.noarch binutils-2.27-44.base.el7.x86_64 bzip2-libs-1.0.6-13.el7.x86_64
ca-certificates-2020.2.41-70.0.el7_8.noarch centos-release-7-9.2009.0.el7.centos.x86_64 chkconfig-1.7.6-1.el7.x86_64
coreutils-8.22-24.el7.x86_64 cpio-2.11-28.el7.x86_64 cracklib-2.9.0-11.el7.x86_64 cracklib-dicts-2.9.0-11.el7.x86_64
cryptsetup-libs-2.0.3-6.el7.x86_64 curl-7.29.0-59.el7.x86_64 cyrus-sasl-lib-2.1.26-23.el7.x86_64 dbus-1.10.24-15.el7.x86_64
dbus-glib-0.100-7.el7.x86_64 dbus-libs-1.10.24-15.el7.x86_64 dbus-python-1.1.1-9.el7.x86_64 device-mapper-1.02.170-6.el7.x86_64
device-mapper-libs-1.02.170-6.el7.x86_64 diffutils-3.3-5.el7.x86_64 dracut-033-572.el7.x86_64 elfutils-default-yama-scope-0.176-5.el7.noarch
elfutils-libelf-0.176-5.el7.x86_64 elfutils-libs-0.176-5.el7.x86_64 expat-2.1.0-12.el7.x86_64 file-libs-5.11-37.el7.x86_64
filesystem-3.2-25.el7.x86_64 findutils-4.5.11-6.el7.x86_64 gawk-4.0.2-4.el7_3.1.x86_64 gdbm-1.10-8.el7.x86_64 geoipupdate-2.5.0-1.el7.x86_64
glib2-2.56.1-7.el7.x86_64 glibc-2.17-317.el7.x86_64 glibc-common-2.17-317.el7.x86_64 gmp-6.0.0-15.el7.x86_64 gnupg2-2.0.22-5.el7_5.x86_64
gobject-introspection-1.56.1-1.el7.x86_64 gpgme-1.3.2-5.el7.x86_64 grep-2.20-3.el7.x86_64 gzip-1.5-10.el7.x86_64 hardlink-1.0-19.el7.x86_64
hostname-3.13-3.el7_7.1.x86_64 info-5.1-5.el7.x86_64 iputils-20160308-10.el7.x86_64 json-c-0.11-4.el7_0.x86_64 keyutils-libs-1.5.8-3.el7.x86_64
kmod-20-28.el7.x86_64 kmod-libs-20-28.el7.x86_64 kpartx-0.4.9-133.el7.x86_64 krb5-libs-1.15.1-50.el7.x86_64 libacl-2.2.51-15.el7.x86_64
libassuan-2.1.0-3.el7.x86_64 libattr-2.4.46-13.el7.x86_64 libblkid-2.23.2-65.el7.x86_64 libcap-2.22-11.el7.x86_64 libcap-ng-0.7.5-4.el7.x86_64
libcom_err-1.42.9-19.el7.x86_64 libcurl-7.29.0-59.el7.x86_64 libdb-5.3.21-25.el7.x86_64 libdb-utils-5.3.21-25.el7.x86_64 libffi-3.0.13-19.el7.x86_64
libgcc-4.8.5-44.el7.x86_64 libgcrypt-1.5.3-14.el7.x86_64 libgpg-error-1.12-3.el7.x86_64 libidn-1.28-4.el7.x86_64 libmount-2.23.2-65.el7.x86_64
libpwquality-1.2.3-5.el7.x86_64 libselinux-2.5-15.el7.x86_64 libsemanage-2.5-14.el7.x86_64 libsepol-2.5-10.el7.x86_64 libsmartcols-2.23.2-65.el7.x86_64
libssh2-1.8.0-4.el7.x86_64 libstdc++-4.8.5-44.el7.x86_64 libtasn1-4.10-1.el7.x86_64 libuser-0.60-9.el7.x86_64 libutempter-1.1.6-4.el7.x86_64
libuuid-2.23.2-65.el7.x86_64 libverto-0.2.5-4.el7.x86_64 libxml2-2.9.1-6.el7.5.x86_64 libxml2-python-2.9.1-6.el7.5.x86_64 lua-5.1.4-15.el7.x86_64
lz4-1.8.3-1.el7.x86_64 ncurses-5.9-14.20130511.el7_4.x86_64 ncurses-base-5.9-14.20130511.el7_4.noarch ncurses-libs-5.9-14.20130511.el7_4.x86_64
nspr-4.25.0-2.el7_9.x86_64 nss-3.53.1-3.el7_9.x86_64 nss-pem-1.0.3-7.el7.x86_64 nss-softokn-3.53.1-6.el7_9.x86_64 nss-softokn-freebl-3.53.1-6.el7_9.x86_64
nss-sysinit-3.53.1-3.el7_9.x86_64 nss-tools-3.53.1-3.el7_9.x86_64 nss-util-3.53.1-1.el7_9.x86_64 openldap-2.4.44-22.el7.x86_64 openssl-libs-1.0.2k-19.el7.x86_64
p11-kit-0.23.5-3.el7.x86_64 p11-kit-trust-0.23.5-3.el7.x86_64 pam-1.1.8-23.el7.x86_64 passwd-0.79-6.el7.x86_64 pcre-8.32-17.el7.x86_64
pinentry-0.8.1-17.el7.x86_64 pkgconfig-0.27.1-4.el7.x86_64 popt-1.13-16.el7.x86_64 procps-ng-3.3.10-28.el7.x86_64 pth-2.0.7-23.el7.x86_64
pygpgme-0.3-9.el7.x86_64 pyliblzma-0.5.3-11.el7.x86_64 python-2.7.5-89.el7.x86_64 python-chardet-2.2.1-3.el7.noarch
python-gobject-base-3.22.0-1.el7_4.1.x86_64 python-iniparse-0.4-9.el7.noarch python-kitchen-1.1.1-5.el7.noarch python-libs-2.7.5-89.el7.x86_64
python-pycurl-7.19.0-19.el7.x86_64 python-urlgrabber-3.10-10.el7.noarch pyxattr-0.5.1-5.el7.x86_64 qrencode-libs-3.4.1-3.el7.x86_64
readline-6.2-11.el7.x86_64 rootfiles-8.1-11.el7.noarch rpm-4.11.3-45.el7.x86_64 rpm-build-libs-4.11.3-45.el7.x86_64 rpm-libs-4.11.3-45.el7.x86_64
rpm-python-4.11.3-45.el7.x86_64 sed-4.2.2-7.el7.x86_64 setup-2.8.71-11.el7.noarch shadow-utils-4.6-5.el7.x86_64 shared-mime-info-1.8-5.el7.x86_64
sqlite-3.7.17-8.el7_7.1.x86_64 systemd-219-78.el7.x86_64 systemd-libs-219-78.el7.x86_64 tar-1.26-35.el7.x86_64 tzdata-2020d-2.el7.noarch
ustr-1.0.4-16.el7.x86_64 util-linux-2.23.2-65.el7.x86_64 vim-minimal-7.4.629-7.el7.x86_64 xz-5.2.2-1.el7.x86_64 xz-libs-5.2.2-1.el7.x86_64
yum-3.4.3-168.el7.centos.noarch yum-metadata-parser-1.1.4-10.el7.x86_64 yum-plugin-fastestmirror-1.1.31-54.el7_8.noarch
yum-plugin-ovl-1.1.31-54.el7_8.noarch yum-utils-1.1.31-54.el7_8.noarch zlib-1.2.7-18.el7.x86_64`;

const el8 = `acl-2.2.53-1.el8.x86_64 audit-libs-3.0-0.17.20191104git1c2f876.el8.x86_64 basesystem-11-5.el8.noarch bash-4.4.19-14.el8.x86_64
bind-export-libs-9.11.26-3.el8.x86_64 binutils-2.30-93.el8.x86_64 bzip2-libs-1.0.6-26.el8.x86_64 ca-certificates-2020.2.41-80.0.el8_2.noarch
centos-gpg-keys-8-2.el8.noarch centos-linux-release-8.4-1.2105.el8.noarch centos-linux-repos-8-2.el8.noarch chkconfig-1.13-2.el8.x86_64
coreutils-single-8.30-8.el8.x86_64 cpio-2.12-10.el8.x86_64 cracklib-2.9.6-15.el8.x86_64 cracklib-dicts-2.9.6-15.el8.x86_64
crypto-policies-20210209-1.gitbfb6bed.el8_3.noarch cryptsetup-libs-2.3.3-4.el8.x86_64 curl-7.61.1-18.el8.x86_64 cyrus-sasl-lib-2.1.27-5.el8.x86_64
dbus-1.12.8-12.el8.x86_64 dbus-common-1.12.8-12.el8.noarch dbus-daemon-1.12.8-12.el8.x86_64 dbus-libs-1.12.8-12.el8.x86_64 dbus-tools-1.12.8-12.el8.x86_64
device-mapper-1.02.175-5.el8.x86_64 device-mapper-libs-1.02.175-5.el8.x86_64 dhcp-client-4.3.6-44.0.1.el8.x86_64 dhcp-common-4.3.6-44.0.1.el8.noarch
dhcp-libs-4.3.6-44.0.1.el8.x86_64 dnf-4.4.2-11.el8.noarch dnf-data-4.4.2-11.el8.noarch dracut-049-135.git20210121.el8.x86_64
dracut-network-049-135.git20210121.el8.x86_64 dracut-squash-049-135.git20210121.el8.x86_64 elfutils-default-yama-scope-0.182-3.el8.noarch
elfutils-libelf-0.182-3.el8.x86_64 elfutils-libs-0.182-3.el8.x86_64 ethtool-5.8-5.el8.x86_64 expat-2.2.5-4.el8.x86_64 file-libs-5.33-16.el8_3.1.x86_64
filesystem-3.8-3.el8.x86_64 findutils-4.6.0-20.el8.x86_64 gawk-4.2.1-2.el8.x86_64 gdbm-1.18-1.el8.x86_64 gdbm-libs-1.18-1.el8.x86_64
glib2-2.56.4-9.el8.x86_64 glibc-2.28-151.el8.x86_64 glibc-common-2.28-151.el8.x86_64 glibc-minimal-langpack-2.28-151.el8.x86_64
gmp-6.1.2-10.el8.x86_64 gnupg2-2.2.20-2.el8.x86_64 gnutls-3.6.14-7.el8_3.x86_64 gpgme-1.13.1-7.el8.x86_64 grep-3.1-6.el8.x86_64
gzip-1.9-12.el8.x86_64 hostname-3.20-6.el8.x86_64 hwdata-0.314-8.8.el8.noarch ima-evm-utils-1.3.2-12.el8.x86_64 info-6.5-6.el8.x86_64
ipcalc-0.2.4-4.el8.x86_64 iproute-5.9.0-4.el8.x86_64 iptables-libs-1.8.4-17.el8.x86_64 iputils-20180629-7.el8.x86_64 json-c-0.13.1-0.4.el8.x86_64
kexec-tools-2.0.20-46.el8.x86_64 keyutils-libs-1.5.10-6.el8.x86_64 kmod-25-17.el8.x86_64 kmod-libs-25-17.el8.x86_64 krb5-libs-1.18.2-8.el8.x86_64
langpacks-en-1.0-12.el8.noarch less-530-1.el8.x86_64 libacl-2.2.53-1.el8.x86_64 libarchive-3.3.3-1.el8.x86_64 libassuan-2.5.1-3.el8.x86_64
libattr-2.4.48-3.el8.x86_64 libblkid-2.32.1-27.el8.x86_64 libcap-2.26-4.el8.x86_64 libcap-ng-0.7.9-5.el8.x86_64 libcom_err-1.45.6-1.el8.x86_64
libcomps-0.1.11-5.el8.x86_64 libcurl-minimal-7.61.1-18.el8.x86_64 libdb-5.3.28-40.el8.x86_64 libdb-utils-5.3.28-40.el8.x86_64
libdnf-0.55.0-7.el8.x86_64 libfdisk-2.32.1-27.el8.x86_64 libffi-3.1-22.el8.x86_64 libgcc-8.4.1-1.el8.x86_64 libgcrypt-1.8.5-4.el8.x86_64
libgpg-error-1.31-1.el8.x86_64 libibverbs-32.0-4.el8.x86_64 libidn2-2.2.0-1.el8.x86_64 libkcapi-1.2.0-2.el8.x86_64 libkcapi-hmaccalc-1.2.0-2.el8.x86_64
libksba-1.3.5-7.el8.x86_64 libmetalink-0.1.3-7.el8.x86_64 libmnl-1.0.4-6.el8.x86_64 libmodulemd-2.9.4-2.el8.x86_64 libmount-2.32.1-27.el8.x86_64
libnghttp2-1.33.0-3.el8_2.1.x86_64 libnl3-3.5.0-1.el8.x86_64 libnsl2-1.2.0-2.20180605git4a062cf.el8.x86_64 libpcap-1.9.1-5.el8.x86_64
libpwquality-1.4.4-3.el8.x86_64 librepo-1.12.0-3.el8.x86_64 libreport-filesystem-2.9.5-15.el8.x86_64 libseccomp-2.5.1-1.el8.x86_64
libselinux-2.9-5.el8.x86_64 libsemanage-2.9-6.el8.x86_64 libsepol-2.9-2.el8.x86_64 libsigsegv-2.11-5.el8.x86_64 libsmartcols-2.32.1-27.el8.x86_64
libsolv-0.7.16-2.el8.x86_64 libstdc++-8.4.1-1.el8.x86_64 libtasn1-4.13-3.el8.x86_64 libtirpc-1.1.4-4.el8.x86_64 libunistring-0.9.9-3.el8.x86_64
libusbx-1.0.23-4.el8.x86_64 libutempter-1.1.6-14.el8.x86_64 libuuid-2.32.1-27.el8.x86_64 libverto-0.3.0-5.el8.x86_64 libxcrypt-4.1.1-4.el8.x86_64
libxml2-2.9.7-9.el8.x86_64 libyaml-0.1.7-5.el8.x86_64 libzstd-1.4.4-1.el8.x86_64 lua-libs-5.3.4-11.el8.x86_64 lz4-libs-1.8.3-2.el8.x86_64
lzo-2.08-14.el8.x86_64 mpfr-3.1.6-1.el8.x86_64 ncurses-base-6.1-7.20180224.el8.noarch ncurses-libs-6.1-7.20180224.el8.x86_64
nettle-3.4.1-2.el8.x86_64 npth-1.5-4.el8.x86_64 openldap-2.4.46-16.el8.x86_64 openssl-libs-1.1.1g-15.el8_3.x86_64 p11-kit-0.23.22-1.el8.x86_64
p11-kit-trust-0.23.22-1.el8.x86_64 pam-1.3.1-14.el8.x86_64 pciutils-3.7.0-1.el8.x86_64 pciutils-libs-3.7.0-1.el8.x86_64 pcre-8.42-4.el8.x86_64
pcre2-10.32-2.el8.x86_64 platform-python-3.6.8-37.el8.x86_64 platform-python-setuptools-39.2.0-6.el8.noarch popt-1.18-1.el8.x86_64
procps-ng-3.3.15-6.el8.x86_64 python3-dnf-4.4.2-11.el8.noarch python3-gpg-1.13.1-7.el8.x86_64 python3-hawkey-0.55.0-7.el8.x86_64
python3-libcomps-0.1.11-5.el8.x86_64 python3-libdnf-0.55.0-7.el8.x86_64 python3-libs-3.6.8-37.el8.x86_64 python3-pip-wheel-9.0.3-19.el8.noarch
python3-rpm-4.14.3-13.el8.x86_64 python3-setuptools-wheel-39.2.0-6.el8.noarch rdma-core-32.0-4.el8.x86_64 readline-7.0-10.el8.x86_64
rootfiles-8.1-22.el8.noarch rpm-4.14.3-13.el8.x86_64 rpm-build-libs-4.14.3-13.el8.x86_64 rpm-libs-4.14.3-13.el8.x86_64 sed-4.5-2.el8.x86_64
setup-2.12.2-6.el8.noarch shadow-utils-4.6-12.el8.x86_64 snappy-1.1.8-3.el8.x86_64 sqlite-libs-3.26.0-13.el8.x86_64 squashfs-tools-4.3-20.el8.x86_64
systemd-239-45.el8.x86_64 systemd-libs-239-45.el8.x86_64 systemd-pam-239-45.el8.x86_64 systemd-udev-239-45.el8.x86_64 tar-1.30-5.el8.x86_64
tpm2-tss-2.3.2-3.el8.x86_64 tzdata-2021a-1.el8.noarch util-linux-2.32.1-27.el8.x86_64 vim-minimal-8.0.1763-15.el8.x86_64 xz-5.2.4-3.el8.x86_64
xz-libs-5.2.4-3.el8.x86_64 yum-4.4.2-11.el8.noarch zlib-1.2.11-17.el8.x86_64`;

const el5 = `basesystem-8.0-5.1.1.el5.centos.noarch bash-3.2-33.el5_11.4.x86_64 centos-release-5-11.el5.centos.x86_64 coreutils-5.97-34.el5_8.1.x86_64
cpio-2.6-26.el5.x86_64 cracklib-2.8.9-3.3.x86_64 findutils-4.2.27-6.el5.x86_64 gawk-3.1.5-16.el5.x86_64 glibc-2.5-123.el5_11.3.x86_64
glibc-common-2.5-123.el5_11.3.x86_64 grep-2.5.1-55.el5.x86_64 gzip-1.3.5-13.el5.centos.x86_64 libacl-2.2.39-8.el5.x86_64 libattr-2.4.32-1.1.x86_64
libgcc-4.1.2-55.el5.x86_64 libselinux-1.33.4-5.7.el5.centos.x86_64 libsepol-1.15.2-3.el5.x86_64 libstdc++-4.1.2-55.el5.x86_64
ncurses-5.5-24.20060715.x86_64 pam-0.99.6.2-14.el5_11.x86_64 popt-1.10.2.3-36.el5_11.x86_64 procps-3.2.7-26.el5.x86_64
python-2.4.3-56.el5.x86_64 python-libs-2.4.3-56.el5.x86_64 readline-5.1-3.el5.x86_64 rootfiles-8.1-1.1.1.noarch rpm-4.4.2.3-36.el5_11.x86_64
rpm-libs-4.4.2.3-36.el5_11.x86_64 rpm-python-4.4.2.3-36.el5_11.x86_64 sed-4.1.5-8.el5.x86_64 setup-2.5.58-9.el5.noarch shadow-utils-4.0.17-23.el5.x86_64
sqlite-3.3.6-7.x86_64 tar-1.15.1-32.el5_8.x86_64 tzdata-2016c-1.el5.x86_64 util-linux-2.13-0.59.el5_8.x86_64 vim-minimal-7.0.109-7.2.el5.x86_64
yum-3.2.22-40.el5.centos.noarch yum-metadata-parser-1.1.2-4.el5.x86_64 zlib-1.2.3-7.el5.x86_64 ca-certificates-2015.2.6-1.el5.noarch
libxml2-2.6.26-2.1.25.el5_11.x86_64 openssl-0.9.8e-40.el5_11.x86_64 curl-7.15.5-17.el5_9.x86_64 gnupg-1.4.5-18.el5_10.1.x86_64 expat-1.95.8-11.el5_8.x86_64`;

const list = (s: string) => s.split(/\s+/).filter(Boolean);
export const CENTOS_RPMS = { 5: list(el5), 7: list(el7), 8: list(el8) };
