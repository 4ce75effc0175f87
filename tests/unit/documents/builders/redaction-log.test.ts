import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSchema, type Case, type RedactionMark } from '../../../../src-main/core/model/case.ts';
import { buildDocument } from '../../../../src-main/documents/builders/build-document.ts';
import { collectText } from '../../../../src-main/documents/text-walk.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { counsel } from './helpers.ts';

const lai = caseSchema.parse((JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: unknown }).case);
const store = createTemplateStore();

const mark = (id: string, extra: Partial<RedactionMark>): RedactionMark => ({
  id,
  page: 1,
  rect: { left: 72, bottom: 380, right: 432, top: 470 },
  reason: 'thirdParty',
  source: 'area',
  markedAt: '2026-12-01T09:00:00Z',
  ...extra,
});

/** Case 1 with one exhibit redacted by the marks given. */
const redacted = (log: RedactionMark[]): Case => ({
  ...lai,
  exhibits: lai.exhibits.map((e, i) =>
    i === 0
      ? {
          ...e,
          redaction: {
            marks: [],
            applied: { blobId: 'blob-redacted', sha256: 'c'.repeat(64), appliedAt: '2026-12-01T10:00:00Z', basedOn: 'original', log },
          },
        }
      : e,
  ),
});

const logText = (c: Case, lang: 'en' | 'fr') =>
  collectText(buildDocument('redaction-log', { case: c, counsel, lang, today: '2026-12-02', templates: store.set(lang) }))
    .map((t) => t.text)
    .join('\n');

describe('the redaction log reads areas as a person measures them', () => {
  it('prints each area from the top-left corner of the page as shown, top to bottom, and says so', () => {
    const text = logText(
      redacted([
        mark('rm-low', { rect: { left: 72, bottom: 100, right: 172, top: 120 }, shown: { x: 72, y: 672, width: 100, height: 20 } }),
        mark('rm-high', { shown: { x: 72, y: 322, width: 360, height: 90 } }),
      ]),
      'en',
    );
    expect(text).toContain('from the top-left corner of the page as it is shown');
    expect(text).not.toContain('bottom-left');
    expect(text.indexOf('72, 322 — 360 × 90')).toBeGreaterThan(-1);
    expect(text.indexOf('72, 322 — 360 × 90')).toBeLessThan(text.indexOf('72, 672 — 100 × 20'));
    expect(logText(redacted([mark('rm-high', { shown: { x: 72, y: 322, width: 360, height: 90 } })]), 'fr')).toContain(
      'coin supérieur gauche',
    );
  });

  it('prints a redaction applied before areas were measured that way with the corner it is measured from', () => {
    expect(logText(redacted([mark('rm-older', {})]), 'en')).toContain('72, 380 — 360 × 90 (from the bottom-left corner)');
    expect(logText(redacted([mark('rm-older', {})]), 'fr')).toContain('72, 380 — 360 × 90 (depuis le coin inférieur gauche)');
  });
});
