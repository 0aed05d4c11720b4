import { Parser } from './parser';
import { ShellSyntaxError } from './syntax-error';

/**
 * True when the text typed so far is an incomplete command that more lines can finish (bash
 * shows its PS2 "> " then): an open quote, a trailing backslash or `&&`/`||`/`|`, an open
 * here-document, or an unclosed if/for/while/case/{/( .
 */
export function needsMore(text: string): boolean {
  if (/(^|[^\\])(\\\\)*\\$/.test(text) && !/'[^']*$/.test(text.replace(/'[^']*'/g, ''))) return true;
  try {
    Parser.parse(text);
    return false;
  } catch (e) {
    return e instanceof ShellSyntaxError && e.incomplete;
  }
}
