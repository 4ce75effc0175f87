import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionMarkDto, ViewArea } from '../../api/redaction.ts';

export interface PageViewProps {
  /** The page image (a data: URL rendered by the main process), or null while it loads. */
  readonly src: string | null;
  readonly page: number;
  readonly marks: readonly RedactionMarkDto[];
  /** Marks already applied (drawn apart from those under review). */
  readonly applied: readonly RedactionMarkDto[];
  /** Width over height of the page as shown. */
  readonly aspect: number;
  readonly onDraw: (area: ViewArea) => void;
  readonly disabled: boolean;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/** One page with its marks over it; dragging the mouse over it draws a new area (the keyboard has the area fields beside it). */
export function PageView({ src, page, marks, applied, aspect, onDraw, disabled }: PageViewProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  const [drag, setDrag] = useState<ViewArea | null>(null);

  const at = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: clamp((event.clientX - rect.left) / rect.width), y: clamp((event.clientY - rect.top) / rect.height) };
  };
  const areaFrom = (a: { x: number; y: number }, b: { x: number; y: number }): ViewArea => ({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  });
  const style = (v: ViewArea) => ({
    left: `${v.x * 100}%`,
    top: `${v.y * 100}%`,
    width: `${v.width * 100}%`,
    height: `${v.height * 100}%`,
  });

  return (
    <div
      ref={box}
      className="redaction-page"
      style={{ aspectRatio: String(aspect), width: `min(100%, calc(70vh * ${aspect}))` }}
      data-testid="redaction-page"
      onPointerDown={(event) => {
        if (disabled || event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        const p = at(event);
        setStart(p);
        setDrag(areaFrom(p, p));
      }}
      onPointerMove={(event) => {
        if (start) setDrag(areaFrom(start, at(event)));
      }}
      onPointerUp={(event) => {
        if (!start) return;
        const area = areaFrom(start, at(event));
        setStart(null);
        setDrag(null);
        if (area.width > 0.005 && area.height > 0.005) onDraw(area);
      }}
    >
      {src ? (
        <img src={src} alt={t('redaction.pageImage', { page })} draggable={false} />
      ) : (
        <p className="redaction-loading">{t('redaction.loadingPage')}</p>
      )}
      {applied.map((m) => (
        <span key={`applied-${m.id}`} className="redaction-mark redaction-mark-applied" style={style(m.view)} aria-hidden="true" />
      ))}
      {marks.map((m) => (
        <span key={m.id} className="redaction-mark" style={style(m.view)} aria-hidden="true" data-testid="redaction-mark" />
      ))}
      {drag ? <span className="redaction-mark redaction-mark-drawing" style={style(drag)} aria-hidden="true" /> : null}
    </div>
  );
}
