import { readFileSync } from 'node:fs';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';
import { buildDocument, type DocumentOptions } from '../../../../src-main/documents/builders/build-document.ts';
import type { CounselProfile } from '../../../../src-main/documents/builders/counsel-profile.ts';
import type { DocumentKind } from '../../../../src-main/documents/builders/document-types.ts';
import type { ExhibitRefs } from '../../../../src-main/documents/builders/exhibit-cite.ts';
import type { DossierDocument } from '../../../../src-main/documents/model.ts';
import { collectText } from '../../../../src-main/documents/text-walk.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { counselWithout } from '../../../helpers/counsel.ts';

export const load = (name: string): Case =>
  caseSchema.parse((JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as { case: unknown }).case);

/** The case with no pseudonym for filings: its documents name the client as entered. */
export function withoutPseudonym(c: Case): Case {
  const client = { ...c.client };
  delete client.pseudonymForFilings;
  return { ...c, client };
}

/** The fictional counsel, without a professional title. */
export const counsel: CounselProfile = counselWithout('title');

const store = createTemplateStore();

export interface BuildAs {
  readonly lang?: 'en' | 'fr';
  readonly today?: string;
  readonly profile?: CounselProfile | null;
  readonly options?: DocumentOptions;
  readonly exhibitRefs?: ExhibitRefs;
}

export function build(c: Case, kind: DocumentKind, as: BuildAs = {}): DossierDocument {
  const lang = as.lang ?? 'en';
  return buildDocument(
    kind,
    {
      case: c,
      counsel: as.profile === null ? undefined : (as.profile ?? counsel),
      lang,
      today: as.today ?? '2026-03-17',
      templates: store.set(lang),
      ...(as.exhibitRefs ? { exhibitRefs: as.exhibitRefs } : {}),
    },
    as.options,
  );
}

const parentOf = (path: string): string => path.replace(/\[\d+\]$/u, '');

/** The document's text: runs of one paragraph joined as they print, paragraphs on their own lines. */
export function textOf(doc: DossierDocument): string {
  return collectText(doc)
    .map((t, i, all) => (i > 0 && parentOf(all[i - 1]?.path ?? '') === parentOf(t.path) ? '' : '\n') + t.text)
    .join('')
    .slice(1);
}

/** The text of some blocks alone, without the page's running footer. */
export const blocksText = (blocks: DossierDocument['blocks']): string =>
  textOf({ meta: { title: '', lang: 'en' }, page: { size: 'letter', margins: { top: 0, right: 0, bottom: 0, left: 0 } }, blocks });

export const text = (c: Case, kind: DocumentKind, as: BuildAs = {}): string => textOf(build(c, kind, as));

/**
 * Case 1 before its seven-day review, with the early-review application counsel could have
 * filed after the 48-hour review: the new facts and three dates (invented for the tests).
 */
export function withEarlyReview(c: Case): Case {
  return {
    ...c,
    detention: {
      ...c.detention,
      earlyReview: {
        newFacts: [
          'CHAN Kwok-wai, a Canadian citizen and the cousin of the person concerned, has come forward as bondsperson with a deposit, a guarantee and a room in his home.',
          'The 48-hour review proceeded with a Mandarin interpreter although a Cantonese interpreter had been requested under ID Rule 17.',
        ],
        availableDates: ['2026-03-17', '2026-03-13', '2026-03-16'],
      },
    },
  };
}

/**
 * Case 1 with an ID Rule 45 application for the seven-day review (invented for the tests): a
 * trafficking context and her safety, a private hearing and initials asked for, two reasons, and
 * the copy emailed to the Minister's counsel recorded for the statement of service.
 */
export function withPrivacyApplication(c: Case): Case {
  return {
    ...c,
    detention: {
      ...c.detention,
      service: [
        ...c.detention.service,
        {
          id: 'svc-r45',
          document: 'Application for a proceeding in private (ID Rules r.45)',
          servedOn: "Minister's counsel, CBSA hearings, Greater Toronto Area",
          method: 'email',
          at: { utc: '2026-03-16T14:15:00Z', tz: 'America/Toronto' },
        },
      ],
      applications: [
        {
          id: 'app-r45',
          kind: 'private-proceeding',
          status: 'filed',
          hearingId: 'h-7d',
          filedOn: '2026-03-16',
          reasons: [
            'The Minister described the person concerned at the 48-hour review as possibly controlled by traffickers (IRPR s.245(f)).',
            'Those said to control her could attend a public hearing and learn where she will live on release.',
          ],
          grounds: ['trafficking', 'safety'],
          relief: ['private-hearing', 'initials'],
          hearApplicationInPrivate: true,
          proposedDates: [],
          serviceIds: ['svc-r45'],
        },
      ],
    },
  };
}

/**
 * Case 1 with an r.26 disclosure and r.32 witness information (all five items of r.32(1)) for the 7-day review, and an r.33
 * summons and an r.43 change of date for the admissibility hearing, each served on the Minister.
 */
export function withRuleApplications(c: Case): Case {
  const base = { status: 'draft' as const, grounds: [], relief: [], hearApplicationInPrivate: true, proposedDates: [] };
  const served = (id: string, document: string) => ({
    id,
    document,
    servedOn: "Minister's counsel, CBSA hearings, Greater Toronto Area",
    method: 'email' as const,
    at: { utc: '2026-03-16T15:00:00Z', tz: 'America/Toronto' },
  });
  return {
    ...c,
    detention: {
      ...c.detention,
      service: [
        ...c.detention.service,
        served('svc-r26', 'Disclosure of documents (ID Rules r.26)'),
        served('svc-r32', 'Witness information (ID Rules r.32)'),
        served('svc-r33', 'Application for a summons (ID Rules r.33)'),
        served('svc-r43', 'Application to change the date (ID Rules r.43)'),
      ],
      applications: [
        ...(c.detention.applications ?? []),
        {
          ...base,
          id: 'app-r26',
          kind: 'documents',
          hearingId: 'h-7d',
          reasons: ['Letter of the Scarborough shelter offering a bed on release, 12 March 2026.'],
          serviceIds: ['svc-r26'],
        },
        {
          ...base,
          id: 'app-r32',
          kind: 'witnesses',
          hearingId: 'h-7d',
          witness: 'CHAN Mei-ling',
          testimony:
            'Ms. Chan will say that she can house the person concerned at her home in Richmond Hill and supervise her daily.\n\nShe will describe the room offered and her working hours.',
          testimonyMinutes: 20,
          witnessRelationship: 'her cousin',
          witnessMeans: 'videoconference' as const,
          reasons: ['Ms. Chan works nights: a sitting before noon suits her best.'],
          serviceIds: ['svc-r32'],
        },
        {
          ...base,
          id: 'app-r33',
          kind: 'summons',
          hearingId: 'h-admissibility',
          witness: 'the manager of the Mississauga spa',
          reasons: ['The manager holds the schedule that shows who controlled the work of the person concerned.'],
          serviceIds: ['svc-r33'],
        },
        {
          ...base,
          id: 'app-r43',
          kind: 'change-date',
          hearingId: 'h-admissibility',
          proposedDates: ['2026-04-29', '2026-05-06'],
          reasons: ['Counsel is before the Federal Court on 22 April 2026 in a hearing fixed before this one.'],
          serviceIds: ['svc-r43'],
        },
      ],
    },
  };
}
