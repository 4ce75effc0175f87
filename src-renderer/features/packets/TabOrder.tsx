import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';

/** Moves the item at `from` to `to`, keeping the rest in order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined || to < 0 || to > items.length - 1) return [...items];
  next.splice(to, 0, item);
  return next;
}

/** The order of the tabs: drag an exhibit, or use Move up / Move down (or Alt+Arrow keys). */
export function TabOrder({ editor, draft }: { readonly editor: CaseEditor; readonly draft: Case }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<number | null>(null);
  const exhibits = draft.exhibits;

  const move = (from: number, to: number, focus: boolean) => {
    const exhibit = exhibits[from];
    if (!exhibit || to < 0 || to >= exhibits.length || to === from) return;
    editor.edit((d) => ({ ...d, exhibits: moveItem(d.exhibits, from, to) }));
    setAnnouncement(t('packets.moved', { title: exhibit.title, position: to + 1, count: exhibits.length }));
    if (focus) requestAnimationFrame(() => document.getElementById(`tab-item-${exhibit.id}`)?.focus());
  };

  const onKey = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, true);
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    if (dragged !== null) move(dragged, index, false);
    setDragged(null);
  };

  return (
    <section aria-labelledby="tab-order-title" className="stack">
      <h3 id="tab-order-title">{t('packets.orderTitle')}</h3>
      <p className="field-hint" id="tab-order-hint">
        {t('packets.orderHint')}
      </p>
      <ol className="packet-order" aria-describedby="tab-order-hint">
        {exhibits.map((exhibit, index) => (
          <li
            key={exhibit.id}
            id={`tab-item-${exhibit.id}`}
            tabIndex={0}
            draggable
            className={`packet-order-item${exhibit.partOf ? ' packet-order-sub' : ''}${dragged === index ? ' dragging' : ''}`}
            onKeyDown={(event) => onKey(event, index)}
            onDragStart={() => setDragged(index)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => onDrop(event, index)}
            onDragEnd={() => setDragged(null)}
            data-testid="tab-order-item"
          >
            <span className="packet-order-title">
              <span className="packet-order-number" aria-hidden="true">
                {index + 1}.
              </span>
              <bdi>{exhibit.title}</bdi>
            </span>
            <span className="packet-order-buttons">
              <button type="button" className="button button-small" disabled={index === 0} onClick={() => move(index, index - 1, false)}>
                {t('packets.moveUp')}
                <span className="visually-hidden">: {exhibit.title}</span>
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={index === exhibits.length - 1}
                onClick={() => move(index, index + 1, false)}
              >
                {t('packets.moveDown')}
                <span className="visually-hidden">: {exhibit.title}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="visually-hidden" data-testid="order-announcement">
        {announcement}
      </p>
    </section>
  );
}
