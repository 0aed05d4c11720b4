import type { Scenario } from '../scenario';

const images: Scenario = {
  name: 'images',
  description: ['docker images / image ls: flags, filters, formats, empty tables, dangling rows.'],
  run(r) {
    r.run('docker images');
    r.run('docker image ls');
    r.run('docker images -q');
    r.run('docker images -a');
    r.run('docker images --digests');
    r.run('docker images --no-trunc');
    r.run('docker images --filter dangling=true', { note: 'empty table: header only' });
    r.run('docker images nosuch', { note: 'empty table: header only' });
    r.run("docker images --format '{{.ID}}'");
    r.run("docker images --format '{{json .}}'");
    r.run("docker images --format 'table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}'");
    r.pause(1);
    r.run('docker tag busybox busybox:v1');
    r.run('docker tag busybox me/box');
    r.run('docker run --name c busybox touch /made', { note: 'names need at least two characters' });
    r.run('docker run --name ctr busybox touch /made');
    r.run('docker commit ctr');
    r.run('docker images', { note: 'v28 lists the untagged image as <none> <none>; v29 would hide it (docker-cli-formats.md 1a)' });
    r.run('docker images -a');
    r.run('docker images --filter dangling=true');
    r.run('docker images -f dangling=false');
    r.run("docker images --filter 'reference=busy*'");
    r.run('docker images --filter reference=me/box');
    r.run('docker images busybox');
    r.run('docker images -q --no-trunc');
    r.run("docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}'");
    r.run("docker images --format 'table {{.ID}}\\t{{.Repository}}'");
    r.run('docker images --filter bogus=1');
    r.run('docker images a b');
  },
};

const tagRmi: Scenario = {
  name: 'tag-rmi',
  description: ['docker tag and docker rmi: untag vs delete, -f, conflicts, missing images.'],
  run(r) {
    const id = r.run('docker images -q busybox').stdout.trim();
    r.run('docker tag busybox app:1');
    r.run('docker tag busybox app:1');
    r.run('docker tag busybox Bad:Ref');
    r.run('docker tag busybox a:b:c');
    r.run('docker tag nosuch x');
    r.run('docker tag busybox:nosuch x');
    r.run('docker tag a');
    r.run('docker rmi app:1');
    r.run('docker tag busybox app:1');
    r.run('docker tag busybox app:2');
    r.run(`docker rmi ${id}`);
    r.run('docker rmi app:1 app:2');
    r.run('docker rmi nosuch');
    r.run('docker rmi nosuch busybox:nosuch');
    r.run('docker rmi');
    r.run('docker create --name stopped busybox');
    r.run('docker rmi busybox');
    r.run(`docker rmi ${id}`);
    r.run('docker rm stopped');
    r.run('docker run -d --name running busybox sleep 300');
    r.run(`docker rmi ${id}`);
    r.run(`docker rmi -f ${id}`);
    r.run('docker rm -f running');
    r.run('docker run --name ctr busybox touch /child');
    r.run('docker commit ctr child:1');
    r.run('docker rm ctr');
    r.run(`docker rmi ${id}`);
    r.run(`docker rmi -f ${id}`);
    r.run('docker rmi child:1');
    r.run('docker tag busybox keep:1');
    r.run('docker rmi busybox');
    r.run('docker images');
    r.run('docker tag keep:1 other:1');
    r.run(`docker rmi -f ${id}`);
    r.run('docker images');
  },
};

const history: Scenario = {
  name: 'history',
  description: ['docker history of the imported busybox and of committed images.'],
  run(r) {
    r.run('docker history busybox');
    r.run('docker history --no-trunc busybox');
    r.run('docker history -H=false busybox');
    r.run('docker history -q busybox');
    r.run("docker history --format '{{.ID}} {{.CreatedBy}}' busybox");
    r.run("docker history --format 'table {{.ID}}\\t{{.Size}}' busybox");
    r.pause(1);
    r.run("docker run --name work busybox sh -c 'echo hello > /hello.txt'");
    r.run("docker commit -m 'add hello' work me/hello:1");
    r.run('docker rm work');
    r.pause(1);
    r.run("docker run --name w2 me/hello:1 sh -c 'echo more >> /hello.txt'");
    r.run("docker commit -c 'CMD [\"cat\", \"/hello.txt\"]' w2 me/hello:2");
    r.run('docker history me/hello:2');
    r.run('docker history -q me/hello:2');
    r.run('docker history --no-trunc me/hello:2');
    r.run('docker history -H=false me/hello:2');
    r.run('docker history nosuch');
    r.run('docker history');
    r.run('docker history a b');
  },
};

const prune: Scenario = {
  name: 'prune',
  description: ['docker image prune (-f, -a), container prune, system prune.'],
  run(r) {
    r.run('docker image prune -f');
    r.run('docker run --name ctr busybox touch /f');
    r.run('docker commit ctr');
    r.run('docker rm ctr');
    r.run('docker image prune </dev/null', { note: 'no TTY and no answer on stdin: the prompt is answered "no"' });
    r.run('echo y | docker image prune');
    r.run('docker run --name c2 busybox touch /g');
    r.run('docker commit c2 unused:1');
    r.run('docker run --name c3 busybox true');
    r.run('docker container prune -f');
    r.run('docker tag busybox extra:1');
    r.run('docker image prune -f');
    r.run('docker images');
    r.run('docker image prune -a -f');
    r.run('docker images');
  },
};

export const imageScenarios: Scenario[] = [images, tagRmi, history, prune];
