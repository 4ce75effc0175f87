import type { ReactNode } from 'react';
import type { DocumentKind } from '../../api/document-output.ts';
import type { RequestOptions } from './kinds.ts';

/**
 * What the Documents tab hands a per-case wording editor placed in its wording slot: the
 * document being previewed, and `onChanged`, which builds the preview again once the wording
 * is saved.
 */
export interface WordingSlotProps {
  readonly caseId: string;
  readonly kind: DocumentKind;
  readonly lang: 'en' | 'fr';
  readonly target?: RequestOptions | undefined;
  readonly onChanged: () => void;
}

/** Renders the wording editor for the document shown; the tab shows nothing in the slot without one. */
export type WordingSlot = (props: WordingSlotProps) => ReactNode;
