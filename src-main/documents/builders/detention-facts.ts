import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import { fileNumberOf } from '../../core/matter/numbers.ts';
import type { Case, DetentionEpisode, Hearing, Person } from '../../core/model/case.ts';
import { localDateOf, parseUtc } from '../../core/rules/zoned.ts';
import type { DocLang } from './format-date.ts';

/** Hearings that review detention (the admissibility hearing is not one). */
const REVIEW_TYPES: ReadonlySet<Hearing['type']> = new Set(['48H', '7D', '30D', 'EARLY', 'CONTINUATION']);

export type Labels = Readonly<Record<string, string>>;

/** What every detention document builder reads: the case, the document's language, today and its template's labels. */
export interface DetentionContext {
  readonly case: Case;
  readonly lang: DocLang;
  readonly today: string;
  readonly labels: Labels;
}

/** A label of the template's front matter; empty when the template does not give it. */
export function word(labels: Labels, key: string): string {
  return Object.hasOwn(labels, key) ? (labels[key] ?? '') : '';
}

/** A label with `{name}` placeholders filled in. */
export function fill(label: string, values: Readonly<Record<string, string>>): string {
  return label.replace(/\{([a-z]+)\}/gu, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? '') : whole));
}

/** The day a hearing is held, where it is held. */
export function localDate(h: Hearing): string {
  const ms = parseUtc(h.scheduled.utc);
  return ms === null ? '' : localDateOf(ms, h.scheduled.tz);
}

const byTime = (a: Hearing, b: Hearing): number => a.scheduled.utc.localeCompare(b.scheduled.utc);

/**
 * The hearing a document is for: the one asked for by id, else the first hearing on or after
 * `today` at the place it sits (reviews only, when `reviewsOnly`). Undefined when none is ahead.
 */
export function chosenHearing(c: Case, today: string, hearingId: string | undefined, reviewsOnly: boolean): Hearing | undefined {
  if (hearingId !== undefined) {
    const found = c.detention.hearings.find((h) => h.id === hearingId);
    if (!found)
      throw new DossierError('VALIDATION', 'The hearing chosen for this document is not in the case.', [
        fieldIssue('hearingId', 'noSuchHearing'),
      ]);
    return found;
  }
  return c.detention.hearings.filter((h) => (!reviewsOnly || REVIEW_TYPES.has(h.type)) && localDate(h) >= today).toSorted(byTime)[0];
}

/** Earlier hearings than `hearing`, in time order. */
export function hearingsBefore(c: Case, hearing: Hearing | undefined): Hearing[] {
  return c.detention.hearings.filter((h) => hearing === undefined || h.scheduled.utc < hearing.scheduled.utc).toSorted(byTime);
}

/** The detention the hearing reviews, else the latest one; refused when the case records none. */
export function currentEpisode(c: Case, hearing: Hearing | undefined): DetentionEpisode {
  const episodes = c.detention.episodes;
  const latest = episodes.toSorted((a, b) => a.start.utc.localeCompare(b.start.utc)).at(-1);
  const episode = (hearing?.episodeId === undefined ? undefined : episodes.find((e) => e.id === hearing.episodeId)) ?? latest;
  if (!episode)
    throw new DossierError('VALIDATION', 'Record the detention (start, facility and grounds) before printing this document.', [
      fieldIssue('detention.episodes', 'noDetention'),
    ]);
  return episode;
}

/** The bondspersons put forward: everyone with bondsperson details whom the Division has not rejected. */
export function offeredBondspersons(c: Case): (Person & { bondsperson: NonNullable<Person['bondsperson']> })[] {
  return c.people.filter(
    (p): p is Person & { bondsperson: NonNullable<Person['bondsperson']> } =>
      p.bondsperson !== undefined && p.bondsperson.determination !== 'rejected',
  );
}

/** The Immigration Division's file number, when the case has one. */
export function idFileNumber(c: Case): string {
  return c.matter.forum === 'IRB-ID' ? fileNumberOf(c, 'IRB') : '';
}

/** The language the client is heard in: the one preferred for the hearing, else the first needing an interpreter. */
export function hearingLanguage(c: Case) {
  const skills = c.client.languages;
  return skills.find((s) => s.preferredForHearing) ?? skills.find((s) => s.interpreterNeeded);
}

/** Two language tags name the same language when their primary subtags match ("yue-Hant" and "yue"). */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}
