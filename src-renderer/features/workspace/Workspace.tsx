import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../src-main/core/names.ts';
import { useCaseEditor } from '../../api/use-cases.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { caseKindLabel } from '../cases/labels.ts';
import { ClientForm } from '../client/ClientForm.tsx';
import { DetentionPanel } from '../detention/DetentionPanel.tsx';
import { DocumentsPanel } from '../documents/DocumentsPanel.tsx';
import { WordingEditor } from '../documents/WordingEditor.tsx';
import { focusFieldSoon } from '../documents/focus-field.ts';
import { CaseSearch } from '../evidence/CaseSearch.tsx';
import { ExhibitsPanel } from '../exhibits/ExhibitsPanel.tsx';
import { HcPanel } from '../hc/HcPanel.tsx';
import { MatterPanel } from '../matter/MatterPanel.tsx';
import { PacketsPanel } from '../packets/PacketsPanel.tsx';
import { ReleasePlanPanel } from '../release-plan/ReleasePlanPanel.tsx';
import { StatementsPanel } from '../statements/StatementsPanel.tsx';
import { TimelinePanel } from '../timeline/TimelinePanel.tsx';
import { NextDeadlineBanner } from './NextDeadlineBanner.tsx';
import { NotYetAvailable } from './NotYetAvailable.tsx';
import { tabsFor, type TabId } from './tabs.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import './workspace.css';

export function Workspace({ id, onBack }: { readonly id: string; readonly onBack: () => void }) {
  const { t } = useTranslation();
  const { editor, snapshot } = useCaseEditor(id);
  const [tab, setTab] = useState<TabId>('client');
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = snapshot.draft !== null;
  useEffect(() => {
    heading.current?.focus();
  }, [loaded]);

  useEffect(() => () => void editor.flush(), [editor]);

  const draft = snapshot.draft;
  if (draft === null) {
    return (
      <section aria-labelledby="workspace-title">
        <h1 id="workspace-title" ref={heading} tabIndex={-1}>
          {t('workspace.loading')}
        </h1>
        <ErrorNotice error={snapshot.loadError} />
        <button type="button" className="button" onClick={onBack}>
          {t('workspace.back')}
        </button>
      </section>
    );
  }

  const tabs = tabsFor(draft.kind);
  const selectTab = (next: TabId) => {
    void editor.flush();
    setTab(next);
  };
  const name = displayName(draft.client) || t('cases.unnamed');
  /** From a problem listed on one tab to the field that fixes it on another. */
  const goToField = (next: TabId, path: string) => {
    selectTab(next);
    focusFieldSoon(path);
  };

  return (
    <section aria-labelledby="workspace-title" className="workspace">
      <div className="workspace-head">
        <button
          type="button"
          className="button button-quiet back-button"
          onClick={() => {
            void editor.flush();
            onBack();
          }}
        >
          <span aria-hidden="true">← </span>
          {t('workspace.back')}
        </button>
        <div className="workspace-title-row">
          <h1 id="workspace-title" ref={heading} tabIndex={-1}>
            <bdi>{name}</bdi>
          </h1>
          <span className={`badge badge-${draft.kind}`}>{caseKindLabel(t, draft.kind)}</span>
          {draft.archived ? <span className="badge badge-muted">{t('cases.archivedBadge')}</span> : null}
          <SaveStatus state={snapshot.save} />
        </div>
        <NextDeadlineBanner draft={draft} revision={snapshot.revision} />
        <CaseSearch caseId={id} beforeSearch={() => editor.flush()} />
      </div>
      <Tabs tabs={tabs} selected={tab} label={t('workspace.sections')} labelFor={(id) => t(`tabs.${id}`)} onSelect={selectTab}>
        {tab === 'client' ? (
          <ClientForm editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'matter' ? (
          <MatterPanel editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'detention' ? (
          <DetentionPanel editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'exhibits' ? (
          <ExhibitsPanel editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'releasePlan' ? (
          <ReleasePlanPanel editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'timeline' ? (
          <TimelinePanel editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'statements' ? (
          <StatementsPanel editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'hc' ? (
          <HcPanel editor={editor} draft={draft} problems={snapshot.problems} />
        ) : tab === 'documents' ? (
          <DocumentsPanel
            editor={editor}
            draft={draft}
            revision={snapshot.revision}
            onGoToField={goToField}
            wordingEditor={(slot) => (
              <WordingEditor
                caseId={slot.caseId}
                kind={slot.kind}
                lang={slot.lang}
                target={slot.target?.statementId ?? slot.target?.personId}
                // Each edit is a new revision of the stored case: the editor reloads it before the preview is built again.
                onChanged={() => void editor.load().then(slot.onChanged)}
              />
            )}
          />
        ) : tab === 'packets' ? (
          <PacketsPanel editor={editor} draft={draft} revision={snapshot.revision} />
        ) : (
          <NotYetAvailable tab={tab} />
        )}
      </Tabs>
    </section>
  );
}
