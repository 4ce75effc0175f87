import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import type { DraftPart, PartProblem } from './split-parts.ts';

export interface SplitPartsTableProps {
  readonly parts: readonly DraftPart[];
  /** Shown once the user has tried to split. */
  readonly problems: readonly PartProblem[];
  readonly onChange: (index: number, part: DraftPart) => void;
}

function pageNumber(text: string): number {
  return /^\s*\d{1,6}\s*$/u.test(text) ? Number(text) : Number.NaN;
}

/** One row of fields a part: its first and last page, its title and its date, each with its own error. */
export function SplitPartsTable({ parts, problems, onChange }: SplitPartsTableProps) {
  const { t } = useTranslation();
  const errorAt = (part: number, field: PartProblem['field']): string | undefined => {
    const problem = problems.find((p) => p.part === part && p.field === field);
    return problem ? t(`evidence.${problem.key}`, problem.values ?? {}) : undefined;
  };
  return (
    <ol className="split-parts" data-testid="split-parts">
      {parts.map((part, i) => (
        <li key={`${part.first}-${i}`} className="split-part">
          <fieldset>
            <legend>{t('evidence.splitPartLegend', { number: i + 1 })}</legend>
            <div className="split-part-fields">
              <TextField
                label={t('evidence.splitFirst')}
                value={Number.isNaN(part.first) ? '' : String(part.first)}
                inputMode="numeric"
                size="short"
                onChange={(v) => onChange(i, { ...part, first: pageNumber(v) })}
                error={errorAt(i, 'first')}
              />
              <TextField
                label={t('evidence.splitLast')}
                value={Number.isNaN(part.last) ? '' : String(part.last)}
                inputMode="numeric"
                size="short"
                onChange={(v) => onChange(i, { ...part, last: pageNumber(v) })}
                error={errorAt(i, 'last')}
              />
              <TextField
                label={t('evidence.splitPartTitle')}
                value={part.title}
                onChange={(v) => onChange(i, { ...part, title: v })}
                error={errorAt(i, 'title')}
                size="long"
                required
              />
              <TextField
                label={t('evidence.splitPartDate')}
                value={part.date}
                hint={t('evidence.splitDateHint')}
                onChange={(v) => onChange(i, { ...part, date: v })}
                error={errorAt(i, 'date')}
                size="short"
              />
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
