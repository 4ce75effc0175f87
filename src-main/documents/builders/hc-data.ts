import { matterNumbers } from '../../core/matter/numbers.ts';
import { fileNumberText } from '../../core/matter/wording.ts';
import type { Case, HcFactorKind } from '../../core/model/case.ts';
import type { PageSetup } from '../model.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { caseData } from './case-data.ts';
import type { Labels } from './detention-facts.ts';
import type { DocLang } from './format-date.ts';

/** The case fields, and the file numbers other than the UCI (printed on its own line, from `client.uci`). */
export function hcCaseData(c: Case, lang: DocLang, today: string, labels: Labels): TemplateRecord {
  const others = matterNumbers(c).filter((n) => n.issuer !== 'UCI');
  return {
    ...caseData(c, lang, today, labels),
    otherFileNumbers: others.map((n) => fileNumberText(n, c.matter.forum, lang)).join('; '),
  };
}

/** A narrative as paragraphs: split on blank lines, each kept whole (never shortened), line breaks inside kept. */
export function narrativeParagraphs(narrative: string): { text: string }[] {
  return narrative
    .replaceAll('\r\n', '\n')
    .replaceAll('\r', '\n')
    .split(/\n[ \t]*\n/u)
    .map((p) => p.replace(/^\n+|\n+$/gu, '').trimEnd())
    .filter((p) => p.trim() !== '')
    .map((text) => ({ text }));
}

/** A factor kind as a template field name: `COUNTRY_CONDITIONS` is `countryConditions` (`{{#if is.countryConditions}}`). */
export const factorFlag = (kind: HcFactorKind): string => kind.toLowerCase().replace(/_([a-z])/gu, (_, c: string) => c.toUpperCase());

/**
 * The page of a wide table (the letters index, the forms checklist): the usual top and bottom
 * margins, three-quarter-inch sides so seven columns fit without splitting words. The packet's
 * labels sit 18 pt from the edges, clear of it.
 */
export const widePage = (page: PageSetup): PageSetup => ({ ...page, margins: { ...page.margins, left: 19.05, right: 19.05 } });
