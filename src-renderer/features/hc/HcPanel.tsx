import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mapHcEvidence } from '../../../src-main/core/hc/evidence.ts';
import type { Case } from '../../../src-main/core/model/case.ts';
import { checkHcBars } from '../../../src-main/core/rules/hc-bars.ts';
import { defaultHcBarRules } from '../../../src-main/core/rules/hc-bars-data.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { localToday } from '../../../src-main/core/model/dates.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { errorLookup } from '../../case-edit/fields.ts';
import { useNow } from '../detention/use-now.ts';
import { BarsSection } from './BarsSection.tsx';
import { ExceptionsSection } from './ExceptionsSection.tsx';
import { FormsSection } from './FormsSection.tsx';
import { GapsSection } from './GapsSection.tsx';
import { HcFactorsSection } from './HcFactorsSection.tsx';
import { HcPeopleSection } from './HcPeopleSection.tsx';
import { LettersSection } from './LettersSection.tsx';
import type { CaseUpdate, HcUpdate } from './model.ts';
import './hc.css';

export interface HcPanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

/**
 * Workflow 9, the H&C application: the IRPA s.25(1.2) bars checked live as of today, the people
 * it speaks of, the s.25(1.21) exceptions, the factors with their evidence, what is still missing,
 * the letters of support and the IRCC forms. Every edit goes to the case editor.
 */
export function HcPanel({ editor, draft, problems }: HcPanelProps) {
  const { t } = useTranslation();
  const today = localToday(new Date(useNow()));
  const edit: CaseUpdate = (change) => editor.edit(change);
  const update: HcUpdate = (change) => editor.edit((c) => ({ ...c, hc: change(c.hc) }));
  const errorAt = errorLookup(t, problems, 'hc');
  const report = useMemo(() => checkHcBars(draft, today, defaultHcBarRules), [draft, today]);
  const evidence = useMemo(() => mapHcEvidence(draft), [draft]);

  return (
    <form
      className="form-stack hc-panel"
      aria-label={t('hc.formLabel')}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onBlur={() => void editor.flush()}
    >
      <BarsSection hc={draft.hc} update={update} errorAt={errorAt} report={report} />
      <HcPeopleSection draft={draft} edit={edit} problems={problems} />
      <ExceptionsSection draft={draft} update={update} errorAt={errorAt} />
      <HcFactorsSection draft={draft} update={update} errorAt={errorAt} />
      <GapsSection draft={draft} edit={edit} evidence={evidence} />
      <LettersSection draft={draft} update={update} errorAt={errorAt} />
      <FormsSection hc={draft.hc} update={update} errorAt={errorAt} />
    </form>
  );
}
