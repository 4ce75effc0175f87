import type { IssueWording } from './types.ts';

/**
 * A bondsperson the rules refuse (IRPR s.47), one code per check of the bond rules
 * (core/rules/bonds.ts checks at compile time that every check has its wording here).
 */
export const bondIssues = {
  'bond.guarantor-status': {
    en: 'A guarantee can be offered only by a Canadian citizen or permanent resident (IRPR s.47(2)(a)). A deposit from this person is allowed.',
    fr: 'Seul un citoyen canadien ou un résident permanent peut fournir une garantie (RIPR, al. 47(2)a)). Un dépôt de cette personne est permis.',
  },
  'bond.guarantor-lives-in-canada': {
    en: 'A guarantor must be physically present and living in Canada (IRPR s.47(2)(a)). A deposit from this person is allowed.',
    fr: 'Le garant doit être effectivement présent et résider au Canada (RIPR, al. 47(2)a)). Un dépôt de cette personne est permis.',
  },
  'bond.guarantee-in-default': {
    en: 'Someone who has signed or co-signed a guarantee now in default cannot pay a deposit or give a guarantee (IRPR s.47(1)(a)).',
    fr: 'Une personne ayant signé ou cosigné une garantie en souffrance ne peut ni verser un dépôt ni fournir une garantie (RIPR, al. 47(1)a)).',
  },
  'bond.guarantor-evidence': {
    en: "No evidence of the guarantor's ability to pay is linked yet (IRPR s.47(2)(c)).",
    fr: "Aucune preuve de la capacité de payer du garant n'est encore liée (RIPR, al. 47(2)c)).",
  },
  'bond.source-of-funds': {
    en: 'The source of funds is not described or has no evidence linked (IRPR s.47(3)).',
    fr: "La provenance des fonds n'est pas décrite ou n'a aucune preuve liée (RIPR, par. 47(3)).",
  },
  'bond.deposit-from-temporary-resident': {
    en: 'A temporary resident may offer a deposit; members accept this only occasionally.',
    fr: "Un résident temporaire peut offrir un dépôt ; les commissaires ne l'acceptent qu'à l'occasion.",
  },
} as const satisfies Readonly<Record<`bond.${string}`, IssueWording>>;

const guide = {
  en: '(IRCC application guides, “Translation of documents”)',
  fr: "(guides de demande d'IRCC, « Traduction des documents »)",
};

/**
 * A translation the destination refuses, one code per check of the translation rules
 * (core/rules/translation-rules.ts checks at compile time that every check has its wording here).
 */
export const translationIssues = {
  'translation.translator-is-client': {
    en: `IRCC does not accept a translation made by the applicant: choose another translator ${guide.en}.`,
    fr: `IRCC n'accepte pas une traduction faite par le demandeur : choisissez un autre traducteur ${guide.fr}.`,
  },
  'translation.translator-is-family': {
    en: `IRCC does not accept a translation made by a member of the applicant's family: choose a translator outside the family ${guide.en}.`,
    fr: `IRCC n'accepte pas une traduction faite par un membre de la famille du demandeur : choisissez un traducteur hors de la famille ${guide.fr}.`,
  },
  'translation.translator-is-representative': {
    en: `IRCC does not accept a translation made by the applicant's paid representative: choose an independent translator ${guide.en}.`,
    fr: `IRCC n'accepte pas une traduction faite par le représentant rémunéré du demandeur : choisissez un traducteur indépendant ${guide.fr}.`,
  },
  'translation.certification-not-accepted': {
    en: `This destination does not accept this certification: for IRCC the translator swears an affidavit before a commissioner, or a certified member stamps the translation ${guide.en}.`,
    fr: `Cette destination n'accepte pas cette attestation : pour IRCC, le traducteur fait un affidavit devant un commissaire, ou un membre agréé appose son sceau ${guide.fr}.`,
  },
  'translation.certification-missing': {
    en: "Choose how the translation is certified: a declaration, an affidavit or a certified member's stamp.",
    fr: "Choisissez comment la traduction est attestée : une déclaration, un affidavit ou le sceau d'un membre agréé.",
  },
  'translation.dialect-missing': {
    en: "The RPD requires the dialect on the translator's declaration: record the statement's dialect.",
    fr: 'La SPR exige le dialecte dans la déclaration du traducteur : indiquez le dialecte de la déclaration.',
  },
  'translation.certification-incomplete': {
    en: 'The certification is incomplete: complete what it must show.',
    fr: "L'attestation est incomplète : ajoutez ce qu'elle doit indiquer.",
  },
  'translation.affidavit-not-needed': {
    en: 'The translator is a certified member in good standing: the stamp or seal with the member number replaces the affidavit.',
    fr: "Le traducteur est un membre agréé en règle : le sceau portant son numéro de membre remplace l'affidavit.",
  },
  'translation.member-not-certified': {
    en: "The translator is not recorded as a certified member of a Canadian translators' association: record the membership, or have the translator swear an affidavit.",
    fr: "Le traducteur n'est pas inscrit comme membre agréé d'un ordre de traducteurs canadien : indiquez l'adhésion, ou faites-lui souscrire un affidavit.",
  },
  'translation.translator-missing': { en: 'Choose who translated the statement.', fr: 'Choisissez qui a traduit la déclaration.' },
  'translation.certified-copy-missing': {
    en: 'IRCC needs a certified true copy of the original beside the translation (IRCC application guides, “Certified true copies”).',
    fr: "IRCC exige une copie certifiée conforme de l'original avec la traduction (guides de demande d'IRCC, « Copies certifiées conformes »).",
  },
  'translation.copy-certifier-is-family': {
    en: "A member of the applicant's family may not certify the copy of the original for IRCC: have it certified by someone outside the family (IRCC application guides, “Certified true copies”).",
    fr: "Un membre de la famille du demandeur ne peut pas certifier la copie de l'original pour IRCC : faites-la certifier par une personne hors de la famille (guides de demande d'IRCC, « Copies certifiées conformes »).",
  },
} as const satisfies Readonly<Record<`translation.${string}`, IssueWording>>;

/** The rules shipped as data (templates/rules), checked when they are loaded. */
export const ruleDataIssues = {
  unknownRule: { en: 'No rule has this id.', fr: 'Aucune règle ne porte cet identifiant.' },
  ruleIdTwice: { en: 'Each rule id must be unique.', fr: 'Chaque identifiant de règle doit être unique.' },
  holidayUnknown: { en: 'Refers to a holiday that is not in the table.', fr: 'Renvoie à un jour férié absent de la table.' },
  ladderEmpty: { en: 'needs at least one step', fr: 'exige au moins une étape' },
  ladderDpiTooLow: {
    en: 'must be at least {{limit}} dpi: below that scans stop being legible',
    fr: 'doit être d’au moins {{limit}} ppp : en deçà, les numérisations deviennent illisibles',
  },
  ladderDpiRises: { en: 'a later step must not raise the resolution', fr: 'une étape suivante ne doit pas augmenter la résolution' },
  ladderQualityRises: {
    en: 'a later step must not raise the JPEG quality',
    fr: 'une étape suivante ne doit pas augmenter la qualité JPEG',
  },
  ladderGreyReverts: {
    en: 'once a step turns images grey, later steps must too',
    fr: 'dès qu’une étape passe les images en gris, les suivantes doivent en faire autant',
  },
  ladderRepeats: { en: 'repeats the step before it', fr: "répète l'étape précédente" },
} as const satisfies Readonly<Record<string, IssueWording>>;
