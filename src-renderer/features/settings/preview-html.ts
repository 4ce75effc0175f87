/**
 * Prepares a document's print HTML for the preview frame. The frame inherits the app's CSP, which
 * admits no inline style and no font but the app's own, so the style text is taken out of the
 * page and applied as a constructed stylesheet, and the bundled @font-face rules (served only to
 * the printer) are dropped: the preview uses the system's fonts. Elements that could load or
 * run anything are removed as well, though the frame runs no script in any case.
 *
 * The style is taken out of the text before it is parsed: even an inert parsed document is
 * held to the app's CSP and reports its inline style as a violation. The print HTML writes
 * attribute values and text escaped, so `<style>` and `style="…"` only occur as markup.
 */
export interface PreparedPreview {
  readonly html: string;
  readonly css: string;
}

const removed = 'script, link, base, iframe, frame, object, embed, form, meta[http-equiv="refresh" i]';

/** Page look for the screen: a sheet of paper on a grey desk, in system fonts. */
const screenCss = `
html { background: #e9ecf1; }
body { background: #fff; margin: 16px auto; padding: 48px 56px; max-width: 720px; box-shadow: 0 1px 4px rgb(0 0 0 / 18%); }
`;

export function preparePreview(source: string): PreparedPreview {
  const sheets: string[] = [];
  const withoutSheets = source.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/giu, (_whole, css: string) => {
    sheets.push(css);
    return '';
  });
  const rules: string[] = [];
  const withoutStyle = withoutSheets.replace(/\sstyle="([^"]*)"/giu, (_whole, declarations: string) => {
    const index = rules.length;
    rules.push(`[data-preview-style="${index}"]{${declarations.replace(/[{}<]/gu, '')}}`);
    return ` data-preview-style="${index}"`;
  });
  const doc = new DOMParser().parseFromString(withoutStyle, 'text/html');
  for (const element of doc.querySelectorAll(removed)) element.remove();
  for (const element of doc.querySelectorAll('[style], style')) element.remove();
  const css = sheets.join('\n').replace(/@font-face\s*\{[^}]*\}/gu, '');
  return { html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`, css: `${css}\n${rules.join('\n')}\n${screenCss}` };
}
