import { DossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import { filedCopy } from '../core/model/exhibit-copies.ts';
import { gregorianRange } from '../core/model/partial-date.ts';
import type { VaultApi } from '../vault/types.ts';
import { caseDocumentTexts, type DocumentTextSources } from './document-texts.ts';
import { refreshExhibitTexts } from './exhibit-text-index.ts';
import { findText } from './find-text.ts';

/** Where a hit falls in the last packet built: its tab, volume and stamped page number. */
export interface PacketPlace {
  readonly tab: string;
  readonly volume: number;
  readonly page: number;
  readonly builtAt: string;
  /** The packet filed another copy of this exhibit than the one filed now (an earlier file, or before OCR or redaction): the page may have moved. */
  readonly stale: boolean;
}

export type SearchHit =
  | {
      readonly kind: 'exhibit';
      readonly exhibitId: string;
      readonly title: string;
      readonly page: number;
      readonly snippet: string;
      readonly packet?: PacketPlace;
    }
  | {
      readonly kind: 'statement';
      readonly statementId: string;
      readonly title: string;
      /** 1-based paragraph. */
      readonly paragraph: number;
      /** The translation's language when the hit is in the translation. */
      readonly translation?: string;
      readonly snippet: string;
    }
  | {
      readonly kind: 'timeline';
      readonly eventId: string;
      /** The event's earliest possible day, when it has one. */ readonly when?: string;
      readonly snippet: string;
    }
  | {
      readonly kind: 'document';
      readonly documentTranslationId: string;
      readonly document: string;
      readonly lang: string;
      readonly snippet: string;
    }
  | {
      /** A document the case generates (the Documents tab's list), its text built in memory. */
      readonly kind: 'generated';
      readonly documentKind: string;
      readonly title: string;
      readonly lang: string;
      readonly snippet: string;
      /** The tab it was filed under in the last packet built, when that packet filed it. */
      readonly packet?: { readonly tab: string; readonly volume: number; readonly page: number; readonly builtAt: string };
    };

export interface CaseSearchResult {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** More hits were found than are listed. */
  readonly truncated: boolean;
}

const MAX_HITS = 500;

function packetPlace(c: Case, exhibitId: string, sha256: string | undefined, page: number): PacketPlace | undefined {
  const build = c.builds.at(-1);
  const input = build?.inputs.find((i) => i.exhibitId === exhibitId);
  if (!build || !input) return undefined;
  const stamped = input.firstPage + page - 1;
  if (stamped > input.lastPage) return undefined;
  return {
    tab: input.tab,
    volume: input.volume,
    page: stamped,
    builtAt: build.builtAt,
    stale: sha256 !== undefined && input.sha256 !== sha256,
  };
}

function generatedHits(c: Case, query: string, sources: DocumentTextSources): SearchHit[] {
  const build = c.builds.at(-1);
  const hits: SearchHit[] = [];
  for (const doc of caseDocumentTexts(c, sources)) {
    const filed = build?.inputs.find((i) => i.exhibitId === undefined && i.title === doc.title);
    const packet = build && filed ? { tab: filed.tab, volume: filed.volume, page: filed.firstPage, builtAt: build.builtAt } : undefined;
    for (const text of doc.pieces)
      for (const m of findText(text, query))
        hits.push({
          kind: 'generated',
          documentKind: doc.kind,
          title: doc.title,
          lang: doc.lang,
          snippet: m.snippet,
          ...(packet ? { packet } : {}),
        });
  }
  return hits;
}

function caseTextHits(c: Case, query: string): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const s of c.statements) {
    s.paragraphs.forEach((text, i) => {
      for (const m of findText(text, query))
        hits.push({ kind: 'statement', statementId: s.id, title: s.title, paragraph: i + 1, snippet: m.snippet });
    });
    for (const translation of s.translations) {
      translation.paragraphs.forEach((text, i) => {
        for (const m of findText(text, query))
          hits.push({
            kind: 'statement',
            statementId: s.id,
            title: s.title,
            paragraph: i + 1,
            translation: translation.lang,
            snippet: m.snippet,
          });
      });
    }
  }
  for (const e of c.timeline) {
    const texts = [e.summary, e.place ?? '', ...e.accounts.map((a) => `${a.assertedBy}: ${a.summary}`)];
    const when = gregorianRange(e.when)?.earliest;
    for (const text of texts)
      for (const m of findText(text, query))
        hits.push({ kind: 'timeline', eventId: e.id, ...(when === undefined ? {} : { when }), snippet: m.snippet });
  }
  for (const d of c.documentTranslations)
    for (const row of d.rows)
      for (const text of [row.source, row.text])
        for (const m of findText(text, query))
          hits.push({ kind: 'document', documentTranslationId: d.id, document: d.document, lang: d.lang, snippet: m.snippet });
  return hits;
}

/**
 * Finds `query` in one case: every exhibit's text (the filed copy's pages, OCR text included),
 * every statement and translation, the timeline, the generated documents' translated text and,
 * given `documents`, the text of every document the case generates (built in memory, never
 * written). Each exhibit hit names its page and, from the last packet build, the tab and stamped
 * page it falls on; a generated document names the tab the last packet filed it under.
 */
export async function searchCase(
  input: { readonly caseId: string; readonly query: string },
  deps: {
    readonly vault: Pick<VaultApi, 'readCase' | 'readRecord' | 'writeRecord' | 'getBlob' | 'listCases'>;
    readonly documents?: DocumentTextSources | undefined;
  },
): Promise<CaseSearchResult> {
  const query = input.query.trim();
  if (query.length < 2) throw new DossierError('VALIDATION', 'Type at least two characters to search the case.');
  const { case: c } = await deps.vault.readCase(input.caseId);
  const texts = await refreshExhibitTexts(deps.vault, c);
  const hits: SearchHit[] = [];
  for (const exhibit of c.exhibits) {
    const copy = filedCopy(exhibit);
    const pages = copy ? (texts.get(copy.sha256) ?? []) : [];
    pages.forEach((text, i) => {
      for (const m of findText(text, query)) {
        const packet = packetPlace(c, exhibit.id, copy?.sha256, i + 1);
        hits.push({
          kind: 'exhibit',
          exhibitId: exhibit.id,
          title: exhibit.title,
          page: i + 1,
          snippet: m.snippet,
          ...(packet ? { packet } : {}),
        });
      }
    });
  }
  hits.push(...caseTextHits(c, query));
  if (deps.documents) hits.push(...generatedHits(c, query, deps.documents));
  return { query, hits: hits.slice(0, MAX_HITS), truncated: hits.length > MAX_HITS };
}
