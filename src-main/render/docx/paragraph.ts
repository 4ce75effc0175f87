import { AlignmentType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { ParagraphBlock } from '../../documents/model.ts';
import { runLanguage, type Scope } from './language.ts';
import { runProperties, type RunStyle } from './runs.ts';

type Align = NonNullable<ParagraphBlock['align']>;

/**
 * w:jc for a model alignment. docx writes LEFT/RIGHT as the sides of the page (it swaps them in a
 * bidi paragraph, as Word reads them there); 'start' needs nothing, since a paragraph starts on
 * its own side.
 */
function alignment(align: Align | undefined, scope: Scope): IParagraphOptions['alignment'] {
  switch (align) {
    case undefined:
    case 'start':
      return undefined;
    case 'end':
      return scope.dir === 'rtl' ? AlignmentType.LEFT : AlignmentType.RIGHT;
    case 'center':
      return AlignmentType.CENTER;
    case 'justify':
      return AlignmentType.JUSTIFIED;
  }
}

/**
 * Properties every paragraph gets from its scope: w:bidi on right-to-left paragraphs, and the
 * paragraph mark's language and fonts, which Word uses for an empty paragraph and which the
 * package step reads to turn East Asian autospace off for Korean (see package.ts).
 */
export function paragraphProps(scope: Scope, style: RunStyle, align?: Align): IParagraphOptions {
  const jc = alignment(align, scope);
  return {
    // No first or last line of a paragraph alone on a page (Word's widow and orphan control).
    widowControl: true,
    ...(scope.dir === 'rtl' ? { bidirectional: true } : {}),
    ...(jc === undefined ? {} : { alignment: jc }),
    run: { ...runProperties(scope, '', style), language: runLanguage(scope.lang) },
  };
}

export function paragraph(
  scope: Scope,
  style: RunStyle,
  children: readonly ParagraphChild[],
  extra: IParagraphOptions = {},
  align?: Align,
): Paragraph {
  return new Paragraph({ ...paragraphProps(scope, style, align), ...extra, children });
}
