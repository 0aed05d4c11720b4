import type { Terminal } from '../../../src/shell/process';

/**
 * A terminal typing the given lines at each prompt (and at a password prompt, without echo);
 * the screen keeps prompts, echo and output. Not interactive: no colours, no cursor motion.
 */
export function scripted(lines: string[]): Terminal & { screen: string } {
  const t = {
    screen: '',
    columns: 80,
    rows: 24,
    interactive: false,
    write(s: string) { t.screen += s; },
    async readLine(prompt: string) {
      const l = lines.shift();
      t.screen += prompt + (l === undefined ? '' : l + '\n');
      return l ?? null;
    },
    async readKey() { return null; },
    // No echo: the prompt, then the line's end as the terminal shows it.
    async readSecret(prompt: string) {
      t.screen += prompt + '\n';
      return lines.shift() ?? null;
    },
  };
  return t;
}
