import type { NewCase } from './pages/case-list.ts';
import type { LetterInput } from './pages/hc.ts';

/**
 * Case 2 of the domain facts (§10), as an advocate types it: a Thai-speaking worker whose refugee
 * claim was refused, her daughter, the decision that starts the 12-month bar, the exhibits, the
 * factors and the six letters of support. Every name is invented.
 */
export const srisuk: NewCase = { kind: 'hc', familyName: 'SRISUK', givenNames: 'Kanokwan', nameInScript: 'กนกวรรณ ศรีสุข', script: 'Thai' };
export const srisukName = 'SRISUK Kanokwan (กนกวรรณ ศรีสุข)';

export const mali = {
  familyName: 'Srisuk-Dunn',
  givenNames: 'Mali',
  relationship: 'daughter, born Toronto 2020-03-05, Canadian citizen, Grade 1',
} as const;
export const maliName = 'SRISUK-DUNN Mali';

export const bars = { decision: '2026-01-20', kind: 'FC_LEAVE_REFUSED', claimDate: '2021-02-03' } as const;

export const exhibits = {
  employer: 'Employer letter, nail salon',
  noa: 'Notices of assessment 2022–2025',
  esl: 'ESL certificates',
  school: "Letter from Mali's school",
  psych: "Child psychologist's report",
  abbot: "Abbot's letter (Thai)",
  country: 'Country conditions, Udon Thani recruiters',
} as const;

export const exceptionNarrative =
  'Mali, six, a Canadian citizen in Grade 1, lives with her mother alone; removal would separate her from her only caregiver or take her out of school and away from her psychologist.';

export const factors = {
  ESTABLISHMENT: {
    narrative: 'Steady work at a nail salon since 2021, notices of assessment 2022–2025, ESL certificates.',
    exhibits: [exhibits.employer, exhibits.noa, exhibits.esl],
  },
  BIOC: {
    narrative: 'Mali, a Canadian citizen in Grade 1, depends on her mother; school, doctor and psychologist letters.',
    exhibits: [exhibits.school, exhibits.psych],
  },
  HARDSHIP: {
    narrative: 'Debt bondage to a recruiter in Udon Thani; stigma against returnees and single mothers.',
    exhibits: [exhibits.country],
  },
} as const;

/** The six letters of support of Case 2, in the order of the index. */
export const letters: readonly LetterInput[] = [
  {
    author: 'Thị Lan Nguyễn',
    relationship: 'employer (nail salon)',
    lang: 'en',
    date: '2026-03-30',
    exhibit: exhibits.employer,
  },
  {
    author: 'Phra Khru Somchai',
    relationship: 'abbot of her temple',
    lang: 'th',
    translated: true,
    date: '2026-04-10',
    exhibit: exhibits.abbot,
  },
  { author: 'Rosa Almeida', relationship: 'settlement worker', lang: 'en', date: '2026-04-02' },
  {
    author: 'Claire Dunbar',
    relationship: "Mali's Grade 1 teacher",
    lang: 'en',
    date: '2026-03-27',
    exhibit: exhibits.school,
  },
  { author: 'Ploy Chaiyasit', relationship: 'friend', lang: 'th', date: '2026-04-05' },
  { author: 'Dana Whitfield', relationship: 'friend and neighbour', lang: 'en', date: '2026-04-06' },
];

/** The forms checklist as it stood on the day the application was filed. */
export const forms = [
  { code: 'IMM0008', status: 'uploaded', note: 'Completed in the PR portal' },
  { code: 'IMM5406', status: 'uploaded' },
  { code: 'IMM5669', status: 'uploaded' },
  { code: 'IMM5562', status: 'done' },
  { code: 'IMM5283', status: 'done', note: 'English only; name and date of birth top left on extra sheets' },
  { code: 'IMM5280', status: 'done' },
  { code: 'IMM5476', status: 'signed' },
  { code: 'IMM5475', status: 'signed' },
] as const;
