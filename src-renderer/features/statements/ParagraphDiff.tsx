import { useTranslation } from 'react-i18next';
import { Isolated } from './bidi.tsx';
import type { ParagraphChange } from './handoff.ts';
import { directionOf, usableLang } from './statements.ts';

export interface ParagraphDiffProps {
  readonly changes: readonly ParagraphChange[];
  /** The original's language, so both versions are set in it. */
  readonly lang: string | undefined;
}

/** How the original changed since it was sent: each paragraph added, removed or changed, with its text then and now. */
export function ParagraphDiff({ changes, lang }: ParagraphDiffProps) {
  const { t } = useTranslation();
  const tag = usableLang(lang);
  const dir = directionOf(tag);
  const text = (value: string | undefined) =>
    value === undefined ? null : (
      <span className="st-diff-text" lang={tag} dir={dir}>
        <Isolated text={value} dir={dir} />
      </span>
    );
  return (
    <ol className="st-diff" data-testid="paragraph-diff">
      {changes.map((change, i) => (
        <li key={i} className={`st-diff-${change.change}`}>
          <p className="st-diff-head">
            {change.change === 'added'
              ? t('statements.handoff.diff.added', { n: change.currentNumber ?? 0 })
              : change.change === 'removed'
                ? t('statements.handoff.diff.removed', { n: change.requestedNumber ?? 0 })
                : t('statements.handoff.diff.changed', { sent: change.requestedNumber ?? 0, now: change.currentNumber ?? 0 })}
          </p>
          {change.requested !== undefined ? (
            <p>
              <span className="st-diff-label">{t('statements.handoff.diff.sent')} </span>
              {text(change.requested)}
            </p>
          ) : null}
          {change.current !== undefined ? (
            <p>
              <span className="st-diff-label">{t('statements.handoff.diff.now')} </span>
              {text(change.current)}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
