import { useTranslation } from 'react-i18next';
import { citationIn, type Citation } from '../../src-main/core/rules/citation.ts';

/** Citations of rule data as the UI language writes them ("IRPA s.57(1)" / "LIPR, par. 57(1)"). */
export function useCite(): (citation: Citation) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
  return (citation) => citationIn(citation, lang);
}
