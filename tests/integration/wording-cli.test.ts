import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierCli } from '../helpers/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-wording-cli-'));
const dossier = dossierCli(path.join(work, 'vault'));
const caseId = 'case1-lai-wing-sze';
const document = ['--case', caseId, '--doc', 'bondsperson-declaration', '--lang', 'en', '--person', 'p-chan-kwok-wai'];

interface Listing {
  readonly paragraphs: readonly { n: number; original: string; text: string; edited: boolean }[];
  readonly stale: readonly unknown[];
}
const listing = (stdout: string): Listing => JSON.parse(stdout) as Listing;
const printed = (): string => {
  const out = path.join(work, 'declaration.pdf');
  expect(dossier(['render', ...document, '--format', 'pdf', '--out', out]).stderr).toBe('');
  return execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
};

beforeAll(() => {
  expect(dossier(['vault', 'init']).code).toBe(0);
  expect(dossier(['case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json')]).stderr).toBe('');
  const profile = ['--name', 'Adaeze Okafor', '--firm', 'Harbourfront Community Legal Clinic', '--address', '200 Queens Quay West'];
  expect(dossier(['counsel', 'set', ...profile]).stderr).toBe('');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier case wording', () => {
  it('lists the paragraphs numbered, rewords one into the printed document, and resets it', () => {
    const before = listing(dossier(['case', 'wording', 'list', ...document]).stdout);
    const please = before.paragraphs.find((p) => p.original.startsWith('This money is my own'));
    if (!please) throw new Error('the declaration has no paragraph on the source of funds');
    expect(please.edited).toBe(false);

    const text = 'This money is my own, saved from my wages as a hospital unit clerk; none of it comes from the person concerned.';
    const set = dossier(['case', 'wording', 'set', ...document, '--paragraph', String(please.n), '--text', text]);
    expect(set.stderr).toBe('');
    expect(listing(set.stdout).paragraphs[please.n - 1]).toEqual({ n: please.n, original: please.original, text, edited: true });
    expect(printed()).toContain('saved from my wages as a hospital unit clerk; none of it comes from the person concerned.');

    const reset = dossier(['case', 'wording', 'reset', ...document]);
    expect(listing(reset.stdout).paragraphs.some((p) => p.edited)).toBe(false);
    expect(printed()).toContain(please.original.replace(/\s+/gu, ' '));
  }, 180_000);

  it('refuses a paragraph number out of range and a target on a document the case has once, naming the fix', () => {
    const range = dossier(['case', 'wording', 'set', ...document, '--paragraph', '999', '--text', 'x']);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/--paragraph takes a number from 1 to \d+/u);
    const target = dossier(['case', 'wording', 'list', '--case', caseId, '--doc', 'release-plan', '--person', 'p-chan-kwok-wai']);
    expect(target.code).toBe(2);
    expect(target.stderr).toContain('leave the target out');
  }, 60_000);
});
