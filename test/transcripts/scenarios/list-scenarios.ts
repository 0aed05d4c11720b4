import type { Scenario } from '../scenario';

const ps: Scenario = {
  name: 'ps',
  description: ['docker ps: running/all, -q, -l, -n, -s, --no-trunc, filters, formats.'],
  run(r) {
    r.run('docker ps');
    r.run('docker ps -a', { note: 'empty table: header only' });
    r.run('docker run --name a1 busybox true');
    r.pause(1);
    r.run('docker run -d --name a2 busybox sleep 300');
    r.pause(1);
    r.run('docker create --name a3 busybox');
    r.run("docker run --name a4 busybox sh -c 'exit 2'");
    r.run('docker ps');
    r.run('docker ps -a');
    r.run('docker ps -q');
    r.run('docker ps -aq');
    r.run('docker ps -l');
    r.run('docker ps -n 2');
    r.run('docker ps -s');
    r.run('docker ps -a -s');
    r.run('docker ps -a --no-trunc');
    r.run('docker ps --filter status=exited');
    r.run('docker ps -a --filter status=created');
    r.run('docker ps -a --filter exited=2');
    r.run('docker ps -a --filter name=a2');
    r.run("docker ps -a --format '{{.Names}}\\t{{.Status}}'");
    r.run("docker ps -a --format 'table {{.ID}}\\t{{.Names}}'");
    r.run("docker ps --format '{{json .}}'");
    r.run('docker container ls');
    r.run('docker ps -a --filter bogus=1');
    r.run('docker ps x');
    r.run('docker rm -f a2');
  },
};

const inspect: Scenario = {
  name: 'inspect',
  description: ['docker inspect of images and containers; --format templates; missing objects.'],
  run(r) {
    r.run('docker inspect busybox');
    r.run("docker inspect --format '{{.Config.Cmd}}' busybox");
    r.run("docker inspect --format '{{json .Config}}' busybox");
    r.run("docker inspect --format '{{index .RepoTags 0}}' busybox");
    r.run("docker inspect --format '{{range .RootFS.Layers}}{{println .}}{{end}}' busybox");
    r.run("docker inspect --format '{{len .RootFS.Layers}}' busybox");
    r.run("docker image inspect --format '{{.Id}}' busybox");
    r.run("docker inspect -f '{{.Os}}/{{.Architecture}} {{.Size}}' busybox");
    r.run('docker create --name ic busybox echo hi');
    r.run('docker inspect ic', { note: 'machine paths and times; compare selected fields only' });
    r.run("docker inspect --format '{{.State.Status}} {{.Name}} {{.Config.Image}} {{.Path}} {{.Args}}' ic");
    r.run("docker container inspect --format '{{json .Config.Cmd}}' ic");
    r.run('docker inspect nosuch');
    r.run('docker image inspect nosuch');
    r.run('docker container inspect nosuch');
    r.run('docker inspect busybox nosuch --format {{.Id}}');
    r.run("docker inspect --format '{{.Nope}}' busybox");
    r.run("docker inspect --format '{{.Config.Cmd' busybox");
    r.run('docker inspect');
  },
};

const system: Scenario = {
  name: 'system',
  description: ['version, info (long and machine-specific: compare selected lines only), system df, system prune.'],
  run(r) {
    r.run('docker version');
    r.run("docker version --format '{{.Client.Version}}'");
    r.run('docker info', { note: 'machine-specific (kernel, CPUs, memory, paths, warnings of this daemon config)' });
    r.run("docker info --format '{{.Driver}} {{.Images}} {{.Containers}}'");
    r.run('docker run --name s1 busybox sh -c "echo x > /x"');
    r.run('docker run -d --name s2 busybox sleep 300');
    r.run('docker system df');
    r.run('docker system df -v');
    r.run('docker system prune -f');
    r.run('docker ps -a');
    r.run('docker rm -f s2');
    r.run('docker system prune -a -f', { note: 'busybox is unused now, so it goes too' });
    r.run('docker images');
  },
};

export const listScenarios: Scenario[] = [ps, inspect, system];
