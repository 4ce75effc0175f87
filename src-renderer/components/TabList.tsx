import { useRef, type KeyboardEvent } from 'react';
import './TabList.css';

interface TabListProps<T extends string> {
  readonly tabs: readonly T[];
  readonly selected: T;
  /** Accessible name of the tab list. */
  readonly label: string;
  /** Tab ids are `${idPrefix}tab-${id}`, their panels `${idPrefix}panel-${id}`. */
  readonly idPrefix: string;
  readonly labelFor: (id: T) => string;
  readonly onSelect: (id: T) => void;
}

/** WAI-ARIA tabs with roving focus: arrows move and select, Home and End jump, only the selected tab is in the tab order. */
export function TabList<T extends string>({ tabs, selected, label, idPrefix, labelFor, onSelect }: TabListProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (next === undefined) return;
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="tablist" role="tablist" aria-label={label}>
      {tabs.map((id, index) => (
        <button
          key={id}
          ref={(el) => {
            if (el) refs.current.set(id, el);
            else refs.current.delete(id);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}tab-${id}`}
          aria-selected={selected === id}
          aria-controls={selected === id ? `${idPrefix}panel-${id}` : undefined}
          tabIndex={selected === id ? 0 : -1}
          className="tab"
          onClick={() => onSelect(id)}
          onKeyDown={(event) => onKey(event, index)}
        >
          {labelFor(id)}
        </button>
      ))}
    </div>
  );
}
