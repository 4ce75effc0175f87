import type { IssueWording } from './types.ts';

/** Field checks any form can fail, named from the schema's own check when the schema gives no wording. */
export const genericIssues = {
  required: { en: 'This is required.', fr: 'Ce champ est obligatoire.' },
  tooShort: { en: 'Use at least {{limit}} characters.', fr: 'Utilisez au moins {{limit}} caractères.' },
  tooSmall: { en: 'The smallest allowed value is {{limit}}.', fr: 'La plus petite valeur permise est {{limit}}.' },
  tooLong: { en: 'Use at most {{limit}} characters.', fr: 'Utilisez au plus {{limit}} caractères.' },
  tooMany: { en: 'At most {{limit}} entries.', fr: 'Au plus {{limit}} éléments.' },
  tooBig: { en: 'The largest allowed value is {{limit}}.', fr: 'La plus grande valeur permise est {{limit}}.' },
  number: { en: 'Use digits only.', fr: 'Utilisez des chiffres seulement.' },
  invalid: { en: 'This value is not valid.', fr: "Cette valeur n'est pas valide." },
  choose: { en: 'Choose one of the options.', fr: "Choisissez l'une des options." },
} as const satisfies Readonly<Record<string, IssueWording>>;

/** The case model's own checks (core/model). */
export const caseModelIssues = {
  unknownField: {
    en: 'Dossier does not know this field: remove it from the file, or update Dossier.',
    fr: 'Dossier ne connaît pas ce champ : retirez-le du fichier, ou mettez Dossier à jour.',
  },
  uci: { en: 'A UCI has 8 or 10 digits, e.g. 1234-5678.', fr: 'Un IUC compte 8 ou 10 chiffres, p. ex. 1234-5678.' },
  noFileNumber: {
    en: 'This case has no file number: the packet is named after the client. Enter the file number on the File tab.',
    fr: 'Cette affaire n’a pas de numéro de dossier : le dossier déposé porte le nom du client. Saisissez le numéro dans l’onglet Affaire.',
  },
  fileNumberTwice: {
    en: 'This office already has a file number on this case; keep one.',
    fr: 'Cet organisme a déjà un numéro de dossier dans cette affaire ; gardez-en un seul.',
  },
  invisibleRemoved: {
    en: 'Invisible or direction-changing characters ({{codes}}) were removed: they could make this show differently from what is stored.',
    fr: 'Des caractères invisibles ou qui changent le sens d’écriture ({{codes}}) ont été retirés : ils pouvaient faire paraître ce texte autrement qu’il n’est enregistré.',
  },
  brokenCharacter: {
    en: 'This holds a character that is not text ({{codes}}: half of a character pair, or a code Unicode reserves). Retype it and import or save again.',
    fr: 'Ce texte contient un caractère qui n’est pas du texte ({{codes}} : une moitié de paire de caractères, ou un code réservé par Unicode). Retapez-le, puis importez ou enregistrez de nouveau.',
  },
  script: {
    en: 'Use an ISO 15924 script code such as Hant or Thai (capital first letter, four letters).',
    fr: "Utilisez un code d'écriture ISO 15924 comme Hant ou Thai (quatre lettres, la première en majuscule).",
  },
  langTag: { en: 'Use a language tag such as yue-Hant or th-TH.', fr: 'Utilisez une étiquette de langue comme yue-Hant ou th-TH.' },
  country: { en: 'Use a two-letter country code such as CN.', fr: 'Utilisez un code de pays à deux lettres comme CN.' },
  id: { en: 'Ids are lower-case letters, digits and dashes.', fr: 'Un identifiant se compose de minuscules, de chiffres et de tirets.' },
  sha256: { en: 'A SHA-256 is 64 lower-case hexadecimal digits.', fr: 'Un SHA-256 compte 64 chiffres hexadécimaux en minuscules.' },
  isoDate: { en: 'Use the form YYYY-MM-DD.', fr: 'Utilisez la forme AAAA-MM-JJ.' },
  noSuchDay: { en: 'This day does not exist in the calendar.', fr: "Ce jour n'existe pas dans ce calendrier." },
  timeZone: { en: 'Use an IANA time zone such as America/Toronto.', fr: 'Utilisez un fuseau horaire IANA comme America/Toronto.' },
  year: { en: 'Use a four-digit year.', fr: 'Utilisez une année à quatre chiffres.' },
  yearZero: {
    en: 'There is no year 0: the year before 1 CE is 1 BCE.',
    fr: "L'an 0 n'existe pas : l'année qui précède l'an 1 est l'an 1 av. J.-C.",
  },
  dayNeedsMonth: { en: 'A day needs a month.', fr: 'Un jour exige un mois.' },
  monthNeedsYear: { en: 'A month needs a year.', fr: 'Un mois exige une année.' },
  twelveMonths: { en: 'This calendar has twelve months.', fr: 'Ce calendrier compte douze mois.' },
  rangeNeedsYear: { en: 'A range needs the year it starts in.', fr: "Un intervalle exige l'année où il commence." },
  endOnlyForRange: { en: 'Only a range or a season has an end date.', fr: 'Seuls un intervalle ou une saison ont une date de fin.' },
  rangeBackwards: { en: 'The range ends before it starts.', fr: "L'intervalle se termine avant de commencer." },
  latestBeforeEarliest: { en: 'The latest date is before the earliest.', fr: 'La date au plus tard précède la date au plus tôt.' },
  rangeContradictsCalendar: {
    en: 'This Gregorian date contradicts the date as written in its calendar: leave it empty to have it converted, or correct the written date.',
    fr: "Cette date grégorienne contredit la date écrite dans son calendrier\u00a0: laissez-la vide pour qu'elle soit convertie, ou corrigez la date écrite.",
  },
  unknownHasDate: { en: 'A date marked unknown has no year or bounds.', fr: "Une date marquée inconnue n'a ni année ni bornes." },
  needDate: {
    en: 'Give a year, a date range or the date as written.',
    fr: "Indiquez une année, un intervalle de dates ou la date telle qu'écrite.",
  },
  pages: { en: 'Give pages as 3, 3-5 or 2, 7-9.', fr: 'Indiquez les pages ainsi : 3, 3-5 ou 2, 7-9.' },
  pagesForward: { en: 'Pages start at 1 and a range runs forward.', fr: 'Les pages commencent à 1 et un intervalle va vers l’avant.' },
  accountsNeedDisputed: {
    en: 'An event with competing accounts is disputed.',
    fr: 'Un événement dont les versions divergent est contesté.',
  },
  rowKey: {
    en: 'Row keys are lower-case words such as hearing or address.',
    fr: 'Les clés de ligne sont des mots en minuscules comme hearing ou address.',
  },
  ruleOverrideReason: { en: 'Say why the rule is overridden.', fr: 'Indiquez pourquoi la règle est remplacée.' },
  holidayOverrideReason: { en: 'Say why the day is added or removed.', fr: 'Indiquez pourquoi le jour est ajouté ou retiré.' },
  narrativeTooLong: {
    en: 'A narrative is limited to 100,000 characters; move the rest into a statement or an exhibit.',
    fr: 'Un récit est limité à 100 000 caractères ; placez le reste dans une déclaration ou une pièce.',
  },
  formListedTwice: { en: 'This form is already in the checklist.', fr: 'Ce formulaire figure déjà dans la liste.' },
  duplicateId: { en: 'This id is used twice in the case.', fr: 'Cet identifiant est utilisé deux fois dans le dossier.' },
  signatureTooLarge: { en: 'A signature image is at most about 500 KB.', fr: 'Une image de signature fait au plus 500 Ko environ.' },
  translationParagraphs: {
    en: 'The translation has more paragraphs than the original; each paragraph translates the one with its number.',
    fr: "La traduction compte plus de paragraphes que l'original ; chaque paragraphe traduit celui qui porte son numéro.",
  },
  translationLangTwice: {
    en: 'The statement already has a translation into this language; edit that one instead.',
    fr: 'La déclaration a déjà une traduction dans cette langue ; modifiez plutôt celle-là.',
  },
  noSuchParagraph: { en: 'There is no paragraph with this number.', fr: "Il n'y a pas de paragraphe portant ce numéro." },
  passphraseLength: { en: 'Use at least 10 characters.', fr: 'Utilisez au moins 10 caractères.' },
  translatorName: { en: 'Type your name.', fr: 'Tapez votre nom.' },
  counselName: { en: 'Enter the name printed under the signature.', fr: 'Indiquez le nom imprimé sous la signature.' },
  counselFirm: { en: 'Enter the firm or clinic.', fr: 'Indiquez le cabinet ou la clinique.' },
  counselAddress: { en: 'Enter at least one address line.', fr: "Indiquez au moins une ligne d'adresse." },
} as const satisfies Readonly<Record<string, IssueWording>>;

/** Facts checked on save that need today's date or several fields at once (core/validate.ts). */
export const caseFactIssues = {
  futureBirth: { en: 'A date of birth cannot be in the future.', fr: "Une date de naissance ne peut pas être dans l'avenir." },
  futureEntry: { en: 'An entry to Canada cannot be in the future.', fr: "Une entrée au Canada ne peut pas être dans l'avenir." },
  'hc.decisionInFuture': {
    en: 'The last negative decision cannot be dated after today; check the date on the decision.',
    fr: "La dernière décision défavorable ne peut être datée d'après aujourd'hui ; vérifiez la date sur la décision.",
  },
  'hc.claimInFuture': {
    en: 'A refugee claim cannot be dated after today.',
    fr: "Une demande d'asile ne peut être datée d'après aujourd'hui.",
  },
  'hc.submittedInFuture': {
    en: 'The application cannot have been submitted after today.',
    fr: "La demande ne peut avoir été présentée après aujourd'hui.",
  },
  'hc.approvalInFuture': {
    en: 'First-stage approval cannot be dated after today.',
    fr: "L'approbation de la première étape ne peut être datée d'après aujourd'hui.",
  },
  'hc.approvalBeforeSubmission': {
    en: 'First-stage approval cannot come before the application was submitted.',
    fr: "L'approbation de la première étape ne peut précéder la présentation de la demande.",
  },
  'hc.letterInFuture': {
    en: 'A letter of support cannot be dated after today.',
    fr: "Une lettre d'appui ne peut être datée d'après aujourd'hui.",
  },
} as const satisfies Readonly<Record<string, IssueWording>>;
