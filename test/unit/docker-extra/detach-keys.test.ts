import { describe, expect, it } from 'vitest';
import { session } from './session';
import { LineEditor } from '../../../src/terminal/line-editor';
import { DetachError } from '../../../src/shell/process';
import { Screen } from '../terminal/screen';

const tick = () => new Promise<void>((r) => setImmediate(r));

/** The page's terminal without the page: a LineEditor on the sandbox's host shell. */
async function page() {
  const { sb } = await session();
  let bytes = '';
  const ed = new LineEditor((s) => (bytes += s), 120, 40);
  void sb.runTerminal(ed);
  const screen = () => new Screen(120, 40).write(bytes).lines().join('\n').replace(/\s+$/, '');
  /** Types `keys`, then waits until the screen's last line is `prompt` (the shell is reading again). */
  const type = async (keys: string, prompt: RegExp) => {
    ed.feed(keys);
    for (let i = 0; i < 20000; i++) {
      await tick();
      const last = screen().split('\n').pop() ?? '';
      if (prompt.test(last)) return;
    }
    throw new Error(`no prompt ${prompt} after ${JSON.stringify(keys)}:\n${screen()}`);
  };
  return { sb, ed, screen, type };
}

// The screen drops trailing blanks: a prompt waiting for input ends the last line.
const HOST = /^learner@layerlab:~\$$/;
const BUSYBOX = /^\/ #$/;

describe('Ctrl-P Ctrl-Q detaches from docker run -it and docker attach', () => {
  it('leaves the container running, docker attach re-enters it, exit ends it', async () => {
    const { screen, type } = await page();
    await type('', HOST);
    await type('docker run -it --name t1 busybox sh\r', BUSYBOX);
    await type('echo kept > /mark\r', BUSYBOX);
    await type('\x10\x11', HOST);
    await type('docker ps --format "{{.Names}} {{.Status}}"\r', HOST);
    await type('docker attach t1\r', BUSYBOX);
    await type('cat /mark\r', BUSYBOX);
    await type('\x10\x11', HOST);
    await type('docker attach t1\r', BUSYBOX);
    await type('exit 4\r', HOST);
    await type('echo "attach: $?"; docker ps -a --format "{{.Names}} {{.Status}}"\r', HOST);
    const lines = screen().split('\n').map((l) => l.replace(/^learner@layerlab:~\$/, '$'));
    expect(lines.join('\n')).toBe(
      [
        '$ docker run -it --name t1 busybox sh',
        '/ # echo kept > /mark',
        '/ #',
        '$ docker ps --format "{{.Names}} {{.Status}}"',
        't1 Up 4 seconds',
        '$ docker attach t1',
        '/ # cat /mark',
        'kept',
        '/ #',
        '$ docker attach t1',
        '/ # exit 4',
        // The sandbox's sh says exit on leaving (its own business, see container-attach.test.ts).
        'exit',
        '$ echo "attach: $?"; docker ps -a --format "{{.Names}} {{.Status}}"',
        'attach: 4',
        't1 Exited (4) 1 second ago',
        '$',
      ].join('\n'),
    );
  });
});

describe('LineEditor detach keys', () => {
  it('a broken prefix is passed on as typed; the whole sequence ends a pending read', async () => {
    const ed = new LineEditor(() => undefined);
    let detached = 0;
    const off = ed.onDetachKeys('\x10\x11', () => detached++);
    ed.feed('\x10a');
    expect([await ed.readKey(), await ed.readKey()]).toEqual(['\x10', 'a']);
    const pending = ed.readKey();
    ed.feed('\x10\x11b');
    await expect(pending).rejects.toBeInstanceOf(DetachError);
    expect(detached).toBe(1);
    off();
    ed.feed('\x10\x11');
    expect([await ed.readKey(), await ed.readKey(), await ed.readKey()]).toEqual(['b', '\x10', '\x11']);
  });
});
