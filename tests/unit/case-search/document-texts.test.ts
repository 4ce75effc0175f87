import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseDocumentTexts, type DocumentTextSources } from '../../../src-main/case-search/document-texts.ts';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';
import { caseDocumentKinds } from '../../../src-main/core/case-documents.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';
import { counselWithout } from '../../helpers/counsel.ts';

const lai = (): Case =>
  caseSchema.parse((JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: unknown }).case);

const store = createTemplateStore();
const sources = (withCounsel: boolean): DocumentTextSources => ({
  counsel: () => (withCounsel ? counselWithout('title') : undefined),
  templates: (lang) => store.set(lang),
  today: () => '2026-12-01',
});

describe('caseDocumentTexts', () => {
  it('builds, in memory, each document the Documents tab lists, in the language of the proceedings', () => {
    const c = lai();
    const texts = caseDocumentTexts(c, sources(true));
    const kinds = texts.map((d) => d.kind);
    expect(kinds.length).toBeGreaterThan(3);
    expect(kinds.every((k) => caseDocumentKinds(c.kind).some((listed) => listed === k))).toBe(true);
    expect(new Set(texts.map((d) => d.lang))).toEqual(new Set([c.matter.languageOfProceedings]));
    const timeline = texts.find((d) => d.kind === 'timeline');
    expect(timeline?.title).toBe('Chronology — W.S.L.');
    expect(timeline?.pieces).toContain('Entered Canada as a visitor on a multiple-entry TRV; admitted until 2026-06-19.');
  });

  it('joins the runs of one paragraph, so a phrase split across runs is found', () => {
    const texts = caseDocumentTexts(lai(), sources(true));
    const counselName = counselWithout('title').name;
    expect(texts.some((d) => d.pieces.some((p) => p.includes(counselName)))).toBe(true);
  });

  it('leaves out the documents the case cannot build yet (no counsel profile), and builds the others', () => {
    const without = caseDocumentTexts(lai(), sources(false)).map((d) => d.kind);
    const withCounsel = caseDocumentTexts(lai(), sources(true)).map((d) => d.kind);
    expect(without.length).toBeLessThan(withCounsel.length);
    expect(without).toContain('bondsperson-declaration');
    expect(without).not.toContain('timeline');
  });
});
