import data from '../../../templates/rules/translations.json' with { type: 'json' };
import { parseTranslationRules, type TranslationRuleSet } from './translation-rules.ts';

/** The shipped translation rules, parsed once; a malformed file fails at load, not at filing. */
export const defaultTranslationRules: TranslationRuleSet = parseTranslationRules(data);
