import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HcEvidenceMap, HcGap } from '../../../src-main/core/hc/evidence.ts';
import type { Case } from '../../../src-main/core/model/case.ts';
import { gapMessage, sortedGaps, unlinkedExhibitIds } from './gaps.ts';
import { GoToField } from './GoToField.tsx';
import { withoutLinkAt, type CaseUpdate } from './model.ts';
import { anchorId, linkSource, linkSources, type LinkSource } from './paths.ts';

export interface GapsSectionProps {
  readonly draft: Case;
  readonly edit: CaseUpdate;
  readonly evidence: HcEvidenceMap;
}

/** Where a gap or a link is, in words: "Factor: Establishment", "Letter 2 (Claire Dunbar)". */
export function sourceText(t: TFunction, source: LinkSource): string {
  switch (source.kind) {
    case 'factor':
      return t('hc.map.factor', { factor: source.factor ? t(`hc.factors.kinds.${source.factor}`) : '' });
    case 'exception':
      return t('hc.map.exception', {
        n: source.index + 1,
        exception: source.exception ? t(`hc.exceptions.kinds.${source.exception}`) : '',
      });
    case 'letter':
      return t('hc.map.letter', { n: source.index + 1, author: source.author || t('hc.letters.noAuthor') });
    case 'statement':
      return t('hc.map.statement', { title: source.title || t('hc.map.untitled') });
    default:
      return t('hc.map.exhibit', { title: source.title || t('hc.map.untitled') });
  }
}

function gapText(t: TFunction, gap: HcGap): string {
  const { key, values, fallbackKey } = gapMessage(gap);
  const fallback = fallbackKey ? t(fallbackKey) : gap.message;
  return t(key, { ...values, defaultValue: fallback });
}

/**
 * What is still missing before filing, each gap said in the UI language with a way to the field it
 * concerns (and, for a link to an exhibit no longer in the case, a button that drops the link);
 * then which exhibit proves what, with the exhibits that prove nothing flagged.
 */
export function GapsSection({ draft, edit, evidence }: GapsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const mapId = useId();
  const gaps = sortedGaps(evidence.gaps);
  const unlinked = unlinkedExhibitIds(evidence);
  return (
    <section className="card form-section hc-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hc.gaps.title')}</h2>
      <p className="field-hint">{t('hc.gaps.hint')}</p>
      <p className={gaps.length === 0 ? 'findings-none' : 'hc-gap-summary'} aria-live="polite" data-testid="hc-gap-summary">
        {gaps.length === 0
          ? t('hc.gaps.none')
          : t('hc.gaps.summary', {
              errors: gaps.filter((g) => g.severity === 'error').length,
              warnings: gaps.filter((g) => g.severity === 'warning').length,
            })}
      </p>
      {gaps.length > 0 ? (
        <ul className="hc-gaps">
          {gaps.map((gap, index) => {
            const text = gapText(t, gap);
            const source = linkSource(draft, gap.path);
            return (
              <li
                key={`${gap.code}-${gap.path}-${index}`}
                className={`finding hc-gap hc-gap-${gap.severity}`}
                data-testid="hc-gap"
                data-code={gap.code}
              >
                <span className={`badge hc-severity-${gap.severity}`}>{t(`hc.gaps.severity.${gap.severity}`)}</span>
                {source ? <strong className="hc-gap-where">{sourceText(t, source)}</strong> : null}
                <p>{text}</p>
                <p className="hc-gap-actions">
                  <GoToField path={gap.path} what={text} />
                  {gap.code === 'hc.exhibitMissing' ? (
                    <button
                      type="button"
                      className="link-button button-danger-quiet"
                      onClick={() => edit((c) => withoutLinkAt(c, gap.path))}
                    >
                      {t('hc.gaps.removeLink')}
                      <span className="visually-hidden">: {source ? sourceText(t, source) : text}</span>
                    </button>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}

      <h3 id={mapId}>{t('hc.map.title')}</h3>
      {evidence.exhibits.length === 0 ? (
        <p className="row-empty">{t('hc.map.noExhibits')}</p>
      ) : (
        <table className="data-table hc-map" aria-labelledby={mapId}>
          <thead>
            <tr>
              <th scope="col">{t('hc.map.colExhibit')}</th>
              <th scope="col">{t('hc.map.colProves')}</th>
            </tr>
          </thead>
          <tbody>
            {evidence.exhibits.map((exhibit, index) => {
              const sources = linkSources(draft, exhibit.linkedFrom);
              const parent = draft.exhibits[index]?.partOf;
              const parentTitle = parent === undefined ? undefined : draft.exhibits.find((x) => x.id === parent)?.title;
              return (
                <tr key={exhibit.id} data-testid="hc-map-row" className={unlinked.has(exhibit.id) ? 'hc-map-unlinked' : undefined}>
                  <th scope="row" id={anchorId(`exhibits.${index}`)} tabIndex={-1}>
                    <bdi>{exhibit.title || t('hc.map.untitled')}</bdi>
                  </th>
                  <td>
                    {sources.length > 0 ? (
                      <ul className="hc-map-sources">
                        {sources.map((s) => (
                          <li key={`${s.kind}-${s.index}`}>{sourceText(t, s)}</li>
                        ))}
                      </ul>
                    ) : unlinked.has(exhibit.id) ? (
                      <span className="badge hc-severity-warning">{t('hc.map.provesNothing')}</span>
                    ) : parentTitle !== undefined ? (
                      t('hc.map.partOf', { title: parentTitle })
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
