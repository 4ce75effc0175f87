import { normalizeText } from '../../core/text/normalize.ts';
import { printedForm } from '../fonts/printed-form.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Normalised text in its printed form, safe both as element content and inside a quoted attribute. */
export function escapeHtml(text: string): string {
  return printedForm(normalizeText(text)).replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c] ?? c);
}

/** Text content with line breaks kept as <br>, so every renderer breaks lines at the same places. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replaceAll('\n', '<br>');
}

/**
 * A CSS string literal. Everything outside a small safe set is written as a hex escape, so no
 * input can close the string, the rule or the <style> element ("</style>" becomes "\3c /style\3e ").
 */
export function cssString(text: string): string {
  const safe = printedForm(normalizeText(text)).replace(/\n/gu, ' ');
  let out = '"';
  for (const ch of safe) out += /^[A-Za-z0-9 .,:;!?()+=_#%-]$/u.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0xfffd).toString(16)} `;
  return `${out}"`;
}

/** A BCP-47 tag as an attribute value, or undefined when it is not shaped like one. */
export function safeLang(lang: string | undefined): string | undefined {
  if (lang === undefined) return undefined;
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/u.test(lang) ? lang : undefined;
}
