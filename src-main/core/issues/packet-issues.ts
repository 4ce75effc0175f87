import type { IssueWording } from './types.ts';

/** Case text a French filing would print as typed, one code per kind of field (see core/lang/french-versions.ts). */
export type FrenchVersionCode =
  | 'french.conditionDetails'
  | 'french.residenceSuitability'
  | 'french.supervisorSchedule'
  | 'french.supervisorNotes'
  | 'french.bondspersonText'
  | 'french.counselText'
  | 'french.objectionAnswer'
  | 'french.applicationReasons'
  | 'french.witnessText';

/**
 * An H&C request the law bars from being made now (IRPA s.25(1.2)), one code per bar check
 * (core/rules/hc-bars.ts checks at compile time that every check has its wording here).
 */
export const hcBarIssues = {
  'hc.bar.pending-hc': {
    en: 'Another H&C request is pending (IRPA s.25(1.2)(a)).',
    fr: 'Une autre demande CH est en cours (LIPR, al. 25(1.2)a)).',
  },
  'hc.bar.pending-claim': {
    en: 'A refugee claim is pending before the RPD or RAD (IRPA s.25(1.2)(b)).',
    fr: "Une demande d'asile est en cours devant la SPR ou la SAR (LIPR, al. 25(1.2)b)).",
  },
  'hc.bar.pending-claim-amendment': {
    en: 'A refugee claim is pending before the RPD or RAD (IRPA s.25(1.2)(b), as amended).',
    fr: "Une demande d'asile est en cours devant la SPR ou la SAR (LIPR, al. 25(1.2)b), tel que modifié).",
  },
  'hc.bar.twelve-month-bar': {
    en: 'The 12-month bar applies (IRPA s.25(1.2)(c)) and no exception lifts it.',
    fr: "L'interdiction de 12 mois s'applique (LIPR, al. 25(1.2)c)) et aucune exception ne la lève.",
  },
  'hc.bar.trp-bar': {
    en: 'A temporary resident permit as a victim of trafficking bars the request for now (IRPA s.24(4)).',
    fr: "Un permis de séjour temporaire à titre de victime de la traite fait obstacle à la demande pour l'instant (LIPR, par. 24(4)).",
  },
  'hc.bar.vtip-note': {
    en: 'A victim-of-trafficking permit bears on when the request can be made (IRPA s.24(4)).',
    fr: 'Un permis de victime de la traite a une incidence sur le moment où la demande peut être faite (LIPR, par. 24(4)).',
  },
  'hc.bar.claim-ineligible-one-year': {
    en: 'A claim made more than a year after the last entry was ineligible (IRPA s.101(1)(b.1)).',
    fr: "Une demande d'asile faite plus d'un an après la dernière entrée était irrecevable (LIPR, al. 101(1)b.1)).",
  },
} as const satisfies Readonly<Record<`hc.bar.${string}`, IssueWording>>;

/**
 * Gaps between the H&C factors and their evidence, refused at filing when they are errors
 * (core/hc/evidence.ts checks at compile time that every gap code has its wording here).
 */
export const hcGapIssues = {
  'hc.exhibitMissing': {
    en: 'A link points to an exhibit no longer in the case.',
    fr: "Un lien renvoie à une pièce qui n'est plus au dossier.",
  },
  'hc.factorWithoutEvidence': {
    en: 'A factor is relied on but no exhibit supports it.',
    fr: "Un facteur est invoqué, mais aucune pièce ne l'appuie.",
  },
  'hc.factorWithoutNarrative': {
    en: 'A factor is relied on but says nothing yet.',
    fr: 'Un facteur est invoqué, mais ne dit encore rien.',
  },
  'hc.exceptionWithoutEvidence': {
    en: 'An exception to the 12-month bar is claimed with no evidence linked (IRPA s.25(1.21)).',
    fr: "Une exception à l'interdiction de 12 mois est invoquée sans aucune preuve liée (LIPR, par. 25(1.21)).",
  },
  'hc.exceptionChildMissing': {
    en: 'Name the directly affected child, from the people in the case (IRPA s.25(1.21)(b)).',
    fr: "Nommez l'enfant directement touché, parmi les personnes du dossier (LIPR, al. 25(1.21)b)).",
  },
  'hc.exhibitUnlinked': {
    en: 'An exhibit is not linked to any factor, exception, letter or statement.',
    fr: "Une pièce n'est liée à aucun facteur, exception, lettre ou déclaration.",
  },
  'hc.letterAuthorMissing': {
    en: 'A letter names an author no longer in the case.',
    fr: "Une lettre nomme un auteur qui n'est plus au dossier.",
  },
  'hc.letterStatementMissing': {
    en: 'A letter points to a statement no longer in the case.',
    fr: "Une lettre renvoie à une déclaration qui n'est plus au dossier.",
  },
  'hc.letterTranslation': {
    en: "The translation of a letter does not meet IRCC's rules.",
    fr: "La traduction d'une lettre ne respecte pas les règles d'IRCC.",
  },
  'hc.letterTranslationUnchecked': {
    en: 'A letter is marked as translated, but its translation is not in the case.',
    fr: "Une lettre est indiquée comme traduite, mais sa traduction n'est pas au dossier.",
  },
  'hc.letterUntranslated': {
    en: 'A letter of support not in English or French has no translation.',
    fr: "Une lettre d'appui qui n'est ni en français ni en anglais n'a pas de traduction.",
  },
} as const satisfies Readonly<Record<`hc.${string}`, IssueWording>>;

/** What stops a packet being built or filed: untranslated documents, portal size caps, unusable images. */
export const filingIssues = {
  'hc.exhibitUntranslated': {
    en: 'A document not in English or French has no translation.',
    fr: "Un document qui n'est ni en français ni en anglais n'a pas de traduction.",
  },
  'hc.originalNotImported': {
    en: "A translated document's original is not attached, so its certified copy cannot be filed.",
    fr: "L'original d'un document traduit n'est pas joint : sa copie certifiée ne peut pas être déposée.",
  },
  'hc.originalChanged': {
    en: 'An original was edited after it was translated: the certified translation no longer matches it.',
    fr: 'Un original a été modifié après sa traduction : la traduction attestée ne lui correspond plus.',
  },
  'portal.tooLarge': {
    en: 'This file is over the portal’s size cap even at the lowest quality.',
    fr: 'Ce fichier dépasse la taille maximale du portail, même à la qualité la plus basse.',
  },
  'portal.pageTooLarge': {
    en: 'This page alone is too large at the lowest quality.',
    fr: 'Cette page à elle seule est trop lourde à la qualité la plus basse.',
  },
  'signature.image': {
    en: 'This image cannot be used as a signature. Choose a PNG or JPEG of at most 500 KB.',
    fr: 'Cette image ne peut pas servir de signature. Choisissez un PNG ou un JPEG d’au plus 500 Ko.',
  },
} as const satisfies Readonly<Record<string, IssueWording>>;

/**
 * Case text a French filing prints as typed because it has no French version
 * (core/lang/french-versions.ts); shown before the build, never a silent mix of languages.
 */
export const frenchVersionIssues = {
  'french.conditionDetails': {
    en: 'Condition {{n}} — details will print as typed (no French version).',
    fr: 'Condition {{n}} — les précisions seront imprimées telles quelles (aucune version française).',
  },
  'french.residenceSuitability': {
    en: 'Residence — description will print as typed (no French version).',
    fr: 'Résidence — la description sera imprimée telle quelle (aucune version française).',
  },
  'french.supervisorSchedule': {
    en: 'Supervision — reporting terms will print as typed (no French version).',
    fr: 'Supervision — les modalités de présentation seront imprimées telles quelles (aucune version française).',
  },
  'french.supervisorNotes': {
    en: 'Supervision — notes will print as typed (no French version).',
    fr: 'Supervision — les notes seront imprimées telles quelles (aucune version française).',
  },
  'french.counselText': {
    en: 'Your submissions (background, answers to the grounds, the s.248 factors, vulnerability) will print as typed: check they are in French.',
    fr: 'Vos observations (contexte, réponses aux motifs, facteurs de l’art.\u00a0248, vulnérabilité) seront imprimées telles quelles\u00a0: vérifiez qu’elles sont en français.',
  },
  'french.bondspersonText': {
    en: '{{name}}, bondsperson — relationship, work, source of funds and supervision plan will print as typed: check they are in French.',
    fr: '{{name}}, caution — la relation, le travail, la source des fonds et le plan de supervision seront imprimés tels quels\u00a0: vérifiez qu’ils sont en français.',
  },
  'french.objectionAnswer': {
    en: "{{name}}, bondsperson — counsel's answer to the objection will print as typed (no French version).",
    fr: '{{name}}, caution — la réponse du conseil à l’objection sera imprimée telle quelle (aucune version française).',
  },
  'french.applicationReasons': {
    en: 'Application under ID Rule {{rule}} — your paragraphs will print as typed: check they are in French.',
    fr: 'Demande fondée sur la règle {{rule}} des Règles de la SI — vos paragraphes seront imprimés tels quels\u00a0: vérifiez qu’ils sont en français.',
  },
  'french.witnessText': {
    en: 'Witness information under ID Rule 32 — the testimony, the relationship and the qualifications will print as typed: check they are in French.',
    fr: 'Renseignements sur un témoin (règle 32 des Règles de la SI) — le témoignage, le lien et les compétences seront imprimés tels quels\u00a0: vérifiez qu’ils sont en français.',
  },
} as const satisfies Readonly<Record<FrenchVersionCode, IssueWording>>;
