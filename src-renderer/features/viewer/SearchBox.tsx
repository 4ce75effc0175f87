import { forwardRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { viewerSearch, type ViewerHits } from '../../api/viewer.ts';
import { ViewerError } from './ViewerError.tsx';

/**
 * The search box: Enter (or Search) finds every hit in the text layer, Next and Previous move
 * between them (Enter again moves on, Shift+Enter back), and the count is announced.
 */
export const SearchBox = forwardRef<
  HTMLInputElement,
  {
    readonly sessionId: string;
    readonly current: number;
    readonly onHits: (hits: ViewerHits['hits']) => void;
    readonly onMove: (step: 1 | -1) => void;
  }
>(function SearchBox({ sessionId, current, onHits, onMove }, ref) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<{ query: string; result: ViewerHits | null; error: IpcError | null; busy: boolean }>({
    query: '',
    result: null,
    error: null,
    busy: false,
  });
  const count = state.result?.hits.length ?? 0;

  const submit = async (event: FormEvent<HTMLFormElement>, back = false) => {
    event.preventDefault();
    const wanted = query.trim();
    if (wanted === '') return;
    if (wanted === state.query && count > 0) {
      onMove(back ? -1 : 1);
      return;
    }
    setState({ query: wanted, result: null, error: null, busy: true });
    const result = await viewerSearch(sessionId, wanted);
    setState({ query: wanted, result: result.ok ? result.value : null, error: result.ok ? null : result.error, busy: false });
    onHits(result.ok ? result.value.hits : []);
  };

  return (
    <form className="viewer-search" role="search" onSubmit={(event) => void submit(event)}>
      <input
        ref={ref}
        type="search"
        className="input"
        aria-label={t('viewer.searchField')}
        placeholder={t('viewer.searchField')}
        value={query}
        maxLength={500}
        data-testid="viewer-search"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.shiftKey) {
            event.preventDefault();
            if (count > 0) onMove(-1);
          }
        }}
      />
      <button type="submit" className="button">
        {t('viewer.search')}
      </button>
      <button type="button" className="button" disabled={count === 0} aria-label={t('viewer.searchPrevious')} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="button" disabled={count === 0} aria-label={t('viewer.searchNext')} onClick={() => onMove(1)}>
        ↓
      </button>
      <span role="status" className="viewer-search-status" data-testid="viewer-search-status">
        {state.busy
          ? t('viewer.searching')
          : state.result === null
            ? ''
            : count === 0
              ? t('viewer.noHits', { query: state.query })
              : t('viewer.hitCount', { current: current + 1, count })}
        {state.result?.truncated === true ? ` ${t('viewer.truncated', { count })}` : ''}
      </span>
      <ViewerError error={state.error} source="view" />
    </form>
  );
});
