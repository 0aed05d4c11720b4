/**
 * A Go text/template error with Go's exact text ("template: :1: function \"foo\" not defined",
 * "template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type T").
 * `phase` tells parse errors (docker wraps them as "template parsing error: ...") from execution.
 */
export class TemplateError extends Error {
  constructor(message: string, readonly phase: 'parse' | 'exec') {
    super(message);
    this.name = 'TemplateError';
  }
}
