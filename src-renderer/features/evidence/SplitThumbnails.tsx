import { useTranslation } from 'react-i18next';

export interface SplitThumbnailsProps {
  readonly pages: number;
  /** Page number → data: URL, for the pages loaded so far. */
  readonly images: ReadonlyMap<number, string>;
  /** Pages that start an exhibit. */
  readonly starts: ReadonlySet<number>;
  readonly onToggle: (page: number) => void;
}

/**
 * The disclosure's pages as small images; each is a toggle button (Tab, then Enter or Space):
 * pressed, a new exhibit starts on that page.
 */
export function SplitThumbnails({ pages, images, starts, onToggle }: SplitThumbnailsProps) {
  const { t } = useTranslation();
  return (
    <ol className="split-thumbnails" aria-label={t('evidence.splitPagesLabel')} data-testid="split-thumbnails">
      {Array.from({ length: pages }, (_, i) => i + 1).map((page) => {
        const starting = starts.has(page);
        const image = images.get(page);
        return (
          <li key={page}>
            <button
              type="button"
              className={`split-thumbnail${starting ? ' split-thumbnail-start' : ''}`}
              aria-pressed={starting}
              onClick={() => onToggle(page)}
              aria-label={t('evidence.splitStartHere', { page })}
            >
              {image === undefined ? <span className="split-thumbnail-blank" /> : <img src={image} alt="" />}
              <span className="split-thumbnail-number" aria-hidden="true">
                {starting ? '✂ ' : ''}
                {page}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
