import { describe, expect, test } from 'vitest';
import { anchorCandidates, anchorId, linkSource, linkSources, onThisTab } from '../../../../src-renderer/features/hc/paths.ts';
import { case2 } from './facts.ts';

describe('anchors', () => {
  test('are ids made of the path, distinct for distinct paths', () => {
    expect(anchorId('hc.factors.2.narrative')).toBe('hc-at-hc-factors-2-narrative');
    expect(anchorId('hc.factors.2.narrative')).not.toBe(anchorId('hc.factors.2.exhibitIds'));
    expect(anchorId('hc.letters.0.date')).toMatch(/^[a-zA-Z][a-zA-Z0-9-]*$/u);
  });

  test('are tried from the field itself to what holds it, never the whole tab', () => {
    expect(anchorCandidates('hc.factors.1.exhibitIds.3')).toEqual([
      anchorId('hc.factors.1.exhibitIds.3'),
      anchorId('hc.factors.1.exhibitIds'),
      anchorId('hc.factors.1'),
      anchorId('hc.factors'),
    ]);
    expect(anchorCandidates('exhibits.4')).toEqual([anchorId('exhibits.4')]);
  });

  test('exist only for fields shown on this tab', () => {
    expect(onThisTab('hc.lastNegativeDecision')).toBe(true);
    expect(onThisTab('hc.letters.2.translated')).toBe(true);
    expect(onThisTab('exhibits.3')).toBe(true);
    expect(onThisTab('statements.0.originalExhibitId')).toBe(false);
    expect(onThisTab('client.entries')).toBe(false);
    expect(onThisTab('hc')).toBe(false);
  });
});

describe('where a link comes from', () => {
  test('names the factor, exception, letter, statement or exhibit from the case', () => {
    const c = case2({ exceptions: [{ kind: 'BIOC', personId: 'p-mali', narrative: '', exhibitIds: [] }] });
    expect(linkSource(c, 'hc.factors.1.exhibitIds.0')).toEqual({ kind: 'factor', index: 1, factor: 'BIOC' });
    expect(linkSource(c, 'hc.exceptions.0.personId')).toEqual({ kind: 'exception', index: 0, exception: 'BIOC' });
    expect(linkSource(c, 'hc.letters.1.translated')).toEqual({ kind: 'letter', index: 1, author: 'Phra Khru Somchai' });
    expect(linkSource(c, 'exhibits.3')).toEqual({ kind: 'exhibit', index: 3, title: 'Birth certificate (Thai)' });
    expect(linkSource(c, 'statements.0.originalExhibitId')).toEqual({ kind: 'statement', index: 0, title: '' });
    expect(linkSource(c, 'hc.lastNegativeDecision')).toBeNull();
  });

  test('counts a source once however many of its links point at the exhibit', () => {
    const c = case2();
    expect(linkSources(c, ['hc.factors.1.exhibitIds.0', 'hc.factors.1.exhibitIds.2', 'hc.letters.0.exhibitId', 'nowhere'])).toEqual([
      { kind: 'factor', index: 1, factor: 'BIOC' },
      { kind: 'letter', index: 0, author: 'Claire Dunbar' },
    ]);
  });
});
