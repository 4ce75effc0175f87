import type { ReactNode } from 'react';
import { ltrSegments } from '../../../src-main/core/lang/bidi.ts';

/**
 * Right-to-left text for reading, its left-to-right stretches isolated by the rule the documents
 * print with; other text as it is.
 */
export function Isolated({ text, dir }: { readonly text: string; readonly dir: 'ltr' | 'rtl' }): ReactNode {
  if (dir !== 'rtl') return text;
  return ltrSegments(text).map((segment, i) =>
    segment.ltr ? (
      <span key={i} dir="ltr">
        {segment.text}
      </span>
    ) : (
      segment.text
    ),
  );
}
