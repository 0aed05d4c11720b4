import type { Program, ProcessContext } from '../../process';
import { KeyReader } from '../key-reader';
import { ScreenPainter } from '../screen-painter';
import { NanoEditor } from './nano-editor';
import { renderNano } from './nano-render';

/**
 * `nano`: full screen on the page's terminal; from a pipe each following line is typed then
 * Enter, `<C-o>` / `<C-x>` (KeyReader's notation) are ^O / ^X, and only status messages such
 * as `[ Wrote 2 lines ]` are printed.
 */
export function nanoProgram(): Program {
  return async (ctx: ProcessContext) => {
    const tty = ctx.tty;
    if (!tty) {
      ctx.stderr.write('Too many errors from stdin\n');
      return 1;
    }
    const file = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+'));
    const ed = new NanoEditor({ fs: ctx.fs, cwd: ctx.cwd, file, columns: tty.columns, rows: tty.rows });
    const keys = new KeyReader(tty);
    const painter = new ScreenPainter(tty);
    const full = tty.interactive;
    let shown = '';
    const report = () => {
      if (full || !ed.status || ed.status === shown) return;
      shown = ed.status;
      tty.write(`[ ${ed.status} ]\n`);
    };
    if (full) {
      painter.enter();
      painter.paint(renderNano(ed));
    }
    report();
    while (!ed.done) {
      const k = await keys.next();
      if (k === null) {
        if (full) painter.leave();
        // nano saves the buffer to nano.save when its input goes away; we say so and stop.
        ctx.stderr.write('\nReceived SIGHUP or SIGTERM\n');
        return 1;
      }
      ed.key(k);
      if (full && !keys.hasPending) painter.paint(renderNano(ed));
      report();
    }
    if (full) painter.leave();
    return 0;
  };
}
