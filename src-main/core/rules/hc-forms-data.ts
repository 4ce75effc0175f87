import data from '../../../templates/rules/hc-forms.json' with { type: 'json' };
import { parseHcForms, type HcFormSet } from './hc-forms.ts';

/** The shipped H&C kit, parsed once; a malformed file fails at load, not at filing. */
export const defaultHcForms: HcFormSet = parseHcForms(data);
