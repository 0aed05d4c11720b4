import { GoTemplate } from './go-template';
import { TemplateError } from './template-error';
import { errors } from '../../engine/errors';

/**
 * A list command's output through a Go template, as docker/cli's formatter does: `table ...`
 * renders a header and aligns columns; other formats print one line per row. Template errors
 * become client errors with docker's wording ("template parsing error: ...").
 */
export function renderList(format: string, rows: readonly unknown[], headers: Record<string, string>, typeName: string): string {
  try {
    return GoTemplate.render(format, rows, headers, { typeName });
  } catch (e) {
    if (e instanceof TemplateError) {
      throw errors.clientMessage(e.phase === 'parse' ? `template parsing error: ${e.message}` : e.message);
    }
    throw e;
  }
}
