import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaDescribedBy, FieldShell, TextField } from '../../components/Field.tsx';
import { bundleBytes } from './handoff.ts';

/** A bundle file and its passphrase, as the user picks them before it is opened. */
export interface BundleChoice {
  readonly file: File | null;
  readonly passphrase: string;
  /** Whether the chosen file turned out too large to be a bundle. */
  readonly tooLarge: boolean;
  readonly chooseFile: (file: File | null) => void;
  readonly setPassphrase: (value: string) => void;
  /** The chosen file's bytes; null when none is chosen or it is too large (which the file field then says). */
  readonly read: () => Promise<Uint8Array<ArrayBuffer> | null>;
}

export function useBundleChoice(): BundleChoice {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [tooLarge, setTooLarge] = useState(false);
  return {
    file,
    passphrase,
    tooLarge,
    chooseFile: (next) => {
      setFile(next);
      setTooLarge(false);
    },
    setPassphrase,
    read: async () => {
      if (!file) return null;
      const bytes = await bundleBytes(file);
      if (bytes === null) setTooLarge(true);
      return bytes;
    },
  };
}

export interface BundleFieldsProps {
  readonly choice: BundleChoice;
  /** Errors are shown once the user has tried to open the bundle. */
  readonly submitted: boolean;
  readonly fileLabel: string;
  readonly fileHint?: string | undefined;
  /** The error when no file is chosen. */
  readonly chooseFile: string;
  readonly passphraseLabel: string;
  readonly passphraseHint?: string | undefined;
}

/** The file input for a sealed .dossier bundle and the passphrase that opens it. */
export function BundleFields({ choice, submitted, fileLabel, fileHint, chooseFile, passphraseLabel, passphraseHint }: BundleFieldsProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const fileError = submitted && !choice.file ? chooseFile : choice.tooLarge ? t('statements.handoff.errors.TOO_LARGE') : undefined;
  return (
    <>
      <FieldShell id={fileId} label={fileLabel} hint={fileHint} error={fileError} className="field">
        <input
          id={fileId}
          type="file"
          accept=".dossier"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={ariaDescribedBy(fileHint ? `${fileId}-hint` : null, fileError ? `${fileId}-error` : null)}
          onChange={(event) => choice.chooseFile(event.target.files?.[0] ?? null)}
        />
      </FieldShell>
      <TextField
        label={passphraseLabel}
        hint={passphraseHint}
        type="password"
        value={choice.passphrase}
        onChange={choice.setPassphrase}
        autoComplete="off"
        required
        error={submitted && choice.passphrase === '' ? t('statements.handoff.passphraseRequired') : undefined}
      />
    </>
  );
}
