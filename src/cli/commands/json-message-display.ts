import type { Output } from '../../shell/process';
import type { ProgressMessage } from '../../engine/registry/hub-api';
import { units } from '../format/units';

/**
 * docker/cli's rendering of a daemon progress stream (jsonmessage.go, v28.2.2
 * DisplayJSONMessagesStream and JSONMessage.Display). On a terminal every ID with progress owns
 * a line: a new ID prints "\n", an update moves up (ESC[nA), erases the line (ESC[2K), writes
 * "<id>: <status> <progress>\r" and moves back down (ESC[nB); a message without progress ends
 * the region. Not on a terminal, updates carrying byte counts are dropped and every other
 * message is one line.
 */
export class JsonMessageDisplay {
  private ids = new Map<string, number>();

  constructor(
    private readonly out: Output,
    private readonly terminal: boolean,
    /** Terminal columns (the bar is drawn only when wider than 110). */
    private readonly width = 200,
  ) {}

  show(m: ProgressMessage): void {
    let s = '';
    let diff = 0;
    if (m.id && m.progress) {
      let line = this.ids.get(m.id);
      if (line === undefined) {
        line = this.ids.size;
        this.ids.set(m.id, line);
        if (this.terminal) s += '\n';
      }
      diff = this.ids.size - line;
      if (this.terminal && diff > 0) s += `\x1b[${diff}A`;
    } else {
      this.ids.clear();
    }
    const progress = m.progress ? progressString(m.progress, this.width) : '';
    let endl = '';
    if (this.terminal && m.progress) {
      s += '\x1b[2K\r';
      endl = '\r';
    } else if (m.progress && progress !== '') {
      if (s) this.out.write(s);
      return;
    }
    if (m.id) s += `${m.id}: `;
    s += m.progress && this.terminal ? `${m.status} ${progress}${endl}` : `${m.status}${endl}\n`;
    if (m.id && this.terminal && diff > 0) s += `\x1b[${diff}B`;
    this.out.write(s);
  }
}

/** JSONProgress.String(); the daemon never sets Start, so no time-left box is shown. */
export function progressString(p: { current: number; total: number }, width: number): string {
  if (p.current <= 0 && p.total <= 0) return '';
  const hs = (n: number) => units.humanSize(n).padStart(8);
  if (p.total <= 0) return hs(p.current);
  const pct = Math.min(Math.trunc(Math.trunc((p.current / p.total) * 100) / 2), 50);
  const bar = width > 110 ? `[${'='.repeat(pct)}>${' '.repeat(Math.max(50 - pct, 0))}] ` : '';
  return bar + (p.current > p.total ? hs(p.current) : `${hs(p.current)}/${units.humanSize(p.total)}`);
}
