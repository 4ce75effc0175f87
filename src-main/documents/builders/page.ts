import { DEFAULT_PAGE, type PageSetup } from '../model.ts';
import type { TemplateAst } from '../templates/ast.ts';

/** Letter paper, one-inch margins; the footer wording comes from the template's `footer` label. */
export function pageFor(ast: TemplateAst, lang: string): PageSetup {
  const footer = Object.hasOwn(ast.front.strings, 'footer') ? ast.front.strings['footer'] : undefined;
  return footer === undefined ? DEFAULT_PAGE : { ...DEFAULT_PAGE, footer: { center: footer, lang } };
}
