import type { Vfs } from '../../../engine/fs/vfs';
import { programOfContent } from '../../../engine/layer/executable';
import type { Program, ProcessContext } from '../../process';
import { resolvePath } from '../../path';
import { KeyReader } from '../key-reader';
import { ScreenPainter } from '../screen-painter';
import { ViEditor } from './vi-editor';
import type { ViFlavor } from './vi-messages';
import { renderVi } from './vi-render';

/**
 * `vi` / `vim`: full screen on the page's terminal; line by line from a pipe (see KeyReader),
 * where nothing is drawn and only the messages vim would show on its last line are printed
 * (so a REPL transcript reads `"notes.txt" [New] 1L, 6B written`). The vi of a busybox image
 * (its `vi` is a link to /bin/busybox) behaves as busybox vi.
 */
export function viProgram(flavor?: ViFlavor): Program {
  return async (ctx: ProcessContext) => {
    const fl = flavor ?? (isBusybox(ctx) ? 'busybox' : 'vim');
    const name = fl === 'vim' ? 'Vim' : 'vi';
    const tty = ctx.tty;
    if (!tty) {
      ctx.stderr.write(fl === 'vim' ? 'Vim: Warning: Input is not from a terminal\n' : 'vi: can\'t read user input\n');
      return 1;
    }
    const file = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+'));
    const start = Date.now();
    const ed = new ViEditor({ fs: ctx.fs, cwd: ctx.cwd, file, flavor: fl, columns: tty.columns, rows: tty.rows, now: () => Date.now() - start });
    const keys = new KeyReader(tty);
    const painter = new ScreenPainter(tty);
    const full = tty.interactive;
    if (full) painter.enter();
    let shown = '';
    const report = () => {
      // From a pipe: each new last-line message on a line of its own.
      if (full || !ed.msg || ed.msgEcho || ed.msg === shown) return;
      shown = ed.msg;
      tty.write(ed.msg + '\n');
    };
    if (full) painter.paint(renderVi(ed));
    report();
    try {
      while (!ed.done) {
        const k = await keys.next();
        if (k === null) {
          if (full) painter.leave();
          ctx.stderr.write(`${name}: Error reading input, exiting...\n`);
          return 1;
        }
        ed.key(k);
        if (full && !keys.hasPending) painter.paint(renderVi(ed));
        report();
      }
    } finally {
      if (full && ed.done) painter.leave();
    }
    return 0;
  };
}

/** Whether the `vi` that runs is busybox's: the file PATH finds for it is the busybox binary. */
function isBusybox(ctx: ProcessContext): boolean {
  const name = ctx.argv[0];
  for (const dir of name.includes('/') ? [''] : (ctx.env.get('PATH') ?? '/usr/bin:/bin').split(':')) {
    const p = name.includes('/') ? resolvePath(ctx.cwd, name) : `${dir || '.'}/${name}`;
    const prog = contentProgram(ctx.fs, resolvePath(ctx.cwd, p));
    if (prog !== undefined) return prog === 'busybox';
  }
  return false;
}

function contentProgram(fs: Vfs, path: string): string | undefined {
  const st = fs.stat(path);
  if (!st || st.type !== 'file') return undefined;
  try {
    return programOfContent(fs.readContent(path)) ?? '';
  } catch {
    return undefined;
  }
}
