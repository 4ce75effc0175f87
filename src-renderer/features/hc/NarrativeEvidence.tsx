import type { Exhibit } from '../../../src-main/core/model/case.ts';
import type { ErrorAt } from '../../case-edit/fields.ts';
import { ExhibitLinks } from '../../components/ExhibitPicker.tsx';
import { NarrativeField } from './NarrativeField.tsx';
import { anchorId } from './paths.ts';

export interface NarrativeEvidenceProps {
  /** The item's field path (`hc.factors.2`): its narrative and exhibits are anchored under it. */
  readonly path: string;
  readonly item: { readonly narrative: string; readonly exhibitIds: readonly string[] };
  readonly onChange: (change: { readonly narrative: string } | { readonly exhibitIds: string[] }) => void;
  readonly narrativeLabel: string;
  readonly narrativeHint?: string | undefined;
  readonly exhibitsLegend: string;
  readonly exhibits: readonly Exhibit[];
  /** Problems under the item (`narrative`, `exhibitIds`). */
  readonly errorAt: ErrorAt;
}

/** What an argued point of the application holds: its narrative, and the exhibits that prove it. */
export function NarrativeEvidence({ path, item, onChange, exhibits, errorAt, ...text }: NarrativeEvidenceProps) {
  return (
    <>
      <NarrativeField
        id={anchorId(`${path}.narrative`)}
        label={text.narrativeLabel}
        hint={text.narrativeHint}
        value={item.narrative}
        onChange={(narrative) => onChange({ narrative })}
        error={errorAt('narrative')}
      />
      <div id={anchorId(`${path}.exhibitIds`)}>
        <ExhibitLinks
          legend={text.exhibitsLegend}
          exhibits={exhibits}
          linked={item.exhibitIds}
          onChange={(exhibitIds) => onChange({ exhibitIds })}
          error={errorAt('exhibitIds')}
        />
      </div>
    </>
  );
}
