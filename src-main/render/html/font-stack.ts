import type { FontScript } from '../../core/lang/script.ts';
import { FONT_SCRIPTS, stackFamilies, type Typeface } from '../fonts/families.ts';

export type { Typeface };
export { FONT_SCRIPTS };

/** The CSS font-family list for text whose font group is `script` (see `stackFamilies`). */
export function fontStack(script: FontScript, typeface: Typeface = 'sans'): string {
  return stackFamilies(script, typeface)
    .map((family) => `'${family}'`)
    .join(', ');
}
