import { DossierError } from '../core/errors.ts';
import { CASE_SCHEMA_VERSION, type Case, type CaseKind } from '../core/model/case.ts';
import { localToday } from '../core/model/dates.ts';
import { forumIssuer } from '../core/matter/numbers.ts';
import { parseCase, parseCaseFile, toCaseFile } from '../core/model/interchange.ts';
import { foldForSearch } from '../core/names.ts';
import { checkCaseFacts } from '../core/validate.ts';
import { unprintableFieldIssues } from '../core/issues/script-fields.ts';
import type { FieldIssue } from '../core/errors.ts';
import { refuseBrokenText, withoutInvisibleInNames } from '../core/text/case-text.ts';
import type { Handlers } from '../ipc/invoke.ts';
import { computeDeadlines } from '../core/rules/compute.ts';
import { dueDate } from '../core/rules/deadline.ts';
import { nextDeadline } from '../core/rules/next.ts';
import { optionsFromSettings } from '../core/rules/shipped.ts';
import type { ClockFacts } from '../vault/clock-facts.ts';
import type { CaseSummary, StoredCase, VaultApi } from '../vault/types.ts';
import { upgradeCaseFile } from '../vault/migrations/case-file.ts';

export interface CaseHandlerDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
  readonly newId: () => string;
}

type CaseHandlers = Pick<
  Handlers,
  'caseList' | 'caseCreate' | 'caseGet' | 'caseSave' | 'caseDraftSave' | 'caseArchive' | 'caseDelete' | 'caseImport' | 'caseExport'
>;

function summaryDto(s: CaseSummary, asOf: string) {
  const next = s.clock === undefined ? undefined : nextDeadlineOf(s.clock, asOf);
  return {
    id: s.id,
    displayName: s.displayName,
    kind: s.kind,
    archived: s.archived,
    updatedAt: s.updatedAt,
    ...(next === undefined ? {} : { nextDeadline: next }),
  };
}

/** The case list's next deadline, from the clock facts the index keeps; none when they cannot be computed. */
function nextDeadlineOf(clock: ClockFacts, asOf: string) {
  const province = clock.place?.province;
  const episodes = clock.episodes.map((e, i) => (i === 0 && province !== undefined ? { ...e, facility: { province } } : e));
  const input = {
    detention: { episodes, hearings: clock.hearings, seizedItems: clock.seizedItems },
    ...(clock.place?.irbRegion === undefined ? {} : { matter: { region: clock.place.irbRegion } }),
    ...(clock.hc === undefined ? {} : { hc: clock.hc }),
  };
  let list;
  try {
    list = computeDeadlines(input, optionsFromSettings(clock.settings, asOf));
  } catch {
    // Facts the engine refuses (reviews out of order) show on the Detention tab, not in the list.
    return undefined;
  }
  const tz = clock.episodes[0]?.start.tz ?? clock.hearings[0]?.scheduled.tz ?? 'UTC';
  const next = nextDeadline(list, asOf, tz);
  if (!next) return undefined;
  const { deadline } = next;
  const due = deadline.dueLaw;
  const dueLabel = due.type === 'instant' ? `${due.local.date} ${due.local.time}` : dueDate(due);
  return { kind: deadline.kind, title: deadline.title, dueOffice: deadline.dueOffice, dueLabel, pastDue: next.pastDue };
}

/**
 * Validates a whole case, schema and cross-field facts, and throws one error listing every field.
 * Hostile text is dealt with first (core/text/case-text.ts): a lone surrogate or noncharacter
 * anywhere is refused, invisible and reordering characters in names, file numbers and titles are
 * removed, each removal returned as a warning naming the field.
 */
function validatedWithWarnings(input: unknown, today: string): { value: Case; warnings: FieldIssue[] } {
  refuseBrokenText(input, 'The case');
  const cleaned = withoutInvisibleInNames(parseCase(input));
  // A field that held nothing but invisible characters may now be empty where text is required.
  const value = cleaned.warnings.length === 0 ? cleaned.value : parseCase(cleaned.value);
  const issues = checkCaseFacts(value, today);
  if (issues.length > 0) {
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new DossierError(
      'VALIDATION',
      `The case is not valid (${issues.length} field${issues.length === 1 ? '' : 's'}): ${summary}`,
      issues,
    );
  }
  return { value, warnings: cleaned.warnings };
}

function validated(input: unknown, today: string): Case {
  return validatedWithWarnings(input, today).value;
}

/**
 * The one path a changed case takes to the vault: validated whole (schema and facts), then written
 * encrypted and atomically at the revision it was read at.
 */
export function saveCase(vault: VaultApi, input: unknown, revision: number, today: string, draft?: null): Promise<StoredCase> {
  // `draft` undefined keeps a draft the editor stored beside the case (a wording edit is not the editor's save).
  return vault.writeCase(validated(input, today), revision, draft);
}

/** What a new case may be given at once: its forum's file number and its language of proceedings. */
export interface NewCaseMatter {
  readonly fileNumber?: string | undefined;
  readonly languageOfProceedings?: 'en' | 'fr' | undefined;
}

export function newCase(
  id: string,
  kind: CaseKind,
  today: string,
  name: Pick<Case['client'], 'familyName' | 'givenNames' | 'namesInScript'>,
  matter: NewCaseMatter = {},
): unknown {
  const forum = kind === 'hc' ? 'IRCC' : 'IRB-ID';
  const number = matter.fileNumber?.trim() ?? '';
  return {
    id,
    kind,
    matter: {
      forum,
      openedAt: today,
      ...(number === '' ? {} : { fileNumbers: [{ issuer: forumIssuer[forum], value: number }] }),
      ...(matter.languageOfProceedings === undefined ? {} : { languageOfProceedings: matter.languageOfProceedings }),
    },
    client: { familyName: name.familyName, givenNames: name.givenNames, namesInScript: name.namesInScript },
  };
}

export function createCaseHandlers({ vault, now, newId }: CaseHandlerDeps): CaseHandlers {
  const today = () => localToday(now());

  const toDto = (stored: StoredCase) => ({ ...stored });

  return {
    caseList: async ({ query, includeArchived }) => {
      const q = foldForSearch(query);
      const all = await vault.listCases();
      return all
        .filter((s) => includeArchived || !s.archived)
        .filter((s) => q === '' || s.searchNames.some((n) => n.includes(q)))
        .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((summary) => summaryDto(summary, now().toISOString()));
    },
    caseCreate: async ({ kind, name, fileNumber, languageOfProceedings }) => {
      const value = validated(newCase(newId(), kind, today(), name, { fileNumber, languageOfProceedings }), today());
      return toDto(await vault.writeCase(value, 0));
    },
    caseGet: async ({ id }) => toDto(await vault.readCase(id)),
    // A valid save from the editor replaces any draft it kept (null clears it).
    caseSave: async ({ case: input, revision }) => toDto(await saveCase(vault, input, revision, today(), null)),
    caseDraftSave: async ({ id, revision, draft }) => {
      const stored = await vault.readCase(id);
      return toDto(await vault.writeCase(stored.case, revision, draft));
    },
    caseArchive: async ({ id, archived }) => {
      const stored = await vault.readCase(id);
      const saved = await vault.writeCase({ ...stored.case, archived }, stored.revision);
      const summary = (await vault.listCases()).find((s) => s.id === saved.case.id);
      if (!summary) throw new DossierError('NOT_FOUND', 'The case was not found after saving.');
      return summaryDto(summary, now().toISOString());
    },
    caseDelete: async ({ id }) => {
      await vault.deleteCase(id);
      return { deleted: id };
    },
    caseImport: async ({ file }) => {
      refuseBrokenText(file, 'The case file');
      const parsed = parseCaseFile(upgradeCaseFile(file));
      const { value, warnings } = validatedWithWarnings(parsed.case, today());
      const existing = await vault.listCases();
      if (existing.some((s) => s.id === value.id)) {
        throw new DossierError(
          'DUPLICATE',
          `A case with id ${value.id} is already in the vault. Nothing was imported; export or delete the existing case first.`,
        );
      }
      const saved = await vault.writeCase(value, 0);
      // Kept as imported; the user learns now, not at print time, what was cleaned and which texts a PDF will refuse.
      const all = [...warnings, ...unprintableFieldIssues(saved.case)];
      return { id: saved.case.id, warnings: all.map(({ code, path, message }) => ({ code, path, message })) };
    },
    caseExport: async ({ id }) => toCaseFile((await vault.readCase(id)).case),
  };
}

export { CASE_SCHEMA_VERSION };
