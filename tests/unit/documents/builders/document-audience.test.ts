import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { realNameForms } from '../../../../src-main/core/names.ts';
import { documentAudience, isPossiblyPublic } from '../../../../src-main/documents/builders/document-audience.ts';
import { documentKinds, type DocumentKind } from '../../../../src-main/documents/builders/document-types.ts';
import { realNameFormsIn } from '../../../../src-main/packet/report/real-name.ts';
import { build, load, textOf, withoutPseudonym } from './helpers.ts';

const lai = load('case1-lai');
const forms = realNameForms(lai.client);
const inForum = (c: Case, forum: Case['matter']['forum']): Case => ({ ...c, matter: { ...c.matter, forum } });
const found = (c: Case, kind: DocumentKind) => {
  const doc = build(c, kind);
  return realNameFormsIn(`${doc.meta.title}\n${textOf(doc)}`, forms);
};

describe('which documents may become public', () => {
  it('marks every document kind, and only tribunal filings as possibly public', () => {
    expect(Object.keys(documentAudience).sort()).toEqual([...documentKinds].sort());
    expect(isPossiblyPublic('release-plan', 'IRB-ID')).toBe(true);
    expect(isPossiblyPublic('statement-bilingual', 'IRB-RPD')).toBe(true);
    expect(isPossiblyPublic('client-prep-sheet', 'IRB-ID')).toBe(false);
    expect(isPossiblyPublic('translation-certificate', 'IRB-ID')).toBe(false);
    expect(isPossiblyPublic('letter', 'IRCC')).toBe(false);
    expect(isPossiblyPublic('letter', 'CBSA')).toBe(false);
  });
});

describe('the pseudonym in the documents', () => {
  it('names the client by the pseudonym, in the text and the title, in every possibly-public document of Case 1', () => {
    for (const kind of ['letter', 'release-plan', 'bondsperson-declaration', 'timeline'] as const) {
      const doc = build(lai, kind);
      expect(realNameFormsIn(doc.meta.title, forms), kind).toEqual([]);
      expect(textOf(doc), kind).toContain('W.S.L.');
      // What is left is counsel's own typing ("Ms. Lai"), printed as typed; the build report lists it.
      const left = textOf(doc)
        .split('\n')
        .filter((line) => realNameFormsIn(line, forms).length > 0);
      for (const line of left) {
        expect(realNameFormsIn(line, forms), line).toEqual(['family']);
        expect(line).toMatch(/\bMs\. Lai\b/u);
      }
    }
    expect(build(lai, 'release-plan').meta.title).toBe('Release plan — W.S.L.');
    expect(build(lai, 'release-plan', { lang: 'fr' }).meta.title).toContain('W.S.L.');
  });

  it('keeps the real name in the prep sheet, which stays between counsel and client', () => {
    expect(found(lai, 'client-prep-sheet')).toEqual(expect.arrayContaining(['full', 'family', 'given', 'script']));
  });

  it('keeps the real name before IRCC or the CBSA, where nothing filed becomes public', () => {
    expect(found(inForum(lai, 'IRCC'), 'letter')).toContain('script');
    expect(found(inForum(lai, 'CBSA'), 'letter')).toContain('full');
  });

  it('uses the pseudonym whatever the privacy of the proceeding, and only when one is set', () => {
    const privateHearing: Case = { ...lai, matter: { ...lai.matter, privacy: 'private-166c1' } };
    expect(found(privateHearing, 'release-plan')).toEqual(['family']);
    expect(found(withoutPseudonym(lai), 'release-plan')).toEqual(expect.arrayContaining(['full', 'script']));
  });
});
