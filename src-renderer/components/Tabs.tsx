import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs as AriaTabs, type Key } from 'react-aria-components';
import './Tabs.css';

interface TabsProps<T extends string> {
  readonly tabs: readonly T[];
  readonly selected: T;
  /** Accessible name of the tab list. */
  readonly label: string;
  readonly labelFor: (id: T) => string;
  readonly onSelect: (id: T) => void;
  /** The selected tab's panel. */
  readonly children: ReactNode;
}

/**
 * WAI-ARIA tabs (React Aria) with roving focus: arrows move and select, Home and End jump, only
 * the selected tab is in the tab order; the panel is a tab stop only when it holds no control.
 */
export function Tabs<T extends string>({ tabs, selected, label, labelFor, onSelect, children }: TabsProps<T>) {
  const select = (key: Key | null) => {
    const next = tabs.find((id) => id === key);
    if (next !== undefined) onSelect(next);
  };
  return (
    <AriaTabs selectedKey={selected} onSelectionChange={select}>
      <TabList className="tablist" aria-label={label}>
        {tabs.map((id) => (
          <Tab key={id} id={id} className="tab">
            {labelFor(id)}
          </Tab>
        ))}
      </TabList>
      <TabPanel key={selected} id={selected} className="tabpanel">
        {children}
      </TabPanel>
    </AriaTabs>
  );
}
