import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDossierError, type DossierError } from '../../../src-main/core/errors.ts';
import type { Case, Translation } from '../../../src-main/core/model/case.ts';
import { defaultHcBarRules } from '../../../src-main/core/rules/hc-bars-data.ts';
import { defaultTranslationRules } from '../../../src-main/core/rules/translation-rules-data.ts';
import { numberedParagraphs, sourceHash } from '../../../src-main/handoff/source-hash.ts';
import { checkHcFiling } from '../../../src-main/packet/hc/gate.ts';
import { assignSlots, orderBySlot, parseHcSlotRules } from '../../../src-main/packet/hc/slots.ts';
import { defaultHcSlotRules } from '../../../src-main/packet/hc/slots-data.ts';
import { loadCase, withHc } from './load.ts';
import { editFirstTranslation } from '../../helpers/translations.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const srisuk = loadCase('case2-srisuk');
const all = new Set(srisuk.exhibits.map((x) => x.id));
const slotIds = (c: Case) => Object.fromEntries([...assignSlots(c, defaultHcSlotRules)].map(([id, slot]) => [id, slot.id]));

function refusal(c: Case, imported: ReadonlySet<string> = all, today = '2026-06-15'): DossierError {
  try {
    checkHcFiling({ case: c, imported, today, bars: defaultHcBarRules, translations: defaultTranslationRules });
  } catch (error) {
    if (isDossierError(error)) return error;
    throw error;
  }
  throw new Error('the filing was not refused');
}

describe('portal slots of an H&C application', () => {
  it('puts each of Case 2’s exhibits with the factor it proves first, then with the letters, the rest with identity documents', () => {
    expect(slotIds(srisuk)).toEqual({
      'x-birth-cert': 'other',
      'x-house-reg': 'other',
      'x-employer-letter': 'establishment',
      'x-noa': 'establishment',
      'x-school-letter': 'bioc',
      'x-psych-report': 'bioc',
      'x-abbot-letter': 'letters',
      'x-country-report': 'hardship',
    });
  });

  it('an exhibit linked to a deleted factor goes with the other documents, and one linked to a factor not relied on too', () => {
    const withoutHardship = withHc(srisuk, { factors: srisuk.hc.factors.filter((f) => f.kind !== 'HARDSHIP') });
    expect(slotIds(withoutHardship)['x-country-report']).toBe('other');
    const notRelied = withHc(srisuk, {
      factors: srisuk.hc.factors.map((f) => (f.kind === 'ESTABLISHMENT' ? { ...f, reliedOn: false } : f)),
    });
    // The employer letter is still a letter of support; the notices of assessment prove nothing else.
    expect([slotIds(notRelied)['x-employer-letter'], slotIds(notRelied)['x-noa']]).toEqual(['letters', 'other']);
  });

  it('a translation filed as its own exhibit follows its original', () => {
    const c: Case = {
      ...srisuk,
      exhibits: [...srisuk.exhibits, { id: 'x-birth-en', title: 'Birth certificate, translation', supports: [], partOf: 'x-birth-cert' }],
    };
    expect(slotIds(c)['x-birth-en']).toBe('other');
  });

  it('orders by slot and keeps the advocate’s order inside each slot', () => {
    const ordered = orderBySlot(
      srisuk.exhibits,
      (x) => assignSlots(srisuk, defaultHcSlotRules).get(x.id) ?? defaultHcSlotRules.slots[0]!,
      defaultHcSlotRules,
    );
    expect(ordered.map((o) => o.item.id)).toEqual([
      'x-employer-letter',
      'x-noa',
      'x-school-letter',
      'x-psych-report',
      'x-country-report',
      'x-abbot-letter',
      'x-birth-cert',
      'x-house-reg',
    ]);
  });

  it('refuses a slot file without the submission slot first, a factor in two slots, or two slots for the letters', () => {
    const json = JSON.parse(readFileSync(path.join(root, 'templates/rules/hc-slots.json'), 'utf8')) as {
      slots: { id: string; holds: string; factors?: string[] }[];
    };
    expect(() => parseHcSlotRules({ ...json, slots: [...json.slots.slice(1), json.slots[0]] })).toThrow(/first slot holds the submission/u);
    expect(() => parseHcSlotRules({ ...json, slots: [...json.slots, { ...json.slots[1], id: 'twice' }] })).toThrow(
      /ESTABLISHMENT is in two slots/u,
    );
    expect(() => parseHcSlotRules({ ...json, slots: [...json.slots, { ...json.slots.at(-2), id: 'letters-2' }] })).toThrow(
      /Exactly one slot must hold \\?"letters/u,
    );
  });
});

describe('what an H&C application must meet before it is built', () => {
  it('Case 2 passes on the day it was filed, with the friend’s untranslated letter (not filed) as a warning', () => {
    const { warnings } = checkHcFiling({
      case: srisuk,
      imported: all,
      today: '2026-06-15',
      bars: defaultHcBarRules,
      translations: defaultTranslationRules,
    });
    expect(warnings.map((w) => w.code)).toEqual(['hc.letterUntranslated']);
  });

  it('reports every problem at once, each at its field: the bar, a Thai exhibit with no translation, a link to a deleted exhibit', () => {
    const c: Case = {
      ...withHc(srisuk, {
        exceptions: [],
        factors: srisuk.hc.factors.map((f) => (f.kind === 'HARDSHIP' ? { ...f, exhibitIds: ['x-gone'] } : f)),
      }),
      exhibits: [...srisuk.exhibits, { id: 'x-temple-photo-caption', title: 'Temple notice', lang: 'th', supports: [] }],
    };
    const error = refusal(c, new Set([...all, 'x-temple-photo-caption']));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['hc.lastNegativeDecision', 'hc.bar.twelve-month-bar'],
      ['exhibits.8.lang', 'hc.exhibitUntranslated'],
      ['hc.factors.2.exhibitIds.0', 'hc.exhibitMissing'],
    ]);
    expect(error.message).toMatch(/3 things need fixing first\. Nothing was written\./u);
  });

  it('the bar no longer stops the application from the first filing day', () => {
    const c = withHc(srisuk, { exceptions: [] });
    expect(refusal(c, all, '2027-01-20').issues[0]?.message).toContain('2027-01-21');
    expect(() =>
      checkHcFiling({ case: c, imported: all, today: '2027-01-21', bars: defaultHcBarRules, translations: defaultTranslationRules }),
    ).not.toThrow();
  });

  it('refuses a translation without its certification, an ID declaration, or a certified copy by a family member', () => {
    const edit = (id: string, change: (t: Translation) => Translation): Case => ({
      ...srisuk,
      statements: srisuk.statements.map((s) => (s.id === id ? editFirstTranslation(s, change) : s)),
    });
    const { certification: _c, ...uncertified } = srisuk.statements[1]!.translations[0]!;
    expect(refusal(edit('st-birth-cert', () => uncertified)).issues.map((i) => i.code)).toContain('translation.certification-missing');
    expect(refusal(edit('st-birth-cert', (t) => ({ ...t, certification: 'ID_DECLARATION' }))).issues.map((i) => i.code)).toContain(
      'translation.certification-not-accepted',
    );
    const bySister = edit('st-house-reg', (t) => ({
      ...t,
      certifiedCopy: { certifierName: 'Nattaya Srisuk', certifierTitle: '', certifierId: 'p-sister-translator' },
    }));
    expect(refusal(bySister).issues.map((i) => [i.path, i.code])).toContainEqual([
      'statements.2.translations.0.certifiedCopy.certifierId',
      'translation.copy-certifier-is-family',
    ]);
  });

  it('a translated original whose file is not attached cannot be filed as a certified copy', () => {
    const withoutBirth = new Set([...all].filter((id) => id !== 'x-birth-cert'));
    expect(refusal(srisuk, withoutBirth).issues.map((i) => [i.path, i.code])).toEqual([
      ['statements.1.originalExhibitId', 'hc.originalNotImported'],
    ]);
  });
});

describe('a translation whose original changed', () => {
  it('stops the application: the certified translation no longer matches what it was made from', () => {
    const hashed = srisuk.statements.map((s) =>
      s.id === 'st-birth-cert'
        ? editFirstTranslation(s, (t) => ({ ...t, sourceSha256: sourceHash(s.lang, numberedParagraphs(s.paragraphs)) }))
        : s,
    );
    const same: Case = { ...srisuk, statements: hashed };
    expect(() =>
      checkHcFiling({ case: same, imported: all, today: '2026-06-15', bars: defaultHcBarRules, translations: defaultTranslationRules }),
    ).not.toThrow();
    const edited: Case = {
      ...same,
      statements: hashed.map((s) =>
        s.id === 'st-birth-cert' ? { ...s, paragraphs: s.paragraphs.map((p, i) => (i === 2 ? `${p} (แก้ไข)` : p)) } : s,
      ),
    };
    expect(refusal(edited).issues.map((i) => [i.path, i.code])).toEqual([['statements.1.paragraphs', 'hc.originalChanged']]);
  });
});
