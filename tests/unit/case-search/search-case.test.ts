import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCase } from '../../../src-main/case-search/search-case.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';
import { counselWithout } from '../../helpers/counsel.ts';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { textPdf } from '../../fixtures/exhibits/make-exhibits.ts';
import { openTestServices } from '../../helpers/services.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-case-search-'));
let services: Services;
let caseId = '';
let exhibitId = '';

beforeAll(async () => {
  const opened = await openTestServices(path.join(work, 'vault'), { passphrase: 'correct horse battery staple' });
  services = opened.services;
  const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as unknown;
  caseId = ((await opened.call('caseImport', { file })) as { id: string }).id;
  const pdf = path.join(work, 'report.pdf');
  writeFileSync(pdf, await textPdf('Border report', 3));
  const { exhibit } = await services.exhibits.importFile({ caseId, path: pdf, title: 'Border report' });
  rmSync(pdf);
  exhibitId = exhibit.id;
  const stored = await services.vault.readCase(caseId);
  const c: Case = stored.case;
  const statement = c.statements[0];
  const event = c.timeline[0];
  if (!statement || !event) throw new Error('the fixture case has a statement and a timeline event');
  await services.vault.writeCase(
    {
      ...c,
      statements: [
        { ...statement, translations: [{ lang: 'en', paragraphs: ['My name is Lai Wing Sze; I worked at the Richmond warehouse.'] }] },
        ...c.statements.slice(1),
      ],
      timeline: [{ ...event, summary: `${event.summary} Seen near the Richmond warehouse.` }, ...c.timeline.slice(1)],
      builds: [
        {
          id: 'build-1',
          builtAt: '2026-12-01T10:00:00Z',
          preset: 'detention-release-plan',
          manifestSha256: 'a'.repeat(64),
          inputs: [
            { tab: '2', title: 'Chronology — W.S.L.', sha256: 'b'.repeat(64), firstPage: 3, lastPage: 5, volume: 1 },
            { tab: '4', exhibitId, title: 'Border report', sha256: exhibit.sha256 ?? '', firstPage: 21, lastPage: 23, volume: 1 },
          ],
          outputs: [],
          skipped: [],
        },
      ],
    },
    stored.revision,
  );
}, 60_000);

afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('searchCase', () => {
  it('finds a word in an exhibit page with the packet tab and page it falls on, in a translation and in the timeline', async () => {
    const { hits } = await searchCase({ caseId, query: 'paragraph 2.7' }, { vault: services.vault });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'exhibit',
      exhibitId,
      title: 'Border report',
      page: 2,
      packet: { tab: '4', page: 22, stale: false },
    });
    const richmond = await searchCase({ caseId, query: 'RICHMOND' }, { vault: services.vault });
    expect(richmond.hits.map((h) => h.kind).toSorted()).toEqual(['statement', 'timeline']);
    expect(richmond.hits).toContainEqual(expect.objectContaining({ kind: 'statement', paragraph: 1, translation: 'en' }));
  });

  it('searches the original statement in its own script', async () => {
    const { hits } = await searchCase({ caseId, query: '黎詠詩' }, { vault: services.vault });
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'statement', paragraph: 1 }));
    expect(hits.every((h) => h.kind !== 'statement' || h.translation === undefined)).toBe(true);
  });

  it('keeps the exhibit text index encrypted in the vault and rebuilds it when it is missing', async () => {
    const record = await services.vault.readRecord('search-index');
    expect(new TextDecoder().decode(record)).toContain('Border report - page 1 of 3');
    const raw = readFileSync(path.join(work, 'vault', 'search-index.dsv'));
    expect(raw.includes(Buffer.from('Border report'))).toBe(false);
    await services.vault.writeRecord('search-index', new TextEncoder().encode('not json'));
    const { hits } = await searchCase({ caseId, query: 'Border report - page 3' }, { vault: services.vault });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ page: 3, packet: { tab: '4', page: 23 } });
  });

  it('finds text in the documents the case generates, built in memory, naming the tab the last packet filed them under', async () => {
    const store = createTemplateStore();
    const documents = {
      counsel: () => counselWithout('title'),
      templates: (lang: 'en' | 'fr') => store.set(lang),
      today: () => '2026-12-01',
    };
    const { hits } = await searchCase({ caseId, query: 'multiple-entry TRV' }, { vault: services.vault, documents });
    expect(hits).toContainEqual(
      expect.objectContaining({
        kind: 'generated',
        documentKind: 'timeline',
        title: 'Chronology — W.S.L.',
        lang: 'en',
        packet: { tab: '2', volume: 1, page: 3, builtAt: '2026-12-01T10:00:00Z' },
      }),
    );
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'timeline' }));
    const without = await searchCase({ caseId, query: 'multiple-entry TRV' }, { vault: services.vault });
    expect(without.hits.some((h) => h.kind === 'generated')).toBe(false);
  });

  it('refuses a query of fewer than two characters', async () => {
    await expect(searchCase({ caseId, query: ' a ' }, { vault: services.vault })).rejects.toThrow(/at least two characters/u);
  });
});
