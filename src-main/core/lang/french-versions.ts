import type { IdApplication } from '../model/applications.ts';
import type { Case } from '../model/case.ts';
import type { PacketPresetName } from '../packet-presets.ts';
import type { FrenchVersionCode } from '../issues/packet-issues.ts';

/**
 * Free text typed in the case and printed in a filing (a condition's particulars, the residence's
 * description, the supervisor's reporting terms and notes) may carry a French version beside it.
 * A French filing prints the French version; when there is none it prints the text as typed, and
 * says so before the build (`frenchVersionWarnings`), so a filing never mixes languages silently.
 */
export type FilingLang = 'en' | 'fr';

/** The text a filing in `lang` prints: the French version in French when one is written. */
export function inFilingLanguage(typed: string, french: string | undefined, lang: FilingLang): string {
  return lang === 'fr' && french !== undefined && french.trim() !== '' ? french : typed;
}

export type { FrenchVersionCode };

/** A field a French filing would print as typed: its issue code, its path in the case and the wording's parameters. */
export interface UntranslatedField {
  readonly code: FrenchVersionCode;
  readonly path: string;
  readonly params: Readonly<Record<string, number | string>>;
}

const nameOf = (person: Case['people'][number]): string =>
  [person.familyName.toLocaleUpperCase('und'), person.givenNames].filter((p) => p.trim() !== '').join(' ');

/** Presets whose documents print the release plan's free text (the letter and the bondspersons' declarations). */
const PRINTS_RELEASE_PLAN: ReadonlySet<PacketPresetName> = new Set(['detention-release-plan']);

const lacksFrench = (typed: string, french: string | undefined): boolean =>
  typed.trim() !== '' && (french === undefined || french.trim() === '');

/**
 * The fields a French filing of `preset` would print as typed, in the order the letter prints
 * them; none for an English filing or a preset that prints none of them. Conditions are numbered
 * as the letter numbers them (proposed ones only).
 */
export function frenchVersionWarnings(c: Case, preset: PacketPresetName): UntranslatedField[] {
  // The application packet prints the applications recorded as drafts (packet/contents/places.ts).
  if (preset === 'detention-application')
    return applicationFrenchWarnings(c, c.matter.languageOfProceedings, (a) => a.status === 'draft' && a.kind !== 'interpreter');
  if (c.matter.languageOfProceedings !== 'fr' || !PRINTS_RELEASE_PLAN.has(preset)) return [];
  const plan = c.detention.releasePlan;
  const out: UntranslatedField[] = [];
  const residence = plan.residence;
  if (residence && lacksFrench(residence.suitability, residence.suitabilityFr))
    out.push({ code: 'french.residenceSuitability', path: 'detention.releasePlan.residence.suitabilityFr', params: {} });
  const supervisor = plan.supervisor;
  if (supervisor && lacksFrench(supervisor.reportingSchedule, supervisor.reportingScheduleFr))
    out.push({ code: 'french.supervisorSchedule', path: 'detention.releasePlan.supervisor.reportingScheduleFr', params: {} });
  if (supervisor && lacksFrench(supervisor.notes, supervisor.notesFr))
    out.push({ code: 'french.supervisorNotes', path: 'detention.releasePlan.supervisor.notesFr', params: {} });
  // Counsel's own argument (background, answers to the grounds, the s.248 factors, vulnerability)
  // is written for the filing and has no second field; a French filing still says it prints as typed.
  const argued = [
    plan.background,
    plan.vulnerability,
    ...plan.groundResponses.map((g) => g.response),
    ...plan.factors.map((f) => f.narrative),
  ];
  if (argued.some((text) => text.trim() !== '')) out.push({ code: 'french.counselText', path: 'detention.releasePlan', params: {} });
  // A bondsperson's own words (relationship, work, source of funds, supervision plan) print in
  // their declaration and the letter; they have no French version, so a French filing names them.
  c.people.forEach((person, index) => {
    const bond = person.bondsperson;
    // The answer to an objection prints in the plan whether or not the Division rejected the person.
    const answer = bond?.objection;
    if (answer && lacksFrench(answer.answer ?? '', answer.answerFr))
      out.push({
        code: 'french.objectionAnswer',
        path: `people.${index}.bondsperson.objection.answerFr`,
        params: { name: nameOf(person) },
      });
    if (!bond || bond.determination === 'rejected') return;
    const typed = [
      bond.relationship,
      bond.contactFrequency,
      bond.occupation,
      bond.employer,
      bond.workSchedule,
      bond.sourceOfFunds,
      bond.supervisionPlan,
    ];
    if (typed.some((text) => (text ?? '').trim() !== ''))
      out.push({
        code: 'french.bondspersonText',
        path: `people.${index}.bondsperson`,
        params: { name: nameOf(person) },
      });
  });
  let number = 0;
  plan.conditions.forEach((condition, index) => {
    if (!condition.proposed) return;
    number += 1;
    if (lacksFrench(condition.details, condition.detailsFr))
      out.push({ code: 'french.conditionDetails', path: `detention.releasePlan.conditions.${index}.detailsFr`, params: { n: number } });
  });
  return out;
}

/** The rule each application is made under, as its French-version warning names it. */
const ruleNumber: Readonly<Record<IdApplication['kind'], string>> = {
  'early-review': '9',
  interpreter: '17',
  documents: '26',
  witnesses: '32',
  summons: '33',
  'change-date': '43',
  'private-proceeding': '45',
};

/**
 * Counsel's paragraphs of the ID Rules applications `chosen` picks (not withdrawn) that a French
 * filing of their documents prints as typed: they are written for the filing and have no second
 * field, so the warning asks counsel to check they are in French. None in English.
 */
export function applicationFrenchWarnings(
  c: Case,
  lang: FilingLang,
  chosen: (app: IdApplication) => boolean = () => true,
): UntranslatedField[] {
  if (lang !== 'fr') return [];
  return (c.detention.applications ?? []).flatMap((app, index): UntranslatedField[] => {
    if (app.status === 'withdrawn' || !chosen(app)) return [];
    const at = `detention.applications.${String(index)}`;
    const out: UntranslatedField[] = [];
    if (app.reasons.some((r) => r.trim() !== ''))
      out.push({ code: 'french.applicationReasons', path: `${at}.reasons`, params: { rule: ruleNumber[app.kind] } });
    // The r.32 witness information prints the counsel's words for items a), c) and d) as typed.
    const witnessWords = [app.testimony, app.witnessRelationship, app.expertQualifications];
    if (witnessWords.some((text) => (text ?? '').trim() !== ''))
      out.push({ code: 'french.witnessText', path: `${at}.testimony`, params: {} });
    return out;
  });
}
