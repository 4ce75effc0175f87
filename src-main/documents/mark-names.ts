import type { Case, Client } from '../core/model/case.ts';
import { displayName } from '../core/names.ts';
import type { Block, DossierDocument, TextRun } from './model.ts';

/** Shorter than this, a name could be part of an ordinary word. */
const MIN_LENGTH = 4;

type Named = Pick<Client, 'familyName' | 'givenNames' | 'namesInScript'>;

function namesOf(p: Named): string[] {
  const given = p.givenNames.trim();
  const family = p.familyName.trim();
  const latin =
    given !== '' && family !== ''
      ? [
          `${family.toLocaleUpperCase('und')} ${given}`,
          `${given} ${family}`,
          `${family} ${given}`,
          `${given} ${family.toLocaleUpperCase('und')}`,
        ]
      : [];
  return [displayName(p), ...latin, ...p.namesInScript.map((n) => n.value.trim())];
}

/** The case's people's names as documents write them, longest first, so a full name wins over a part. */
export function caseNames(c: Case): string[] {
  const all = [c.client, ...c.people].flatMap(namesOf).filter((n) => [...n].length >= MIN_LENGTH);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

function splitRun(run: TextRun, names: readonly string[]): TextRun[] {
  if (run.unbroken === true || names.length === 0) return [run];
  const out: TextRun[] = [];
  let rest = run.text;
  for (;;) {
    let at = -1;
    let found = '';
    for (const name of names) {
      const i = rest.indexOf(name);
      if (i >= 0 && (at < 0 || i < at || (i === at && name.length > found.length))) {
        at = i;
        found = name;
      }
    }
    if (at < 0) break;
    if (at > 0) out.push({ ...run, text: rest.slice(0, at) });
    out.push({ ...run, text: found, unbroken: true });
    rest = rest.slice(at + found.length);
  }
  if (rest !== '') out.push({ ...run, text: rest });
  return out;
}

/**
 * A name that ends with a full stop ("W.S.L.", "Jr.") at the end of a sentence takes the
 * sentence's stop: "from W.S.L.." prints "from W.S.L.".
 */
function oneStop(list: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of list) {
    const prev = out.at(-1);
    if (prev?.unbroken === true && prev.text.endsWith('.') && /^\.(?!\.)/u.test(run.text)) {
      if (run.text.length > 1) out.push({ ...run, text: run.text.slice(1) });
    } else out.push(run);
  }
  return out;
}

const runs = (list: readonly TextRun[], names: readonly string[]): TextRun[] => oneStop(list.flatMap((r) => splitRun(r, names)));

function block(b: Block, names: readonly string[]): Block {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return { ...b, runs: runs(b.runs, names) };
    case 'list':
      return { ...b, items: b.items.map((item) => ({ blocks: blocks(item.blocks, names) })) };
    case 'table': {
      const row = (r: (typeof b.rows)[number]) => ({
        ...r,
        cells: r.cells.map((cell) => ({ ...cell, blocks: blocks(cell.blocks, names) })),
      });
      return { ...b, headerRows: b.headerRows.map(row), rows: b.rows.map(row) };
    }
    case 'signature':
      return {
        ...b,
        label: runs(b.label, names),
        ...(b.name ? { name: runs(b.name, names) } : {}),
        ...(b.details ? { details: b.details.map((line) => runs(line, names)) } : {}),
      };
    case 'bilingual':
      return {
        ...b,
        rows: b.rows.map((r) => ({
          left: { ...r.left, blocks: blocks(r.left.blocks, names) },
          right: { ...r.right, blocks: blocks(r.right.blocks, names) },
        })),
      };
    case 'image':
    case 'page-break':
      return b;
  }
}

const blocks = (list: readonly Block[], names: readonly string[]): Block[] => list.map((b) => block(b, names));

/**
 * Marks every mention of a person of the case as `unbroken`, wherever the text came from (a
 * summary the lawyer typed, a letter's body), so no name is wrapped inside on the page.
 */
export function markNames(doc: DossierDocument, names: readonly string[]): DossierDocument {
  return { ...doc, blocks: blocks(doc.blocks, names) };
}
