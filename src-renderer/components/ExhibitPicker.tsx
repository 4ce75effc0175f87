import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../src-main/core/model/case.ts';
import { FieldError, SelectField } from './Field.tsx';
import './ExhibitPicker.css';

type Translate = (key: string) => string;

/** An exhibit as a choice names it: its title, or "untitled". */
function exhibitLabel(t: Translate, exhibit: Exhibit): string {
  return exhibit.title.trim() || t('releasePlan.exhibits.untitled');
}

/** A linked exhibit by its id; one no longer among the exhibits is named as missing. */
function titleOf(t: Translate, exhibits: readonly Exhibit[], id: string): string {
  const exhibit = exhibits.find((e) => e.id === id);
  return exhibit ? exhibitLabel(t, exhibit) : t('releasePlan.exhibits.missing');
}

export interface ExhibitLinksProps {
  readonly legend: string;
  readonly exhibits: readonly Exhibit[];
  readonly linked: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/**
 * The exhibits that prove something, linked from the case's own exhibits: a list with an
 * "Unlink" button each, and a choice of the others with a "Link" button (choosing alone does
 * nothing, so moving through the list by keyboard never links by accident).
 */
export function ExhibitLinks({ legend, exhibits, linked, onChange, hint, error }: ExhibitLinksProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const hintId = useId();
  const errorId = useId();
  const available = exhibits.filter((e) => !linked.includes(e.id));
  const chosen = available.some((e) => e.id === choice) ? choice : (available[0]?.id ?? '');
  return (
    <fieldset className="exhibit-picker" aria-describedby={[hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {linked.length === 0 ? (
        <p className="row-empty">{t('releasePlan.exhibits.none')}</p>
      ) : (
        <ul className="exhibit-picker-linked">
          {linked.map((id) => {
            const title = titleOf(t, exhibits, id);
            return (
              <li key={id}>
                <bdi>{title}</bdi>
                <button type="button" className="link-button button-danger-quiet" onClick={() => onChange(linked.filter((x) => x !== id))}>
                  {t('releasePlan.exhibits.unlink')}
                  <span className="visually-hidden">: {title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {available.length > 0 ? (
        <div className="field-row align-end">
          <SelectField
            label={t('releasePlan.exhibits.choose')}
            value={chosen}
            options={available.map((e) => ({ value: e.id, label: exhibitLabel(t, e) }))}
            onChange={setChoice}
            size="long"
          />
          <button type="button" className="button button-small exhibit-picker-add" onClick={() => chosen && onChange([...linked, chosen])}>
            {t('releasePlan.exhibits.link')}
          </button>
        </div>
      ) : exhibits.length === 0 ? (
        <p className="field-hint">{t('releasePlan.exhibits.noneInCase')}</p>
      ) : null}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </fieldset>
  );
}

export interface ExhibitSelectProps {
  readonly label: string;
  readonly exhibits: readonly Exhibit[];
  readonly value: string | undefined;
  readonly onChange: (id: string | undefined) => void;
  readonly error?: string | undefined;
}

/** One exhibit, or none. An id no longer among the exhibits stays visible, named as missing. */
export function ExhibitSelect({ label, exhibits, value, onChange, error }: ExhibitSelectProps) {
  const { t } = useTranslation();
  const options = [
    { value: '', label: t('releasePlan.exhibits.noExhibit') },
    ...exhibits.map((e) => ({ value: e.id, label: exhibitLabel(t, e) })),
  ];
  if (value !== undefined && !exhibits.some((e) => e.id === value)) options.push({ value, label: t('releasePlan.exhibits.missing') });
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      options={options}
      onChange={(next) => onChange(next === '' ? undefined : next)}
      error={error}
      size="medium"
    />
  );
}
