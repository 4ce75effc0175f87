import { useTranslation } from 'react-i18next';
import type { CaseKind } from '../../../src-main/core/model/case.ts';
import type { FieldIssue } from '../../../src-main/core/errors.ts';
import { problemOfIssue } from '../../api/validation.ts';
import { describeProblem } from '../../i18n/describe.ts';
import type { TabId } from '../workspace/tabs.ts';
import { fieldPlace } from './field-links.ts';

/**
 * What the case lacks for this document (`missing`: it cannot be made yet), or what to check
 * before filing one that can (`check`), in the UI language, each with a button to the field that
 * fixes it: on its tab, or this tab's own target picker.
 */
export function DocumentProblems({
  problems,
  caseKind,
  targetPickerId,
  onGoToField,
  what = 'missing',
}: {
  readonly problems: readonly FieldIssue[];
  readonly what?: 'missing' | 'check';
  readonly caseKind: CaseKind;
  readonly targetPickerId: string;
  readonly onGoToField: (tab: TabId, path: string) => void;
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div
      className="notice notice-warning document-problems"
      role="status"
      data-testid={what === 'missing' ? 'document-problems' : 'document-checks'}
    >
      <p>{what === 'missing' ? t('documents.problems', { count: problems.length }) : t('documents.checks', { count: problems.length })}</p>
      <ul>
        {problems.map((issue, index) => {
          const text = describeProblem(t, problemOfIssue(issue));
          const place = fieldPlace(issue.path, caseKind);
          return (
            <li key={`${issue.path}-${issue.code}-${index}`}>
              <span>{text}</span>{' '}
              {place === null ? null : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    if ('tab' in place) onGoToField(place.tab, issue.path);
                    else document.getElementById(targetPickerId)?.focus();
                  }}
                >
                  {t('documents.goTo')}
                  <span className="visually-hidden">: {text}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
