import { DossierError } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import type { Case, DocumentWording, WordingEdit } from '../core/model/case.ts';
import { localToday } from '../core/model/dates.ts';
import { buildDocument } from '../documents/builders/build-document.ts';
import type { DocumentKind } from '../documents/builders/document-types.ts';
import { applicableWording, editableParagraphs, wordingTargetOption } from '../documents/wording-edits.ts';
import type { WordingParagraphsDto } from '../ipc/contract.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { StoredCase, VaultApi } from '../vault/types.ts';
import { saveCase } from './case-handlers.ts';
import type { SettingsPort } from './ports.ts';
import type { TemplateStore } from './templates-store.ts';

export interface WordingHandlerDeps {
  readonly vault: VaultApi;
  readonly settings: SettingsPort;
  readonly templates: TemplateStore;
  readonly now: () => Date;
}

type WordingHandlers = Pick<Handlers, 'documentParagraphs' | 'wordingEditSave' | 'wordingEditReset'>;

/** One document of one case, as the wording channels name it. */
interface WordingDocument {
  readonly kind: DocumentKind;
  readonly lang: 'en' | 'fr';
  readonly target?: string | undefined;
}

const sameDocument = (w: DocumentWording, d: WordingDocument): boolean => w.kind === d.kind && w.lang === d.lang && w.target === d.target;

/** The case's wordings with `update` applied to the one entry for this document; an entry left without edits goes. */
function withEntry(c: Case, d: WordingDocument, update: (edits: readonly WordingEdit[]) => WordingEdit[]): DocumentWording[] {
  const current = c.wordingEdits ?? [];
  const found = current.some((w) => sameDocument(w, d));
  const entries = found
    ? current
    : [...current, { kind: d.kind, lang: d.lang, ...(d.target === undefined ? {} : { target: d.target }), edits: [] }];
  return entries.map((w) => (sameDocument(w, d) ? { ...w, edits: update(w.edits) } : w)).filter((w) => w.edits.length > 0);
}

/**
 * The wording channels: list a document's paragraphs as the template words them and as this case
 * rewords them, reword one, or go back to the template's wording. Every change is saved through
 * the case's one save path (`saveCase`: validated, encrypted, atomic, at the revision read).
 */
export function createWordingHandlers(deps: WordingHandlerDeps): WordingHandlers {
  const today = (): string => localToday(deps.now());

  const check = (d: WordingDocument): void => {
    if (d.target !== undefined && wordingTargetOption(d.kind) === undefined)
      throw new DossierError('VALIDATION', 'This document is the same for the whole case: leave the target out.', [
        fieldIssue('target', 'wordingNoTarget'),
      ]);
  };

  /** The paragraphs the template prints for this case, before any of its edits. */
  const templateParagraphs = (c: Case, d: WordingDocument): string[] => {
    const option = wordingTargetOption(d.kind);
    const options = option === undefined || d.target === undefined ? {} : { [option]: d.target };
    const doc = buildDocument(
      d.kind,
      { case: c, counsel: deps.settings.get().counselProfile, lang: d.lang, today: today(), templates: deps.templates.set(d.lang) },
      { ...options, wording: false },
    );
    return editableParagraphs(doc);
  };

  /** The case with its wordings replaced, through the case's one save path; none left, the field goes. */
  const store = (stored: StoredCase, wordingEdits: DocumentWording[]): Promise<StoredCase> => {
    const { wordingEdits: _old, ...rest } = stored.case;
    void _old;
    return saveCase(deps.vault, wordingEdits.length === 0 ? rest : { ...rest, wordingEdits }, stored.revision, today());
  };

  const listing = (stored: StoredCase, d: WordingDocument): WordingParagraphsDto => {
    const originals = templateParagraphs(stored.case, d);
    const present = new Set(originals);
    const edits = new Map<string, string>();
    for (const { wording } of applicableWording(stored.case.wordingEdits ?? [], d.kind, d.lang, d.target))
      for (const edit of wording.edits) if (!edits.has(edit.original)) edits.set(edit.original, edit.text);
    return {
      revision: stored.revision,
      paragraphs: originals.map((original) => {
        const text = edits.get(original);
        return { original, text: text ?? original, edited: text !== undefined };
      }),
      stale: [...edits].filter(([original]) => !present.has(original)).map(([original, text]) => ({ original, text })),
    };
  };

  return {
    documentParagraphs: async ({ caseId, ...d }) => {
      check(d);
      return listing(await deps.vault.readCase(caseId), d);
    },
    wordingEditSave: async ({ caseId, original, text, ...d }) => {
      check(d);
      const stored = await deps.vault.readCase(caseId);
      const known = (stored.case.wordingEdits ?? []).some((w) => sameDocument(w, d) && w.edits.some((e) => e.original === original));
      if (!known && !templateParagraphs(stored.case, d).includes(original))
        throw new DossierError('VALIDATION', 'The document has no such paragraph; list its paragraphs again.', [
          fieldIssue('original', 'wordingNoParagraph'),
        ]);
      // The template's own text is no edit at all.
      const wordingEdits = withEntry(stored.case, d, (edits) => [
        ...edits.filter((e) => e.original !== original),
        ...(text === original ? [] : [{ original, text }]),
      ]);
      return listing(await store(stored, wordingEdits), d);
    },
    wordingEditReset: async ({ caseId, original, ...d }) => {
      check(d);
      const stored = await deps.vault.readCase(caseId);
      // What prints may come from the edits for every such document as well as from this one's: both go.
      const applies = (w: DocumentWording) => w.kind === d.kind && w.lang === d.lang && (w.target === undefined || w.target === d.target);
      const kept = (w: DocumentWording) => (original === undefined ? [] : w.edits.filter((e) => e.original !== original));
      const before = stored.case.wordingEdits ?? [];
      const wordingEdits = before
        .map((w) => (applies(w) && kept(w).length < w.edits.length ? { ...w, edits: kept(w) } : w))
        .filter((w) => w.edits.length > 0);
      if (wordingEdits.length === before.length && wordingEdits.every((w, i) => w === before[i])) return listing(stored, d);
      return listing(await store(stored, wordingEdits), d);
    },
  };
}
