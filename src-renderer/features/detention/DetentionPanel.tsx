import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { ApplicationsSection } from '../applications/ApplicationsSection.tsx';
import { DeadlineSettingsSection } from './DeadlineSettingsSection.tsx';
import { DeadlinesSection } from './DeadlinesSection.tsx';
import type { DetentionUpdate } from './edit.ts';
import { EpisodesSection } from './EpisodesSection.tsx';
import { detentionErrorLookup, problemsOfError } from './problems.ts';
import { ReviewsSection } from './ReviewsSection.tsx';
import { SeizedSection } from './SeizedSection.tsx';
import { useDeadlines } from './use-deadlines.ts';
import './detention.css';

export interface DetentionPanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

/**
 * The detention: episodes, reviews, seized property, the time limits they give rise to, and the
 * holiday region and overrides those limits are counted under. Edits go to the case editor; the
 * limits are computed again after every save.
 */
export function DetentionPanel({ editor, draft, problems }: DetentionPanelProps) {
  const { t } = useTranslation();
  const { revision } = useSyncExternalStore(editor.subscribe, editor.getSnapshot);
  const deadlines = useDeadlines(draft.id, revision);
  const detention = draft.detention;
  const update: DetentionUpdate = (change) => editor.edit((c) => ({ ...c, detention: change(c.detention) }));
  // The review clock speaks about the saved case: its objections matter only while the draft itself is sound.
  const all = problems.length > 0 ? problems : problemsOfError(deadlines.error);
  const errorAt = detentionErrorLookup(t, all, 'detention');
  const sections = { detention, update, errorAt };

  return (
    <form
      className="form-stack detention-form"
      aria-label={t('detention.formLabel')}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onBlur={() => void editor.flush()}
    >
      <EpisodesSection {...sections} />
      <ReviewsSection {...sections} />
      <SeizedSection {...sections} deadlines={deadlines.list} />
      <ApplicationsSection draft={draft} edit={(change) => editor.edit(change)} errorAt={errorAt} deadlines={deadlines.list} />
      <DeadlinesSection detention={detention} matter={draft.matter} state={deadlines} stale={problems.length > 0} />
      <DeadlineSettingsSection {...sections} deadlines={deadlines.list ?? []} matter={draft.matter} />
    </form>
  );
}
