import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { privacyAfterApplications, privacyPrompts } from '../../../src-main/core/applications/privacy-prompt.ts';
import { applicationKinds, applicationStatuses, type IdApplication } from '../../../src-main/core/model/applications.ts';
import type { Case } from '../../../src-main/core/model/case.ts';
import { localToday } from '../../../src-main/core/model/dates.ts';
import type { DeadlineDto } from '../../../src-main/ipc/contract.ts';
import { removeAt, replaceAt, under, type ErrorAt } from '../../case-edit/fields.ts';
import { newId } from '../../case-edit/ids.ts';
import { RowList } from '../../components/RowList.tsx';
import { ApplicationFields } from './ApplicationFields.tsx';
import { evidenceLabel } from './labels.ts';

export interface ApplicationsSectionProps {
  readonly draft: Case;
  /** Changes the whole case: `matter.privacy` follows the r.45 applications. */
  readonly edit: (change: (c: Case) => Case) => void;
  /** Problems under `detention.` */
  readonly errorAt: ErrorAt;
  readonly deadlines: readonly DeadlineDto[] | null;
}

export function newApplication(kind: IdApplication['kind']): IdApplication {
  return {
    id: newId('app'),
    kind,
    status: 'draft',
    reasons: [],
    grounds: [],
    relief: [],
    hearApplicationInPrivate: true,
    proposedDates: [],
    serviceIds: [],
  };
}

/** The case with its applications changed, and the proceeding's privacy set from what the r.45 ones say. */
export function withApplications(c: Case, change: (apps: readonly IdApplication[]) => IdApplication[]): Case {
  const applications = change(c.detention.applications ?? []);
  return {
    ...c,
    matter: { ...c.matter, privacy: privacyAfterApplications(c.matter.privacy, applications) },
    detention: { ...c.detention, applications },
  };
}

/**
 * The ID Rules applications of the detention (r.9, r.17, r.26, r.32, r.33, r.43, r.45): each with
 * its status, filing and decision, and the time limit the rule data gives it; above them, the
 * facts in the case that suggest an r.45 application, with a button that records one.
 */
export function ApplicationsSection({ draft, edit, errorAt, deadlines }: ApplicationsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const apps = draft.detention.applications ?? [];
  const prompts = privacyPrompts(draft, localToday(new Date()));
  const change = (fn: (apps: readonly IdApplication[]) => IdApplication[]) => edit((c) => withApplications(c, fn));
  const kindOptions = applicationKinds.map((k) => ({ value: k, label: t(`applications.kinds.${k}`) }));
  const statusOptions = applicationStatuses.map((s) => ({ value: s, label: t(`applications.status.${s}`) }));
  return (
    <section className="card form-section" aria-labelledby={titleId} data-testid="applications" data-field="detention.applications">
      <h2 id={titleId}>{t('applications.title')}</h2>
      <p className="field-hint">{t('applications.hint')}</p>
      {prompts.map((p) => (
        <div key={p.code} className="notice notice-warning" role="status" data-testid="privacy-prompt" data-code={p.code}>
          <p>{t(`validation.${p.code}`, { evidence: p.evidence.map((e) => evidenceLabel(t, e)).join(', ') })}</p>
          {p.code === 'privacy.requestedNotRecorded' || apps.every((a) => a.kind !== 'private-proceeding') ? (
            <button type="button" onClick={() => change((all) => [...all, newApplication('private-proceeding')])}>
              {t('applications.recordR45')}
            </button>
          ) : null}
        </div>
      ))}
      <RowList
        title={t('applications.list')}
        items={apps}
        rowLabel={(i) => t('applications.itemN', { n: i + 1, kind: t(`applications.kinds.${apps[i]?.kind ?? 'documents'}`) })}
        addLabel={t('applications.add')}
        emptyText={t('applications.none')}
        onAdd={() => change((all) => [...all, newApplication('private-proceeding')])}
        onRemove={(i) => change((all) => removeAt(all, i))}
        error={errorAt('applications')}
        renderRow={(app, i) => (
          <ApplicationFields
            app={app}
            draft={draft}
            kindOptions={kindOptions}
            statusOptions={statusOptions}
            onChange={(next) => change((all) => replaceAt(all, i, next))}
            errorAt={under(errorAt, `applications.${i}`)}
            path={`detention.applications.${String(i)}`}
            limit={deadlines?.find((d) => d.subject.type === 'application' && d.subject.id === app.id)}
          />
        )}
      />
    </section>
  );
}
