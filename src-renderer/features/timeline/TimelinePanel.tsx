import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, TimelineEvent } from '../../../src-main/core/model/case.ts';
import { checkTimeline } from '../../../src-main/core/timeline/checks.ts';
import { timelineEntries } from '../../../src-main/core/timeline/entries.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { localToday } from '../../../src-main/core/model/dates.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ChecksPanel } from './ChecksPanel.tsx';
import { EventForm } from './EventForm.tsx';
import { blankEvent } from './event-draft.ts';
import { TimelineChart } from './TimelineChart.tsx';
import { TimelineTable } from './TimelineTable.tsx';
import './timeline.css';

export interface TimelinePanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

interface Editing {
  readonly draft: TimelineEvent;
  readonly isNew: boolean;
  readonly open: boolean;
}

/**
 * Workflow 4: the chronology. Typed events and those recorded elsewhere in the case, in one
 * documented order; a drawn timeline; a sortable, filterable table; the add/edit form that
 * reads the words as given; and the checks to clear before filing.
 */
export function TimelinePanel({ editor, draft, problems }: TimelinePanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<TimelineEvent | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const entries = useMemo(() => timelineEntries(draft), [draft]);
  const findings = useMemo(() => checkTimeline(draft, localToday(new Date())), [draft]);
  const byKey = useMemo(() => new Map(entries.map((e) => [e.key, e])), [entries]);
  const timelineProblems = problems.filter((p) => p.path === 'timeline' || p.path.startsWith('timeline.'));

  const edit = (eventId: string) => {
    const event = draft.timeline.find((e) => e.id === eventId);
    if (event) setEditing({ draft: event, isNew: false, open: true });
  };
  const add = () =>
    setEditing((current) => (current?.isNew ? { ...current, open: true } : { draft: blankEvent(), isNew: true, open: true }));
  const save = (event: TimelineEvent) => {
    editor.edit((c) => {
      const at = c.timeline.findIndex((e) => e.id === event.id);
      return { ...c, timeline: at < 0 ? [...c.timeline, event] : c.timeline.map((e, i) => (i === at ? event : e)) };
    });
    void editor.flush();
    setEditing(null);
    setSelectedKey(event.id);
    setAnnouncement(t('timeline.saved'));
  };
  const remove = (event: TimelineEvent) => {
    editor.edit((c) => ({ ...c, timeline: c.timeline.filter((e) => e.id !== event.id) }));
    void editor.flush();
    setRemoving(null);
    setAnnouncement(t('timeline.removed'));
  };

  return (
    <div className="stack timeline" aria-labelledby={titleId} role="region">
      <div className="timeline-head">
        <h2 id={titleId}>{t('timeline.title')}</h2>
        <button type="button" className="button button-primary" onClick={add}>
          <span aria-hidden="true">+ </span>
          {editing?.isNew && !editing.open ? t('timeline.resume') : t('timeline.add')}
        </button>
      </div>
      <p className="field-hint">{t('timeline.intro')}</p>
      <p className="visually-hidden" aria-live="polite" data-testid="timeline-announcement">
        {announcement}
      </p>
      <ChecksPanel findings={findings} entries={byKey} problems={timelineProblems} onEdit={edit} />
      {entries.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <>
          <TimelineChart entries={entries} selectedKey={selectedKey} onSelect={setSelectedKey} onEdit={edit} />
          <TimelineTable
            draft={draft}
            entries={entries}
            selectedKey={selectedKey}
            onEdit={edit}
            onRemove={(id) => setRemoving(draft.timeline.find((e) => e.id === id) ?? null)}
          />
        </>
      )}
      {editing?.open ? (
        <EventForm
          draft={editing.draft}
          isNew={editing.isNew}
          exhibits={draft.exhibits}
          entries={entries}
          onDraft={(next) => setEditing((current) => (current ? { ...current, draft: next } : current))}
          onSave={save}
          onClose={() => setEditing(editing.isNew ? { ...editing, open: false } : null)}
          onDiscard={() => setEditing(null)}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('timeline.removeTitle')}
          subject={removing.summary}
          confirmLabel={t('timeline.removeConfirm')}
          className="dialog-danger"
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove(removing)}
        >
          <p>{t('timeline.removeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
