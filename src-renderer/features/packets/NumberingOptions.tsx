import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../components/Field.tsx';
import {
  batesExample,
  exampleStart,
  labelKinds,
  numberingErrors,
  resolveNumbering,
  type NumberingChoices,
  type NumberingDefaults,
} from './numbering.ts';

export const numberingFieldIds = {
  startNumber: 'packet-start-number',
  prefix: 'packet-bates-prefix',
  pad: 'packet-bates-pad',
} as const;

/** Page-number style (with the Bates prefix and padding), first number, dividers, what is numbered, DOCX. */
export function NumberingOptions({
  choices,
  defaults,
  onChange,
}: {
  readonly choices: NumberingChoices;
  readonly defaults: NumberingDefaults;
  readonly onChange: (next: NumberingChoices) => void;
}) {
  const { t } = useTranslation();
  const shown = resolveNumbering(choices, defaults);
  const errors = new Set(numberingErrors(choices, defaults));
  const set = (patch: Partial<NumberingChoices>) => onChange({ ...choices, ...patch });
  const pad = Number(shown.pad.trim());
  const example = errors.has('prefix') || errors.has('pad') ? null : batesExample(shown.prefix, pad, exampleStart(choices.startNumber));

  return (
    <div className="stack" data-testid="numbering-options">
      <fieldset className="choice-group">
        <legend>{t('packets.labelStyle')}</legend>
        {labelKinds.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name="packet-label-style"
              value={kind}
              checked={shown.labelKind === kind}
              onChange={() => set({ labelKind: kind })}
            />
            {t(`packets.labelKinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {shown.labelKind === 'bates' ? (
        <div className="field-row">
          <TextField
            id={numberingFieldIds.prefix}
            size="short"
            label={t('packets.batesPrefix')}
            hint={t('packets.batesPrefixHint')}
            value={shown.prefix}
            onChange={(prefix) => set({ prefix })}
            error={errors.has('prefix') ? t('packets.errors.prefix') : undefined}
          />
          <TextField
            id={numberingFieldIds.pad}
            size="short"
            inputMode="numeric"
            label={t('packets.batesPad')}
            hint={t('packets.batesPadHint')}
            value={shown.pad}
            onChange={(value) => set({ pad: value })}
            error={errors.has('pad') ? t('packets.errors.pad') : undefined}
          />
        </div>
      ) : null}
      {shown.labelKind === 'bates' && example !== null ? (
        <p className="field-note" data-testid="bates-example">
          {t('packets.batesExample')} <bdi className="file-name">{example}</bdi>
        </p>
      ) : null}
      <TextField
        id={numberingFieldIds.startNumber}
        size="short"
        inputMode="numeric"
        label={t('packets.startNumber')}
        hint={t('packets.startNumberHint')}
        value={choices.startNumber}
        onChange={(startNumber) => set({ startNumber })}
        error={errors.has('startNumber') ? t('packets.errors.startNumber') : undefined}
      />
      <CheckboxField label={t('packets.dividers')} checked={shown.dividers} onChange={(dividers) => set({ dividers })} />
      <CheckboxField label={t('packets.numberCover')} checked={shown.numberCover} onChange={(numberCover) => set({ numberCover })} />
      <CheckboxField label={t('packets.numberList')} checked={shown.numberList} onChange={(numberList) => set({ numberList })} />
      <CheckboxField label={t('packets.docx')} checked={shown.docx} onChange={(docx) => set({ docx })} />
    </div>
  );
}
