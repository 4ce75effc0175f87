import type { CaseMigration } from './migration.ts';

/**
 * Version 2 adds records a version-1 case could not hold, every one optional or defaulted:
 * a hearing's reserved decision (`detention.hearings[].reserved`), people the Minister names at
 * the residence (`detention.releasePlan.residence.namedByMinister`), the client's place of birth
 * and birth date in another calendar, a status period's employer and conditions, and the
 * parallel proceedings (`proceedings`), and an exhibit's searchable (`ocr`) and redacted
 * (`redaction`) copies. A version-1 document is already a valid version-2
 * document, so the step changes no field; it exists so the stored version says which program
 * can change the case: a version-1 Dossier opens a version-2 case read-only instead of saving
 * it without the fields it does not know. Frozen: later changes get their own file.
 */
const FROM = 1;
const TO = 2;

function migrate(document: unknown): unknown {
  return document;
}

export const migration0002: CaseMigration = Object.freeze({ from: FROM, to: TO, name: 'records', migrate });
