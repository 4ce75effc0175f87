import type { Case, Matter } from '../model/case.ts';
import { displayName } from '../names.ts';
import { matterNumbers, primaryFileNumber, type MatterNumber } from './numbers.ts';

/** The language a filing is written in (the matter's language of proceedings). */
export type FilingLang = 'en' | 'fr';

const NBSP = '\u00a0';

const forumNames: Readonly<Record<Matter['forum'], Readonly<Record<FilingLang, string>>>> = {
  'IRB-ID': {
    en: 'Immigration and Refugee Board of Canada – Immigration Division',
    fr: 'Commission de l’immigration et du statut de réfugié du Canada – Section de l’immigration',
  },
  'IRB-RPD': {
    en: 'Immigration and Refugee Board of Canada – Refugee Protection Division',
    fr: 'Commission de l’immigration et du statut de réfugié du Canada – Section de la protection des réfugiés',
  },
  IRCC: { en: 'Immigration, Refugees and Citizenship Canada', fr: 'Immigration, Réfugiés et Citoyenneté Canada' },
  CBSA: { en: 'Canada Border Services Agency', fr: 'Agence des services frontaliers du Canada' },
  FC: { en: 'Federal Court', fr: 'Cour fédérale' },
};

/** The forum as a filing names it, in full. */
export function forumName(forum: Matter['forum'], lang: FilingLang): string {
  return forumNames[forum][lang];
}

/** What precedes a number: "ID file no." / "Dossier de la SI nº" (the IRB's wording follows the division). */
export function fileNumberLabel(n: Pick<MatterNumber, 'issuer' | 'label'>, forum: Matter['forum'], lang: FilingLang): string {
  const fr = lang === 'fr';
  switch (n.issuer) {
    case 'IRB':
      if (forum === 'IRB-ID') return fr ? 'Dossier de la SI nº' : 'ID file no.';
      if (forum === 'IRB-RPD') return fr ? 'Dossier de la SPR nº' : 'RPD file no.';
      return fr ? 'Dossier de la CISR nº' : 'IRB file no.';
    case 'CBSA':
      return fr ? 'Dossier de l’ASFC nº' : 'CBSA file no.';
    case 'IRCC':
      return fr ? 'Demande d’IRCC nº' : 'IRCC application no.';
    case 'FC':
      return fr ? 'Dossier de la Cour fédérale nº' : 'Federal Court file no.';
    case 'UCI':
      return fr ? 'IUC' : 'UCI';
    case 'other':
      return fr ? `Dossier ${n.label ?? ''} nº`.replace(/\s+/gu, ' ') : `${n.label ?? ''} file no.`.trim();
  }
}

/** One number with its label: "Dossier de la SI nº 0003-B6-01234" (a non-breaking space keeps them together). */
export function fileNumberText(n: MatterNumber, forum: Matter['forum'], lang: FilingLang): string {
  return `${fileNumberLabel(n, forum, lang)}${NBSP}${n.value}`;
}

/** Every number of the case, labelled, in filing order. */
export function fileNumberTexts(c: Pick<Case, 'matter' | 'client'>, lang: FilingLang): string[] {
  return matterNumbers(c).map((n) => fileNumberText(n, c.matter.forum, lang));
}

/** The running header of every page of a filed document: its numbers on one line; '' when the case has none. */
export function runningHeaderText(c: Pick<Case, 'matter' | 'client'>, lang: FilingLang): string {
  return fileNumberTexts(c, lang).join(' · ');
}

/** The parties as the forum's style of cause names them, one line each. */
export function partyLines(c: Pick<Case, 'matter' | 'client'>, lang: FilingLang): string[] {
  const name = displayName(c.client);
  const fr = lang === 'fr';
  switch (c.matter.forum) {
    case 'IRB-ID':
      return fr
        ? [`Personne concernée${NBSP}: ${name}`, `Ministre de la Sécurité publique et de la Protection civile`]
        : [`Person concerned: ${name}`, 'Minister of Public Safety and Emergency Preparedness'];
    case 'IRB-RPD':
      return [fr ? `Demandeur d’asile${NBSP}: ${name}` : `Claimant: ${name}`];
    case 'FC':
      return fr
        ? [`Demandeur${NBSP}: ${name}`, `Défendeur${NBSP}: le ministre de la Citoyenneté et de l’Immigration`]
        : [`Applicant: ${name}`, 'Respondent: the Minister of Citizenship and Immigration'];
    case 'IRCC':
    case 'CBSA':
      return [fr ? `Demandeur${NBSP}: ${name}` : `Applicant: ${name}`];
  }
}

/** The header block of a packet's list of documents and covers: the forum, the numbers, the parties. */
export function matterHeaderLines(c: Pick<Case, 'matter' | 'client'>, lang: FilingLang): string[] {
  return [forumName(c.matter.forum, lang), ...fileNumberTexts(c, lang), ...partyLines(c, lang)];
}

/** What a packet is named and titled by: the case's primary number (see `primaryFileNumber`), or the client's name when it has none. */
export function packetNameNumber(c: Pick<Case, 'matter' | 'client'>): { readonly text: string; readonly fromName: boolean } {
  const primary = primaryFileNumber(c);
  if (primary) return { text: primary.value, fromName: false };
  return { text: displayName(c.client) || 'case', fromName: true };
}
