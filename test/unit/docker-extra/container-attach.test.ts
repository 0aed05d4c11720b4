import { describe, expect, it } from 'vitest';
import { session } from './session';
import { scripted } from './scripted-terminal';


describe('docker attach and docker start -ai', () => {
  it('attach re-enters a detached -it shell; start -ai re-enters it after it exited', async () => {
    const { sb, run } = await session();
    const term = scripted([
      'docker run -dit --name tty1 busybox sh >/dev/null',
      'docker attach tty1',
      'echo inside > /mark; cat /mark',
      'exit 3',
      'echo "attach: $?"',
      'docker start -ai tty1',
      'cat /mark',
      'exit',
      'echo "start: $?"',
    ]);
    await sb.runTerminal(term);
    const screen = term.screen.replace(/^.*?\$ /gm, '$ ');
    // The shell's own "exit" echo on leaving is the shell's business, not attach's: not asserted.
    const lines = screen.split('\n').filter((l) => l !== 'exit');
    expect(lines).toEqual([
      '$ docker run -dit --name tty1 busybox sh >/dev/null',
      '$ docker attach tty1', '/ # echo inside > /mark; cat /mark', 'inside', '/ # exit 3',
      '$ echo "attach: $?"', 'attach: 3',
      '$ docker start -ai tty1', '/ # cat /mark', 'inside', '/ # exit',
      '$ echo "start: $?"', 'start: 0',
      '$ ',
    ]);
    expect((await run("docker ps -a --format '{{.Names}} {{.Status}}'")).out).toMatch(/^tty1 Exited \(0\) /);
  });

  it('attach waits for a detached container and returns its exit code; a stopped one is refused', async () => {
    const { run } = await session();
    await run('docker run -d --name sl busybox sleep 300');
    expect((await run('docker attach --no-stdin sl & sleep 1; docker kill sl >/dev/null; wait $!; echo "attach: $?"')).out).toBe('attach: 137\n');
    expect(await run('docker attach sl')).toEqual({ out: '', err: 'Error response from daemon: You cannot attach to a stopped container, start it first\n', code: 1 });
    expect(await run('docker attach nosuch')).toEqual({ out: '', err: 'Error response from daemon: No such container: nosuch\n', code: 1 });
  });
});
