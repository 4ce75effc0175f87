import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasInvisibleControls } from '../../src-main/core/names.ts';
import { ScriptWarning, useUnprintable } from './ScriptWarning.tsx';
import { invisibleCodePoints } from '../../src-main/core/text/invisible.ts';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: (() => void) | undefined;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  /** Like a hint, shown under the input: for what the typed code means (e.g. "Hant" → its name). */
  readonly note?: string | undefined;
  /** Warn when the value holds invisible or direction-changing characters (names). */
  readonly checkInvisible?: boolean | undefined;
  readonly lang?: string | undefined;
  readonly dir?: 'auto' | 'ltr' | 'rtl' | undefined;
  readonly type?: 'text' | 'password' | 'search' | undefined;
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly autoComplete?: string | undefined;
  readonly placeholder?: string | undefined;
  readonly required?: boolean | undefined;
  readonly list?: string | undefined;
  readonly size?: 'short' | 'medium' | 'long' | undefined;
  readonly id?: string | undefined;
  readonly className?: string | undefined;
}

export function InvisibleWarning({ id, value }: { readonly id: string; readonly value: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field-warning">
      <span aria-hidden="true">⚠ </span>
      {t('field.invisible', { codes: invisibleCodePoints(value).join(', ') })}
    </p>
  );
}

/** A labelled text input with its hint, warning and error wired through aria-describedby. */
export function TextField(props: TextFieldProps) {
  const autoId = useId();
  const id = props.id ?? autoId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warnId = `${id}-warn`;
  const noteId = `${id}-note`;
  const warn = props.checkInvisible === true && hasInvisibleControls(props.value);
  const unprintable = useUnprintable(props.value);
  const scriptId = `${id}-script`;
  const describedBy = ariaDescribedBy(
    props.hint ? hintId : null,
    props.note ? noteId : null,
    warn ? warnId : null,
    unprintable.length > 0 ? scriptId : null,
    props.error ? errorId : null,
  );
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      className={['field', props.size ? `field-${props.size}` : '', props.className ?? ''].join(' ').trim()}
    >
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
        lang={props.lang}
        dir={props.dir}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        placeholder={props.placeholder}
        required={props.required}
        aria-required={props.required}
        list={props.list}
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
      />
      {props.note ? (
        <p id={noteId} className="field-note">
          {props.note}
        </p>
      ) : null}
      {warn ? <InvisibleWarning id={warnId} value={props.value} /> : null}
      {unprintable.length > 0 ? <ScriptWarning id={scriptId} scripts={unprintable} /> : null}
    </FieldShell>
  );
}

export interface TextAreaFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly rows?: number | undefined;
  readonly required?: boolean | undefined;
  readonly autoComplete?: string | undefined;
  readonly size?: 'short' | 'medium' | 'long' | undefined;
}

/** A labelled multi-line input, wired like TextField. */
export function TextAreaField(props: TextAreaFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const scriptId = `${id}-script`;
  const unprintable = useUnprintable(props.value);
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      className={['field', props.size ? `field-${props.size}` : ''].join(' ').trim()}
    >
      <textarea
        id={id}
        value={props.value}
        rows={props.rows ?? 3}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete={props.autoComplete ?? 'off'}
        required={props.required}
        aria-required={props.required}
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={ariaDescribedBy(
          props.hint ? hintId : null,
          unprintable.length > 0 ? scriptId : null,
          props.error ? errorId : null,
        )}
      />
      {unprintable.length > 0 ? <ScriptWarning id={scriptId} scripts={unprintable} /> : null}
    </FieldShell>
  );
}

export interface FieldShellProps {
  /** The control's id: the label points at it, and the hint and error are `${id}-hint` and `${id}-error`. */
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly className: string;
  /** The control, and whatever follows it before the error (a note, a count, a warning). */
  readonly children: ReactNode;
}

/**
 * What every labelled field is around its control: the label, the hint under it, and the error at
 * the end. The control names the hint and error in its aria-describedby (see `ariaDescribedBy`).
 */
export function FieldShell({ id, label, hint, error, className, children }: FieldShellProps) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}

/** The ids a control is described by, in order, or undefined when there are none. */
export function ariaDescribedBy(...ids: readonly (string | null | undefined | false)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function FieldError({ id, message }: { readonly id: string; readonly message: string }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">✕ </span>
      {message}
    </p>
  );
}

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
  readonly size?: 'short' | 'medium' | 'long' | undefined;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field ${props.size ? `field-${props.size}` : ''}`.trim()}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => {
          const next = props.options.find((option) => option.value === event.target.value);
          if (next) props.onChange(next.value);
        }}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error ? <FieldError id={errorId} message={props.error} /> : null}
    </div>
  );
}

export function CheckboxField(props: { readonly label: string; readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
