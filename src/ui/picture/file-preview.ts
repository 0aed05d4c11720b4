import type { Content } from '../../engine/layer/entry';
import { contentSize } from '../../engine/layer/entry';

export type FilePreview = { kind: 'text'; text: string } | { kind: 'binary'; size: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Past this, a file is shown by size only: the explorer is for looking, not for paging megabytes. */
const MAX_TEXT = 256 * 1024;

/** Text files show their text; binaries (NUL bytes, invalid UTF-8) and synthetic content show a size. */
export function filePreview(c: Content): FilePreview {
  if (c.kind === 'synthetic' || c.bytes.length > MAX_TEXT || c.bytes.includes(0)) return { kind: 'binary', size: contentSize(c) };
  try {
    return { kind: 'text', text: utf8.decode(c.bytes) };
  } catch {
    return { kind: 'binary', size: c.bytes.length };
  }
}
