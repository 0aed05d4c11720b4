import { displayWidth } from './display-width';

export interface TabWriterOptions {
  minwidth?: number;
  padding?: number;
  padchar?: string;
}

interface Cell { text: string; width: number }

/**
 * docker/cli's fork of Go's text/tabwriter (cli/command/formatter/tabwriter), configured as
 * docker's tables are: NewWriter(out, 10, 1, 3, ' ', 0). Cells are tab-terminated; the text
 * after a line's last tab is not part of any column and is never padded, so an empty last cell
 * leaves the previous column's padding as trailing spaces. Column widths are computed per block
 * of consecutive lines that have that column, widths counted in display cells.
 */
export class TabWriter {
  private readonly minwidth: number;
  private readonly padding: number;
  private readonly padchar: string;
  private text = '';

  constructor(opts: TabWriterOptions = {}) {
    this.minwidth = opts.minwidth ?? 10;
    this.padding = opts.padding ?? 3;
    this.padchar = opts.padchar ?? ' ';
  }

  /** Formats a whole text at once with docker's table settings. */
  static format(text: string, opts?: TabWriterOptions): string {
    const w = new TabWriter(opts);
    w.write(text);
    return w.flush();
  }

  write(s: string): void {
    this.text += s;
  }

  /** Formats everything written so far and returns it (a final line without "\n" stays so). */
  flush(): string {
    const rows = this.text.split('\n');
    this.text = '';
    const lines: Cell[][] = rows.map((r) => r.split('\t').map((t) => ({ text: t, width: displayWidth(t) })));
    // Go's Flush only terminates a non-empty pending cell: "a\tb\t" at the very end is [a, b].
    const last = lines[lines.length - 1];
    if (last[last.length - 1].text === '') last.pop();
    const out: string[] = [];
    this.format(lines, 0, lines.length, [], out);
    return out.join('');
  }

  private format(lines: Cell[][], line0: number, line1: number, widths: number[], out: string[]): void {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      this.writeLines(lines, line0, i, widths, out);
      line0 = i;
      let width = this.minwidth;
      for (; i < line1 && column < lines[i].length - 1; i++) {
        width = Math.max(width, lines[i][column].width + this.padding);
      }
      this.format(lines, line0, i, [...widths, width], out);
      line0 = i;
      i--;
    }
    this.writeLines(lines, line0, line1, widths, out);
  }

  private writeLines(lines: Cell[][], line0: number, line1: number, widths: number[], out: string[]): void {
    for (let i = line0; i < line1; i++) {
      let s = '';
      lines[i].forEach((c, j) => {
        s += c.text;
        if (j < widths.length && j < lines[i].length - 1) s += this.padchar.repeat(Math.max(0, widths[j] - c.width));
      });
      out.push(i + 1 === lines.length ? s : s + '\n');
    }
  }
}
