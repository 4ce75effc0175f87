import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { fold, resolveEntry, searchOptions, wellFormedCode, type CodeKind } from './code-options.ts';
import { useCodeNamers, useCodeOptions } from './code-names.ts';
import './CodePicker.css';

export interface CodePickerProps {
  readonly kind: CodeKind;
  readonly label: string;
  /** The stored code ("Hant", "CN", "yue-Hant"), '' for none, or an entry that names no code. */
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  /** Shown under the input while the field is empty: what can be typed. */
  readonly emptyNote?: string | undefined;
  readonly required?: boolean | undefined;
  readonly size?: 'short' | 'medium' | 'long' | undefined;
}

/**
 * A searchable picker for a script, a country or a language (React Aria ComboBox). It shows the
 * code's name in the UI language and stores the code: "Chine", "China" and "CN" all find CN.
 * The arrow keys move through the options, Enter picks one, Escape closes the list. A typed
 * code is taken as it is; text that names no code stays in the field, and the case's
 * validation says what is wrong with it.
 */
export function CodePicker({ kind, label, value, onChange, error, hint, emptyNote, required, size }: CodePickerProps) {
  const { t } = useTranslation();
  const namers = useCodeNamers(kind);
  const options = useCodeOptions(kind, namers);
  const [draft, setDraft] = useState<string | null>(null);
  const showId = useId();
  const name = value === '' ? undefined : namers.name(value);
  const typedOther = draft !== null && name !== undefined && fold(draft) !== fold(name);
  const note =
    value === ''
      ? emptyNote
      : typedOther
        ? t('codePicker.named', { name, code: value })
        : name !== undefined || wellFormedCode(kind, value) === value
          ? t('codePicker.code', { code: value })
          : undefined;
  const shown = draft ?? name ?? value;
  const items = useMemo(() => searchOptions(options, draft ?? ''), [options, draft]);
  const selected = options.some((o) => o.code === value) ? value : null;
  return (
    <ComboBox
      className={['field', 'code-picker', size ? `field-${size}` : ''].join(' ').trim()}
      items={items}
      inputValue={shown}
      onInputChange={(text) => {
        setDraft(text);
        onChange(resolveEntry(kind, options, text));
      }}
      selectedKey={selected}
      onSelectionChange={(key) => {
        if (key === null) return;
        setDraft(null);
        onChange(String(key));
      }}
      onFocusChange={(focused) => {
        if (!focused) setDraft(null);
      }}
      allowsCustomValue
      isInvalid={error !== undefined}
      isRequired={required === true}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      ) : null}
      <div className="code-picker-control">
        <Input spellCheck={false} autoComplete="off" />
        {/* Named by its own words, not the field's label, so the label names the input alone. */}
        <Button className="code-picker-button" aria-labelledby={showId}>
          <span aria-hidden="true">▾</span>
        </Button>
        <span id={showId} hidden>
          {t('codePicker.show', { label })}
        </span>
      </div>
      {note ? (
        <Text slot="description" className="field-note">
          {note}
        </Text>
      ) : null}
      {error ? (
        <Text slot="errorMessage" className="field-error">
          <span aria-hidden="true">✕ </span>
          {error}
        </Text>
      ) : null}
      <Popover className="code-picker-popover" placement="bottom start">
        <ListBox className="code-picker-list">
          {(option: (typeof items)[number]) => (
            <ListBoxItem id={option.code} textValue={option.label} className="code-picker-option">
              <span className="code-picker-name">{option.label}</span>
              <span className="code-picker-code">{option.code}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
