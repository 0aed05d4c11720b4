import type { Scenario } from '../scenario';

// Seen on vfs: the order of the top-level groups changed between two recordings.
const DIFF_ORDER = 'vfs: groups of changes under different top-level directories come in no stable order; compare as a set';

const commit: Scenario = {
  name: 'commit',
  description: ['docker commit: no repo (dangling), -m, -a, -c, no changes, errors.'],
  run(r) {
    r.run("docker run --name work busybox sh -c 'echo hello > /hello.txt'");
    r.run('docker commit work');
    r.pause(1);
    r.run("docker commit -m 'add hello' -a 'Layerlab <dev@example.com>' work me/hello:1");
    r.run("docker commit -c 'CMD [\"cat\", \"/hello.txt\"]' work me/hello:2");
    r.run('docker run --rm me/hello:2');
    r.run("docker commit -c 'ENV A=1' -c 'WORKDIR /tmp' work me/hello:3");
    r.run("docker run --rm me/hello:3 sh -c 'echo $A; pwd'");
    r.run("docker commit -c 'CMD echo shell form' work me/hello:4");
    r.run("docker inspect --format '{{json .Config.Cmd}}' me/hello:4");
    r.run("docker inspect --format '{{.Comment}}|{{.Author}}' me/hello:1");
    r.run('docker commit work me/hello', { note: 'no tag: :latest' });
    r.run('docker create --name empty busybox');
    r.run('docker commit empty me/empty', { note: 'no changes: a new image whose layer is empty' });
    r.run('docker history me/empty');
    r.run("docker inspect --format '{{len .RootFS.Layers}}' me/empty");
    r.run('docker images');
    r.run('docker commit nosuch');
    r.run('docker commit work Bad/Name');
    r.run("docker commit -c 'BOGUS x' work");
    r.run('docker commit');
    r.run('docker commit a b c');
  },
};

const diff: Scenario = {
  name: 'diff',
  description: [
    'docker diff: A/C/D. The recording daemon uses the vfs driver, which compares whole trees;',
    'overlay2 reads the upper dir instead (not recordable here: no overlay support on this machine).',
  ],
  run(r) {
    r.run("docker run --name d1 busybox sh -c 'echo new > /new.txt; echo x >> /etc/passwd; rm /etc/group; mkdir -p /a/b/c; touch /a/b/c/f; rm -r /home'");
    r.run('docker diff d1', { note: DIFF_ORDER });
    r.run('docker run --name d2 busybox true');
    r.run('docker diff d2', { note: 'no changes: runtime files (/etc/hosts, /etc/hostname, /etc/resolv.conf) are not listed' });
    r.run("docker run --name d3 busybox sh -c 'mkdir /tmp/x && echo 1 > /tmp/x/y && echo 2 > /root/z'");
    r.run('docker diff d3', { note: DIFF_ORDER });
    r.run('docker diff nosuch');
    r.run('docker diff');
  },
};

const saveLoad: Scenario = {
  name: 'save-load',
  description: ['save (-o, stdout), load (-i, stdin), export, import.'],
  run(r) {
    r.run('docker save -o bb.tar busybox');
    r.run('tar -tf bb.tar | sort', { note: 'daemon 20.10 writes the legacy layout; v25+ adds OCI index.json and blobs/ (oci-notes.md)' });
    r.run('docker save busybox > bb2.tar');
    r.run('cmp bb.tar bb2.tar && echo same');
    r.run('docker save -o x.tar nosuch');
    r.run('docker rmi busybox');
    r.run('docker load -i bb.tar');
    r.run('docker load < bb.tar');
    r.run('docker load -q -i bb.tar');
    r.run('docker load -i nosuch.tar');
    r.run("echo junk | docker load");
    r.run("docker run --name ex busybox sh -c 'echo hi > /hi'");
    r.run('docker export -o ex.tar ex');
    r.run("tar -tf ex.tar | grep -v '^bin/.' | sort");
    r.run('docker import ex.tar imported:1');
    r.run('docker import ex.tar');
    r.run("docker import -c 'CMD [\"cat\", \"/hi\"]' -m 'from tar' ex.tar imported:2");
    r.run('docker history imported:2');
    r.run('docker run --rm imported:2');
    r.run('docker run --rm imported:1');
    r.run('docker images');
    r.run('docker export nosuch > n.tar');
    r.run('docker save');
    r.run('docker import');
  },
};

export const commitScenarios: Scenario[] = [commit, diff, saveLoad];
