// Cases from the tabwriter test table docker/cli carries (cli/command/formatter/tabwriter),
// docker's own golden table (container-list-without-format.golden), and wide characters.
import { describe, expect, it } from 'vitest';
import { TabWriter } from '../../../src/cli/format/tabwriter';

const dots = (src: string, minwidth = 8, padding = 1) => TabWriter.format(src, { minwidth, padding, padchar: '.' });

describe('TabWriter', () => {
  it('Go tabwriter table cases', () => {
    expect(['\n\n\n', 'a\nb\nc', '\t', '*\t*', '*\t*\n', '*\t*\t', '\t\n', 'c) foo\tbar\t', 'e) foo\tbar\t\n'].map((s) => dots(s)))
      .toEqual(['\n\n\n', 'a\nb\nc', '', '*.......*', '*.......*\n', '*.......*', '........\n', 'c) foo..bar', 'e) foo..bar.....\n']);
    expect(TabWriter.format('b) foo\tbar', { minwidth: 8, padding: 1 })).toBe('b) foo  bar');
  });

  it('column blocks: a line without the column ends the block', () => {
    expect(dots('a\tb\nlonger cell\tc\nno tabs\nx\ty\n', 1, 1)).toBe('a...........b\nlonger cell.c\nno tabs\nx.y\n');
  });

  it('docker ps table (golden from docker/cli)', () => {
    const row = (ports: string, name: string) => `container_id\tbusybox:latest\t"top"\tAbout a minute ago\tUp 1 minute\t${ports}\t${name}\n`;
    const src = 'CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n'
      + row('', 'c1') + row('', 'c2') + row('80-82/tcp', 'c3') + row('81/udp', 'c4') + row('8.8.8.8:82->82/tcp', 'c5');
    expect(TabWriter.format(src)).toBe(
      'CONTAINER ID   IMAGE            COMMAND   CREATED              STATUS        PORTS                NAMES\n'
      + 'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute                        c1\n'
      + 'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute                        c2\n'
      + 'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   80-82/tcp            c3\n'
      + 'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   81/udp               c4\n'
      + 'container_id   busybox:latest   "top"     About a minute ago   Up 1 minute   8.8.8.8:82->82/tcp   c5\n');
  });

  it('empty last cell leaves trailing spaces (docker history golden); wide runes count 2', () => {
    const w = new TabWriter();
    w.write('IMAGE\tCREATED\tCREATED BY\tSIZE\tCOMMENT\n');
    w.write('123456789012\tLess than a second ago\t\t0B\tnone\n');
    w.write('abc\t1 day ago\tx\t0B\t\n');
    expect(w.flush()).toBe('IMAGE          CREATED                  CREATED BY   SIZE      COMMENT\n'
      + '123456789012   Less than a second ago                0B        none\n'
      + 'abc            1 day ago                x            0B        \n');
    expect(TabWriter.format('名前\tx\nab\ty\n')).toBe('名前      x\nab        y\n');
  });
});
