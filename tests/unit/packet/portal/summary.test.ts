import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../src-main/core/errors.ts';
import type { LadderStep } from '../../../../src-main/core/rules/portal-rules.ts';
import type { FitResult, ImageChange, ImageKept } from '../../../../src-main/packet/report/image-changes.ts';
import { describeStep, fitNotes, fitSummary, formatMegabytes } from '../../../../src-main/packet/portal/summary.ts';
import { tooLarge } from '../../../../src-main/packet/portal/too-large.ts';

const floor: LadderStep = { dpi: 150, greyscale: true, jpegQuality: 55 };
const gentle: LadderStep = { dpi: 200, greyscale: false, jpegQuality: 80 };

function change(page: number, setting: LadderStep, step: number, dpi: number): ImageChange {
  const colour = setting.greyscale ? 'greyscale' : 'colour';
  return {
    pages: [page],
    before: { width: 2550, height: 3300, dpi: 300, colour: 'colour', bytes: 5_000_000 },
    after: { width: 1275, height: 1650, dpi, colour, bytes: 300_000 },
    step,
    setting,
  };
}

function result(changed: ImageChange[], sizes: { before: number; after: number }, kept: ImageKept[] = []): FitResult {
  return { bytes: new Uint8Array(sizes.after), ...sizes, maxBytes: 4_000_000, changed, kept, steps: [], step: undefined };
}

const kept = (reason: ImageKept['reason']): ImageKept => ({ pages: [1], width: 100, height: 100, bytes: 10, reason });

describe('the one-line summary of a fitted slot', () => {
  it('says how many images went to which dpi and colour, and the sizes, in English and French', () => {
    const r = result(
      Array.from({ length: 12 }, (_, i) => change(i + 1, floor, 4, 150)),
      { before: 17_300_000, after: 3_800_000 },
    );
    expect(fitSummary(r, 'en')).toBe('12 images reduced to 150 dpi greyscale: 17.3 MB → 3.8 MB.');
    expect(fitSummary(r, 'fr')).toBe('12 images réduites à 150\u00a0ppp en niveaux de gris\u00a0: 17,3\u00a0Mo → 3,8\u00a0Mo.');
  });

  it('gives the range of dpi and both colours when images stopped at different steps', () => {
    const r = result([change(1, floor, 4, 150), change(2, gentle, 0, 200)], { before: 9_000_000, after: 3_950_000 });
    expect(fitSummary(r, 'en')).toBe('2 images reduced to 150–200 dpi colour and greyscale: 9.0 MB → 4.0 MB.');
    expect(fitSummary(r, 'fr')).toBe(
      '2 images réduites à 150–200\u00a0ppp en couleur et en niveaux de gris\u00a0: 9,0\u00a0Mo → 4,0\u00a0Mo.',
    );
  });

  it('uses the singular for one image, and keeps an image’s own lower dpi', () => {
    const r = result([change(3, gentle, 0, 120)], { before: 4_500_000, after: 1_000_000 });
    expect(fitSummary(r, 'en')).toBe('1 image reduced to 120 dpi colour: 4.5 MB → 1.0 MB.');
    expect(fitSummary(r, 'fr')).toBe('1 image réduite à 120\u00a0ppp en couleur\u00a0: 4,5\u00a0Mo → 1,0\u00a0Mo.');
  });

  it('says nothing changed for a file already under the cap, and a re-save when only that was needed', () => {
    expect(fitSummary(result([], { before: 2_100_000, after: 2_100_000 }), 'en')).toBe(
      'Already under the 4.0 MB limit (2.1 MB): nothing changed.',
    );
    expect(fitSummary(result([], { before: 2_100_000, after: 2_100_000 }), 'fr')).toBe(
      'Déjà sous la limite de 4,0\u00a0Mo (2,1\u00a0Mo)\u00a0: rien n’a changé.',
    );
    expect(fitSummary(result([], { before: 4_300_000, after: 3_900_000 }), 'en')).toBe(
      'Saved more compactly, no image changed: 4.3 MB → 3.9 MB.',
    );
  });

  it('notes images left alone that matter, grouped by reason, and not masks or icons', () => {
    const r = result([], { before: 1, after: 1 }, [
      kept('damaged'),
      kept('damaged'),
      kept('tiny'),
      kept('mask'),
      kept('unsupported-filter'),
    ]);
    expect(fitNotes(r, 'en')).toEqual([
      '2 images left unchanged: damaged image data.',
      '1 image left unchanged: a compression Dossier cannot read.',
    ]);
    expect(fitNotes(r, 'fr')).toEqual([
      '2 images laissées telles quelles\u00a0: données d’image endommagées.',
      '1 image laissée telle quelle\u00a0: une compression que Dossier ne sait pas lire.',
    ]);
  });

  it('describes a step and formats sizes in decimal megabytes', () => {
    expect(describeStep(floor, 'en')).toBe('150 dpi greyscale, JPEG quality 55');
    expect(describeStep(gentle, 'fr')).toBe('200\u00a0ppp en couleur, qualité JPEG 80');
    expect(formatMegabytes(4_000_000, 'en')).toBe('4.0 MB');
    expect(formatMegabytes(4_194_304, 'fr', 2)).toBe('4,19\u00a0Mo');
  });
});

describe('the TOO_LARGE error', () => {
  it('names the slot, the size reached, the cap, what to do, and each page over the cap alone', () => {
    const error = tooLarge('Proof of identity', 9_100_000, 4_000_000, floor, [{ page: 3, bytes: 5_100_000 }]);
    expect(isDossierError(error) && error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(
      'The "Proof of identity" file is still 9.1 MB after the strongest reduction (150 dpi greyscale, JPEG quality 55), over the portal\'s 4.0 MB limit. ' +
        "Split the slot's evidence into two documents, or upload a smaller scan. Page 3 of the slot is 5.1 MB on its own at the floor quality: " +
        'no split can make that page fit, so upload a smaller scan of it (fewer pixels or greyscale). Nothing was changed.',
    );
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['slot', 'portal.tooLarge'],
      ['pages.3', 'portal.pageTooLarge'],
    ]);
  });

  it('shows more decimals when the size reached would otherwise read the same as the cap', () => {
    const error = tooLarge('Letters', 4_030_000, 4_000_000, floor, []);
    expect(error.message).toContain('is still 4.03 MB');
    expect(error.message).toContain("over the portal's 4.00 MB limit");
    expect(tooLarge('Letters', 70_000, 30_000, floor, []).message).toContain(
      "is still 0.07 MB after the strongest reduction (150 dpi greyscale, JPEG quality 55), over the portal's 0.03 MB limit",
    );
  });
});
