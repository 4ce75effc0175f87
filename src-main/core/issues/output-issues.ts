import type { IssueWording } from './types.ts';

/** What a document needs before it can be printed (documents/builders). */
export const documentIssues = {
  counselProfileEmpty: { en: 'Settings → Counsel profile is empty.', fr: 'Paramètres → Profil de l’avocat est vide.' },
  noBondsperson: { en: 'No bondsperson who has not been rejected.', fr: "Aucune caution qui n'a pas été refusée." },
  noSuchPerson: { en: 'No such person.', fr: "Cette personne n'existe pas." },
  notBondsperson: { en: 'Not a bondsperson.', fr: "Cette personne n'est pas une caution." },
  noSuchHearing: { en: 'No such hearing.', fr: "Cette audience n'existe pas." },
  noDetention: { en: 'No detention is recorded.', fr: "Aucune détention n'est inscrite." },
  noUpcomingHearing: { en: 'No upcoming hearing.', fr: 'Aucune audience à venir.' },
  noInterpreterLanguage: { en: 'No language needs an interpreter.', fr: "Aucune langue n'exige d'interprète." },
  earlyReviewNewFacts: {
    en: 'Set out at least one new fact: ID Rule 9 allows an early review only on new facts.',
    fr: 'Exposez au moins un fait nouveau : la règle 9 des Règles de la SI ne permet un contrôle anticipé que sur des faits nouveaux.',
  },
  earlyReviewDates: {
    en: 'Give {{expected}} available dates ({{given}} given).',
    fr: 'Indiquez {{expected}} dates de disponibilité ({{given}} indiquées).',
  },
  noFactorRelied: { en: 'No factor is relied on.', fr: "Aucun facteur n'est invoqué." },
  noReadBack: { en: 'No read-back.', fr: 'Aucune relecture.' },
  noSuchStatement: { en: 'No such statement.', fr: "Cette déclaration n'existe pas." },
  noTranslation: { en: 'No translation.', fr: 'Aucune traduction.' },
  noTranscription: { en: 'No transcription.', fr: 'Aucune transcription.' },
  notTranslatedYet: { en: 'Not translated yet.', fr: 'Pas encore traduit.' },
  noSuchServiceRecord: { en: 'No such record.', fr: "Cette inscription n'existe pas." },
  noServiceRecorded: { en: 'No service recorded.', fr: "Aucune signification n'est inscrite." },
  noDialect: { en: 'No dialect.', fr: 'Aucun dialecte.' },
  notCertifiedMember: { en: 'Not a certified member.', fr: 'Pas un membre agréé.' },
  noTranslator: { en: 'No translator.', fr: 'Aucun traducteur.' },
  templateProblem: { en: 'In the template: {{detail}}', fr: 'Dans le modèle : {{detail}}' },
  realNameInText: {
    en: 'A pseudonym is set for filings, but text typed in the case still gives the client’s real name here: “{{excerpt}}”. Reword it before filing.',
    fr: 'Un pseudonyme est prévu pour les dépôts, mais un texte saisi au dossier donne encore le vrai nom du client ici : « {{excerpt}} ». Reformulez-le avant le dépôt.',
  },
  wordingEditStale: {
    en: 'An edited paragraph no longer matches the document built from the case; review it in the document’s wording.',
    fr: 'Un paragraphe modifié ne correspond plus au document produit à partir du dossier ; revoyez-le dans le libellé du document.',
  },
  wordingKind: { en: 'Not a generated document.', fr: 'Ce n’est pas un document produit.' },
  wordingNoTarget: {
    en: 'This document is the same for the whole case: leave the target out.',
    fr: 'Ce document est le même pour tout le dossier : n’indiquez pas de cible.',
  },
  wordingNoParagraph: {
    en: 'The document has no such paragraph; list its paragraphs again.',
    fr: 'Le document n’a pas ce paragraphe ; affichez de nouveau ses paragraphes.',
  },
} as const satisfies Readonly<Record<string, IssueWording>>;

/** The translation hand-off: requests, answers and bundles (handoff/). */
export const handoffIssues = {
  unknownDocumentKind: { en: 'Unknown document kind.', fr: 'Type de document inconnu.' },
  targetLangRequired: { en: 'Required.', fr: 'Obligatoire.' },
  notFound: { en: 'Not found.', fr: 'Introuvable.' },
  nothingToTranslate: { en: 'Empty.', fr: 'Vide.' },
  englishOrFrench: { en: 'English or French.', fr: 'Anglais ou français.' },
  itemNotTranslated: { en: 'This item is not translated.', fr: "Cet élément n'est pas traduit." },
  paragraphCount: {
    en: 'Give {{count}} paragraphs, one for each paragraph sent.',
    fr: 'Donnez {{count}} paragraphes, un pour chaque paragraphe envoyé.',
  },
  paragraphNotTranslated: {
    en: 'Paragraph {{paragraph}} is not translated yet.',
    fr: "Le paragraphe {{paragraph}} n'est pas encore traduit.",
  },
  itemNotRequested: { en: 'This item was not requested.', fr: "Cet élément n'a pas été demandé." },
  accuracyStatement: {
    en: 'The declaration states that the translation is accurate.',
    fr: 'La déclaration atteste que la traduction est fidèle.',
  },
} as const satisfies Readonly<Record<string, IssueWording>>;

/** Packets: exhibits left out and files that cannot be read (packet/). */
export const packetIssues = {
  exhibitSkipped: { en: 'This exhibit is left out: {{detail}}', fr: 'Cette pièce est laissée de côté : {{detail}}' },
  unreadablePdf: { en: 'unreadable or incomplete PDF', fr: 'PDF illisible ou incomplet' },
} as const satisfies Readonly<Record<string, IssueWording>>;
