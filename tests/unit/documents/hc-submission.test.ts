import { describe, expect, it } from 'vitest';
import type { Case, HcFactor } from '../../../src-main/core/model/case.ts';
import { detentionDocumentKinds, hcDocumentKinds } from '../../../src-main/documents/builders/document-types.ts';
import type { ExhibitRefs } from '../../../src-main/documents/builders/exhibit-cite.ts';
import { statuteCitation } from '../../../src-main/documents/builders/hc-cite.ts';
import type { Block, HeadingBlock, ListBlock, ParagraphBlock, TextRun } from '../../../src-main/documents/model.ts';
import { caught } from '../../helpers/errors.ts';
import { blocksText, build, load, text } from './builders/helpers.ts';

const srisuk = load('case2-srisuk');
/** The letter is dated the day the application went in (domain facts §10, Case 2). */
const FILED = '2026-06-15';
const NBSP = '\u00A0';

const runsText = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');
const headings = (blocks: readonly Block[], level: HeadingBlock['level']): string[] =>
  blocks.filter((b): b is HeadingBlock => b.type === 'heading' && b.level === level).map((b) => runsText(b.runs));
/** The blocks between a level-2 heading and the next one. */
function section(blocks: readonly Block[], title: string): Block[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.level === 2 && runsText(b.runs) === title);
  expect(start, `section "${title}"`).toBeGreaterThanOrEqual(0);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'heading' && b.level === 2);
  return end < 0 ? rest : rest.slice(0, end);
}
const paragraphs = (blocks: readonly Block[]): string[] =>
  blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => runsText(b.runs));
const bullets = (blocks: readonly Block[]): string[] =>
  blocks
    .filter((b): b is ListBlock => b.type === 'list')
    .flatMap((l) => l.items.map((item) => item.blocks.map((b) => (b.type === 'paragraph' ? runsText(b.runs) : '')).join('')));
const colons = (s: string): string => s.replaceAll(`${NBSP}:`, ' :');

const withHc = (c: Case, patch: Partial<Case['hc']>): Case => ({ ...c, hc: { ...c.hc, ...patch } });
const factor = (kind: HcFactor['kind'], narrative: string, exhibitIds: string[] = [], reliedOn = true): HcFactor => ({
  kind,
  reliedOn,
  narrative,
  exhibitIds,
});
const letter = (c: Case, as: Parameters<typeof build>[2] = {}) => build(c, 'hc-submission', { today: FILED, ...as });

/** Packet pages as a Bates-style packet stamps them. */
const bates = (n: number): string => `APP-${String(n).padStart(6, '0')}`;

describe('H&C submission letter', () => {
  it('opens with the request under IRPA s.25(1), the names in their script, the file numbers and the global assessment', () => {
    const en = text(srisuk, 'hc-submission', { today: FILED });
    for (const s of [
      'Applicant: SRISUK Kanokwan (กนกวรรณ ศรีสุข)',
      'Date of birth: August 12, 1988',
      'UCI: 1122-3344',
      'Other files: Federal Court file no.\u00a0IMM-9876-25',
      'June 15, 2026',
      'Immigration, Refugees and Citizenship Canada',
      'subsection 25(1) of the Immigration and Refugee Protection Act',
      'Kanthasamy v. Canada (Citizenship and Immigration), 2015 SCC 61',
      'Baker v. Canada (Minister of Citizenship and Immigration), [1999] 2 SCR 817',
      'the best interests of any child directly affected: here, SRISUK-DUNN Mali.',
    ])
      expect(en).toContain(s);
    // The UCI is not repeated among the other file numbers of the body; the running header names both.
    expect(blocksText(letter(srisuk).blocks).match(/1122-3344/gu)).toHaveLength(1);
    expect(letter(srisuk).page.header?.center).toBe('UCI\u00a01122-3344 · Federal Court file no.\u00a0IMM-9876-25');
    const fr = colons(text(srisuk, 'hc-submission', { today: FILED, lang: 'fr' }));
    for (const s of [
      'Partie demanderesse : SRISUK Kanokwan (กนกวรรณ ศรีสุข)',
      'IUC : 1122-3344',
      '2015 CSC 61',
      '[1999] 2 RCS 817',
      'LIPR, par. 25(1)',
    ])
      expect(fr).toContain(s);
  });

  it('gives each factor relied on its own section in the case’s order, and never names a factor not relied on', () => {
    const c = withHc(srisuk, {
      factors: [
        factor('HARDSHIP', 'Hardship narrative.'),
        factor('HEALTH', 'A health narrative counsel decided not to rely on.', ['x-psych-report'], false),
        factor('ESTABLISHMENT', 'Establishment narrative.', ['x-employer-letter']),
        factor('FAMILY_VIOLENCE', 'Another factor not relied on.', [], false),
      ],
    });
    const doc = letter(c);
    const sections = headings(doc.blocks, 2);
    expect(sections.filter((h) => !['Introduction', 'Admissibility of the request'].includes(h)).slice(0, 2)).toEqual([
      'Hardship on return',
      'Establishment in Canada',
    ]);
    const all = blocksText(doc.blocks);
    expect(all).not.toContain('Health considerations');
    expect(all).not.toContain('Family violence');
    expect(all).not.toContain('decided not to rely on');
    expect(all).not.toContain('Another factor not relied on');
    expect(bullets(section(doc.blocks, 'Introduction'))).toEqual(['Hardship on return', 'Establishment in Canada']);
    expect(paragraphs(section(doc.blocks, 'Establishment in Canada'))).toContain('Establishment narrative.');
    // The child's case law sits in the child's section only, the s.25(1.3) point in the hardship section.
    expect(blocksText(section(doc.blocks, 'Hardship on return'))).toContain('subsection 25(1.3)');
    expect(all).not.toContain('alert, alive and sensitive');
    expect(blocksText(section(letter(srisuk).blocks, 'Best interests of the child'))).toContain('“alert, alive and sensitive”');
  });

  it('refuses to print without a factor relied on, naming the field', () => {
    const none = withHc(srisuk, { factors: srisuk.hc.factors.map((f) => ({ ...f, reliedOn: false })) });
    const error = caught(() => letter(none));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues[0]?.path).toBe('hc.factors');
  });

  it('prints a long narrative whole, one paragraph per blank-line-separated block', () => {
    const parts = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}. ${'Work, savings and community ties. '.repeat(70)}`.trim());
    // Blank lines of several kinds, a line break kept inside a paragraph, Windows line endings.
    const narrative = parts.map((p, i) => (i === 3 ? `${p}\nsecond line` : p)).join('\n\n');
    const long = `${narrative.replace('\n\nParagraph 8.', '\r\n \r\nParagraph 8.')}\n\n\n`;
    expect(long.length).toBeGreaterThan(95_000);
    expect(long.length).toBeLessThanOrEqual(100_000);
    const doc = letter(withHc(srisuk, { factors: [factor('ESTABLISHMENT', long, ['x-employer-letter'])] }));
    const printed = paragraphs(section(doc.blocks, 'Establishment in Canada'));
    const expected = parts.map((p, i) => (i === 3 ? `${p}\nsecond line` : p));
    expect(printed.slice(0, expected.length)).toEqual(expected);
  });

  it('cites the evidence by title on its own, and by tab and packet pages inside a packet', () => {
    const alone = section(letter(srisuk).blocks, 'Establishment in Canada');
    expect(bullets(alone)).toEqual(['Employer letter, nail salon', 'Notices of assessment 2022–2025']);

    // The employer letter sits behind a divider at APP-000011; its own pages are 12 to 15.
    const refs: ExhibitRefs = new Map([
      ['x-employer-letter', { tab: '4', page: 11, lastPage: 15, pages: 4, label: bates(11), pageLabel: bates }],
      ['x-school-letter', { tab: '7', page: 30, pages: 2 }],
    ]);
    const packet = letter(srisuk, { exhibitRefs: refs });
    expect(bullets(section(packet.blocks, 'Establishment in Canada'))).toEqual([
      'Employer letter, nail salon (Tab 4, pp. APP-000012–APP-000015)',
      'Notices of assessment 2022–2025 (not in this packet)',
    ]);
    expect(bullets(section(packet.blocks, 'Best interests of the child'))).toContain("Letter from Mali's school (Tab 7, pp. 30–31)");
    const fr = build(srisuk, 'hc-submission', { today: FILED, lang: 'fr', exhibitRefs: refs });
    expect(bullets(section(fr.blocks, 'Établissement au Canada'))).toEqual([
      'Employer letter, nail salon (Onglet 4, p. APP-000012–APP-000015)',
      'Notices of assessment 2022–2025 (absente de ce recueil)',
    ]);
  });

  it('never names an exhibit no longer in the case', () => {
    const c = withHc(srisuk, { factors: [factor('ESTABLISHMENT', 'Work.', ['x-gone', 'x-noa'])] });
    expect(bullets(section(letter(c).blocks, 'Establishment in Canada'))).toEqual(['Notices of assessment 2022–2025']);
  });

  it('addresses the 12-month bar with its last day and the exception that lifts it, with their citations', () => {
    const doc = letter(srisuk);
    const bar = blocksText(section(doc.blocks, 'Admissibility of the request'));
    expect(bar).toContain("the Federal Court's refusal of leave for judicial review, on January 20, 2026");
    expect(bar).toContain('(IRPA s.25(1.2)(c))');
    expect(bar).toContain('that period ends on January 20, 2027');
    expect(bar).toContain('That bar does not apply to this request. The applicant claims the exception in IRPA s.25(1.21)(b)');
    // Nothing about the checks that are clear, nor about a stay of removal.
    expect(bar).not.toMatch(/pending/u);
    const all = blocksText(doc.blocks);
    expect(all).not.toMatch(/233|stay/u);
    expect(all).not.toMatch(/temporary resident permit|24\(4\)|101\(1\)/u);

    const fr = colons(blocksText(section(letter(srisuk, { lang: 'fr' }).blocks, 'Recevabilité de la demande')));
    expect(fr).toContain('(LIPR, al. 25(1.2)c))');
    expect(fr).toContain('ce délai prend fin le 20 janvier 2027');
    expect(fr).toContain("l'exception prévue (LIPR, al. 25(1.21)b))");
  });

  it('says when the request can be made if no exception is claimed, and says nothing once the bar has run', () => {
    const noException = blocksText(section(letter(withHc(srisuk, { exceptions: [] })).blocks, 'Admissibility of the request'));
    expect(noException).toContain('No exception to that bar is claimed: the request can be examined from January 21, 2027.');
    const later = letter(srisuk, { today: '2027-01-21' });
    expect(headings(later.blocks, 2)).not.toContain('Admissibility of the request');
    const pending = blocksText(section(letter(withHc(srisuk, { pendingHc: true })).blocks, 'Admissibility of the request'));
    expect(pending).toContain('Another request by the applicant on humanitarian and compassionate grounds is pending');
    expect(pending).toContain('(IRPA s.25(1.2)(a))');
  });

  it('sets out each exception claimed with the child, the narrative and the evidence', () => {
    const doc = letter(srisuk);
    const part = section(doc.blocks, 'Exception to the 12-month bar (IRPA s.25(1.21))');
    expect(headings(part, 3)).toEqual(['Best interests of a directly affected child — IRPA s.25(1.21)(b)']);
    expect(paragraphs(part)).toContain('Child directly affected: SRISUK-DUNN Mali.');
    expect(paragraphs(part).some((p) => p.startsWith('Mali, six, a Canadian citizen in Grade 1'))).toBe(true);
    expect(bullets(part)).toEqual(["Letter from Mali's school", "Child psychologist's report"]);
    expect(headings(letter(withHc(srisuk, { exceptions: [] })).blocks, 2)).not.toContain('Exception to the 12-month bar (IRPA s.25(1.21))');
  });

  it('points to the index of letters of support with their count', () => {
    const six = paragraphs(section(letter(srisuk).blocks, 'Letters of support'));
    expect(six[0]).toMatch(/^The application includes 6 letters of support\. They are listed in the index of letters of support/u);
    // A letter in Thai has no translation yet: the letter does not claim the translations are filed.
    expect(six.join(' ')).not.toContain('translation');
    const translated = withHc(srisuk, { letters: srisuk.hc.letters.map((l) => (l.lang === 'th' ? { ...l, translated: true } : l)) });
    expect(paragraphs(section(letter(translated).blocks, 'Letters of support')).join(' ')).toContain(
      'filed with their English or French translation',
    );
    const first = srisuk.hc.letters[0];
    expect(first).toBeDefined();
    const one = withHc(srisuk, { letters: first ? [first] : [] });
    expect(paragraphs(section(letter(one).blocks, 'Letters of support'))[0]).toMatch(/^The application includes one letter of support\./u);
    expect(headings(letter(withHc(srisuk, { letters: [] })).blocks, 2)).not.toContain('Letters of support');
    expect(colons(blocksText(section(letter(srisuk, { lang: 'fr' }).blocks, "Lettres d'appui")))).toContain(
      "La demande comprend 6 lettres d'appui.",
    );
  });

  it('closes with the forms of the application and the signature', () => {
    const c = withHc(srisuk, {
      forms: [
        { code: 'IMM5283', status: 'done', note: '' },
        { code: 'IMM0008', status: 'done', note: '' },
      ],
    });
    const end = section(letter(c).blocks, 'Conclusion');
    expect(bullets(end)).toEqual([
      'IMM 5283, Supplementary Information – Humanitarian and Compassionate Considerations',
      'IMM 0008, Generic Application Form for Canada',
    ]);
    expect(blocksText(end)).toContain('Adaeze Okafor');
    const fr = section(letter(c, { lang: 'fr' }).blocks, 'Conclusion');
    expect(bullets(fr)).toEqual([
      "IMM 5283, Renseignements supplémentaires – Considérations d'ordre humanitaire",
      'IMM 0008, Formulaire de demande générique pour le Canada',
    ]);
  });

  it('is an H&C document: it needs no detention', () => {
    expect(srisuk.detention.episodes).toHaveLength(0);
    for (const kind of hcDocumentKinds) expect(detentionDocumentKinds).not.toContain(kind);
    expect(letter(srisuk).blocks.length).toBeGreaterThan(20);
  });
});

describe('statute citations in the language of the document', () => {
  it('writes the pinpoint as each language does and drops the rule data’s explanations', () => {
    const c = (instrument: 'IRPA' | 'IRPR' | 'IRCC-GUIDE', pinpoint: string) => ({ instrument, pinpoint });
    expect(statuteCitation(c('IRPA', 's.25(1.2)(c); months counted under IA s.28'), 'en')).toBe('IRPA s.25(1.2)(c)');
    expect(statuteCitation(c('IRPA', 's.25(1.2)(c); months counted under IA s.28'), 'fr')).toBe('LIPR, al. 25(1.2)c)');
    expect(statuteCitation(c('IRPA', 's.25(1.21)(b)'), 'fr')).toBe('LIPR, al. 25(1.21)b)');
    expect(statuteCitation(c('IRPA', 's.101(1)(b.1)'), 'fr')).toBe('LIPR, al. 101(1)b.1)');
    expect(statuteCitation(c('IRPA', 's.25(1)'), 'fr')).toBe('LIPR, par. 25(1)');
    expect(statuteCitation(c('IRPR', 's.233'), 'fr')).toBe('RIPR, art. 233');
    expect(statuteCitation(c('IRCC-GUIDE', 'Guide 5291'), 'fr')).toBe('IRCC, Guide 5291');
  });
});
