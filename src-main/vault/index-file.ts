import { z } from 'zod';
import { DossierError } from '../core/errors.ts';
import { caseKinds, type Case } from '../core/model/case.ts';
import { displayName, searchableNames } from '../core/names.ts';
import { provinceOfPlaces } from '../core/rules/region-choice.ts';
import { clockSchema, type ClockFacts } from './clock-facts.ts';
import { caseFileIdPattern } from './file-names.ts';
import type { CaseSummary } from './types.ts';

/**
 * The encrypted index: what the case list needs (so listing never decrypts every case) and the
 * case id -> file id map. It is derived data: each case file is the truth for its own content
 * and revision, so a lost index is rebuilt from the case files.
 */
export const INDEX_FORMAT = 'dossier-vault-index';

const indexEntrySchema = z.object({
  id: z.string().min(1).max(64),
  fileId: z.string().regex(caseFileIdPattern),
  revision: z.int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Schema version of the case file as last written: tells whether a migration is pending. */
  schemaVersion: z.int().min(0),
  displayName: z.string(),
  kind: z.enum(caseKinds),
  archived: z.boolean(),
  searchNames: z.array(z.string()),
  clock: clockSchema.optional(),
});
export type IndexEntry = z.infer<typeof indexEntrySchema>;

const indexSchema = z.object({ format: z.literal(INDEX_FORMAT), entries: z.array(indexEntrySchema) });

export function encodeIndex(entries: Iterable<IndexEntry>): Uint8Array {
  return new Uint8Array(Buffer.from(JSON.stringify({ format: INDEX_FORMAT, entries: [...entries] }), 'utf8'));
}

/** Parses an authenticated index payload. A payload that does not fit is not damage: it was written by other code. */
export function decodeIndex(plaintext: Uint8Array): IndexEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(plaintext).toString('utf8'));
  } catch {
    throw new DossierError('CORRUPT', 'The case index could not be read.');
  }
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) throw new DossierError('CORRUPT', 'The case index has an unexpected shape.');
  return parsed.data.entries;
}

export function entryFor(
  value: Case,
  meta: Pick<IndexEntry, 'fileId' | 'revision' | 'createdAt' | 'updatedAt' | 'schemaVersion'>,
): IndexEntry {
  return {
    id: value.id,
    ...meta,
    displayName: displayName(value.client),
    kind: value.kind,
    archived: value.archived,
    searchNames: searchableNames(value.client),
    ...clockOf(value),
  };
}

function clockOf(value: Case): { clock?: ClockFacts } {
  const { episodes, hearings, seizedItems, deadlineSettings } = value.detention;
  const { removalScheduledFor, firstStageApprovedOn } = value.hc;
  if (episodes.length === 0 && hearings.length === 0 && seizedItems.length === 0 && removalScheduledFor === undefined) return {};
  return {
    clock: {
      episodes: episodes.map((e) => ({
        id: e.id,
        start: { utc: e.start.utc, tz: e.start.tz },
        designatedForeignNational: e.designatedForeignNational,
        ...(e.end ? { end: { utc: e.end.utc, tz: e.end.tz } } : {}),
      })),
      hearings: hearings.map((h) => ({
        id: h.id,
        type: h.type,
        scheduled: { utc: h.scheduled.utc, tz: h.scheduled.tz },
        ...(h.outcome === undefined ? {} : { outcome: h.outcome }),
        ...(h.reserved === undefined ? {} : { reserved: h.reserved }),
        ...(h.interpreterRequested === undefined ? {} : { interpreterRequested: h.interpreterRequested }),
        ...(h.writtenReasonsRequestedAt === undefined ? {} : { writtenReasonsRequestedAt: h.writtenReasonsRequestedAt }),
      })),
      seizedItems: seizedItems.map((i) => ({
        id: i.id,
        noticeDate: i.noticeDate,
        ...(i.returnApplicationFiled === undefined ? {} : { returnApplicationFiled: i.returnApplicationFiled }),
      })),
      ...applicationsOf(value),
      ...(removalScheduledFor === undefined
        ? {}
        : { hc: { removalScheduledFor, ...(firstStageApprovedOn === undefined ? {} : { firstStageApprovedOn }) } }),
      settings: deadlineSettings,
      place: placeOf(value),
    },
  };
}

/** The applications' timing facts: kind, status, the hearing named and the filing date; none of counsel's text. */
function applicationsOf(value: Case): Pick<ClockFacts, 'applications'> {
  const apps = value.detention.applications ?? [];
  if (apps.length === 0) return {};
  return {
    applications: apps.map((a) => ({
      id: a.id,
      kind: a.kind,
      status: a.status,
      ...(a.hearingId === undefined ? {} : { hearingId: a.hearingId }),
      ...(a.filedOn === undefined ? {} : { filedOn: a.filedOn }),
    })),
  };
}

/** Only the province a place names is kept in the index, never the facility's name. */
function placeOf(value: Case): NonNullable<ClockFacts['place']> {
  const facility = value.detention.episodes[0]?.facility;
  const province = facility?.province ?? provinceOfPlaces([facility?.name, facility?.city, value.matter.hearingPlace]);
  const irbRegion = value.matter.region ?? value.detention.episodes[0]?.region;
  return { ...(province === undefined ? {} : { province }), ...(irbRegion === undefined ? {} : { irbRegion }) };
}

export function toSummary(entry: IndexEntry): CaseSummary {
  return {
    id: entry.id,
    displayName: entry.displayName,
    kind: entry.kind,
    archived: entry.archived,
    updatedAt: entry.updatedAt,
    searchNames: entry.searchNames,
    ...(entry.clock === undefined ? {} : { clock: entry.clock }),
  };
}
