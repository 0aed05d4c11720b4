import type { ProcessContext } from '../../shell/process';

/**
 * docker/cli internal/tui PrintNote: a blank line, then " Info -> " (on a terminal a bold cyan
 * "i Info → " chip and italic text) before the first line, the following lines indented to
 * the header's width. The result ends with "\n" after every line.
 */
export function infoNote(p: ProcessContext, text: string): string {
  const fancy = !!p.tty?.interactive;
  // aec: Bold(LightCyanB(BlackF("i")) + " " + LightCyanF("Info → ")), each Apply ends in a reset.
  const header = fancy ? '\x1b[1m\x1b[106m\x1b[30mi\x1b[0m\x1b[0m \x1b[96mInfo → \x1b[0m\x1b[0m' : ' Info -> ';
  const lines = text.split('\n').map((l, i) => (i ? ' '.repeat(9) : header) + (fancy ? `\x1b[3m${l}\x1b[0m` : l) + '\n');
  return '\n' + lines.join('');
}
