import type { Case } from '../../core/model/case.ts';
import { displayName } from '../../core/names.ts';
import type { PacketDocumentPlace } from './places.ts';
import { packetWords } from './words.ts';

/**
 * A generated document's title when it cannot be built yet (no counsel profile for the cover
 * letter): what it is, and whose or which statement, so the preview still shows where it goes.
 */
export function plainTitle(place: PacketDocumentPlace, value: Case, lang: 'en' | 'fr'): string {
  const words = packetWords[lang];
  const statement = value.statements.find((s) => s.id === place.statementId);
  const person = value.people.find((p) => p.id === place.personId);
  const of = (what: string, whose: string | undefined): string => (whose === undefined ? what : `${what} — ${whose}`);
  switch (place.kind) {
    case 'letter':
      return words.coverLetter;
    case 'timeline':
      return words.chronology;
    case 'release-plan':
      return words.releasePlan;
    case 'proof-of-service':
      return words.proofOfService;
    case 'bondsperson-declaration':
      return of(words.bondspersonDeclaration, person === undefined ? undefined : displayName(person));
    case 'translator-declaration':
      return of(words.translatorDeclaration, statement?.title);
    case 'translator-affidavit':
      return of(words.translatorAffidavit, statement?.title);
    case 'translation-certificate':
      return of(words.translationCertificate, statement?.title);
    case 'interpreter-attestation':
      return of(words.interpreterAttestation, statement?.title);
    case 'statement-bilingual':
      return of(words.statementBilingual, statement?.title);
    case 'statement-translation':
      return of(words.statementTranslation, statement?.title);
    case 'early-review-application':
    case 'interpreter-notice':
    case 'documents-application':
    case 'witnesses-application':
    case 'summons-application':
    case 'change-date-application':
    case 'privacy-application':
      return words.application;
    case 'statement-transcription':
      return of(words.statementTranscription, statement?.title);
    case 'hc-submission':
      return words.hcSubmission;
    case 'hc-letters-index':
      return words.hcLettersIndex;
  }
}
