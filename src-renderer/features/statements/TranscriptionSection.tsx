import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import type { Statement, StatementUpdate } from './model.ts';

export interface TranscriptionSectionProps {
  readonly statement: Statement;
  readonly update: StatementUpdate;
  /** Problems under `statements.N`. */
  readonly errorAt: ErrorAt;
}

/**
 * The typed transcription of a handwritten original: the statement's paragraphs, filed as a
 * document of their own after the original, with who typed them and when.
 */
export function TranscriptionSection({ statement, update, errorAt }: TranscriptionSectionProps) {
  const { t } = useTranslation();
  const transcription = statement.transcription;
  const at = under(errorAt, 'transcription');
  return (
    <fieldset className="group-box st-transcription" data-testid="transcription-section">
      <legend>{t('statementTranslations.transcription')}</legend>
      <p className="field-hint">{t('statementTranslations.transcriptionHint')}</p>
      {transcription === undefined ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => update((s) => ({ ...s, transcription: { transcriberName: '' } }))}
        >
          <span aria-hidden="true">+ </span>
          {t('statementTranslations.addTranscription')}
        </button>
      ) : (
        <>
          <div className="field-row">
            <TextField
              label={t('statementTranslations.transcriber')}
              value={transcription.transcriberName}
              onChange={(transcriberName) =>
                update((s) => ({ ...s, transcription: { ...transcription, ...s.transcription, transcriberName } }))
              }
              error={at('transcriberName')}
              dir="auto"
              size="medium"
            />
            <DateField
              label={t('statementTranslations.transcribedOn')}
              value={transcription.transcribedOn ?? ''}
              onChange={(value) =>
                update((s) => ({ ...s, transcription: withOptional(s.transcription ?? transcription, 'transcribedOn', value) }))
              }
              error={at('transcribedOn')}
            />
          </div>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            onClick={() => update((s) => withOptional(s, 'transcription', undefined))}
          >
            {t('statementTranslations.removeTranscription')}
          </button>
        </>
      )}
    </fieldset>
  );
}
