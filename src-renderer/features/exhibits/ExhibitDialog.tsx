import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Exhibit } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { CodePicker } from '../../components/CodePicker.tsx';
import { TextField } from '../../components/Field.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { errorLookup, under, withOptional } from '../../case-edit/fields.ts';
import { splitList } from './format.ts';

export interface ExhibitDialogProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly index: number;
  readonly problems: readonly FieldProblem[];
  readonly onClose: () => void;
}

/** Edits one exhibit's description; every change is autosaved with the case. */
export function ExhibitDialog({ editor, draft, index, problems, onClose }: ExhibitDialogProps) {
  const { t } = useTranslation();
  const exhibit = draft.exhibits[index];
  // Typed as is, so a trailing comma survives while the list is being written.
  const [supportsText, setSupportsText] = useState(exhibit?.supports.join(', ') ?? '');
  if (!exhibit) return null;
  const errorAt = errorLookup(t, problems, `exhibits.${index}`);
  const update = (change: (e: Exhibit) => Exhibit) =>
    editor.edit((d) => ({ ...d, exhibits: d.exhibits.map((e) => (e.id === exhibit.id ? change(e) : e)) }));
  const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

  return (
    <Dialog title={t('exhibits.editTitle')} onClose={() => void editor.flush().then(onClose)}>
      <div className="stack">
        <TextField
          label={t('exhibits.fieldTitle')}
          value={exhibit.title}
          onChange={(v) => update((e) => ({ ...e, title: v }))}
          error={errorAt('title')}
          size="long"
          required
        />
        <DateField
          kind="source"
          legend={t('exhibits.fieldDate')}
          value={exhibit.date}
          onChange={(v) => update((e) => withOptional(e, 'date', v))}
          errorAt={under(errorAt, 'date')}
        />
        <TextField
          label={t('exhibits.fieldAuthor')}
          value={exhibit.author ?? ''}
          onChange={(v) => update((e) => withOptional(e, 'author', text(v)))}
          error={errorAt('author')}
          size="long"
        />
        <CodePicker
          kind="language"
          label={t('exhibits.fieldLanguage')}
          emptyNote={t('exhibits.fieldLanguageHint')}
          value={exhibit.lang ?? ''}
          onChange={(v) => update((e) => withOptional(e, 'lang', text(v)))}
          error={errorAt('lang')}
          size="medium"
        />
        <TextField
          label={t('exhibits.fieldSupports')}
          hint={t('exhibits.fieldSupportsHint')}
          value={supportsText}
          onChange={(v) => {
            setSupportsText(v);
            update((e) => ({ ...e, supports: splitList(v) }));
          }}
          error={errorAt('supports')}
          size="long"
        />
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => void editor.flush().then(onClose)}>
            {t('exhibits.done')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
