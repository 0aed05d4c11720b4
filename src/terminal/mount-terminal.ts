import '@xterm/xterm/css/xterm.css';
import type { Sandbox } from '../sandbox/sandbox';
import { XtermTerminal } from './xterm-terminal';
import type { TerminalHandle } from './terminal-handle';

/** A dark theme with Docker's own colours where Docker prints colour. */
const THEME = {
  background: '#0d0f12',
  foreground: '#e6e6e6',
  cursor: '#4aa3ff',
  selectionBackground: '#2f4f7a',
  blue: '#4aa3ff',
  brightBlue: '#79bbff',
  green: '#5fd068',
  red: '#ff6b6b',
  yellow: '#ffd479',
};

/**
 * Mounts the terminal into `host` and runs the sandbox's host shell in it. Ctrl-C while a
 * command runs aborts that command. `handle`, when given, lets other panes type into it.
 * Returns the cleanup for the component's unmount.
 */
export function mountTerminal(host: HTMLElement, sandbox: Sandbox, handle?: TerminalHandle): () => void {
  const term = new XtermTerminal({
    fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
    fontSize: 14,
    // At a line height of 1 the DOM renderer clips underscores (container names, x86_64) in DejaVu Sans Mono.
    lineHeight: 1.2,
    theme: THEME,
  });
  term.open(host);
  // Exposed like window.layerlab: the benchmarks read xterm's buffer to time the echo.
  (window as unknown as { layerlabXterm?: unknown }).layerlabXterm = term.xterm;
  const unbind = handle?.bind(term);
  let current = new AbortController();
  const offInterrupt = term.onInterrupt(() => current.abort());
  const resize = new ResizeObserver(() => term.fit());
  resize.observe(host);
  let alive = true;
  void (async () => {
    while (alive) {
      await sandbox.runTerminal(term, () => (current = new AbortController()).signal);
    }
  })();
  return () => {
    alive = false;
    unbind?.();
    offInterrupt();
    resize.disconnect();
    term.dispose();
  };
}
