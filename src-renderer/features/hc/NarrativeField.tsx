import { useTranslation } from 'react-i18next';
import { HC_NARRATIVE_MAX } from '../../../src-main/core/model/case.ts';
import { ariaDescribedBy, FieldShell } from '../../components/Field.tsx';
import { narrativeLimit } from './bars.ts';

export interface NarrativeFieldProps {
  /** The textarea's id: the anchor a gap's "Go to the field" focuses. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A problem the case check found at this field (shown unless the length says more). */
  readonly error?: string | undefined;
  readonly rows?: number | undefined;
}

/**
 * A narrative of up to 100,000 characters. Nothing typed is ever cut: past the cap the text stays
 * here, the case is not saved (the schema refuses it) and the error says by how much to shorten it.
 * The count shows from 90% of the cap.
 */
export function NarrativeField({ id, label, hint, value, onChange, error, rows }: NarrativeFieldProps) {
  const { t, i18n } = useTranslation();
  const { showCount, over } = narrativeLimit(value.length, HC_NARRATIVE_MAX);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const message = over > 0 ? t('hc.narrative.tooLong', { max: number(HC_NARRATIVE_MAX), over: number(over) }) : error;
  return (
    <FieldShell id={id} label={label} hint={hint} error={message} className="field field-long hc-narrative">
      <textarea
        id={id}
        value={value}
        rows={rows ?? 5}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        aria-invalid={message ? true : undefined}
        aria-describedby={ariaDescribedBy(hint ? `${id}-hint` : null, showCount ? `${id}-count` : null, message ? `${id}-error` : null)}
      />
      {showCount ? (
        <p id={`${id}-count`} className={over > 0 ? 'hc-count hc-count-over' : 'hc-count'} data-testid="narrative-count">
          {t('hc.narrative.count', { shown: number(value.length), max: number(HC_NARRATIVE_MAX) })}
        </p>
      ) : null}
    </FieldShell>
  );
}
