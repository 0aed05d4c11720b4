import { describe, expect, it } from 'vitest';
import { piped, sandboxWith } from './catalog-fixture';
import { expectValidImages } from '../engine/image-validity';

describe('containers run the image\'s own programs', () => {
  it('runs a command, passes its exit code through, and reports a missing executable as Docker does', async () => {
    const sb = await sandboxWith('ubuntu', 'busybox');
    expect(await piped(sb, 'docker run ubuntu echo hi there\ndocker run busybox echo from busybox\ndocker run ubuntu sh -c "exit 3"\necho $?\ndocker run ubuntu nosuch\necho $?')).toBe(
      'hi there\nfrom busybox\n3\n' +
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nosuch": executable file not found in $PATH: unknown\n\n' +
        "Run 'docker run --help' for more information\n127\n",
    );
  });

  it('opens the image\'s shell with -it, keeps changes in the writable layer, and commits them (seed 001\'s flow)', async () => {
    const sb = await sandboxWith('ubuntu');
    const out = await piped(sb, [
      'docker run -it --name box ubuntu',
      'cat /etc/os-release | head -1',
      'which vim; echo "vim: $?"',
      'mkdir /work && echo notes > /work/notes.txt',
      'exit',
      'docker diff box',
      'docker commit -m "add notes" -a "Ann" box me/notes:1 > /dev/null',
      'docker run --rm me/notes:1 cat /work/notes.txt',
      "docker history --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}' me/notes:1 | head -1",
    ].join('\n'));
    expect(out).toBe([
      'PRETTY_NAME="Ubuntu 24.04.3 LTS"',
      'vim: 1',
      'exit',
      'C /root',
      'A /root/.bash_history',
      'A /work',
      'A /work/notes.txt',
      'notes',
      // 6 bytes of notes + the shell's 105-byte history
      '/bin/bash|111B|add notes',
      '',
    ].join('\n'));
    await expectValidImages(sb.engine);
  });
});

describe('hello-world', () => {
  it('prints the real image\'s message', async () => {
    const sb = await sandboxWith('hello-world');
    const out = await piped(sb, 'docker run hello-world');
    expect(out.split('\n').slice(0, 3)).toEqual(['', 'Hello from Docker!', 'This message shows that your installation appears to be working correctly.']);
    expect(out).toContain('    (amd64)\n');
    expect(out.endsWith(' https://docs.docker.com/get-started/\n\n')).toBe(true);
  });
});
