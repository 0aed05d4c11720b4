/**
 * The few escape sequences Layerlab writes (ECMA-48 / xterm). Cursor moves are relative so the
 * line editor never needs to know where on the screen the prompt started.
 */
const ESC = '\x1b[';

const sgr = (open: number, close: number) => (s: string) => `${ESC}${open}m${s}${ESC}${close}m`;

// CSI sequences, OSC strings (ended by BEL or ST), two-byte escapes, and readline's
// \001/\002 "invisible" markers, which a prompt may carry.
const ANSI_RE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|[\x01\x02]/g;

export const ansi = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  inverse: sgr(7, 27),
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  magenta: sgr(35, 39),
  cyan: sgr(36, 39),
  gray: sgr(90, 39),
  reset: `${ESC}0m`,

  up: (n = 1) => (n > 0 ? `${ESC}${n}A` : ''),
  down: (n = 1) => (n > 0 ? `${ESC}${n}B` : ''),
  right: (n = 1) => (n > 0 ? `${ESC}${n}C` : ''),
  left: (n = 1) => (n > 0 ? `${ESC}${n}D` : ''),
  /** Absolute move, 0-based (CUP is 1-based). */
  to: (row: number, col: number) => `${ESC}${row + 1};${col + 1}H`,
  /** Erase from the cursor to the end of the screen. */
  clearBelow: `${ESC}J`,
  clearLineRight: `${ESC}K`,
  clearScreen: `${ESC}H${ESC}2J`,
  hideCursor: `${ESC}?25l`,
  showCursor: `${ESC}?25h`,
  alternateScreen: `${ESC}?1049h`,
  normalScreen: `${ESC}?1049l`,
};

/** The text a string shows on screen, without escape sequences. */
export function stripAnsi(s: string): string {
  return s.replace(ANSI_RE, '');
}
