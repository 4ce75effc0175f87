import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, GridList, GridListItem, useDragAndDrop, type DroppableCollectionReorderEvent } from 'react-aria-components';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { dropIndex, moveItem } from './order.ts';
import './TabOrder.css';

/**
 * The order of the tabs (a React Aria grid list): drag an exhibit with the mouse or, from its
 * drag handle, with the keyboard; or use Move up / Move down, or Alt+Arrow keys on an exhibit.
 */
export function TabOrder({ editor, draft }: { readonly editor: CaseEditor; readonly draft: Case }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const exhibits = draft.exhibits;
  const indexOf = (id: unknown) => exhibits.findIndex((exhibit) => exhibit.id === id);

  const move = (from: number, to: number, focus: boolean) => {
    const exhibit = exhibits[from];
    if (!exhibit || to < 0 || to >= exhibits.length || to === from) return;
    editor.edit((d) => ({ ...d, exhibits: moveItem(d.exhibits, from, to) }));
    setAnnouncement(t('packets.moved', { title: exhibit.title, position: to + 1, count: exhibits.length }));
    if (focus)
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.packet-order [data-key="${CSS.escape(exhibit.id)}"]`)?.focus());
  };

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': exhibits[indexOf(key)]?.title ?? '' })),
    onReorder: (event: DroppableCollectionReorderEvent) => {
      const from = indexOf([...event.keys][0]);
      const target = indexOf(event.target.key);
      if (from >= 0 && target >= 0) move(from, dropIndex(from, target, event.target.dropPosition), false);
    },
  });

  // Alt+Arrow moves the focused exhibit; it is caught before the list's own arrow navigation.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (!(event.target instanceof HTMLElement)) return;
    const index = indexOf(event.target.closest<HTMLElement>('[data-key]')?.dataset['key']);
    if (index < 0) return;
    event.preventDefault();
    event.stopPropagation();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, true);
  };

  return (
    <section aria-labelledby="packet-order-title" className="stack">
      <h3 id="packet-order-title">{t('packets.orderTitle')}</h3>
      <p className="field-hint" id="packet-order-hint">
        {t('packets.orderHint')}
      </p>
      <div onKeyDownCapture={onKeyDownCapture}>
        <GridList
          aria-labelledby="packet-order-title"
          aria-describedby="packet-order-hint"
          className="packet-order"
          dragAndDropHooks={dragAndDropHooks}
        >
          {exhibits.map((exhibit, index) => (
            <GridListItem
              key={exhibit.id}
              id={exhibit.id}
              textValue={exhibit.title}
              className={`packet-order-item${exhibit.partOf ? ' packet-order-sub' : ''}`}
              data-testid="tab-order-item"
            >
              <span className="packet-order-title">
                <Button slot="drag" className="packet-order-handle">
                  <span aria-hidden="true">⠿</span>
                </Button>
                <span className="packet-order-number" aria-hidden="true">
                  {index + 1}.
                </span>
                <bdi>{exhibit.title}</bdi>
              </span>
              <span className="packet-order-buttons">
                <Button className="button button-small" isDisabled={index === 0} onPress={() => move(index, index - 1, false)}>
                  {t('packets.moveUp')}
                  <span className="visually-hidden">: {exhibit.title}</span>
                </Button>
                <Button
                  className="button button-small"
                  isDisabled={index === exhibits.length - 1}
                  onPress={() => move(index, index + 1, false)}
                >
                  {t('packets.moveDown')}
                  <span className="visually-hidden">: {exhibit.title}</span>
                </Button>
              </span>
            </GridListItem>
          ))}
        </GridList>
      </div>
      <p aria-live="polite" className="visually-hidden" data-testid="order-announcement">
        {announcement}
      </p>
    </section>
  );
}
