import type { Program } from '../process';
import { MAN_PAGES } from './lib/man-pages';

/**
 * man PAGE: a short page in man's plain-text layout (the sandbox ships abbreviated pages);
 * "No manual entry for x" with man-db's exit status 16 otherwise.
 */
export const man: Program = async (ctx) => {
  const names = ctx.argv.slice(1).filter((x) => !x.startsWith('-') && !/^\d$/.test(x));
  if (!names.length) {
    ctx.stderr.write("What manual page do you want?\nFor example, try 'man man'.\n");
    return 1;
  }
  let status = 0;
  for (const name of names) {
    const page = MAN_PAGES[name];
    if (!page) {
      ctx.stderr.write(`No manual entry for ${name}\n`);
      status = 16;
      continue;
    }
    const [synopsis, description, options] = page;
    const title = `${name.toUpperCase()}(1)`;
    const center = 'User Commands';
    const width = ctx.tty?.columns ?? 80;
    // man-db formats to MANWIDTH - 2 and centres the section name, the odd space going left.
    const gap = Math.max(2, width - 2 - 2 * title.length - center.length);
    let out = `${title}${' '.repeat(Math.ceil(gap / 2))}${center}${' '.repeat(Math.floor(gap / 2))}${title}\n\n`;
    out += `NAME\n       ${name} - ${description.split('.')[0].replace(/^./, (c) => c.toLowerCase())}\n\n`;
    out += `SYNOPSIS\n       ${synopsis}\n\nDESCRIPTION\n       ${description}\n\n`;
    for (const o of options) {
      const [flag, ...text] = o.split('  ');
      out += `       ${flag}\n              ${text.join('  ')}\n\n`;
    }
    ctx.stdout.write(out);
  }
  return status;
};
