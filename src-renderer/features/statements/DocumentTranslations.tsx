import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { SelectField } from '../../components/Field.tsx';
import { personName } from '../../case-edit/people.ts';
import { useLanguageName } from './languages.tsx';
import { CodePicker } from '../../components/CodePicker.tsx';
import { SendForTranslationDialog } from './SendForTranslationDialog.tsx';
import { usableLang } from './statements.ts';

/** Generated documents an interpreter translates for the client; the prep sheet only for a detention review. */
export function translatableDocuments(kind: Case['kind']): readonly string[] {
  return kind === 'detention-review' ? ['client-prep-sheet', 'release-plan'] : ['letter'];
}

/**
 * The translations that came back for generated documents: the prep sheet's (kept with the
 * detention, row by row) and those of other documents.
 */
export function translatedDocuments(
  draft: Pick<Case, 'detention' | 'documentTranslations'>,
): { readonly document: string; readonly lang: string; readonly rows: number; readonly translatorId: string | undefined }[] {
  const prep = draft.detention.prepSheetTranslation;
  return [
    ...(prep ? [{ document: 'client-prep-sheet', lang: prep.lang, rows: prep.rows.length, translatorId: prep.translatorId }] : []),
    ...draft.documentTranslations.map((d) => ({ document: d.document, lang: d.lang, rows: d.rows.length, translatorId: d.translatorId })),
  ];
}

/** The language a document is translated into by default: the one the client prefers at hearings. */
function clientLanguage(draft: Case): string {
  const skills = draft.client.languages;
  return (skills.find((s) => s.preferredForHearing) ?? skills.find((s) => s.interpreterNeeded) ?? skills[0])?.lang ?? '';
}

export interface DocumentTranslationsProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
}

/**
 * Generated documents sent for translation the same way as statements (the client's prep sheet,
 * read to them in their language), and the translations that came back.
 */
export function DocumentTranslations({ editor, draft }: DocumentTranslationsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const languageName = useLanguageName();
  const documents = translatableDocuments(draft.kind);
  const [document, setDocument] = useState(documents[0] ?? '');
  const [target, setTarget] = useState(() => clientLanguage(draft));
  const [sending, setSending] = useState(false);
  const translated = translatedDocuments(draft);
  const translatorName = (id: string | undefined) => {
    const person = id === undefined ? undefined : draft.people.find((p) => p.id === id);
    return person ? personName(person) || t('translators.unnamed') : t('statements.noTranslatorShort');
  };

  return (
    <section className="card form-section st-documents" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('statements.documents.title')}</h2>
      <p className="field-hint">{t('statements.documents.intro')}</p>
      {translated.length === 0 ? (
        <p className="row-empty">{t('statements.documents.none')}</p>
      ) : (
        <ul className="st-document-list" data-testid="document-translations">
          {translated.map((d) => (
            <li key={d.document}>
              <strong>{t(`statements.documents.kinds.${d.document}`, { defaultValue: d.document })}</strong>{' '}
              {t('statements.documents.into', { language: languageName(d.lang), count: d.rows })}{' '}
              <bdi>{translatorName(d.translatorId)}</bdi>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row align-end">
        <SelectField<string>
          label={t('statements.documents.document')}
          value={document}
          options={documents.map((kind) => ({ value: kind, label: t(`statements.documents.kinds.${kind}`) }))}
          onChange={setDocument}
          size="medium"
        />
        <CodePicker
          kind="language"
          label={t('statements.documents.target')}
          emptyNote={t('statements.langHint')}
          value={target}
          onChange={setTarget}
          size="medium"
        />
        <button type="button" className="button" disabled={usableLang(target) === undefined} onClick={() => setSending(true)}>
          {t('statements.handoff.send')}
        </button>
      </div>
      {sending ? (
        <SendForTranslationDialog
          editor={editor}
          itemId={`doc:${document}`}
          title={t(`statements.documents.kinds.${document}`)}
          choices={{ targetLang: target, lang: draft.matter.languageOfProceedings }}
          onClose={() => setSending(false)}
        />
      ) : null}
    </section>
  );
}
