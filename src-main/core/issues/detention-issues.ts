import type { IssueWording } from './types.ts';

/** The detention facts, checked on save (core/validate.ts) and when the review clock runs (core/rules/input.ts). */
export const detentionIssues = {
  detentionEndsBeforeStart: {
    en: 'A detention cannot end before it starts.',
    fr: 'Une détention ne peut pas prendre fin avant de commencer.',
  },
  reviewEpisodeMissing: {
    en: 'This review points to a detention that is not in the case.',
    fr: "Ce contrôle renvoie à une détention qui n'est pas dans le dossier.",
  },
  reviewBeforeDetention: {
    en: 'A detention review cannot be held before the detention started.',
    fr: 'Un contrôle des motifs de détention ne peut avoir lieu avant le début de la détention.',
  },
  reviewNeedsDetention: {
    en: 'A detention review needs a detention episode to review.',
    fr: 'Un contrôle des motifs de détention exige une période de détention à contrôler.',
  },
  decisionBeforeHearing: {
    en: 'A decision cannot come before the hearing started.',
    fr: "Une décision ne peut précéder le début de l'audience.",
  },
  reviewOutOfOrder: {
    en: 'This $t(validation.reviewName.{{type}}) is dated before the $t(validation.reviewName.{{earlier}}); reviews follow the order of IRPA s.57.',
    fr: "Ce $t(validation.reviewName.{{type}}) est daté d'avant le $t(validation.reviewName.{{earlier}}) ; les contrôles suivent l'ordre de l'art. 57 de la LIPR.",
  },
  reviewsOutOfOrder: {
    en: 'Reviews are out of order: check the type and date of this review.',
    fr: "Les contrôles ne sont pas dans l'ordre : vérifiez le type et la date de ce contrôle.",
  },
  firstReview: {
    en: 'A 48-hour review must be the first review of a detention.',
    fr: "Le contrôle des 48 heures doit être le premier contrôle d'une détention.",
  },
  'reviewName.48H': { en: '48-hour review', fr: 'contrôle des 48 heures' },
  'reviewName.7D': { en: 'seven-day review', fr: 'contrôle des sept jours' },
  'reviewName.30D': { en: '30-day review', fr: 'contrôle des 30 jours' },
  'reviewName.EARLY': { en: 'early review', fr: 'contrôle anticipé' },
  noticeBeforeSeizure: {
    en: 'The notice of seizure cannot come before the seizure.',
    fr: "L'avis de saisie ne peut précéder la saisie.",
  },
  utcInstant: { en: 'Use a UTC instant such as 2026-03-10T18:30:00Z.', fr: 'Utilisez un instant UTC comme 2026-03-10T18:30:00Z.' },
  placeTimeZone: {
    en: 'Give the IANA time zone of the place, such as America/Toronto.',
    fr: 'Indiquez le fuseau horaire IANA du lieu, comme America/Toronto.',
  },
  realDate: { en: 'Use a real date, YYYY-MM-DD.', fr: 'Utilisez une date réelle, AAAA-MM-JJ.' },
} as const satisfies Readonly<Record<string, IssueWording>>;
