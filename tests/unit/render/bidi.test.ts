import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../src-main/documents/model.ts';
import { resolveDir, runIsolation } from '../../../src-main/render/bidi.ts';
import { renderHtml } from '../../../src-main/render/html/render-html.ts';

describe('the direction in force', () => {
  it('resolves the direction in force the way both renderers do', () => {
    expect(resolveDir(undefined, 'fa', 'ltr')).toBe('rtl');
    expect(resolveDir(undefined, undefined, 'rtl')).toBe('rtl');
    expect(resolveDir('ltr', 'fa', 'rtl')).toBe('ltr');
    expect(resolveDir('auto', undefined, 'ltr', '  رضا Reza')).toBe('rtl');
    expect(resolveDir('auto', undefined, 'rtl', '123')).toBe('rtl');
  });
});

describe('HTML: right-to-left text isolates its left-to-right stretches', () => {
  const html = (doc: DossierDocument): string => renderHtml(doc, { fonts: { faces: [], url: () => '', cspSource: "'self'" } });

  it('in a Persian cell of a side-by-side statement, and not in the English one', () => {
    const doc: DossierDocument = {
      meta: { title: 'Statement', lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [
        {
          type: 'bilingual',
          rows: [
            {
              left: { lang: 'fa', blocks: [{ type: 'paragraph', runs: [{ text: 'شماره پرونده من 0003-B6-04567 است.' }] }] },
              right: { lang: 'en', blocks: [{ type: 'paragraph', runs: [{ text: 'My file number is 0003-B6-04567.' }] }] },
            },
          ],
        },
      ],
    };
    const out = html(doc);
    expect(out).toContain(
      '<td lang="fa" dir="rtl" class="f-arabic"><p>شماره پرونده من <span dir="ltr" class="keep">0003-B6-04567</span> است.</p></td>',
    );
    expect(out).toContain('<td lang="en" dir="ltr" class="f-latin"><p>My file number is 0003-B6-04567.</p></td>');
  });

  it('in a run set right to left inside an English paragraph, and in a right-to-left document', () => {
    const mixed: DossierDocument = {
      meta: { title: 'Letter', lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'paragraph', runs: [{ text: 'Name: ' }, { text: 'رضا AHMADI', lang: 'fa' }] }],
    };
    expect(html(mixed)).toContain(
      '<p>Name: <span lang="fa" dir="rtl" class="f-arabic">رضا <span dir="ltr" class="keep">AHMADI</span></span></p>',
    );
    const persian: DossierDocument = {
      meta: { title: 'نامه', lang: 'fa' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'heading', level: 1, runs: [{ text: 'پرونده IMM-1234-25' }] }],
    };
    expect(html(persian)).toContain('<h1>پرونده <span dir="ltr" class="keep">IMM-1234-25</span></h1>');
  });
});

describe('the isolation of a run, the same in HTML and DOCX', () => {
  const html = (runs: DossierDocument['blocks'][number]): string =>
    renderHtml(
      { meta: { title: 'Letter', lang: 'en' }, page: DEFAULT_PAGE, blocks: [runs] },
      { fonts: { faces: [], url: () => '', cspSource: "'self'" } },
    );

  it('isolates a run of the other direction whole, an inserted value by its first strong letter, and nothing else', () => {
    expect(runIsolation('رضا', 'rtl', 'ltr', false).whole).toBe('rtl');
    expect(runIsolation('\u202eezs-gniW IAL', 'ltr', 'ltr', true)).toMatchObject({ whole: 'auto', dir: 'ltr' });
    expect(runIsolation('شیرین REZAEI', 'ltr', 'ltr', true)).toMatchObject({ whole: 'auto', dir: 'rtl' });
    expect(runIsolation('LAI Wing-sze', 'ltr', 'ltr', true).whole).toBeUndefined();
    expect(runIsolation('dated ۲۰ اسفند ۱۴۰۴ (2026-03-11)', 'ltr', 'ltr', false).pieces('dated ۲۰ اسفند ۱۴۰۴ (2026-03-11)')).toEqual([
      { text: 'dated ' },
      { text: '۲۰ اسفند ۱۴۰۴', isolate: 'rtl' },
      { text: ' (2026-03-11)' },
    ]);
  });

  it('HTML: a Persian date in an English paragraph is a right-to-left span; an inserted value with an override is a bdi', () => {
    expect(html({ type: 'paragraph', runs: [{ text: 'dated ۲۰ اسفند ۱۴۰۴ (2026-03-11).' }] })).toContain(
      '<p>dated <span dir="rtl">۲۰ اسفند ۱۴۰۴</span> (2026-03-11).</p>',
    );
    expect(
      html({ type: 'paragraph', runs: [{ text: 'Re: ' }, { text: '\u202eezs-gniW IAL', inserted: true }, { text: ' (file)' }] }),
    ).toContain('<p>Re: <bdi>\u202eezs-gniW IAL</bdi> (file)</p>');
  });
});
