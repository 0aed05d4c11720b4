/**
 * Lesson Markdown to HTML with micromark (+ GFM tables), loaded on first use so the page's
 * first download stays small. micromark's defaults are the safety: raw HTML in a lesson is
 * shown as text and `javascript:` links are dropped, so a lesson from a link cannot run code.
 */
export async function renderMarkdown(md: string): Promise<string> {
  const [{ micromark }, { gfm, gfmHtml }] = await Promise.all([import('micromark'), import('micromark-extension-gfm')]);
  return micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}
