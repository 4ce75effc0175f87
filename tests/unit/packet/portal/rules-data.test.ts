import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../src-main/core/errors.ts';
import { formatCitation } from '../../../../src-main/core/rules/citation.ts';
import { MIN_LADDER_DPI, acceptedType, parsePortalRules } from '../../../../src-main/core/rules/portal-rules.ts';
import { defaultPortalRules } from '../../../../src-main/packet/portal/rules-data.ts';

const shipped = (): Record<string, unknown> =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../templates/rules/portal.json'), 'utf8')) as Record<string, unknown>;

function refusal(json: unknown): { message: string; paths: string[] } {
  try {
    parsePortalRules(json);
  } catch (error) {
    if (!isDossierError(error)) throw error;
    expect(error.code).toBe('VALIDATION');
    return { message: error.message, paths: error.issues.map((i) => i.path) };
  }
  throw new Error('the rules were accepted');
}

function withSteps(steps: unknown[]): unknown {
  const json = shipped();
  return { ...json, ladder: { ...(json.ladder as object), steps } };
}

describe('portal rules data', () => {
  it('ships a cap of 4,000,000 bytes, the lower reading of "4 MB", marked unconfirmed with its secondary sources', () => {
    const { maxBytes } = defaultPortalRules;
    expect(maxBytes.value).toBe(4_000_000);
    expect(maxBytes.value).toBeLessThan(4 * 1024 * 1024);
    expect(maxBytes.status).toBe('unconfirmed');
    expect(maxBytes.note).toMatch(/4,194,304/);
    expect(maxBytes.citations.map(formatCitation).join(' ')).toMatch(/moving2canada/);
    expect(maxBytes.citations[0]?.url).toMatch(/^https:\/\/moving2canada\.com\//);
  });

  it('accepts PDF, JPG/JPEG, PNG, TIFF, DOC and DOCX by MIME type and extension', () => {
    const mimes = defaultPortalRules.accepted.types.map((t) => t.mime);
    expect(mimes).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
      'image/tiff',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(acceptedType(defaultPortalRules, 'Passport.JPEG')?.label).toBe('JPEG');
    expect(acceptedType(defaultPortalRules, 'scan.tif')?.mime).toBe('image/tiff');
    expect(acceptedType(defaultPortalRules, 'letter.docx')?.label).toBe('DOCX');
    expect(acceptedType(defaultPortalRules, 'photo.heic')).toBeUndefined();
    expect(acceptedType(defaultPortalRules, 'no-extension')).toBeUndefined();
  });

  it('orders the ladder from gentle colour to a greyscale floor that never goes below 150 dpi', () => {
    const steps = defaultPortalRules.ladder.steps;
    const first = steps[0];
    const floor = steps.at(-1);
    expect(first?.greyscale).toBe(false);
    expect(floor?.greyscale).toBe(true);
    expect(floor?.dpi).toBe(MIN_LADDER_DPI);
    for (const step of steps) expect(step.dpi).toBeGreaterThanOrEqual(150);
    for (let i = 1; i < steps.length; i += 1) {
      expect(steps[i]?.dpi).toBeLessThanOrEqual(steps[i - 1]?.dpi ?? 0);
      expect(steps[i]?.jpegQuality).toBeLessThanOrEqual(steps[i - 1]?.jpegQuality ?? 0);
    }
  });
});

describe('a malformed portal rules file is refused with a clear message', () => {
  it('names the file and the field of a step below 150 dpi', () => {
    const { message, paths } = refusal(withSteps([{ dpi: 100, greyscale: true, jpegQuality: 50 }]));
    expect(paths).toEqual(['ladder.steps.0.dpi']);
    expect(message).toContain('templates/rules/portal.json');
    expect(message).toMatch(/ladder\.steps\.0\.dpi: must be at least 150 dpi/);
  });

  it('refuses steps that get gentler, turn colour again, or repeat', () => {
    const { paths, message } = refusal(
      withSteps([
        { dpi: 150, greyscale: true, jpegQuality: 60 },
        { dpi: 200, greyscale: false, jpegQuality: 70 },
        { dpi: 200, greyscale: false, jpegQuality: 70 },
      ]),
    );
    expect(paths).toEqual(['ladder.steps.1.dpi', 'ladder.steps.1.jpegQuality', 'ladder.steps.1.greyscale', 'ladder.steps.2']);
    expect(message).toMatch(/must not raise the resolution/);
    expect(message).toMatch(/repeats the step before it/);
  });

  it('refuses a missing cap, an empty ladder, a bad status and a wrong schema tag', () => {
    const json = shipped();
    const { paths } = refusal({
      ...json,
      schema: 'dossier.portal-rules/2',
      maxBytes: undefined,
      accepted: { ...(json.accepted as object), status: 'maybe' },
      ladder: { ...(json.ladder as object), steps: [] },
    });
    expect(paths).toEqual(expect.arrayContaining(['schema', 'maxBytes', 'accepted.status', 'ladder.steps']));
  });

  it('refuses something that is not a rules file at all', () => {
    expect(refusal('not json').message).toMatch(/^The portal rules file \(templates\/rules\/portal\.json\) is malformed: \(file\)/);
  });
});
