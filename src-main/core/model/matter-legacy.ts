import type { FileNumberIssuer } from './case.ts';

/**
 * Cases written before file numbers had a fixed issuer named it in free text ("IRB-ID", "CBSA",
 * "IRCC-UCI", "FC"). Reading such a case maps each name to the fixed set; a UCI moves to the one
 * place it lives, `client.uci` (dropped from the file numbers only when the client already holds
 * that same UCI); a name not recognised is kept as `other` with the name as its label, never lost.
 * Applied to untrusted JSON before the schema checks it, so it is idempotent on current data.
 */
const ALIASES: Readonly<Record<string, FileNumberIssuer | 'UCI'>> = {
  IRB: 'IRB',
  'IRB-ID': 'IRB',
  'IRB-RPD': 'IRB',
  'IRB-IAD': 'IRB',
  'IRB-RAD': 'IRB',
  ID: 'IRB',
  RPD: 'IRB',
  CISR: 'IRB',
  SI: 'IRB',
  SPR: 'IRB',
  CBSA: 'CBSA',
  ASFC: 'CBSA',
  FOSS: 'CBSA',
  GCMS: 'CBSA',
  IRCC: 'IRCC',
  CIC: 'IRCC',
  FC: 'FC',
  CF: 'FC',
  'FEDERAL COURT': 'FC',
  UCI: 'UCI',
  'IRCC-UCI': 'UCI',
  IUC: 'UCI',
};

const UCI = /^\d{4}-?\d{4}(?:-?\d{2})?$/u;
const digits = (value: string): string => value.replace(/\D/gu, '');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The case JSON with its file numbers' issuers in the fixed set and any UCI on the client. */
export function normaliseLegacyMatter(document: unknown): unknown {
  if (!isRecord(document) || !isRecord(document['matter']) || !Array.isArray(document['matter']['fileNumbers'])) return document;
  const matter = document['matter'];
  const client: Record<string, unknown> = isRecord(document['client']) ? { ...document['client'] } : {};
  const fileNumbers: unknown[] = [];
  let changed = false;
  for (const entry of matter['fileNumbers'] as unknown[]) {
    if (!isRecord(entry) || typeof entry['issuer'] !== 'string' || typeof entry['value'] !== 'string') {
      fileNumbers.push(entry);
      continue;
    }
    const issuer = entry['issuer'];
    const value = entry['value'];
    if (issuer === 'other') {
      fileNumbers.push(entry);
      continue;
    }
    const kind = ALIASES[issuer.trim().toUpperCase()];
    if (kind === issuer && kind !== 'UCI') {
      fileNumbers.push(entry);
      continue;
    }
    changed = true;
    if (kind === 'UCI') {
      const held = typeof client['uci'] === 'string' ? client['uci'] : undefined;
      if (held === undefined && UCI.test(value.trim())) {
        client['uci'] = value.trim();
        continue;
      }
      if (held !== undefined && digits(held) === digits(value)) continue;
    }
    fileNumbers.push(kind === undefined || kind === 'UCI' ? { issuer: 'other', label: issuer, value } : { issuer: kind, value });
  }
  if (!changed) return document;
  return { ...document, matter: { ...matter, fileNumbers }, ...(isRecord(document['client']) ? { client } : {}) };
}
