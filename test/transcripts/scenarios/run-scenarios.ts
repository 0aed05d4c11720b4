import type { Scenario } from '../scenario';

const NET_NOTE = 'the recording daemon runs with --bridge=none; port publishing is accepted but nothing is bound';

const run: Scenario = {
  name: 'run',
  description: ['docker run: commands, -d, --rm, --name, -e, -w, -u, --entrypoint, -h, exit codes and errors.'],
  run(r) {
    r.run('docker run busybox echo hello');
    r.run("docker run busybox sh -c 'exit 3'");
    r.run('docker run --rm busybox echo bye');
    r.run('docker run -d --name bg busybox sleep 300');
    r.run('docker run --name named busybox true');
    r.run('docker run --name named busybox true');
    r.run("docker run -e FOO=bar busybox sh -c 'echo $FOO'");
    r.run("docker run --env A=1 --env B busybox sh -c 'echo A=$A B=${B-unset}'");
    r.run('docker run -w /tmp busybox pwd');
    r.run('docker run -w /new/dir busybox pwd');
    r.run('docker run -u nobody busybox id');
    r.run('docker run -u 1234:5678 busybox id');
    r.run('docker run -u nosuchuser busybox id');
    r.run('docker run --entrypoint echo busybox hi there');
    r.run('docker run -h myhost busybox hostname');
    r.run('docker run busybox hostname', { note: 'the default hostname is the 12-hex container ID' });
    r.run('docker run busybox nosuchcmd');
    r.run('docker run busybox /etc/passwd');
    r.run('docker run busybox /tmp');
    r.run('docker run nosuchimage', { note: 'no network on the recording machine: this is the pull failure it produces; with network v28 says "pull access denied" (docker-cli-formats.md 5)' });
    r.run('docker run busybox:nosuchtag');
    r.run('docker run Bad:Image');
    r.run('docker run -it busybox sh', { note: 'stdin is not a terminal during recording' });
    r.run('docker run -d -p 8080:80 --name web busybox sleep 300', { note: NET_NOTE });
    r.run('docker port web', { note: NET_NOTE });
    r.run('docker port web 80');
    r.run('docker ps', { note: NET_NOTE });
    r.run('docker run --bogus busybox');
    r.run('docker run');
    r.run('docker ps -a');
    r.run('docker rm -f bg web');
  },
};

const lifecycle: Scenario = {
  name: 'lifecycle',
  description: ['create, start (-a), stop, restart, kill, rename, logs, rm, container prune.'],
  run(r) {
    r.run('docker create --name c1 busybox echo created');
    r.run('docker ps -a');
    r.run('docker start c1');
    r.pause(1);
    r.run('docker start -a c1');
    r.run('docker logs c1');
    r.run("docker create --name c2 busybox sh -c 'for i in 1 2 3 4 5; do echo line $i; done; echo oops >&2'");
    r.run('docker start -a c2');
    r.run('docker logs c2');
    r.run('docker logs --tail 2 c2');
    r.run('docker logs nosuch');
    r.run('docker run -d --name s1 busybox sleep 300');
    r.run('docker stop s1', { note: 'sleep as PID 1 ignores SIGTERM: stop waits the 10 s grace time, then kills (exit 137)' });
    r.run('docker ps -a --filter name=s1');
    r.run('docker start s1');
    r.run('docker restart -t 1 s1');
    r.run('docker kill s1');
    r.run('docker kill s1');
    r.run('docker rename s1 s2');
    r.run('docker rename nosuch x');
    r.run('docker rename s2 c1');
    r.run('docker ps -a');
    r.run('docker rm s2');
    r.run('docker rm c1 c2');
    r.run('docker rm nosuch');
    r.run('docker run -d --name run1 busybox sleep 300');
    r.run('docker rm run1', {
      note: 'v25-v28 wording, docker-cli-formats.md 9 (rm running container)',
      v28: { stderr: 'Error response from daemon: cannot remove container "/run1": container is running: stop the container before removing or force remove\n' },
    });
    r.run('docker rm -f run1');
    r.run('docker stop nosuch');
    r.run('docker start nosuch');
    r.run('docker kill nosuch');
    r.run('docker restart nosuch');
    r.run('docker create --name p1 busybox');
    r.run('docker run --name p2 busybox true');
    r.run('docker container prune -f');
    r.run('docker container prune -f');
    r.run('docker create');
    r.run('docker start');
    r.run('docker rename a');
  },
};

const exec: Scenario = {
  name: 'exec',
  description: ['exec (-u, -w, -e, exit codes), top, cp both ways, port, stats --no-stream, attach.'],
  run(r) {
    r.run('docker run -d --name box1 busybox sleep 300');
    r.run('docker exec box1 echo hi');
    r.run('docker exec -u nobody box1 id');
    r.run('docker exec -w /tmp box1 pwd');
    r.run("docker exec -e A=b box1 sh -c 'echo $A'");
    r.run("docker exec box1 sh -c 'exit 4'");
    r.run('docker exec box1 nosuch');
    r.run('docker exec box1 /etc/passwd');
    r.run('docker exec nosuch ls');
    r.run('docker exec box1');
    r.run('docker top box1');
    r.run('docker cp box1:/etc/passwd ./passwd');
    r.run('cat passwd');
    r.run('echo data > local.txt');
    r.run('docker cp local.txt box1:/tmp/');
    r.run('docker exec box1 cat /tmp/local.txt');
    r.run('docker cp box1:/nosuch .');
    r.run('docker cp ./nosuch box1:/tmp');
    r.run('docker cp local.txt nosuch:/tmp');
    r.run('docker port box1');
    r.run("docker stats --no-stream --format 'table {{.Name}}\\t{{.PIDs}}' box1");
    r.run('docker stats --no-stream box1', { note: 'CPU, memory and I/O numbers differ run to run (normalized)' });
    r.run('docker attach --no-stdin box1 </dev/null & sleep 1; docker kill box1 >/dev/null; wait $!', { note: 'attach returns when the container ends, with its exit code (137: killed)' });
    r.run('docker exec box1 ls');
    r.run('docker top box1');
    r.run('docker diff box1');
    r.run('docker rm box1');
  },
};

export const runScenarios: Scenario[] = [run, lifecycle, exec];
