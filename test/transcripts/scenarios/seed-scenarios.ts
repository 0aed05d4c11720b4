import type { Scenario } from '../scenario';

// The seeds use `docker run -it ubuntu bash`, then type commands and exit. Without a TTY and a
// registry, the same steps are a non-interactive `docker run ... sh -c` on busybox.
const seed001: Scenario = {
  name: 'seed-001-commit',
  description: [
    'seeds 001/004 with busybox: run -it, change the filesystem, exit, commit -m -a, images, history.',
    'The interactive session is replaced by `docker run --name box busybox sh -c ...`.',
  ],
  run(r) {
    r.run('docker images');
    r.run("docker run --name box busybox sh -c 'echo \"set number\" > /root/.vimrc; mkdir -p /usr/local/bin; echo \"#!/bin/sh\" > /usr/local/bin/vim; chmod +x /usr/local/bin/vim'");
    r.run('docker ps -a');
    r.run('docker diff box');
    r.pause(1);
    r.run("docker commit -m=\"add vim\" -a=\"donkor\" box donkor/busybox:1.0");
    r.run('docker images');
    r.run('docker history donkor/busybox:1.0');
    r.run('docker run --rm donkor/busybox:1.0 cat /root/.vimrc');
  },
};

const seed003: Scenario = {
  name: 'seed-003-lifecycle',
  description: [
    'seed 003 with busybox: a detached sleeping container, ps, stop, ps -a, rm, rmi.',
    'The seed ran an image it built; here a commit stands in for the build.',
  ],
  run(r) {
    r.run("docker run --name base busybox sh -c 'echo built > /built'");
    r.run('docker commit -c \'CMD ["sleep", "300"]\' base');
    const id = r.run('docker images -q --filter dangling=true').stdout.trim();
    r.run('docker rm base');
    r.run('docker images');
    r.run(`docker run -d ${id}`);
    r.run('docker ps');
    const cid = r.run('docker ps -q').stdout.trim();
    r.run(`docker stop ${cid}`, { note: 'sleep as PID 1 ignores SIGTERM: 10 s grace, then SIGKILL (Exited (137))' });
    r.run('docker ps');
    r.run('docker ps -a');
    r.run(`docker rm ${cid}`);
    r.run('docker ps -a');
    r.run(`docker rmi ${id}`);
    r.run('docker images');
  },
};

export const seedScenarios: Scenario[] = [seed001, seed003];
