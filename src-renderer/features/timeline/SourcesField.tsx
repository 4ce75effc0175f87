import { useTranslation } from 'react-i18next';
import type { Exhibit, TimelineSource } from '../../../src-main/core/model/case.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';

export interface SourcesFieldProps {
  readonly title: string;
  readonly sources: readonly TimelineSource[];
  readonly exhibits: readonly Exhibit[];
  readonly onChange: (sources: TimelineSource[]) => void;
  /** Error at a path relative to the list, e.g. `0.pages`. */
  readonly errorAt: (path: string) => string | undefined;
}

/** Sources of an event or account: an exhibit and a pin cite (pages of that exhibit). */
export function SourcesField({ title, sources, exhibits, onChange, errorAt }: SourcesFieldProps) {
  const { t } = useTranslation();
  const replace = (index: number, next: TimelineSource) => onChange(sources.map((s, i) => (i === index ? next : s)));
  return (
    <RowList
      title={title}
      items={sources}
      rowLabel={(i) => t('timeline.form.source', { n: i + 1 })}
      emptyText={exhibits.length === 0 ? t('timeline.form.noExhibits') : t('timeline.form.noSources')}
      addLabel={t('timeline.form.addSource')}
      onAdd={() => onChange([...sources, { exhibitId: '' }])}
      onRemove={(index) => onChange(sources.filter((_, i) => i !== index))}
      renderRow={(source, i) => {
        const known = exhibits.some((x) => x.id === source.exhibitId);
        const options = [
          { value: '', label: t('timeline.form.chooseExhibit') },
          ...exhibits.map((x) => ({
            value: x.id,
            label: x.pages ? t('timeline.form.exhibitPages', { title: x.title, count: x.pages }) : x.title,
          })),
          ...(known || source.exhibitId === '' ? [] : [{ value: source.exhibitId, label: t('timeline.form.removedExhibit') }]),
        ];
        return (
          <div className="field-row">
            <SelectField<string>
              label={t('timeline.form.exhibit')}
              value={source.exhibitId}
              options={options}
              onChange={(exhibitId) => replace(i, { ...source, exhibitId })}
              error={errorAt(`${i}.exhibitId`)}
              size="long"
            />
            <TextField
              label={t('timeline.form.pages')}
              hint={t('timeline.form.pagesHint')}
              value={source.pages ?? ''}
              onChange={(pages) => {
                const { pages: _old, ...rest } = source;
                replace(i, pages.trim() === '' ? rest : { ...rest, pages: pages.trim() });
              }}
              error={errorAt(`${i}.pages`)}
              inputMode="numeric"
              size="short"
            />
          </div>
        );
      }}
    />
  );
}
