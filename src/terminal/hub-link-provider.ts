import type { IBufferLine, ILink, ILinkProvider, Terminal as XTerm } from '@xterm/xterm';
import { hubLinks, pushedRepository } from './hub-links';

/** How far up a push's digest line looks for its "The push refers to repository" line. */
const LOOK_BACK = 300;

/**
 * Makes hub names and pushed digests on screen clickable (xterm link provider). Lines wrapped by
 * the terminal are joined first, so a digest split across two rows is still one link.
 */
export class HubLinkProvider implements ILinkProvider {
  constructor(
    private readonly xterm: XTerm,
    private readonly open: (href: string) => void,
  ) {}

  provideLinks(y: number, callback: (links: ILink[] | undefined) => void): void {
    const buf = this.xterm.buffer.active;
    const cols = this.xterm.cols;
    let first = y - 1;
    while (first > 0 && buf.getLine(first)?.isWrapped) first--;
    let last = y - 1;
    while (buf.getLine(last + 1)?.isWrapped) last++;
    const text = this.joined(first, last);
    let pushedTo: string | undefined;
    if (text.includes(': digest: sha256:')) {
      for (let i = first - 1; i >= Math.max(0, first - LOOK_BACK) && pushedTo === undefined; i--) pushedTo = pushedRepository(line(buf.getLine(i)));
    }
    const links: ILink[] = [];
    for (const l of hubLinks(text, pushedTo)) {
      const from = { x: (l.start % cols) + 1, y: first + 1 + Math.floor(l.start / cols) };
      const to = { x: ((l.end - 1) % cols) + 1, y: first + 1 + Math.floor((l.end - 1) / cols) };
      if (to.y < y || from.y > y) continue;
      links.push({ range: { start: from, end: to }, text: text.slice(l.start, l.end), decorations: { underline: true, pointerCursor: true }, activate: () => this.open(l.href) });
    }
    callback(links.length ? links : undefined);
  }

  private joined(first: number, last: number): string {
    const buf = this.xterm.buffer.active;
    let s = '';
    for (let i = first; i <= last; i++) s += buf.getLine(i)?.translateToString(i === last) ?? '';
    return s;
  }
}

const line = (l: IBufferLine | undefined) => l?.translateToString(true) ?? '';
