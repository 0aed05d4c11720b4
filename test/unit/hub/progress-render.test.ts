import { describe, expect, it } from 'vitest';
import { JsonMessageDisplay } from '../../../src/cli/commands/json-message-display';
import { Screen } from '../terminal/screen';
import { catalogFetch, openSandbox, recordingTerminal } from './hub-harness';
import type { CatalogImage } from '../../../src/engine/registry/catalog-format';

const up = { current: 0, total: 0 };
const STREAM = [
  { id: 'latest', status: 'Pulling from library/ubuntu' },
  { id: 'aaaaaaaaaaaa', status: 'Pulling fs layer', progress: up },
  { id: 'bbbbbbbbbbbb', status: 'Pulling fs layer', progress: up },
  { id: 'aaaaaaaaaaaa', status: 'Downloading', progress: { current: 1_200_000, total: 29_500_000 } },
  { id: 'bbbbbbbbbbbb', status: 'Pull complete', progress: up },
  { status: 'Digest: sha256:1234' },
];

function render(width: number, terminal: boolean): string {
  let out = '';
  const d = new JsonMessageDisplay({ write: (s) => (out += s) }, terminal, width);
  for (const m of STREAM) d.show(m);
  return out;
}

// The expected bytes follow docker/cli v28.2.2 vendor/.../jsonmessage.go step by step: a new ID
// prints "\n", then cursor up by (lines - its line), ESC[2K, "\r", "<id>: <status> <progress>\r",
// cursor down by the same amount; a message without progress resets the line map.
describe('jsonmessage rendering', () => {
  it('draws progress in place on a terminal wider than 110 columns (bar + %8v/%v counts)', () => {
    expect(render(120, true)).toBe(
      'latest: Pulling from library/ubuntu\n' +
        '\n\x1b[1A\x1b[2K\raaaaaaaaaaaa: Pulling fs layer \r\x1b[1B' +
        '\n\x1b[1A\x1b[2K\rbbbbbbbbbbbb: Pulling fs layer \r\x1b[1B' +
        `\x1b[2A\x1b[2K\raaaaaaaaaaaa: Downloading [==>${' '.repeat(48)}]    1.2MB/29.5MB\r\x1b[2B` +
        '\x1b[1A\x1b[2K\rbbbbbbbbbbbb: Pull complete \r\x1b[1B' +
        'Digest: sha256:1234\n',
    );
    const screen = new Screen(120, 10).write(render(120, true).replace(/\n/g, '\r\n'));
    expect(screen.lines()).toEqual([
      'latest: Pulling from library/ubuntu',
      `aaaaaaaaaaaa: Downloading [==>${' '.repeat(48)}]    1.2MB/29.5MB`,
      'bbbbbbbbbbbb: Pull complete',
      'Digest: sha256:1234',
    ]);
  });

  it('drops the bar at 110 columns or less, and byte-count updates when not a terminal', () => {
    expect(new Screen(80, 10).write(render(80, true).replace(/\n/g, '\r\n')).lines()[1]).toBe('aaaaaaaaaaaa: Downloading    1.2MB/29.5MB');
    expect(render(200, false)).toBe(
      'latest: Pulling from library/ubuntu\naaaaaaaaaaaa: Pulling fs layer\nbbbbbbbbbbbb: Pulling fs layer\nbbbbbbbbbbbb: Pull complete\nDigest: sha256:1234\n',
    );
  });

  it('a pull on an interactive terminal leaves the final screen docker leaves', async () => {
    const busybox = (await catalogFetch('images/busybox/latest.json')) as CatalogImage;
    const sb = await openSandbox();
    const term = recordingTerminal(['docker pull busybox']);
    await sb.runTerminal(term);
    const id = busybox.layers[0].digest.slice(7, 19);
    expect(term.raw).toContain(`\x1b[2K\r${id}: Downloading [`);
    expect(term.raw).toContain(`\x1b[2K\r${id}: Extracting [`);
    const screen = new Screen(120, 20).write(term.raw.replace(/\n/g, '\r\n'));
    expect(screen.lines()).toEqual([
      'learner@layerlab:~$ docker pull busybox',
      'Using default tag: latest',
      'latest: Pulling from library/busybox',
      `${id}: Pull complete`,
      `Digest: ${busybox.manifestDigest}`,
      'Status: Downloaded newer image for busybox:latest',
      'docker.io/library/busybox:latest',
      'learner@layerlab:~$ exit',
    ]);
  });

  it("docker run's implicit pull draws on stderr in place even when stdout goes to a file", async () => {
    const busybox = (await catalogFetch('images/busybox/latest.json')) as CatalogImage;
    const sb = await openSandbox();
    const term = recordingTerminal(['docker run -d busybox true > id.txt']);
    await sb.runTerminal(term);
    const id = busybox.layers[0].digest.slice(7, 19);
    // docker/cli create.go pulls to dockerCli.Err() and asks whether THAT stream is a terminal.
    expect(term.raw).toContain(`\x1b[2K\r${id}: Pull complete`);
    const screen = new Screen(120, 20).write(term.raw.replace(/\n/g, '\r\n'));
    expect(screen.lines()).toEqual([
      'learner@layerlab:~$ docker run -d busybox true > id.txt',
      "Unable to find image 'busybox:latest' locally",
      'latest: Pulling from library/busybox',
      `${id}: Pull complete`,
      `Digest: ${busybox.manifestDigest}`,
      'Status: Downloaded newer image for busybox:latest',
      'learner@layerlab:~$ exit',
    ]);
  });

  it('with stderr redirected too, the pull is written line by line', async () => {
    const sb = await openSandbox();
    const term = recordingTerminal(['docker run -d busybox true > id.txt 2> err.txt', 'cat err.txt']);
    await sb.runTerminal(term);
    expect(term.raw).not.toContain('\x1b[2K');
  });
});
