import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentKinds } from '../../src-main/documents/builders/document-types.ts';
import { dossierCli } from '../helpers/cli.ts';
import { paragraphText } from '../helpers/docx-xml.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-render-cli-'));
const vault = path.join(work, 'vault');

const dossier = dossierCli(vault);

let caseId = '';
beforeAll(() => {
  expect(dossier(['vault', 'init']).code).toBe(0);
  expect(dossier(['case', 'import', path.join(root, 'tests/fixtures/cases/case2-srisuk.json')]).stderr).toBe('');
  expect(dossier(['case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json')]).stderr).toBe('');
  caseId = 'case2-srisuk-kanokwan';
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier render and dossier counsel', () => {
  it('refuses to print a letter before the counsel profile is set, then prints it', () => {
    const out = path.join(work, 'letter.pdf');
    const refused = dossier(['render', '--case', caseId, '--doc', 'letter', '--lang', 'fr', '--format', 'pdf', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^dossier: VALIDATION: .*Settings → Counsel profile/u);

    const set = dossier([
      'counsel',
      'set',
      '--name',
      'Adaeze Okafor',
      '--firm',
      'Harbourfront Community Legal Clinic',
      '--address',
      '200 Queens Quay West|Toronto, Ontario',
      '--law-society',
      'Law Society of Ontario',
      '--law-society-number',
      '71234P',
    ]);
    expect(set.stderr).toBe('');
    expect(JSON.parse(dossier(['counsel', 'show']).stdout)).toMatchObject({
      name: 'Adaeze Okafor',
      addressLines: ['200 Queens Quay West', 'Toronto, Ontario'],
    });

    const done = dossier(['render', '--case', caseId, '--doc', 'letter', '--lang', 'fr', '--format', 'pdf', '--out', out]);
    expect(done.stderr).toBe('');
    // The document names the client: readable by its owner only.
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Harbourfront Community Legal Clinic');
    expect(text).toContain('Objet : SRISUK Kanokwan');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Title:\s+Lettre — SRISUK Kanokwan/u);
  });

  it('rejects an unknown document or format with one line', () => {
    const bad = dossier(['render', '--case', caseId, '--doc', 'memo', '--out', path.join(work, 'x.pdf')]);
    expect(bad.code).toBe(2);
    // Every kind the CLI can print, named in one line, from the same list the builders use.
    expect(bad.stderr).toContain(`--doc takes ${documentKinds.join(', ')}.`);
    expect(dossier(['render', '--case', caseId, '--doc', 'timeline', '--format', 'odt', '--out', path.join(work, 'x.pdf')]).stderr).toMatch(
      /--format takes pdf, docx/u,
    );
  });

  it('renders the Thai timeline as DOCX with the Thai text in Thai and in the Thai complex-script font', () => {
    const out = path.join(work, 'timeline.docx');
    const done = dossier(['render', '--case', caseId, '--doc', 'timeline', '--lang', 'en', '--format', 'docx', '--out', out]);
    expect(done.stderr).toBe('');
    const parts = unzipSync(readFileSync(out));
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const runs = Array.from(doc.getElementsByTagName('w:r'));
    // "12 ส.ค. 2531 (1988-08-12)": the Thai month is a run of its own, in Thai.
    const at = runs.findIndex((r) => r.textContent === 'ส.ค.');
    const thaiRun = runs[at];
    const fonts = thaiRun?.getElementsByTagName('w:rFonts')[0];
    expect(fonts?.getAttribute('w:cs')).toBe('Noto Sans Thai');
    const language = thaiRun?.getElementsByTagName('w:lang')[0];
    expect(language?.getAttribute('w:bidi')).toBe('th');
    expect(language?.getAttribute('w:val')).toBe('th');
    expect(runs[at - 1]?.textContent).toMatch(/12 $/u);
    expect(runs[at - 1]?.getElementsByTagName('w:lang')[0]?.getAttribute('w:val')).toBe('en');
    expect(new TextDecoder().decode(parts['docProps/core.xml'])).not.toMatch(/creator|lastModifiedBy/u);
  });
});

describe('dossier render: the detention-review documents', () => {
  it('renders the release plan of the Cantonese case as DOCX, Chinese names in Chinese', () => {
    const out = path.join(work, 'release-plan.docx');
    const done = dossier([
      'render',
      '--case',
      'case1-lai-wing-sze',
      '--doc',
      'release-plan',
      '--lang',
      'en',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(done.stderr).toBe('');
    // Filed with the Immigration Division: the client is named by her pseudonym, the bondsperson in both scripts.
    expect(JSON.parse(done.stdout)).toMatchObject({ title: 'Release plan — W.S.L.' });
    const xml = new TextDecoder().decode(unzipSync(readFileSync(out))['word/document.xml']);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    // As Word shows them: a name kept whole carries no-break spaces and hyphens.
    const paragraphs = Array.from(doc.getElementsByTagName('w:p')).map((p) => paragraphText(p).replaceAll('\u00a0', ' '));
    for (const line of [
      'Relief sought',
      'Unlikely to appear — IRPA s.58(1)(b)',
      '(e) The existence of alternatives to detention',
      'CHAN Kwok-wai (陳國偉)',
    ])
      expect(paragraphs).toContain(line);
    const chinese = Array.from(doc.getElementsByTagName('w:r')).find((r) => r.textContent === '陳國偉');
    expect(chinese?.getElementsByTagName('w:lang')[0]?.getAttribute('w:eastAsia')).toBe('zh-HK');
  });

  it('prints the French statement of service as PDF, and refuses an early-review application without new facts', () => {
    const out = path.join(work, 'service.pdf');
    const done = dossier([
      'render',
      '--case',
      'case1-lai-wing-sze',
      '--doc',
      'proof-of-service',
      '--lang',
      'fr',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(done.stderr).toBe('');
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Déclaration de transmission de documents');
    const refused = dossier([
      'render',
      '--case',
      'case1-lai-wing-sze',
      '--doc',
      'early-review-application',
      '--out',
      path.join(work, 'early.pdf'),
    ]);
    expect(refused.code).toBe(2);
    const [first, ...details] = refused.stderr.trimEnd().split('\n');
    expect(first).toBe('dossier: VALIDATION: The early-review application needs the new facts and three available dates.');
    // Each field to fill in gets a line of its own.
    expect(details.length).toBeGreaterThan(0);
    for (const line of details) expect(line).toMatch(/^ {2}detention\.earlyReview\.\S+: /u);
  });
});

describe('dossier render --application', () => {
  it('prints the r.43 application recorded with case application, in French, and refuses a record of another kind', () => {
    const added = dossier([
      'case',
      'application',
      'add',
      '--case',
      'case1-lai-wing-sze',
      '--kind',
      'change-date',
      '--hearing',
      'h-admissibility',
      '--proposed-date',
      '2026-04-29',
      '--reason',
      'Counsel is before the Federal Court that day.',
      '--served',
      'svc-release-plan',
    ]);
    expect(added.stderr).toBe('');
    const id = /"id": "(app-\d+)"/u.exec(added.stdout)?.[1] ?? 'app-1';
    const out = path.join(work, 'r43.pdf');
    const args = ['render', '--case', 'case1-lai-wing-sze', '--application', id, '--lang', 'fr', '--format', 'pdf'];
    const done = dossier([...args, '--doc', 'change-date-application', '--out', out]);
    expect(done.stderr).toBe('');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('mercredi 29 avril 2026');
    expect(text).toContain('Déclaration de signification');
    const refused = dossier([...args, '--doc', 'summons-application', '--out', path.join(work, 'r33.pdf')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^ {2}applicationId: /mu);
  });
});

describe('dossier render --person', () => {
  it("prints the chosen bondsperson's declaration and refuses someone who offered no bond", () => {
    const out = path.join(work, 'chan.pdf');
    const args = ['render', '--case', 'case1-lai-wing-sze', '--doc', 'bondsperson-declaration', '--format', 'pdf'];
    const done = dossier([...args, '--person', 'p-chan-kwok-wai', '--out', out]);
    expect(done.stderr).toBe('');
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toMatch(/CHAN Kwok-wai/u);
    const refused = dossier([...args, '--person', 'p-wong-mei-ling', '--out', path.join(work, 'wong.pdf')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^dossier: VALIDATION: /u);
  });
});

describe('dossier render --all-events', () => {
  it("keeps an event not marked for filing out of the chronology, and prints it in counsel's copy", () => {
    const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as {
      case: { id: string; timeline: { id: string; summary: string; forFiling?: boolean }[] };
    };
    file.case.id = 'case1-counsel-copy';
    const held = file.case.timeline.find((e) => e.id === 't-entry');
    if (!held) throw new Error('fixture changed');
    held.forFiling = false;
    const input = path.join(work, 'counsel-copy.json');
    writeFileSync(input, JSON.stringify(file));
    expect(dossier(['case', 'import', input]).stderr).toBe('');
    const paragraphs = (extra: string[]): string => {
      const out = path.join(work, `chronology${extra.join('')}.docx`);
      const done = dossier(['render', '--case', 'case1-counsel-copy', '--doc', 'timeline', '--format', 'docx', '--out', out, ...extra]);
      expect(done.stderr).toBe('');
      return new TextDecoder().decode(unzipSync(readFileSync(out))['word/document.xml']);
    };
    const words = held.summary.slice(0, 30);
    expect(paragraphs([])).not.toContain(words);
    expect(paragraphs(['--all-events'])).toContain(words);
  });
});

describe('dossier deadlines', () => {
  it('reproduces the review clock and the limits of the Cantonese detention case', () => {
    const result = dossier(['deadlines', '--case', 'case1-lai-wing-sze', '--as-of', '2026-03-11T12:00:00Z']);
    expect(result.stderr).toBe('');
    const list = JSON.parse(result.stdout) as {
      kind: string;
      dueLaw: { type: string; date?: string; local?: { date: string; time: string } };
      dueOffice: string;
      basis: { instrument: string; pinpoint: string };
      warnings: { code: string }[];
    }[];
    const first = (kind: string) => list.find((d) => d.kind === kind && d.dueLaw.type !== 'asap');
    expect(first('48H-review')?.dueLaw.local).toMatchObject({ date: '2026-03-12', time: '14:30' });
    expect(first('48H-review')?.basis).toMatchObject({ instrument: 'IRPA', pinpoint: 's.57(1)' });
    expect(first('7D-review')?.dueLaw.date).toBe('2026-03-19');
    expect(list.filter((d) => d.kind === 'written-reasons-request').map((d) => d.dueLaw.date)).toContain('2026-03-28');
    expect(first('disclosure')?.dueLaw.date).toBe('2026-04-16');
    const seizure = first('seizure-return');
    expect(seizure).toMatchObject({ dueLaw: { date: '2026-05-09' }, dueOffice: '2026-05-08' });
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['basis', 'dueLaw', 'dueOffice', 'kind', 'warnings']);
  });

  it('needs a case', () => {
    expect(dossier(['deadlines']).stderr).toMatch(/^dossier: VALIDATION: deadlines needs --case ID\.\n$/u);
  });
});
