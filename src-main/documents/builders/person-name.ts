import type { Person } from '../../core/model/case.ts';
import { displayName } from '../../core/names.ts';

/** "CHAN Kwok-wai (陳國偉)": family name in capitals, then the name in its own script. */
export function personName(p: Pick<Person, 'familyName' | 'givenNames' | 'namesInScript'>): string {
  return displayName(p);
}
