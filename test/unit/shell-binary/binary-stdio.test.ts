import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { session } from '../docker-extra/session';
import { Pipe } from '../../../src/shell/pipe';
import { scripted } from '../docker-extra/scripted-terminal';

/*
 * Expected outputs recorded on this machine with the docker 28.2.2 client and dockerd
 * 20.10.24+dfsg1 (tools/real-docker.sh, local busybox:latest), bash 5.2, GNU coreutils 9.1:
 *   docker save busybox > b.tar; docker save busybox -o a.tar      -> no output, exit 0, same sha256
 *   docker save busybox | docker load / docker load < b.tar / cat b.tar | docker load
 *                                                                  -> "Loaded image: busybox:latest", exit 0
 *   (gzip -c b.tar > g.tgz) docker load < g.tgz / docker load -i g.tgz -> "Loaded image: busybox:latest"
 *   docker load < /dev/null, printf "" | docker load, 1024 zero bytes | docker load
 *     -> stderr "open /tmp/real-docker/data/tmp/docker-import-<n>/repositories: no such file or directory", exit 1
 *        (data root /var/lib/docker on a default install)
 *   echo hi | docker load; head -c 1000 b.tar | docker load
 *     -> stderr "Error processing tar file(exit status 1): unexpected EOF", exit 1
 *   printf "%2048s" x | docker load
 *     -> stderr "Error processing tar file(exit status 1): archive/tar: invalid tar header", exit 1
 *   docker save busybox other:1 > m.tar; docker rmi other:1 busybox; docker load < m.tar
 *     -> "Loaded image: busybox:latest\nLoaded image: other:1\n"
 *   docker export c1 > c1.tar; cat c1.tar | docker import - myimg -> "sha256:<64 hex>\n", exit 0
 *   docker save busybox > /dev/null; docker load < b.tar > /dev/null -> no output, exit 0
 *   (docker save busybox >&2) 2> e.tar; docker save busybox 3>f.tar >&3 -> same bytes as -o
 *   docker save busybox >> t.tar after > t.tar                    -> twice the size
 *   in a pty (script -qc): docker save busybox / docker export c1
 *     -> "cowardly refusing to save to a terminal. Use the -o flag or redirect", exit 1;
 *      docker load -> "requested load from stdin, but stdin is empty", exit 1
 */

const LOADED = 'Loaded image: busybox:latest\n';
const ok = (out: string) => ({ out, err: '', code: 0 });

/** `sha256sum f1 f2 ...` as it prints when every file holds the same bytes. */
async function sameHashes(run: (l: string) => Promise<{ out: string }>, files: string[]) {
  const { out } = await run(`sha256sum ${files.join(' ')}`);
  const h = out.slice(0, 64);
  expect(h).toMatch(/^[0-9a-f]{64}$/);
  expect(out).toBe(files.map((f) => `${h}  ${f}\n`).join(''));
}

describe('docker save/load through redirections and pipes', () => {
  it('docker save > f writes the same bytes as -o, through > , 2> , fd 3 and cat', async () => {
    const { run } = await session();
    expect(await run('docker save busybox -o a.tar')).toEqual(ok(''));
    expect(await run('docker save busybox > b.tar')).toEqual(ok(''));
    expect(await run('(docker save busybox >&2) 2> e.tar')).toEqual(ok(''));
    expect(await run('docker save busybox 3>f.tar >&3')).toEqual(ok(''));
    expect(await run('cat b.tar > c.tar')).toEqual(ok(''));
    expect(await run('cat < b.tar > d.tar')).toEqual(ok(''));
    expect(await run('docker save busybox | cat | cat > g.tar')).toEqual(ok(''));
    await sameHashes(run, ['a.tar', 'b.tar', 'c.tar', 'd.tar', 'e.tar', 'f.tar', 'g.tar']);
  });

  it('>> appends the tar bytes; > /dev/null swallows them', async () => {
    const { run } = await session();
    await run('docker save busybox > t.tar');
    await run('docker save busybox >> t.tar');
    await run('docker save busybox -o a.tar');
    await run('cat a.tar a.tar > aa.tar');
    await sameHashes(run, ['t.tar', 'aa.tar']);
    expect(await run('docker save busybox > /dev/null')).toEqual(ok(''));
  });

  it('loads from < f, from a pipe, from cat, quietly to /dev/null', async () => {
    const { run } = await session();
    await run('docker save busybox > b.tar');
    expect(await run('docker save busybox | docker load')).toEqual(ok(LOADED));
    expect(await run('docker load < b.tar')).toEqual(ok(LOADED));
    expect(await run('cat b.tar | docker load')).toEqual(ok(LOADED));
    expect(await run('cat < b.tar | docker load -q')).toEqual(ok(LOADED));
    expect(await run('docker load < b.tar > /dev/null')).toEqual(ok(''));
  });

  it('saves several images to one redirect and loads them back', async () => {
    const { run } = await session();
    await run('docker tag busybox other:1');
    expect(await run('docker save busybox other:1 > m.tar')).toEqual(ok(''));
    await run('docker rmi other:1 busybox');
    expect((await run('docker images -q')).out).toBe('');
    expect(await run('docker load < m.tar')).toEqual(ok('Loaded image: busybox:latest\nLoaded image: other:1\n'));
  });

  it('loads a gzip-compressed tar from stdin and from -i', async () => {
    const { sb, run } = await session();
    await run('docker save busybox -o /home/learner/b.tar');
    sb.hostFs.writeFile('/home/learner/g.tgz', gzipSync(sb.hostFs.readFile('/home/learner/b.tar')), { mode: 0o644 });
    expect(await run('docker load < g.tgz')).toEqual(ok(LOADED));
    expect(await run('cat g.tgz | docker load')).toEqual(ok(LOADED));
    expect(await run('docker load -i g.tgz')).toEqual(ok(LOADED));
  });

  it('says plainly that bzip2 and xz archives (which real docker load reads) are not simulated', async () => {
    const { sb, run } = await session();
    sb.hostFs.writeFile('/home/learner/b.tar.bz2', new Uint8Array([0x42, 0x5a, 0x68, 0x39, 0x31]), { mode: 0o644 });
    sb.hostFs.writeFile('/home/learner/b.tar.xz', new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]), { mode: 0o644 });
    expect(await run('docker load < b.tar.bz2')).toEqual({ out: '', err: 'layerlab: reading a bzip2-compressed archive is not available in this sandbox\n', code: 1 });
    expect(await run('docker load -i b.tar.xz')).toEqual({ out: '', err: 'layerlab: reading an xz-compressed archive is not available in this sandbox\n', code: 1 });
  });

  it("gives the daemon's errors for empty input and for what is not a tar", async () => {
    const { run } = await session();
    await run('docker save busybox > b.tar');
    const noRepositories = /^open \/var\/lib\/docker\/tmp\/docker-import-[0-9]+\/repositories: no such file or directory\n$/;
    for (const line of ['docker load < /dev/null', "printf '' | docker load"]) {
      const r = await run(line);
      expect(r.out).toBe('');
      expect(r.err).toMatch(noRepositories);
      expect(r.code).toBe(1);
    }
    const eof = { out: '', err: 'Error processing tar file(exit status 1): unexpected EOF\n', code: 1 };
    expect(await run('echo hi | docker load')).toEqual(eof);
    expect(await run('head -c 1000 b.tar | docker load')).toEqual(eof);
    expect(await run('echo hi | docker load -q')).toEqual(eof);
    expect(await run("printf '%2048s' x | docker load")).toEqual({ out: '', err: 'Error processing tar file(exit status 1): archive/tar: invalid tar header\n', code: 1 });
    expect(await run("printf '%2048s' x > y; docker load -i y")).toEqual({ out: '', err: 'Error processing tar file(exit status 1): archive/tar: invalid tar header\n', code: 1 });
  });
});

describe('docker export and import through redirections and pipes', () => {
  it('export > f equals export -o; cat f | import - and export | import - make images', async () => {
    const { run } = await session();
    await run('docker create --name c1 busybox');
    expect(await run('docker export c1 > c1.tar')).toEqual(ok(''));
    expect(await run('docker export -o c2.tar c1')).toEqual(ok(''));
    await sameHashes(run, ['c1.tar', 'c2.tar']);
    for (const [line, name] of [['cat c1.tar | docker import - myimg', 'myimg'], ['docker export c1 | docker import - myimg2', 'myimg2']]) {
      const r = await run(line);
      const id = (await run(`docker images --no-trunc -q ${name}`)).out;
      expect(id).toMatch(/^sha256:[0-9a-f]{64}\n$/);
      expect(r).toEqual(ok(id));
    }
  });
});

describe('pipes and files carry text and bytes alike', () => {
  // Recorded with bash 5.2 and GNU coreutils 9.1 (printf 'h\xc3\xa9 \xe2\x82\xac\n' > u.txt).
  it('text programs read bytes as UTF-8', async () => {
    const { sb, run } = await session();
    sb.hostFs.writeFile('/home/learner/u.txt', new TextEncoder().encode('h\u00e9 \u20ac\n'), { mode: 0o644 });
    expect(await run('cat u.txt | cat | wc -c')).toEqual(ok('8\n'));
    expect(await run('cat u.txt | cat | tr a-z A-Z')).toEqual(ok('H\u00e9 \u20ac\n'));
    expect(await run('echo caf\u00e9 | cat > v.txt; cat v.txt')).toEqual(ok('caf\u00e9\n'));
    expect(await run('cat nosuch u.txt > w.txt; echo $?; cat w.txt')).toEqual({ out: '1\nh\u00e9 \u20ac\n', err: 'cat: nosuch: No such file or directory\n', code: 0 });
  });
});

describe('Pipe', () => {
  it('keeps bytes whole for a byte reader and decodes a character split between writes for a text reader', async () => {
    const bytes = new Pipe();
    bytes.writeBytes(new Uint8Array([0xc3, 0x00, 0xff]));
    bytes.write('\u00e9');
    bytes.close();
    expect([...(await bytes.readAllBytes())]).toEqual([0xc3, 0x00, 0xff, 0xc3, 0xa9]);

    const text = new Pipe();
    text.writeBytes(new Uint8Array([0x63, 0xc3]));
    const first = await text.read();
    const second = text.read();
    text.writeBytes(new Uint8Array([0xa9, 0x0a]));
    text.close();
    expect([first, await second, await text.read()]).toEqual(['c', '\u00e9\n', null]);
  });
});


describe('at a terminal', () => {
  it('docker save and export refuse the terminal, docker load wants a redirect; a redirect works', async () => {
    const { sb } = await session();
    const lines = ['docker create --name c1 busybox >/dev/null', 'docker save busybox', 'echo $?', 'docker export c1', 'echo $?', 'docker load', 'echo $?', 'docker save busybox > x.tar', 'docker load < x.tar'];
    const term = scripted([...lines]);
    await sb.runTerminal(term);
    const p = 'learner@layerlab:~$ ';
    const refuse = 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n';
    expect(term.screen).toBe(
      `${p}${lines[0]}\n${p}docker save busybox\n${refuse}${p}echo $?\n1\n${p}docker export c1\n${refuse}${p}echo $?\n1\n` +
      `${p}docker load\nrequested load from stdin, but stdin is empty\n${p}echo $?\n1\n${p}docker save busybox > x.tar\n${p}docker load < x.tar\n${LOADED}${p}`,
    );
  });
});

describe('checksums of a byte stream', () => {
  it('docker save busybox | sha256sum hashes the archive, as sha256sum of the saved file does', async () => {
    const { run } = await session();
    await run('docker save -o a.tar busybox');
    const file = (await run('sha256sum a.tar')).out.split(' ')[0];
    expect(file).toMatch(/^[0-9a-f]{64}$/);
    expect(await run('docker save busybox | sha256sum')).toEqual({ out: `${file}  -\n`, err: '', code: 0 });
    expect(await run('sha256sum < a.tar')).toEqual({ out: `${file}  -\n`, err: '', code: 0 });
  });
});
