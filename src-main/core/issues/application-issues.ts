import type { IssueWording } from './types.ts';

/**
 * Prompts to consider an ID Rules r.45 application (a proceeding in private, or other measures to
 * protect confidentiality), one code per fact that suggests it (core/applications/privacy-prompt.ts),
 * and the checks an application record must pass before its document is built.
 */
export const applicationIssues = {
  'privacy.work': {
    en: 'The file describes the client’s work as sex or massage work ({{evidence}}). A detention review is public (IRPA s.166(a)): consider an application under ID Rule 45 for a private hearing or other confidentiality measures.',
    fr: 'Le dossier décrit le travail du client comme du travail du sexe ou du massage ({{evidence}}). Le contrôle des motifs de détention est public (LIPR, al. 166a)) : envisagez une demande fondée sur la règle 45 des Règles de la SI pour une audience à huis clos ou d’autres mesures de confidentialité.',
  },
  'privacy.trafficking': {
    en: 'The file places the client in a trafficking context ({{evidence}}). A public hearing may endanger them: consider an application under ID Rule 45 (IRPA s.166(b)).',
    fr: 'Le dossier situe le client dans un contexte de traite de personnes ({{evidence}}). Une audience publique peut le mettre en danger : envisagez une demande fondée sur la règle 45 des Règles de la SI (LIPR, al. 166b)).',
  },
  'privacy.ineligibleClaim': {
    en: 'The refugee claim was made more than a year after entry and may be ineligible (IRPA s.101(1)(b.1)): the review is then not private as of right under IRPA s.166(c.1). Consider an application under ID Rule 45.',
    fr: 'La demande d’asile a été présentée plus d’un an après l’entrée et peut être irrecevable (LIPR, al. 101(1)b.1)) : le contrôle n’est alors pas tenu à huis clos de plein droit au titre de l’al. 166c.1) de la LIPR. Envisagez une demande fondée sur la règle 45 des Règles de la SI.',
  },
  'privacy.requestedNotRecorded': {
    en: 'The File tab says a private proceeding was requested, but no ID Rule 45 application is recorded: record it under Applications so its time limit is counted.',
    fr: 'L’onglet Affaire indique qu’un huis clos a été demandé, mais aucune demande fondée sur la règle 45 des Règles de la SI n’est inscrite : inscrivez-la sous Demandes pour que son délai soit calculé.',
  },
  applicationNoGrounds: {
    en: 'Choose at least one ground: safety, a minor, sexual or gender-based violence, or a trafficking context.',
    fr: 'Choisissez au moins un motif : la sécurité, un mineur, la violence sexuelle ou fondée sur le genre, ou un contexte de traite.',
  },
  applicationNoRelief: {
    en: 'Choose what is asked: a private hearing, a non-disclosure order, or initials in the decision.',
    fr: 'Choisissez ce qui est demandé : une audience à huis clos, une ordonnance de non-divulgation ou des initiales dans la décision.',
  },
  applicationNoReasons: {
    en: 'Give at least one reason why the Division should decide as asked (ID Rule 38(4)(b)).',
    fr: 'Donnez au moins un motif pour lequel la Section devrait rendre la décision demandée (Règles de la SI, al. 38(4)b)).',
  },
  applicationNoSuchApplication: { en: 'No such application.', fr: 'Cette demande n’existe pas.' },
  applicationNoProposedDate: {
    en: 'Propose at least one other date for the hearing.',
    fr: 'Proposez au moins une autre date pour l’audience.',
  },
  applicationNoDraft: {
    en: 'Record the application to file under Applications, as a draft: the application packet files the drafts.',
    fr: 'Inscrivez la demande à déposer sous Demandes, à l’état de brouillon : le dossier de demande dépose les brouillons.',
  },
  applicationNoWitness: { en: 'Name the person to be summoned.', fr: 'Nommez la personne à assigner.' },
  witnessNoName: { en: 'Name the witness to be called.', fr: 'Nommez le témoin que vous entendez faire comparaître.' },
  witnessNoTestimony: {
    en: 'State the purpose and substance of the testimony (ID Rule 32(1)(a)); for an expert, the summary the expert will sign.',
    fr: 'Indiquez l’objet du témoignage et un résumé de celui-ci (Règles de la SI, al. 32(1)a)); pour un expert, le résumé qu’il signera.',
  },
  witnessNoTime: {
    en: 'Give the time needed for the testimony, in minutes (ID Rule 32(1)(b)).',
    fr: 'Indiquez le temps nécessaire pour entendre le témoignage, en minutes (Règles de la SI, al. 32(1)b)).',
  },
  witnessNoRelationship: {
    en: 'State the relationship between the client and the witness (ID Rule 32(1)(c)); write “none” if there is none.',
    fr: 'Indiquez le lien entre le client et le témoin (Règles de la SI, al. 32(1)c)); écrivez « aucun » s’il n’y en a pas.',
  },
  witnessNoQualifications: {
    en: 'Describe the expert witness’s qualifications (ID Rule 32(1)(d)).',
    fr: 'Décrivez les compétences du témoin expert (Règles de la SI, al. 32(1)d)).',
  },
  witnessNoMeans: {
    en: 'Say whether the witness will testify in person, by videoconference or by telephone (ID Rule 32(1)(e)).',
    fr: 'Précisez si le témoin témoignera en personne, par vidéoconférence ou par téléphone (Règles de la SI, al. 32(1)e)).',
  },
} as const satisfies Readonly<Record<string, IssueWording>>;
