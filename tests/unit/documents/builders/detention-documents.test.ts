import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { formatMoney } from '../../../../src-main/documents/builders/money.ts';
import { collectText } from '../../../../src-main/documents/text-walk.ts';
import type { Block, HeadingBlock, ListBlock, TableBlock, TextRun } from '../../../../src-main/documents/model.ts';
import { caught } from '../../../helpers/errors.ts';
import { blocksText, build, load, text, textOf, withEarlyReview, withoutPseudonym } from './helpers.ts';

const lai = load('case1-lai');
const NBSP = '\u00A0';
const runsText = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');
const headings = (blocks: readonly Block[], level: HeadingBlock['level']): string[] =>
  blocks.filter((b): b is HeadingBlock => b.type === 'heading' && b.level === level).map((b) => runsText(b.runs));
const listItems = (list: ListBlock): string[] =>
  list.items.map((item) => item.blocks.map((b) => (b.type === 'paragraph' ? runsText(b.runs) : '')).join(''));
/** The blocks between a level-2 heading and the next one. */
function section(blocks: readonly Block[], title: string): Block[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.level === 2 && runsText(b.runs) === title);
  expect(start, `section "${title}"`).toBeGreaterThanOrEqual(0);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'heading' && b.level === 2);
  return end < 0 ? rest : rest.slice(0, end);
}
/** French text with its no-break spaces before colons read as plain spaces, to compare with the wording. */
const colons = (s: string): string => s.replaceAll(`${NBSP}:`, ' :');
const plan = (c: Case, patch: Partial<Case['detention']['releasePlan']>): Case => ({
  ...c,
  detention: { ...c.detention, releasePlan: { ...c.detention.releasePlan, ...patch } },
});

describe('money in the language of the document', () => {
  it('writes CAD amounts as each language does, cents only when there are some', () => {
    expect(formatMoney({ amountCents: 200_000, currency: 'CAD' }, 'en')).toBe(`CAD${NBSP}2,000`);
    expect(formatMoney({ amountCents: 200_000, currency: 'CAD' }, 'fr')).toBe(`2${NBSP}000${NBSP}$${NBSP}CA`);
    expect(formatMoney({ amountCents: 1_250_050, currency: 'CAD' }, 'en')).toBe(`CAD${NBSP}12,500.50`);
    expect(formatMoney({ amountCents: 1_250_050, currency: 'CAD' }, 'fr')).toBe(`12${NBSP}500,50${NBSP}$${NBSP}CA`);
  });
});

describe('release plan (bail-plan letter)', () => {
  it('captions the file: client, ID file number, facility, the next review and counsel', () => {
    const en = text(lai, 'release-plan');
    // Filed with the Immigration Division, it names Case 1's client by her pseudonym.
    for (const s of [
      'Re: W.S.L.',
      'ID file no.: 0003-B6-01234',
      'Detained at: Toronto Immigration Holding Centre, since Tuesday, March 10, 2026',
      `Review: Seven-day review, Wednesday, March 18, 2026, 9:30${NBSP}a.m. (Toronto time, EDT), in person`,
      'Counsel: Adaeze Okafor, Harbourfront Community Legal Clinic',
    ])
      expect(en).toContain(s);
    expect(text(lai, 'release-plan', { today: '2026-03-11' })).toContain('Review: Forty-eight-hour review, Thursday, March 12, 2026');
    // No review scheduled: the caption has no review line, never a "date not yet set" placeholder.
    const unscheduled = text(lai, 'release-plan', { today: '2026-03-19' });
    expect(unscheduled).not.toContain('Review:');
    expect(unscheduled).not.toContain('not yet set');
    expect(text(lai, 'release-plan', { today: '2026-03-19', lang: 'fr' })).not.toContain('date à fixer');
    expect(colons(text(lai, 'release-plan', { lang: 'fr' }))).toContain(
      `Contrôle : Contrôle des sept jours, le mercredi 18 mars 2026 à 9${NBSP}h${NBSP}30 (heure de Toronto, HAE), en personne`,
    );
  });

  it('gives each IRPR s.248 factor submitted on a heading, with its evidence, and leaves out the rest', () => {
    const doc = build(lai, 'release-plan');
    const factors = headings(doc.blocks, 3).filter((h) => /^\([a-f]\) /u.test(h));
    expect(factors.map((h) => h.slice(0, 3))).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
    expect(factors[4]).toBe('(e) The existence of alternatives to detention');
    const e = blocksText(section(doc.blocks, 'Factors under IRPR s.248'));
    expect(e).toContain('Evidence: T4 slips of CHAN Kwok-wai, 2024 and 2025; Bank letter for CHAN Kwok-wai; Lease, 14 Elmwood Crescent.');

    const onlyE = build(plan(lai, { factors: lai.detention.releasePlan.factors.filter((f) => f.factor === 'e') }), 'release-plan');
    expect(headings(onlyE.blocks, 3).filter((h) => /^\([a-f]\) /u.test(h))).toEqual(['(e) The existence of alternatives to detention']);

    const bare = plan(lai, { factors: [] });
    const empty = build(bare, 'release-plan');
    expect(headings(empty.blocks, 2)).not.toContain('Factors under IRPR s.248');
    expect(headings(empty.blocks, 3).filter((h) => /^\([a-f]\) /u.test(h))).toHaveLength(0);
    expect(blocksText(empty.blocks)).not.toContain('No submissions.');
    const fr = build(bare, 'release-plan', { lang: 'fr' });
    expect(headings(fr.blocks, 2)).not.toContain("Critères de l'article 248 du RIPR");
    expect(headings(fr.blocks, 3).filter((h) => /^[a-f]\) /u.test(h))).toHaveLength(0);
    expect(blocksText(fr.blocks)).not.toContain('Aucune observation.');
  });

  it('has one section per ground of the episode, each with its response and the conditions that answer it', () => {
    const twoGrounds: Case = plan(
      {
        ...lai,
        detention: {
          ...lai.detention,
          episodes: lai.detention.episodes.map((e) => ({ ...e, grounds: ['FLIGHT', 'DANGER'] as const }).valueOf() as typeof e),
        },
      },
      {
        groundResponses: [
          ...lai.detention.releasePlan.groundResponses,
          { ground: 'DANGER', response: 'There is no conviction or charge anywhere.' },
        ],
        conditions: [
          ...lai.detention.releasePlan.conditions,
          { id: 'c-peace', kind: 'KEEP_PEACE', details: '', answers: ['DANGER'], proposed: true, ordered: false },
          { id: 'c-both', kind: 'CURFEW', details: '22:00 to 06:00.', answers: ['FLIGHT', 'DANGER'], proposed: true, ordered: false },
          { id: 'c-old', kind: 'EM', details: '', answers: ['FLIGHT'], proposed: false, ordered: false },
        ],
      },
    );
    const doc = build(twoGrounds, 'release-plan');
    const grounds = section(doc.blocks, 'Response to the grounds for detention');
    expect(headings(grounds, 3)).toEqual(['Unlikely to appear — IRPA s.58(1)(b)', 'Danger to the public — IRPA s.58(1)(a)']);
    const danger = blocksText(grounds.slice(grounds.findIndex((b) => b.type === 'heading' && runsText(b.runs).startsWith('Danger'))));
    expect(danger).toContain('There is no conviction or charge anywhere.');
    expect(danger).toContain('Condition 8: Keep the peace and be of good behaviour.');
    expect(danger).toContain('Condition 9: Observe a curfew, 22:00 to 06:00.');
    expect(danger).not.toContain('Condition 1:');

    const numbered = section(doc.blocks, 'Proposed conditions').find((b): b is ListBlock => b.type === 'list');
    expect(numbered?.ordered).toBe(true);
    const items = listItems(numbered as ListBlock);
    expect(items).toHaveLength(9);
    expect(items[0]).toBe(
      'Reside at the approved address, with CHAN Kwok-wai at 14 Elmwood Crescent, Richmond Hill, ON. Answers: flight risk (s.58(1)(b)).',
    );
    expect(items[8]).toBe('Observe a curfew, 22:00 to 06:00. Answers: flight risk (s.58(1)(b)); danger to the public (s.58(1)(a)).');
    expect(items.join('\n')).not.toContain('electronic monitoring');
    expect(textOf(doc)).toContain('Grounds relied on by the Minister: flight risk (s.58(1)(b)); danger to the public (s.58(1)(a)).');
  });

  it('offers CHAN with his means, offer, source of funds and undertakings, and shows HO, whom the Division rejected, only as addressed', () => {
    const doc = build(lai, 'release-plan');
    const bonds = blocksText(section(doc.blocks, 'Bondspersons'));
    expect(headings(section(doc.blocks, 'Bondspersons'), 3)).toEqual(['CHAN Kwok-wai (陳國偉)']);
    for (const s of [
      'Status: Canadian citizen.',
      'Relationship: cousin; contact: Weekly since she arrived; daily since the arrest.',
      'Home: 14 Elmwood Crescent, Richmond Hill, ON, the proposed residence.',
      'Employment: Hospital unit clerk, Richmond Hill regional hospital; schedule: Monday to Friday, 07:00–15:00.',
      `Assets: Savings account: CAD${NBSP}12,500 — Bank letter for CHAN Kwok-wai.`,
      `Offer: a deposit of CAD${NBSP}2,000 and a guarantee of CAD${NBSP}5,000.`,
      'Source of funds: Savings from employment; T4s 2024–2025 and a bank letter',
      'Earlier bonds or sureties: none.',
      'Criminal record: None.',
      'forfeited and the guarantee becomes payable if any condition is breached (IRPR s.49(4)), and the duty to report any breach to the CBSA at once.',
      'CHAN Kwok-wai (陳國偉) will testify at the hearing.',
    ])
      expect(bonds).toContain(s);
    expect(bonds).not.toMatch(/Tina|3,000/u);
    const addressed = blocksText(section(doc.blocks, 'Bondspersons addressed'));
    expect(addressed).toContain('HO Tina (friend) was put forward as a bondsperson and is not proposed as a surety in this plan.');
    expect(addressed).toContain('Response: Ms. Ho can provide bank records within 48 hours.');
    expect(addressed).not.toContain('3,000');
    const fr = colons(text(lai, 'release-plan', { lang: 'fr' }));
    expect(fr).toContain(`Offre : un dépôt de 2${NBSP}000${NBSP}$${NBSP}CA et une garantie de 5${NBSP}000${NBSP}$${NBSP}CA.`);
    expect(fr.slice(0, fr.indexOf('Cautions écartées'))).not.toContain('Tina');
  });

  it('writes real French and the French forms of the law', () => {
    const fr = colons(text(lai, 'release-plan', { lang: 'fr' }));
    for (const s of [
      'Plan de mise en liberté',
      'Objet : W.S.L.',
      'Dossier de la SI : 0003-B6-01234',
      "nous demandons à la Section de l'immigration d'ordonner la mise en liberté aux conditions proposées ci-dessous (LIPR, par. 58(1) et (3))",
      "Risque de se soustraire au contrôle, à l'enquête ou au renvoi — LIPR, al. 58(1)b)",
      'Les conditions proposées suivantes répondent à ce motif :',
      "Résider à l'adresse approuvée, with CHAN Kwok-wai at 14 Elmwood Crescent, Richmond Hill, ON. Répond à : risque de fuite (al. 58(1)b)).",
      "s'engage à signaler sans délai tout manquement à l'ASFC",
      'Veuillez agréer',
    ])
      expect(fr).toContain(s);
    // French typography: a no-break space before a colon, so it never starts a line.
    expect(text(lai, 'release-plan', { lang: 'fr' })).toContain(`Objet${NBSP}: W.S.L.`);
  });

  it('cites exhibits by title on its own and by tab and page inside a packet', () => {
    const alone = build(lai, 'release-plan');
    expect(blocksText(section(alone.blocks, 'Exhibits'))).toContain(
      'Bank letter for CHAN Kwok-wai\nT4 slips of CHAN Kwok-wai, 2024 and 2025\nLease, 14 Elmwood Crescent\nNotice of seizure (IRPA s.140)',
    );
    const exhibitRefs = new Map([
      ['x-seizure-notice', { tab: '2', page: 5 }],
      ['x-chan-t4', { tab: '4', page: 12 }],
      ['x-chan-bank', { tab: '5', page: 15 }],
      ['x-chan-lease', { tab: '6', page: 17 }],
    ]);
    const packed = build(lai, 'release-plan', { exhibitRefs });
    const en = textOf(packed);
    expect(en).toContain(
      '(evidence: T4 slips of CHAN Kwok-wai, 2024 and 2025 (Tab 4, p. 12); Bank letter for CHAN Kwok-wai (Tab 5, p. 15))',
    );
    expect(blocksText(section(packed.blocks, 'Exhibits'))).toContain(
      'Tab 2, p. 5 — Notice of seizure (IRPA s.140)\nTab 4, p. 12 — T4 slips of CHAN Kwok-wai, 2024 and 2025\nTab 5, p. 15 — Bank letter for CHAN Kwok-wai\nTab 6, p. 17 — Lease, 14 Elmwood Crescent',
    );
    expect(colons(text(lai, 'release-plan', { lang: 'fr', exhibitRefs }))).toContain(
      'T4 slips of CHAN Kwok-wai, 2024 and 2025 (onglet 4, p. 12)',
    );
  });

  it('is written in the language asked for, whatever the language of proceedings', () => {
    const french: Case = { ...lai, matter: { ...lai.matter, languageOfProceedings: 'fr' } };
    expect(text(french, 'release-plan', { lang: 'en' })).toContain('Relief sought');
    expect(build(french, 'release-plan', { lang: 'en' }).meta.lang).toBe('en');
  });

  it('refuses a case without a detention, or a hearing that is not in the case, naming the field', () => {
    const none: Case = { ...lai, detention: { ...lai.detention, episodes: [] } };
    expect(caught(() => build(none, 'release-plan'))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'detention.episodes' }],
    });
    expect(caught(() => build(lai, 'release-plan', { options: { hearingId: 'h-nope' } }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'hearingId' }],
    });
  });

  it('keeps the client name in its own script and language', () => {
    const runs = collectText(build(withoutPseudonym(lai), 'release-plan')).filter((t) => t.text === '黎詠詩');
    expect(runs.length).toBeGreaterThan(5);
    for (const run of runs) expect(run.lang).toBe('yue-Hant');
  });
});

describe("bondsperson's statutory declaration", () => {
  it('is made by the first bondsperson not rejected: status, relationship, offer, funds, conditions, forfeiture, duty to report', () => {
    const en = text(lai, 'bondsperson-declaration');
    for (const s of [
      'Statutory declaration of a bondsperson',
      'I, CHAN Kwok-wai (陳國偉), of 14 Elmwood Crescent, Richmond Hill, ON, solemnly declare that:',
      'My status in Canada: Canadian citizen; I live in Canada.',
      'My relationship to W.S.L.: cousin.',
      `I offer a deposit of CAD${NBSP}2,000 and a guarantee of CAD${NBSP}5,000.`,
      'none of it comes from W.S.L. Its source: Savings from employment',
      '(1) Reside at the approved address, with CHAN Kwok-wai at 14 Elmwood Crescent, Richmond Hill, ON; (2) Report to the CBSA by voice reporting, every two weeks;',
      'the deposit will be forfeited and the guarantee will become payable (IRPR s.49(4))',
      'I understand that I must report any breach of a condition to the CBSA at once, and I undertake to do so.',
      'as if made under oath (Canada Evidence Act, s.41)',
      'Declared before me at ______________________, in the Province of ______________________, on ______________________.',
      'Signature of the declarant\nCHAN Kwok-wai (陳國偉)',
    ])
      expect(en).toContain(s);
    const fr = colons(text(lai, 'bondsperson-declaration', { lang: 'fr' }));
    for (const s of [
      'Je soussigné(e), CHAN Kwok-wai (陳國偉), domicilié(e) au 14 Elmwood Crescent, Richmond Hill, ON, déclare solennellement ce qui suit :',
      `j'offre un dépôt de 2${NBSP}000${NBSP}$${NBSP}CA et une garantie de 5${NBSP}000${NBSP}$${NBSP}CA.`,
      'le dépôt sera confisqué et la garantie deviendra exigible (RIPR, par. 49(4))',
      'la croyant consciencieusement vraie',
      'Signature de la personne déclarante',
    ])
      expect(fr).toContain(s);
  });

  it('numbers its paragraphs in one list', () => {
    const doc = build(lai, 'bondsperson-declaration');
    const lists = doc.blocks.filter((b): b is ListBlock => b.type === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.ordered).toBe(true);
    expect(listItems(lists[0] as ListBlock).at(-1)).toBe('I have never before acted as a bondsperson or surety.');
  });

  it('is made for the person asked for, and refuses someone who is not a bondsperson, naming the field', () => {
    expect(text(lai, 'bondsperson-declaration', { options: { personId: 'p-tina-ho' } })).toContain(`I offer a deposit of CAD${NBSP}3,000.`);
    const translator = caught(() => build(lai, 'bondsperson-declaration', { options: { personId: 'p-wong-mei-ling' } }));
    expect(translator).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'people.2.bondsperson' }] });
    expect(translator.message).not.toContain('WONG');
    expect(caught(() => build(lai, 'bondsperson-declaration', { options: { personId: 'p-nobody' } }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'personId' }],
    });
    const noneOffered: Case = { ...lai, people: lai.people.filter((p) => p.bondsperson?.determination === 'rejected' || !p.bondsperson) };
    expect(caught(() => build(noneOffered, 'bondsperson-declaration'))).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'people' }] });
  });
});

describe('early-review application (ID Rules r.9)', () => {
  const early = withEarlyReview(lai);

  it('numbers the new facts and lists the three dates in order', () => {
    const doc = build(early, 'early-review-application', { today: '2026-03-13' });
    const [facts, dates] = doc.blocks.filter((b): b is ListBlock => b.type === 'list');
    expect(facts?.ordered).toBe(true);
    expect(listItems(facts as ListBlock)[0]).toMatch(/^CHAN Kwok-wai, a Canadian citizen/u);
    expect(listItems(facts as ListBlock)).toHaveLength(2);
    expect(listItems(dates as ListBlock)).toEqual(['Friday, March 13, 2026', 'Monday, March 16, 2026', 'Tuesday, March 17, 2026']);
    const en = textOf(doc);
    expect(en).toContain('Application for an early detention review (ID Rules, r.9)');
    expect(en).toContain('The next review (Seven-day review) is now scheduled for Wednesday, March 18, 2026');
    const fr = colons(text(early, 'early-review-application', { lang: 'fr', today: '2026-03-13' }));
    expect(fr).toContain('Demande de contrôle anticipé des motifs de détention (Règles de la SI, règle 9)');
    expect(fr).toContain('le vendredi 13 mars 2026\nle lundi 16 mars 2026\nle mardi 17 mars 2026');
  });

  it('refuses an application without new facts or without exactly three dates, naming each field', () => {
    const none = caught(() => build(lai, 'early-review-application'));
    expect(none.code).toBe('VALIDATION');
    expect(none.issues.map((i) => i.path)).toEqual(['detention.earlyReview.newFacts', 'detention.earlyReview.availableDates']);
    const twoDates: Case = {
      ...early,
      detention: { ...early.detention, earlyReview: { newFacts: ['A new fact.'], availableDates: ['2026-03-13', '2026-03-16'] } },
    };
    expect(caught(() => build(twoDates, 'early-review-application')).issues.map((i) => i.path)).toEqual([
      'detention.earlyReview.availableDates',
    ]);
    const blankFacts: Case = {
      ...early,
      detention: { ...early.detention, earlyReview: { newFacts: ['  '], availableDates: ['2026-03-13', '2026-03-16', '2026-03-17'] } },
    };
    expect(caught(() => build(blankFacts, 'early-review-application')).issues.map((i) => i.path)).toEqual([
      'detention.earlyReview.newFacts',
    ]);
  });
});

describe('interpreter notice (ID Rules r.17)', () => {
  it('names the language and the dialect, and the other language the r.8 information gives', () => {
    const en = text(lai, 'interpreter-notice', { today: '2026-03-11' });
    for (const s of [
      'Notice of need for an interpreter (ID Rules, r.17)',
      'Hearing: Forty-eight-hour review, Thursday, March 12, 2026',
      'Language: Chinese (Cantonese)',
      'Dialect: Cantonese (Guangdong)',
      'names Chinese (Mandarin) as the language of interpretation. That is not the language of the person concerned: the interpreter must speak Chinese (Cantonese).',
    ])
      expect(en).toContain(s);
    const fr = colons(text(lai, 'interpreter-notice', { lang: 'fr', today: '2026-03-11' }));
    expect(fr).toContain('Langue : chinois (cantonais)');
    expect(fr).toContain('Dialecte : Cantonese (Guangdong)');
    expect(fr).toContain('indiquent chinois (mandarin) comme langue d’interprétation'.replace('’', "'"));
  });

  it('for the next hearing, records the earlier mismatch instead', () => {
    const en = text(lai, 'interpreter-notice');
    expect(en).toContain('Hearing: Seven-day review, Wednesday, March 18, 2026');
    expect(en).not.toContain('rule 8');
    expect(en).toContain('Forty-eight-hour review, Thursday, March 12, 2026: Chinese (Cantonese) requested, Chinese (Mandarin) provided.');
    expect(text(lai, 'interpreter-notice', { options: { hearingId: 'h-admissibility' } })).toContain(
      'Hearing: Admissibility hearing, Wednesday, April 22, 2026',
    );
  });

  it('refuses without a hearing ahead or a language needing an interpreter', () => {
    expect(caught(() => build(lai, 'interpreter-notice', { today: '2026-11-23' }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'detention.hearings' }],
    });
    const fluent: Case = {
      ...lai,
      client: { ...lai.client, languages: lai.client.languages.map((l) => ({ ...l, interpreterNeeded: false })) },
    };
    expect(caught(() => build(fluent, 'interpreter-notice'))).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'client.languages' }] });
  });
});

describe('statement of service (ID Rules r.38)', () => {
  it('says how and when each document was served, at the local time of service, signed by counsel', () => {
    const en = text(lai, 'proof-of-service');
    expect(en).toContain(
      `Release plan and exhibits for the seven-day review — provided by email to Minister's counsel, CBSA hearings, Greater Toronto Area, on Tuesday, March 17, 2026, 3:00${NBSP}p.m. (Toronto time, EDT).`,
    );
    expect(en).toContain('Signature of counsel\nAdaeze Okafor');
    const fr = colons(text(lai, 'proof-of-service', { lang: 'fr' }));
    expect(fr).toContain('— transmis par courriel à');
    expect(fr).toContain(
      `à Minister's counsel, CBSA hearings, Greater Toronto Area, le mardi 17 mars 2026 à 15${NBSP}h${NBSP}00 (heure de Toronto, HAE).`,
    );
  });

  it('prints one record when asked, and refuses an unknown record or a case with none', () => {
    const served: Case = {
      ...lai,
      detention: {
        ...lai.detention,
        service: [
          ...lai.detention.service,
          {
            id: 'svc-notice',
            document: 'Interpreter notice',
            servedOn: "Minister's counsel",
            method: 'fax',
            at: { utc: '2026-03-11T15:00:00Z', tz: 'America/Toronto' },
          },
        ],
      },
    };
    const all = text(served, 'proof-of-service');
    expect(all.indexOf('Interpreter notice')).toBeLessThan(all.indexOf('Release plan and exhibits'));
    expect(all).toContain("provided by fax to Minister's counsel, on Wednesday, March 11, 2026");
    expect(text(served, 'proof-of-service', { options: { serviceId: 'svc-notice' } })).not.toContain('Release plan and exhibits');
    expect(caught(() => build(served, 'proof-of-service', { options: { serviceId: 'svc-x' } }))).toMatchObject({
      issues: [{ path: 'serviceId' }],
    });
    const none: Case = { ...lai, detention: { ...lai.detention, service: [] } };
    expect(caught(() => build(none, 'proof-of-service'))).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'detention.service' }] });
  });
});

describe("client's prep sheet", () => {
  const table = (c: Case, lang: 'en' | 'fr' = 'en'): TableBlock => {
    const found = build(c, 'client-prep-sheet', { lang }).blocks.find((b): b is TableBlock => b.type === 'table');
    expect(found).toBeDefined();
    return found as TableBlock;
  };
  const cellText = (t: TableBlock, row: number, column: number): string => blocksText(t.rows[row]?.cells[column]?.blocks ?? []);

  it('sets the hearing, address, bondspersons and counsel beside ruled lines for the interpreter', () => {
    const t = table(lai);
    expect(t.columnWidths).toEqual([1, 1]);
    expect(t.headerRows[0]?.cells.map((c) => blocksText(c.blocks))).toEqual(['English', 'Translation — Chinese (Cantonese)']);
    const left = t.rows.map((_, r) => cellText(t, r, 0));
    expect(left[0]).toBe(`Your hearing\nWednesday, March 18, 2026, 9:30${NBSP}a.m. (Toronto time, EDT) — Seven-day review`);
    expect(left).toContain('Your release address (say it if you are asked)\n14 Elmwood Crescent, Richmond Hill, ON');
    expect(left).toContain('Your bondspersons\nCHAN Kwok-wai (陳國偉) — cousin');
    expect(left.join('\n')).not.toContain('Tina');
    expect(left).toContain('Your lawyer\nAdaeze Okafor, Harbourfront Community Legal Clinic, 416-555-0142');
    for (let r = 0; r < t.rows.length; r += 1) expect(cellText(t, r, 1)).toMatch(/^(_{20,}\n)+_{20,}$/u);
  });

  it("prints the interpreter's translation beside each row it covers, in its own script and language", () => {
    const address = 'Your release address (say it if you are asked)\n14 Elmwood Crescent, Richmond Hill, ON';
    const translated: Case = {
      ...lai,
      detention: {
        ...lai.detention,
        prepSheetTranslation: {
          lang: 'yue-Hant',
          translatorId: 'p-wong-mei-ling',
          rows: [
            { key: 'address', text: '你獲釋後的地址（如被問到請說出）\n安大略省列治文山 Elmwood Crescent 14號', source: address },
            { key: 'hearing', text: '你的聆訊：二〇二六年三月十七日', source: 'Your hearing\nTuesday, March 17, 2026' },
          ],
        },
      },
    };
    const t = table(translated);
    const row = t.rows.findIndex((_, r) => cellText(t, r, 0) === address);
    const cell = t.rows[row]?.cells[1]?.blocks[0];
    expect(cell?.type === 'paragraph' && cell.lang).toBe('yue-Hant');
    expect(cellText(t, row, 1)).toBe('你獲釋後的地址（如被問到請說出）\n安大略省列治文山 Elmwood Crescent 14號');
    // The hearing row's translation was made for another date: ruled lines, not a wrong date.
    expect(cellText(t, 0, 1)).toMatch(/^_{20,}/u);
    const doc = build(translated, 'client-prep-sheet');
    expect(textOf(doc)).toContain('Translation: WONG Mei-ling (王美玲).');
  });

  it('is laid out in French with the French labels', () => {
    const t = table(lai, 'fr');
    expect(cellText(t, 0, 0)).toBe(
      `Votre audience\nmercredi 18 mars 2026 à 9${NBSP}h${NBSP}30 (heure de Toronto, HAE) — Contrôle des sept jours`,
    );
    expect(blocksText(t.headerRows[0]?.cells[1]?.blocks ?? [])).toBe('Traduction — chinois (cantonais)');
  });
});

describe('citations in a Bates-numbered packet', () => {
  it('print the stamped label, not the bare page number', () => {
    const exhibitRefs = new Map([['x-chan-t4', { tab: '5', page: 12, label: 'APP-000012' }]]);
    expect(text(lai, 'release-plan', { exhibitRefs })).toContain('Tab 5, p. APP-000012');
  });
});

describe('French dates on the first of the month', () => {
  const firsts: Case = {
    ...lai,
    detention: {
      ...lai.detention,
      episodes: lai.detention.episodes.map((e) => ({ ...e, start: { utc: '2026-03-01T18:30:00Z', tz: 'America/Toronto' } })),
      hearings: lai.detention.hearings.map((h) =>
        h.id === 'h-7d' ? { ...h, scheduled: { utc: '2026-04-01T13:30:00Z', tz: 'America/Toronto' } } : h,
      ),
    },
  };

  it('the release plan reads "1er" in French and "1" in English, for the letter, the detention and the review', () => {
    const fr = colons(text(firsts, 'release-plan', { lang: 'fr', today: '2026-04-01' }));
    expect(fr).toContain('Le 1er avril 2026');
    expect(fr).toContain('depuis le dimanche 1er mars 2026');
    expect(fr).toContain('le mercredi 1er avril 2026 à 9');
    expect(fr).not.toMatch(/\b1 (?:mars|avril)/u);
    const en = text(firsts, 'release-plan', { today: '2026-04-01' });
    expect(en).toContain('April 1, 2026');
    expect(en).toContain('since Sunday, March 1, 2026');
  });
});
