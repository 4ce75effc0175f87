import type { IssueWording } from './types.ts';

/** Something in the release plan that still leans on a bondsperson the member rejected (core/rules/rejected-surety.ts). */
export type RejectedSuretyCode =
  | 'surety.rejectedHost'
  | 'surety.rejectedSharedHome'
  | 'surety.rejectedSupervisor'
  | 'surety.rejectedCondition'
  | 'surety.rejectedDeposit'
  | 'surety.rejectedGuarantee';

/** A release plan that depends on a rejected bondsperson, named with the fix; kept and shown, never a refusal. */
export const rejectedSuretyIssues = {
  'surety.rejectedHost': {
    en: 'The proposed residence is the home of {{name}}, whom the member rejected as a bondsperson: propose another residence, or record why this home still suits.',
    fr: 'La résidence proposée est le domicile de {{name}}, que le commissaire a refusé comme caution\u00a0: proposez une autre résidence, ou expliquez pourquoi ce domicile convient toujours.',
  },
  'surety.rejectedSharedHome': {
    en: 'The client is to live with {{name}}, whom the member rejected as a bondsperson: propose another residence, or untick “The client will live with them”.',
    fr: 'La personne concernée doit vivre avec {{name}}, que le commissaire a refusé comme caution\u00a0: proposez une autre résidence, ou décochez «\u00a0Le client habitera chez cette personne\u00a0».',
  },
  'surety.rejectedSupervisor': {
    en: 'Supervision relies on {{name}}, whom the member rejected as a bondsperson: name another supervisor.',
    fr: 'La supervision repose sur {{name}}, que le commissaire a refusé comme caution\u00a0: désignez un autre superviseur.',
  },
  'surety.rejectedCondition': {
    en: 'Condition {{n}} names {{name}}, whom the member rejected as a bondsperson: reword the condition or withdraw it.',
    fr: 'La condition {{n}} nomme {{name}}, que le commissaire a refusé comme caution\u00a0: reformulez la condition ou retirez-la.',
  },
  'surety.rejectedDeposit': {
    en: 'Condition {{n}} proposes a deposit, but only {{name}} offered one and the member rejected them: add a bondsperson who offers it, or withdraw the condition.',
    fr: 'La condition {{n}} propose un dépôt, mais seule la caution {{name}} en offrait un et le commissaire l’a refusée\u00a0: ajoutez une caution qui l’offre, ou retirez la condition.',
  },
  'surety.rejectedGuarantee': {
    en: 'Condition {{n}} proposes a guarantee, but only {{name}} offered one and the member rejected them: add a bondsperson who offers it, or withdraw the condition.',
    fr: 'La condition {{n}} propose une garantie, mais seule la caution {{name}} en offrait une et le commissaire l’a refusée\u00a0: ajoutez une caution qui l’offre, ou retirez la condition.',
  },
} as const satisfies Readonly<Record<RejectedSuretyCode, IssueWording>>;
