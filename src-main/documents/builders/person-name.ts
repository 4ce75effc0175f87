import type { Person } from '../../core/model/case.ts';

/** "CHAN Kwok-wai (陳國偉)": family name in capitals, then the name in its own script. */
export function personName(p: Pick<Person, 'familyName' | 'givenNames' | 'namesInScript'>): string {
  const latin = [p.familyName.toLocaleUpperCase('und'), p.givenNames].filter((s) => s.trim() !== '').join(' ');
  const inScript = p.namesInScript[0]?.value;
  return latin && inScript ? `${latin} (${inScript})` : latin || inScript || '';
}
