import { useTranslation } from 'react-i18next';
import { ltrSegments } from '../../../src-main/core/lang/bidi.ts';
import { Isolated } from './bidi.tsx';
import { directionOf, usableLang } from './statements.ts';

/**
 * Under a right-to-left paragraph holding Latin names or Western digits: the paragraph as the
 * documents print it, each left-to-right stretch in its own order. A text box shows the raw
 * bidirectional order, in which "0003-B6-04567" after Persian words reads "B6-04567-0003".
 */
export function AsPrinted({ text, lang }: { readonly text: string; readonly lang: string }) {
  const { t } = useTranslation();
  const tag = usableLang(lang);
  if (directionOf(tag) !== 'rtl' || !ltrSegments(text).some((s) => s.ltr)) return null;
  return (
    <p className="st-as-printed" data-testid="as-printed">
      <span className="st-as-printed-label">{t('statements.asPrinted')} </span>
      <span lang={tag} dir="rtl" className="st-as-printed-text">
        <Isolated text={text} dir="rtl" />
      </span>
    </p>
  );
}
