import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { errorLookup } from '../../case-edit/fields.ts';
import { newId } from '../../case-edit/ids.ts';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import type { CaseUpdate, Statement } from './model.ts';
import { StatementEditor } from './StatementEditor.tsx';
import { StatementList } from './StatementList.tsx';
import { newStatement, updateStatement, withoutStatement } from './statements.ts';
import { TranslatorsSection } from './TranslatorsSection.tsx';
import { DocumentTranslations } from './DocumentTranslations.tsx';
import { ImportTranslationDialog } from './ImportTranslationDialog.tsx';
import { SendForTranslationDialog } from './SendForTranslationDialog.tsx';
import './statements.css';

export interface StatementsPanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

/**
 * Workflow 5: statements in their own language and script beside their English or French
 * translation, paragraph by paragraph; who translated them and the certification the destination
 * needs; and the registry of translators. Every edit goes to the case editor.
 */
export function StatementsPanel({ editor, draft, problems }: StatementsPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const idBase = useId();
  const focusAfterRender = useFocusAfterRender();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Statement | null>(null);
  const [sending, setSending] = useState<Statement | null>(null);
  const [importing, setImporting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const edit: CaseUpdate = (change) => editor.edit(change);
  const editButtonId = (id: string) => `${idBase}-edit-${id}`;
  const titleFieldId = `${idBase}-editor`;
  const selectedIndex = draft.statements.findIndex((s) => s.id === selectedId);
  const selected = draft.statements[selectedIndex];

  const add = () => {
    const id = newId('st', new Set(draft.statements.map((s) => s.id)));
    edit((c) => ({ ...c, statements: [...c.statements, newStatement(id, c)] }));
    setSelectedId(id);
    focusAfterRender(() => document.getElementById(titleFieldId)?.querySelector<HTMLElement>('input'));
  };
  const open = (statement: Statement) => {
    setSelectedId(statement.id);
    focusAfterRender(() => document.getElementById(titleFieldId)?.querySelector<HTMLElement>('h3'));
  };
  const close = () => {
    const id = selectedId;
    void editor.flush();
    setSelectedId(null);
    if (id !== null) focusAfterRender(() => document.getElementById(editButtonId(id)));
  };

  return (
    <form
      className="form-stack statements"
      aria-label={t('statements.formLabel')}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onBlur={() => void editor.flush()}
    >
      <section className="card form-section" aria-labelledby={titleId} data-field="statements">
        <div className="st-head">
          <h2 id={titleId}>{t('statements.title')}</h2>
          <div className="st-head-actions">
            <button type="button" className="button" onClick={() => setImporting(true)}>
              {t('statements.handoff.importButton')}
            </button>
            <button type="button" className="button button-primary" onClick={add}>
              <span aria-hidden="true">+ </span>
              {t('statements.add')}
            </button>
          </div>
        </div>
        <p className="field-hint">{t('statements.intro')}</p>
        <p className="visually-hidden" aria-live="polite" data-testid="statements-announcement">
          {announcement}
        </p>
        {announcement ? (
          <p className="notice notice-info" data-testid="statements-status">
            {announcement}
          </p>
        ) : null}
        <StatementList draft={draft} selectedId={selectedId} onEdit={open} onRemove={setRemoving} editButtonId={editButtonId} />
      </section>
      {selected ? (
        <div id={titleFieldId}>
          <StatementEditor
            key={selected.id}
            draft={draft}
            statement={selected}
            update={(change) => edit((c) => updateStatement(c, selected.id, change))}
            errorAt={errorLookup(t, problems, `statements.${selectedIndex}`)}
            onClose={close}
            actions={
              <div className="actions st-handoff-actions">
                <button type="button" className="button" onClick={() => setSending(selected)}>
                  {t('statements.handoff.send')}
                </button>
              </div>
            }
          />
        </div>
      ) : null}
      <TranslatorsSection draft={draft} edit={edit} problems={problems} />
      <DocumentTranslations editor={editor} draft={draft} />
      {sending ? (
        <SendForTranslationDialog
          editor={editor}
          itemId={sending.id}
          title={sending.title.trim() || t('statements.untitled')}
          choices={{}}
          onClose={() => setSending(null)}
        />
      ) : null}
      {importing ? (
        <ImportTranslationDialog
          editor={editor}
          draft={draft}
          onClose={() => setImporting(false)}
          onAttached={(ids) => {
            setImporting(false);
            const titles = ids.map((id) => {
              const statement = draft.statements.find((s) => s.id === id);
              return statement
                ? statement.title.trim() || t('statements.untitled')
                : t(`statements.documents.kinds.${id.replace(/^doc:/u, '')}`, { defaultValue: id });
            });
            setAnnouncement(t('statements.handoff.attached', { titles: titles.join(', ') }));
            const first = ids.find((id) => draft.statements.some((s) => s.id === id));
            if (first !== undefined) setSelectedId(first);
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('statements.removeTitle')}
          subject={removing.title.trim() || t('statements.untitled')}
          confirmLabel={t('statements.removeConfirm')}
          className="dialog-danger"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            if (selectedId === id) setSelectedId(null);
            edit((c) => withoutStatement(c, id));
          }}
        >
          <p>{t('statements.removeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
