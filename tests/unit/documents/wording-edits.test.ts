import { describe, expect, it } from 'vitest';
import { caseSchema, type DocumentWording } from '../../../src-main/core/model/case.ts';
import { buildDocument, buildDocumentChecked } from '../../../src-main/documents/builders/build-document.ts';
import { DEFAULT_PAGE, type Block, type DossierDocument, type ParagraphBlock } from '../../../src-main/documents/model.ts';
import { collectText } from '../../../src-main/documents/text-walk.ts';
import {
  applicableWording,
  applyCaseWording,
  applyWordingEdits,
  editableParagraphs,
  wordingTarget,
} from '../../../src-main/documents/wording-edits.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';
import { counsel, load } from './builders/helpers.ts';

const doc = (blocks: readonly Block[]): DossierDocument => ({ meta: { title: 'Release plan', lang: 'en' }, page: DEFAULT_PAGE, blocks });
const para = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({ type: 'paragraph', runs: [{ text }], ...extra });
const texts = (d: DossierDocument): string[] => collectText(d).map((t) => t.text);

const sample = doc([
  { type: 'heading', level: 1, runs: [{ text: 'Release plan' }] },
  para('We ask for release.'),
  { type: 'paragraph', runs: [{ text: 'Ms. ' }, { text: 'Lai', bold: true }, { text: ' will live with her cousin.' }], align: 'justify' },
  { type: 'list', ordered: true, items: [{ blocks: [para('Condition 1: Reside at the approved address.')] }] },
  {
    type: 'table',
    headerRows: [],
    rows: [{ cells: [{ blocks: [para('Exhibit 1')] }, { blocks: [para('Letter of support')] }] }],
  },
]);

describe('applying a case’s wording', () => {
  it('lists each paragraph once, in reading order, runs joined, nested ones too, headings and empty ones left out', () => {
    const d = doc([...sample.blocks, para('We ask for release.'), para('   ')]);
    expect(editableParagraphs(d)).toEqual([
      'We ask for release.',
      'Ms. Lai will live with her cousin.',
      'Condition 1: Reside at the approved address.',
      'Exhibit 1',
      'Letter of support',
    ]);
  });

  it('replaces the paragraph whose text matches, as one run keeping its alignment, and leaves the rest alone', () => {
    const { doc: out, unmatched } = applyWordingEdits(sample, [
      { original: 'Ms. Lai will live with her cousin.', text: 'Ms. Lai will live with her cousin and his family.' },
    ]);
    expect(unmatched).toEqual([]);
    const block = out.blocks[2];
    expect(block).toEqual({ type: 'paragraph', align: 'justify', runs: [{ text: 'Ms. Lai will live with her cousin and his family.' }] });
    expect(out.blocks[1]).toBe(sample.blocks[1]);
    expect(out.blocks[0]).toBe(sample.blocks[0]);
  });

  it('applies two edits, inside a list and a table too, and keeps line breaks in one run', () => {
    const { doc: out, unmatched } = applyWordingEdits(sample, [
      { original: 'Condition 1: Reside at the approved address.', text: 'Condition 1: Reside at 14 Elmwood Crescent.' },
      { original: 'Letter of support', text: 'Letter of support\n(with translation)' },
    ]);
    expect(unmatched).toEqual([]);
    expect(texts(out)).toContain('Condition 1: Reside at 14 Elmwood Crescent.');
    expect(texts(out)).toContain('Letter of support\n(with translation)');
    expect(texts(out)).not.toContain('Condition 1: Reside at the approved address.');
  });

  it('keeps the paragraph’s language and direction, and the language its runs all share', () => {
    const persian = doc([
      para('x', {
        lang: 'fa',
        dir: 'rtl',
        align: 'end',
        runs: [
          { text: 'مریم ', lang: 'fa' },
          { text: 'احمدی', lang: 'fa', bold: true },
        ],
      }),
      para('y', { runs: [{ text: 'Name: ' }, { text: 'مریم', lang: 'fa' }] }),
    ]);
    const { doc: out } = applyWordingEdits(persian, [
      { original: 'مریم احمدی', text: 'مریم احمدی (موکل)' },
      { original: 'Name: مریم', text: 'Client: مریم' },
    ]);
    expect(out.blocks[0]).toEqual({
      type: 'paragraph',
      lang: 'fa',
      dir: 'rtl',
      align: 'end',
      runs: [{ lang: 'fa', text: 'مریم احمدی (موکل)' }],
    });
    // Runs in two languages: the new run carries none of its own (script tagging marks the Persian again).
    expect(out.blocks[1]).toEqual({ type: 'paragraph', runs: [{ text: 'Client: مریم' }] });
  });

  it('leaves a paragraph out when its edit is empty', () => {
    const { doc: out } = applyWordingEdits(sample, [{ original: 'We ask for release.', text: '  ' }]);
    expect(texts(out)).not.toContain('We ask for release.');
    expect(out.blocks).toHaveLength(sample.blocks.length - 1);
  });

  it('answers an edit whose original the document does not print, and the first edit of an original wins', () => {
    const { doc: out, unmatched } = applyWordingEdits(sample, [
      { original: 'A paragraph the case no longer prints.', text: 'Changed.' },
      { original: 'We ask for release.', text: 'First.' },
      { original: 'We ask for release.', text: 'Second.' },
    ]);
    expect(unmatched).toEqual([0]);
    expect(texts(out)).toContain('First.');
    expect(texts(out)).not.toContain('Second.');
  });
});

describe('the case’s wordings for one build', () => {
  const wordings: DocumentWording[] = [
    { kind: 'release-plan', lang: 'fr', edits: [{ original: 'We ask for release.', text: 'French edit.' }] },
    { kind: 'interpreter-notice', lang: 'en', edits: [{ original: 'We ask for release.', text: 'Notice edit.' }] },
    { kind: 'release-plan', lang: 'en', edits: [{ original: 'Gone.', text: 'Stale.' }] },
    { kind: 'bondsperson-declaration', lang: 'en', target: 'p-chan', edits: [{ original: 'We ask for release.', text: 'Chan.' }] },
    { kind: 'bondsperson-declaration', lang: 'en', edits: [{ original: 'We ask for release.', text: 'Anyone.' }] },
  ];

  it('ignores edits of another language or document, and warns of the edit this document no longer matches', () => {
    const { doc: out, warnings } = applyCaseWording(sample, { wordingEdits: wordings }, 'release-plan', 'en', undefined);
    expect(texts(out)).toContain('We ask for release.');
    expect(texts(out)).not.toContain('French edit.');
    expect(texts(out)).not.toContain('Notice edit.');
    expect(warnings).toEqual([
      {
        path: 'wordingEdits[2].edits[0]',
        code: 'wordingEditStale',
        params: { kind: 'release-plan', lang: 'en' },
        message: expect.stringContaining('An edited paragraph of the release plan (en) no longer matches') as string,
      },
    ]);
  });

  it('puts the edits for this very statement or bondsperson before those for every such document', () => {
    expect(applicableWording(wordings, 'bondsperson-declaration', 'en', 'p-chan').map((e) => e.index)).toEqual([3, 4]);
    expect(applicableWording(wordings, 'bondsperson-declaration', 'en', 'p-other').map((e) => e.index)).toEqual([4]);
    const chan = applyCaseWording(sample, { wordingEdits: wordings }, 'bondsperson-declaration', 'en', 'p-chan');
    expect(texts(chan.doc)).toContain('Chan.');
    expect(chan.warnings).toEqual([]);
    expect(texts(applyCaseWording(sample, { wordingEdits: wordings }, 'bondsperson-declaration', 'en', 'p-other').doc)).toContain(
      'Anyone.',
    );
  });

  it('takes the target from the statement or person a build is for, and none for a document the case has once', () => {
    expect(wordingTarget('bondsperson-declaration', { personId: 'p-chan', statementId: 's-1' })).toBe('p-chan');
    expect(wordingTarget('statement-translation', { statementId: 's-1' })).toBe('s-1');
    expect(wordingTarget('release-plan', { personId: 'p-chan' })).toBeUndefined();
  });
});

describe('every document build', () => {
  const lai = load('case1-lai');
  const store = createTemplateStore();
  const input = (wordingEdits: DocumentWording[]) => ({
    case: caseSchema.parse({ ...lai, wordingEdits }),
    counsel,
    lang: 'en' as const,
    today: '2026-03-17',
    templates: store.set('en'),
  });
  const condition = 'Condition 3: Appear for every examination, hearing and removal when required.';

  it('prints the case’s edit in the release plan, keeps names unbroken in it, and warns of a stale one', () => {
    // The release plan may become public: Case 1's pseudonym is the name it prints, and keeps whole.
    const edited = 'Condition 3: W.S.L. will appear for every examination, hearing and removal.';
    const { doc: out, warnings } = buildDocumentChecked(
      'release-plan',
      input([
        {
          kind: 'release-plan',
          lang: 'en',
          edits: [
            { original: condition, text: edited },
            { original: 'A paragraph from before the hearing moved.', text: 'Old.' },
          ],
        },
      ]),
    );
    const joined = texts(out).join('');
    expect(joined).toContain(edited);
    expect(joined).not.toContain(condition);
    expect(collectText(out).some((t) => t.text === 'W.S.L.')).toBe(true);
    expect(warnings.map((w) => w.path)).toEqual(['wordingEdits[0].edits[1]']);
  });

  it('finds an edited paragraph in the packet’s build, which cites exhibits by tab and page, by its words on its own', () => {
    const alone = editableParagraphs(buildDocument('release-plan', input([])));
    const assets = alone.find((p) => p.startsWith('Assets:'));
    if (assets === undefined) throw new Error('the release plan lists no assets');
    const exhibitRefs = new Map([['x-chan-bank', { tab: '6', page: 15, label: '15' }]]);
    const mine = 'Assets: savings of CAD 12,500, shown by his bank’s letter.';
    const wordings: DocumentWording[] = [{ kind: 'release-plan', lang: 'en', edits: [{ original: assets, text: mine }] }];
    // On its own the paragraph has no packet citation; in the packet it has one, and the edit still applies.
    expect(assets).not.toContain('Tab 6');
    expect(texts(buildDocument('release-plan', { ...input([]), exhibitRefs })).join('')).toContain('Tab 6, p. 15');
    const { doc: packed, warnings } = buildDocumentChecked('release-plan', { ...input(wordings), exhibitRefs });
    expect(texts(packed).join('')).toContain(mine);
    expect(warnings).toEqual([]);
  });

  it('leaves the template’s wording when asked, and other documents and languages untouched', () => {
    const wordings: DocumentWording[] = [{ kind: 'release-plan', lang: 'en', edits: [{ original: condition, text: 'Edited.' }] }];
    expect(texts(buildDocument('release-plan', input(wordings), { wording: false })).join('')).toContain(condition);
    expect(texts(buildDocument('release-plan', { ...input(wordings), lang: 'fr', templates: store.set('fr') })).join('')).not.toContain(
      'Edited.',
    );
    expect(editableParagraphs(buildDocument('release-plan', input([])))).toContain(condition);
  });
});
