import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { searchInCase, type SearchHitDto } from '../../api/evidence.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ViewerDialog } from '../viewer/ViewerDialog.tsx';
import './evidence.css';

/** Where a hit is, in the UI language: the exhibit page and its packet tab, the statement paragraph, the timeline. */
function useWhere(): (hit: SearchHitDto) => string {
  const { t } = useTranslation();
  return (hit) => {
    switch (hit.kind) {
      case 'exhibit': {
        const base = t('evidence.hitExhibit', { title: hit.title, page: hit.page });
        if (!hit.packet) return base;
        const packet = t('evidence.hitPacket', { tab: hit.packet.tab, page: hit.packet.page });
        return `${base} — ${packet}${hit.packet.stale ? ` ${t('evidence.hitPacketStale')}` : ''}`;
      }
      case 'statement':
        return hit.translation === undefined
          ? t('evidence.hitStatement', { title: hit.title, paragraph: hit.paragraph })
          : t('evidence.hitTranslation', { title: hit.title, paragraph: hit.paragraph, lang: hit.translation });
      case 'timeline':
        return hit.when === undefined ? t('evidence.hitTimeline') : t('evidence.hitTimelineOn', { when: hit.when });
      case 'document':
        return t('evidence.hitDocument', { document: hit.document, lang: hit.lang });
      case 'generated': {
        const base = t('evidence.hitGenerated', { title: hit.title, lang: hit.lang });
        return hit.packet ? `${base} — ${t('evidence.hitGeneratedTab', { tab: hit.packet.tab, page: hit.packet.page })}` : base;
      }
    }
  };
}

/** One box that searches the whole case: exhibits' text (OCR included), statements, timeline, generated and translated documents; an exhibit hit opens in the viewer at its page. */
export function CaseSearch({ caseId, beforeSearch }: { readonly caseId: string; readonly beforeSearch: () => Promise<void> }) {
  const { t } = useTranslation();
  const where = useWhere();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [result, setResult] = useState<{ query: string; hits: readonly SearchHitDto[]; truncated: boolean } | null>(null);
  const [viewing, setViewing] = useState<{ exhibitId: string; page: number } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    await beforeSearch();
    const found = await searchInCase(caseId, query);
    setBusy(false);
    if (found.ok) setResult(found.value);
    else setError(found.error);
  };

  return (
    <div className="evidence-search" role="search" aria-label={t('evidence.searchLabel')}>
      <form onSubmit={(e) => void submit(e)} className="evidence-search-form">
        <label htmlFor="evidence-search-input">{t('evidence.searchLabel')}</label>
        <input
          id="evidence-search-input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('evidence.searchPlaceholder')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('evidence.searchButton')}
        </button>
        {result ? (
          <button type="button" className="button button-quiet" onClick={() => setResult(null)}>
            {t('evidence.searchClear')}
          </button>
        ) : null}
      </form>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite" className="evidence-search-count">
        {busy ? t('evidence.searching') : result ? t('evidence.hits', { count: result.hits.length, query: result.query }) : ''}
        {result?.truncated ? ` ${t('evidence.truncated')}` : ''}
      </div>
      {result && result.hits.length > 0 ? (
        <ol className="evidence-search-hits" data-testid="evidence-search-hits">
          {result.hits.map((hit, i) => (
            <li key={`${hit.kind}-${i}`}>
              <strong>{where(hit)}</strong>
              {hit.kind === 'exhibit' ? (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => setViewing({ exhibitId: hit.exhibitId, page: hit.page })}>
                    {t('viewer.view')}
                    <span className="visually-hidden">: {where(hit)}</span>
                  </button>
                </>
              ) : null}
              <br />
              <bdi className="evidence-search-snippet">{hit.snippet}</bdi>
            </li>
          ))}
        </ol>
      ) : null}
      {viewing ? (
        <ViewerDialog
          source={{ kind: 'exhibit', caseId, exhibitId: viewing.exhibitId, copy: 'filed' }}
          initialPage={viewing.page}
          onClose={() => setViewing(null)}
        />
      ) : null}
    </div>
  );
}
