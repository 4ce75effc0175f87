import type { IssueWording } from './types.ts';

/** Checks on the records a case keeps beside its core facts: reserved decisions, parallel matters, birth details. */
export const recordIssues = {
  decidedBeforeFiled: {
    en: 'The decision date is before the filing date.',
    fr: 'La date de la décision précède la date du dépôt.',
  },
  proceedingNeedsLabel: {
    en: 'Say what this other matter is.',
    fr: 'Précisez de quelle autre procédure il s’agit.',
  },
  receivedBeforeReserved: {
    en: 'The decision cannot be received before it was reserved.',
    fr: 'La décision ne peut pas être reçue avant d’avoir été mise en délibéré.',
  },
  secondBirthDateGregorian: {
    en: 'The second birth date is for another calendar (Buddhist, Solar Hijri, Minguo, lunar); the Gregorian date goes in the date of birth.',
    fr: 'La seconde date de naissance est celle d’un autre calendrier (bouddhiste, hégirien solaire, Minguo, lunaire)\u00a0; la date grégorienne va dans la date de naissance.',
  },
  birthDatesDisagree: {
    en: 'The two birth dates do not fall on the same days once converted: correct one of them.',
    fr: 'Une fois convertie, la seconde date de naissance ne tombe pas aux mêmes jours que la première\u00a0: corrigez l’une des deux.',
  },
} as const satisfies Readonly<Record<string, IssueWording>>;
