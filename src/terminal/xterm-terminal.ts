import { FitAddon } from '@xterm/addon-fit';
import { Terminal as XTerm, type ITerminalInitOnlyOptions, type ITerminalOptions } from '@xterm/xterm';
import type { ReadLineOptions, Terminal } from '../shell/process';
import { LineEditor } from './line-editor';
import { codePointWidth } from './wcwidth';
import { HubLinkProvider } from './hub-link-provider';

/**
 * The page's terminal: an xterm.js Terminal (the only import of @xterm/xterm) driving a
 * LineEditor. Key data goes to the editor, the editor's output goes to the screen; the editor
 * and xterm share one width table (ours, registered as xterm's Unicode version) so wide
 * characters and emoji take the same cells in both.
 */
export class XtermTerminal implements Terminal {
  readonly interactive = true;
  readonly xterm: XTerm;
  private readonly editor: LineEditor;
  private readonly fitAddon = new FitAddon();

  constructor(options: ITerminalOptions & ITerminalInitOnlyOptions = {}) {
    // xterm's Unicode API is "proposed"; convertEol stays off because the editor moves the
    // cursor itself and program output is converted in LineEditor.write.
    this.xterm = new XTerm({ allowProposedApi: true, cursorBlink: true, scrollback: 5000, ...options });
    this.xterm.loadAddon(this.fitAddon);
    this.xterm.unicode.register({
      version: 'layerlab',
      wcwidth: codePointWidth,
      // xterm's packing: width in bits 1-2, bit 0 "joins the preceding character".
      charProperties(cp: number, preceding: number): number {
        let width: number = codePointWidth(cp);
        let join = width === 0 && preceding !== 0;
        if (join) {
          const before = (preceding >> 1) & 3;
          if (before === 0) join = false;
          else if (before > width) width = before;
        }
        return ((width & 3) << 1) | (join ? 1 : 0);
      },
    });
    this.xterm.unicode.activeVersion = 'layerlab';
    this.editor = new LineEditor((s) => this.xterm.write(s), this.xterm.cols, this.xterm.rows);
    this.xterm.onData((data) => this.editor.feed(data));
    this.xterm.onResize(({ cols, rows }) => this.editor.resize(cols, rows));
    // docker's output stays as docker prints it; hub names on screen become links to the hub page.
    this.xterm.registerLinkProvider(new HubLinkProvider(this.xterm, (href) => (window.location.hash = href)));
  }

  /** Attaches to the page and sizes the terminal to its element. */
  open(element: HTMLElement): void {
    this.xterm.open(element);
    this.fit();
    this.xterm.focus();
  }

  /** Re-measures the element (call on window or pane resize). */
  fit(): void {
    this.fitAddon.fit();
  }

  get columns(): number {
    return this.xterm.cols;
  }

  get rows(): number {
    return this.xterm.rows;
  }

  /** Ctrl-C typed while a command runs (no read pending): abort the foreground job. */
  onInterrupt(listener: () => void): () => void {
    return this.editor.onInterrupt(listener);
  }

  /**
   * Types `text` as if it came from the keyboard (a lesson's "Show solution"): it joins the
   * same input queue as keys, so lines typed while a command runs wait their turn.
   */
  input(text: string): void {
    this.editor.feed(text);
  }

  focus(): void {
    this.xterm.focus();
  }

  write(s: string): void {
    this.editor.write(s);
  }

  readLine(prompt: string, opts?: ReadLineOptions): Promise<string | null> {
    return this.editor.readLine(prompt, opts);
  }

  readKey(): Promise<string | null> {
    return this.editor.readKey();
  }

  readSecret(prompt: string): Promise<string | null> {
    return this.editor.readSecret(prompt);
  }

  dispose(): void {
    this.xterm.dispose();
  }
}
