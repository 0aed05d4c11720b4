import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { LineEditor } from '../../../src/terminal/line-editor';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { Screen } from '../terminal/screen';

const PROMPT = 'learner@layerlab:~$ ';
const tick = () => new Promise((r) => setTimeout(r, 0));

/** The host shell on the page's line editor (DOM-free), drawn on a model screen. */
async function openTerminal() {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(7) });
  const layer = [{ type: 'file' as const, path: '/hello', mode: 0o755, uid: 0, gid: 0, mtime: 0, content: { kind: 'bytes' as const, bytes: new Uint8Array([1]) } }];
  const config = { architecture: 'amd64', os: 'linux', config: { Cmd: ['/hello'] }, history: [{ created_by: 'test' }], rootfs: { type: 'layers', diff_ids: [] } };
  await sb.engine.imageImport([layer], { config, tags: ['ubuntu:22.04', 'ubuntu:latest', 'alpine:3.20'] } as Parameters<typeof sb.engine.imageImport>[1]);
  const sink = { write: () => undefined };
  expect(await sb.exec('docker create --name web ubuntu:22.04', sink)).toBe(0);
  expect(await sb.exec('docker create --name worker alpine:3.20', sink)).toBe(0);
  const screen = new Screen(100, 30);
  const editor = new LineEditor((s) => screen.write(s), 100, 30);
  void sb.runTerminal(editor);
  await tick();
  const type = async (keys: string) => { editor.feed(keys); for (let i = 0; i < 5; i++) await tick(); };
  /** The screen from the last prompt line on. */
  // The screen's rows are right-trimmed; the cursor column shows a space completion added.
  const shown = () => { const l = screen.lines(); let i = l.length - 1; while (i > 0 && !l[i].startsWith(PROMPT)) i--; return l.slice(i).join('\n').padEnd(screen.cursor().col); };
  return { sb, type, shown, screen };
}

describe('docker tab completion in the host shell', () => {
  let t: Awaited<ReturnType<typeof openTerminal>>;
  beforeAll(async () => { t = await openTerminal(); });

  it('completes a unique subcommand and lists choices on double Tab', async () => {
    await t.type('docker ru\t');
    expect(t.shown()).toBe(PROMPT + 'docker run ');
    await t.type('\x15docker i\t\t');
    expect(t.screen.lines().slice(-3).join('\n')).toBe(`${PROMPT}docker i\nimage    images   import   info     inspect\n${PROMPT}docker i`);
  });

  it('completes subcommands under a group and the flags of a command', async () => {
    await t.type('\x15docker image hi\t');
    expect(t.shown()).toBe(PROMPT + 'docker image history ');
    await t.type('\x15docker ps --fo\t');
    expect(t.shown()).toBe(PROMPT + 'docker ps --format ');
  });

  it('completes image references where an image goes, skipping flags and their values', async () => {
    await t.type('\x15docker run -it --name x ub\t');
    expect(t.shown()).toBe(PROMPT + 'docker run -it --name x ubuntu:');
    await t.type('\t\t');
    expect(t.screen.lines().slice(-2).join('\n')).toBe(`ubuntu:22.04   ubuntu:latest\n${PROMPT}docker run -it --name x ubuntu:`);
    await t.type('\x15docker rmi al\t');
    expect(t.shown()).toBe(PROMPT + 'docker rmi alpine:3.20 ');
  });

  it('completes container names, and IDs from their first characters', async () => {
    await t.type('\x15docker start w\t\t');
    expect(t.screen.lines().slice(-2).join('\n')).toBe(`web     worker\n${PROMPT}docker start w`);
    await t.type('\x15docker stop w\t');
    expect(t.shown()).toBe(PROMPT + 'docker stop w'); // nothing is running
    const id = t.sb.engine.containerList({ all: true }).find((c) => c.name === 'web')!.id;
    await t.type(`\x15docker rm ${id.slice(0, 4)}\t`);
    expect(t.shown()).toBe(`${PROMPT}docker rm ${id.slice(0, 12)} `);
    await t.type('\x15docker commit web ubuntu:2\t');
    expect(t.shown()).toBe(PROMPT + 'docker commit web ubuntu:22.04 ');
  });

  it('leaves the arguments of the container command to path completion', async () => {
    await t.type('\x15docker run ubuntu /et\t');
    expect(t.shown()).toBe(PROMPT + 'docker run ubuntu /etc/');
  });
});
