import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseSchema } from '../../../../src-main/core/model/case.ts';
import { issueCatalog, issueCodes, isIssueCode } from '../../../../src-main/core/issues/catalog.ts';
import { issueText } from '../../../../src-main/core/issues/text.ts';
import { fieldIssuesOf } from '../../../../src-main/core/issues/zod.ts';
import { checkCaseFacts } from '../../../../src-main/core/validate.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}|\$t\(validation\.([^)]+)\)/gu)].map((m) => m[0]).toSorted();

/** Every `coded('…')` the source passes to a schema, and every code literal given to `fieldIssue`. */
function codesInSource(): string[] {
  const files = readdirSync('src-main', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return files.flatMap((file) =>
    [...readFileSync(path.join('src-main', file), 'utf8').matchAll(/(?:coded\(|fieldIssue\([^,]+, )'([\w.-]+)'/gu)].map((m) => m[1] ?? ''),
  );
}

describe('the issue catalog', () => {
  it('has an English and a French wording for every code, naming the same parameters', () => {
    for (const code of issueCodes) {
      const { en, fr } = issueCatalog[code];
      expect(en.trim(), code).not.toBe('');
      expect(fr.trim(), code).not.toBe('');
      expect(placeholders(fr), code).toEqual(placeholders(en));
    }
  });

  it('refers only to entries it has', () => {
    for (const code of issueCodes)
      for (const [, nested] of `${issueCatalog[code].en} ${issueCatalog[code].fr}`.matchAll(/\$t\(validation\.([^).{]+)/gu))
        expect(
          issueCodes.some((c) => c.startsWith(nested ?? '')),
          code,
        ).toBe(true);
  });

  it('words a review out of order with both reviews named, in English and French', () => {
    expect(issueText('reviewOutOfOrder', { type: '7D', earlier: '48H' })).toBe(
      'This seven-day review is dated before the 48-hour review; reviews follow the order of IRPA s.57.',
    );
    expect(issueText('reviewOutOfOrder', { type: '30D', earlier: '7D' }, 'fr')).toContain('contrôle des 30 jours');
  });
});

describe('codes the core emits', () => {
  it('are all in the catalog: every schema check and every coded field issue in the source', () => {
    const missing = codesInSource().filter((code) => !isIssueCode(code));
    expect(missing).toEqual([]);
  });

  it('come from the case schema with their parameters, never as English text', () => {
    const error = caseSchema.safeParse({ id: 'X', client: { uci: '12' } }).error;
    expect(error).toBeDefined();
    for (const issue of fieldIssuesOf(error ?? new z.ZodError([]))) {
      expect(isIssueCode(issue.code), issue.code).toBe(true);
      expect(issue.message).toBe(issueText(issue.code, issue.params));
    }
  });

  it('name a limit as a parameter', () => {
    const error = z.object({ name: z.string().max(3) }).safeParse({ name: 'abcd' }).error;
    expect(fieldIssuesOf(error ?? new z.ZodError([]))).toEqual([
      { path: 'name', code: 'tooLong', params: { limit: 3 }, message: 'Use at most 3 characters.' },
    ]);
  });

  it('come from the cross-field checks with catalog wording', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: unknown };
    const c = caseSchema.parse(fixture.case);
    const issues = checkCaseFacts({ ...c, hc: { ...c.hc, claimDate: '2999-01-01' } }, '2026-01-01');
    expect(issues).toContainEqual({
      path: 'hc.claimDate',
      code: 'hc.claimInFuture',
      params: {},
      message: 'A refugee claim cannot be dated after today.',
    });
  });
});
