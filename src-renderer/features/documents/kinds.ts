import type { Case, CaseKind, Hearing, IdApplication, ServiceRecord } from '../../../src-main/core/model/case.ts';
import { applicationDocumentKind } from '../../../src-main/core/applications/application-documents.ts';
import { caseDocumentKinds } from '../../../src-main/core/case-documents.ts';
import type { DocumentKind } from '../../api/document-output.ts';

/**
 * What the Documents tab offers: the documents a case of each kind can make, what each is made
 * for (a statement, a bondsperson, a hearing, a service record), and the choices the case holds
 * for that target. Pure, so the tab's lists are tested without a browser.
 */

/** The documents the tab lists for a case of this kind, most used first (the list the case search reads too). */
export function documentKindsFor(kind: CaseKind): readonly DocumentKind[] {
  return caseDocumentKinds(kind);
}

export type TargetKind = 'statement' | 'person' | 'hearing' | 'service' | 'application';

const targetOfKind: Partial<Record<DocumentKind, TargetKind>> = {
  'statement-bilingual': 'statement',
  'statement-translation': 'statement',
  'statement-transcription': 'statement',
  'translator-declaration': 'statement',
  'translator-affidavit': 'statement',
  'translation-certificate': 'statement',
  'interpreter-attestation': 'statement',
  'bondsperson-declaration': 'person',
  'release-plan': 'hearing',
  'interpreter-notice': 'hearing',
  'client-prep-sheet': 'hearing',
  'proof-of-service': 'service',
  'early-review-application': 'application',
  'privacy-application': 'application',
  'documents-application': 'application',
  'witnesses-application': 'application',
  'summons-application': 'application',
  'change-date-application': 'application',
};

/** What the document is made for, when the case may hold more than one; null when it is about the case as a whole. */
export function targetKindOf(kind: DocumentKind): TargetKind | null {
  return targetOfKind[kind] ?? null;
}

/** One choice of target: its id and what names it (the UI adds the words). */
export type Target =
  | {
      readonly kind: 'statement';
      /** The statement's id, with `:en` or `:fr` for one of its translations. */
      readonly id: string;
      readonly title: string;
      readonly lang: string;
      /** The translation the document is for, when the statement has several. */
      readonly into?: 'en' | 'fr';
    }
  | { readonly kind: 'person'; readonly id: string; readonly familyName: string; readonly givenNames: string; readonly inScript: string }
  | { readonly kind: 'hearing'; readonly id: string; readonly type: Hearing['type']; readonly scheduled: Hearing['scheduled'] }
  | {
      readonly kind: 'service';
      readonly id: string;
      readonly document: string;
      readonly servedOn: string;
      readonly at: ServiceRecord['at'];
    }
  | { readonly kind: 'application'; readonly id: string; readonly status: IdApplication['status']; readonly filedOn: string };

/** The targets the case holds for this document, in the case's order (hearings by date); empty when it takes none. */
export function targetsFor(c: Case, kind: DocumentKind): Target[] {
  switch (targetKindOf(kind)) {
    case 'statement':
      if (kind === 'statement-transcription')
        return c.statements
          .filter((s) => s.transcription !== undefined)
          .map((s) => ({ kind: 'statement', id: s.id, title: s.title, lang: s.lang }));
      if (kind === 'interpreter-attestation')
        return c.statements
          .filter((s) => s.translations.length > 0)
          .map((s) => ({ kind: 'statement', id: s.id, title: s.title, lang: s.lang }));
      // One choice per translation: a statement translated into French and English has a document for each.
      return c.statements.flatMap((s) =>
        s.translations.map((tr) =>
          s.translations.length === 1
            ? { kind: 'statement' as const, id: s.id, title: s.title, lang: s.lang }
            : { kind: 'statement' as const, id: `${s.id}:${tr.lang}`, title: s.title, lang: s.lang, into: tr.lang },
        ),
      );
    case 'person':
      return c.people
        .filter((p) => p.bondsperson !== undefined)
        .map((p) => ({
          kind: 'person',
          id: p.id,
          familyName: p.familyName,
          givenNames: p.givenNames,
          inScript: p.namesInScript[0]?.value ?? '',
        }));
    case 'hearing':
      return [...c.detention.hearings]
        .sort((a, b) => a.scheduled.utc.localeCompare(b.scheduled.utc))
        .map((h) => ({ kind: 'hearing', id: h.id, type: h.type, scheduled: h.scheduled }));
    case 'service':
      return c.detention.service.map((r) => ({ kind: 'service', id: r.id, document: r.document, servedOn: r.servedOn, at: r.at }));
    case 'application':
      return (c.detention.applications ?? [])
        .filter((a) => applicationDocumentKind[a.kind] === kind)
        .map((a) => ({ kind: 'application', id: a.id, status: a.status, filedOn: a.filedOn ?? '' }));
    case null:
      return [];
  }
}

/** The target still chosen after the case changed: the same id when it is still there, else the document's default (''). */
export function keptTarget(targets: readonly Target[], chosen: string): string {
  return targets.some((t) => t.id === chosen) ? chosen : '';
}

export interface RequestOptions {
  readonly statementId?: string;
  readonly translationLang?: 'en' | 'fr';
  readonly personId?: string;
  readonly hearingId?: string;
  readonly serviceId?: string;
  readonly applicationId?: string;
}

/** The `documentRender` options for a chosen target; '' leaves the builder's default (the next hearing, every service record…). */
export function requestOptions(kind: DocumentKind, targetId: string): RequestOptions {
  if (targetId === '') return {};
  switch (targetKindOf(kind)) {
    case 'statement': {
      const [statementId = targetId, into] = targetId.split(':');
      return into === 'en' || into === 'fr' ? { statementId, translationLang: into } : { statementId };
    }
    case 'person':
      return { personId: targetId };
    case 'hearing':
      return { hearingId: targetId };
    case 'service':
      return { serviceId: targetId };
    case 'application':
      return { applicationId: targetId };
    case null:
      return {};
  }
}

/** The language a document starts in: the case's language of proceedings. */
export function defaultDocumentLanguage(c: Pick<Case, 'matter'>): 'en' | 'fr' {
  return c.matter.languageOfProceedings;
}
