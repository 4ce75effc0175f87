import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matterNumbers, primaryFileNumber } from '../../../../src-main/core/matter/numbers.ts';
import { fileNumberTexts, matterHeaderLines, packetNameNumber, runningHeaderText } from '../../../../src-main/core/matter/wording.ts';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';

const load = (name: string): Case =>
  caseSchema.parse((JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as { case: unknown }).case);
const lai = load('case1-lai');
const srisuk = load('case2-srisuk');
const NBSP = '\u00a0';

describe('the numbers naming a matter', () => {
  it("puts the forum's own number first, then the other offices', then the client's UCI", () => {
    const reordered: Case = {
      ...lai,
      matter: {
        ...lai.matter,
        fileNumbers: [
          { issuer: 'CBSA', value: 'C-1' },
          { issuer: 'IRB', value: '0003-B6-01234' },
          { issuer: 'FC', value: ' ' },
        ],
      },
      client: { ...lai.client, uci: '1234-5678' },
    };
    expect(matterNumbers(reordered).map((n) => `${n.issuer} ${n.value}`)).toEqual(['IRB 0003-B6-01234', 'CBSA C-1', 'UCI 1234-5678']);
    expect(primaryFileNumber(reordered)?.value).toBe('0003-B6-01234');
    // Before IRCC, which files by the UCI, the UCI comes first and names the packet.
    expect(matterNumbers(srisuk).map((n) => n.issuer)).toEqual(['UCI', 'FC']);
    expect(primaryFileNumber(srisuk)?.value).toBe('1122-3344');
  });

  it("labels each number in the filing's language, the IRB's after its division", () => {
    expect(fileNumberTexts(lai, 'en')).toEqual([`ID file no.${NBSP}0003-B6-01234`, `CBSA file no.${NBSP}CBSA-TOR-2026-5531`]);
    expect(fileNumberTexts(lai, 'fr')).toEqual([
      `Dossier de la SI nº${NBSP}0003-B6-01234`,
      `Dossier de l’ASFC nº${NBSP}CBSA-TOR-2026-5531`,
    ]);
    const rpd: Case = { ...lai, matter: { ...lai.matter, forum: 'IRB-RPD' } };
    expect(fileNumberTexts(rpd, 'fr')[0]).toBe(`Dossier de la SPR nº${NBSP}0003-B6-01234`);
    expect(fileNumberTexts(srisuk, 'fr')).toEqual([`IUC${NBSP}1122-3344`, `Dossier de la Cour fédérale nº${NBSP}IMM-9876-25`]);
  });

  it('writes the running header on one line, and nothing for a case without numbers', () => {
    expect(runningHeaderText(lai, 'en')).toBe(`ID file no.${NBSP}0003-B6-01234 · CBSA file no.${NBSP}CBSA-TOR-2026-5531`);
    const bare: Case = { ...lai, matter: { ...lai.matter, fileNumbers: [] } };
    expect(runningHeaderText(bare, 'fr')).toBe('');
  });

  it("heads a list of documents with the forum, the numbers and the parties, in the filing's language", () => {
    expect(matterHeaderLines(lai, 'en')).toEqual([
      'Immigration and Refugee Board of Canada – Immigration Division',
      `ID file no.${NBSP}0003-B6-01234`,
      `CBSA file no.${NBSP}CBSA-TOR-2026-5531`,
      'Person concerned: LAI Wing-sze (黎詠詩)',
      'Minister of Public Safety and Emergency Preparedness',
    ]);
    expect(matterHeaderLines(lai, 'fr')[0]).toBe(
      'Commission de l’immigration et du statut de réfugié du Canada – Section de l’immigration',
    );
    expect(matterHeaderLines(lai, 'fr')[3]).toBe(`Personne concernée${NBSP}: LAI Wing-sze (黎詠詩)`);
  });

  it("names a packet by the file number, or by the client's name when the case has none (never by its id)", () => {
    expect(packetNameNumber(lai)).toEqual({ text: '0003-B6-01234', fromName: false });
    const bare: Case = { ...lai, matter: { ...lai.matter, fileNumbers: [] }, client: { ...lai.client, uci: '1234-5678' } };
    expect(packetNameNumber(bare)).toEqual({ text: 'LAI Wing-sze (黎詠詩)', fromName: true });
  });
});
