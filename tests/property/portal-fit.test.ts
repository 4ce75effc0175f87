import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../src-main/core/errors.ts';
import { parsePortalRules, type LadderStep } from '../../src-main/core/rules/portal-rules.ts';
import { unpredict } from '../../src-main/packet/portal/codec.ts';
import { operations } from '../../src-main/packet/portal/content-ops.ts';
import { defaultPortalRules } from '../../src-main/packet/portal/rules-data.ts';

/** The PNG filters as the PNG specification defines them, applied forwards (the oracle). */
function pngFilter(pixels: Uint8Array, width: number, colors: number, types: readonly number[]): Uint8Array {
  const row = width * colors;
  const rows = pixels.length / row;
  const out = new Uint8Array(rows * (row + 1));
  const at = (r: number, x: number): number => (r < 0 || x < 0 ? 0 : (pixels[r * row + x] ?? 0));
  for (let r = 0; r < rows; r += 1) {
    const type = types[r % types.length] ?? 0;
    out[r * (row + 1)] = type;
    for (let x = 0; x < row; x += 1) {
      const [a, b, c] = [at(r, x - colors), at(r - 1, x), at(r - 1, x - colors)];
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][type] ?? 0;
      out[r * (row + 1) + 1 + x] = (at(r, x) - predictor + 256) & 0xff;
    }
  }
  return out;
}

const step = fc.record({
  dpi: fc.integer({ min: 150, max: 600 }),
  greyscale: fc.boolean(),
  jpegQuality: fc.integer({ min: 30, max: 95 }),
});

function ordered(steps: readonly LadderStep[]): boolean {
  return steps.every((s, i) => {
    const p = steps[i - 1];
    if (!p) return true;
    const same = s.dpi === p.dpi && s.jpegQuality === p.jpegQuality && s.greyscale === p.greyscale;
    return s.dpi <= p.dpi && s.jpegQuality <= p.jpegQuality && (s.greyscale || !p.greyscale) && !same;
  });
}

describe('portal fitting properties', () => {
  it('undoing PNG predictors restores every image, whatever the filters per row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(1, 3, 4),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        (width, rows, colors, types, samples) => {
          const pixels = Uint8Array.from(samples.take(width * rows * colors));
          const filtered = pngFilter(pixels, width, colors, types);
          expect(unpredict(filtered, { kind: 'png', colors, columns: width }, rows)).toEqual(pixels);
        },
      ),
    );
  });

  it('finds every cm and Do however strings, comments and arrays full of operator words surround them', () => {
    // Stray operands (a lone string) may precede an operator; the operator reads its own last operands.
    const noise = fc.constantFrom(
      '(1 0 0 1 0 0 cm /X Do)',
      '% 2 0 0 2 0 0 cm /Y Do\n',
      '[(Do) 12 (cm)] TJ',
      '<</Tag /Do>> BDC',
      'EMC',
      'q',
      'Q',
      '<2f44>',
    );
    const op = fc.oneof(
      fc.tuple(fc.array(fc.integer({ min: -999, max: 999 }), { minLength: 6, maxLength: 6 })).map(([m]) => ({ kind: 'cm' as const, m })),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}$/).map((name) => ({ kind: 'Do' as const, name })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(noise, { maxLength: 3 }), op), { maxLength: 20 }), (parts) => {
        const text = parts.map(([n, o]) => `${n.join(' ')} ${o.kind === 'cm' ? `${o.m.join(' ')} cm` : `/${o.name} Do`}`).join('\n');
        const found = [...operations(new TextEncoder().encode(text))].filter((o) => o.operator === 'cm' || o.operator === 'Do');
        expect(
          found.map((o) =>
            o.operator === 'cm'
              ? { kind: 'cm', m: o.operands.slice(-6) }
              : { kind: 'Do', name: (o.operands.at(-1) as { name: string }).name },
          ),
        ).toEqual(parts.map(([, o]) => o));
      }),
    );
  });

  it('accepts a ladder exactly when each step is at least as strong as the one before', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        const json = { ...defaultPortalRules, ladder: { ...defaultPortalRules.ladder, steps } };
        let accepted = true;
        try {
          parsePortalRules(json);
        } catch (error) {
          expect(isDossierError(error) && error.code).toBe('VALIDATION');
          accepted = false;
        }
        expect(accepted).toBe(ordered(steps));
      }),
    );
  });
});
