import { directionForLang } from '../core/lang/direction.ts';
import type { BilingualBlock, BilingualSide, Block, DossierDocument, SignatureBlock, TableRow, TextRun } from './model.ts';
import { clusterUsedWith, groupOfCluster, scriptsOfLang, type ScriptGroup } from '../core/lang/script-groups.ts';
import { languageOfPiece, type ScriptHints } from '../core/lang/script-hints.ts';

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Text with nothing but Latin, digits, punctuation and marks never needs looking at. */
const ONLY_LATIN_OR_COMMON = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** Punctuation that ends a word ("." "," ":"), not brackets or quotes, which pair with another. */
const WORD_FINAL = /^\p{Po}$/u;
const RTL_GROUPS: ReadonlySet<ScriptGroup> = new Set(['Hebrew', 'Arabic', 'Syriac', 'Thaana']);

/** Pieces of one run: `groups` undefined for text that stays in the run's own language. */
interface Piece {
  text: string;
  groups: ScriptGroup[] | undefined;
}

/** Han and kana written next to each other are one piece (Japanese), never two. */
const segmentKey = (group: ScriptGroup): string => (group === 'Han' || group === 'Kana' ? 'CJK' : group);

/**
 * Splits `text` (in `lang`) where it changes to a script `lang` does not write. Only grapheme
 * cluster boundaries are cut. Characters of no script (digits, spaces, punctuation) join a
 * foreign piece when they sit between two parts of it, are that script's own punctuation
 * ("。" after Han, "،" after Arabic) or end its last word (the full stop of "ส.ค."); otherwise
 * they stay with the run's own language.
 */
function splitByScript(text: string, own: ReadonlySet<ScriptGroup>): Piece[] {
  interface Cluster {
    text: string;
    key: string | undefined;
    group: ScriptGroup | undefined;
  }
  const clusters: Cluster[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const group = groupOfCluster(segment);
    if (group === undefined) clusters.push({ text: segment, key: undefined, group: undefined });
    else if (group === 'Latin' || own.has(group)) clusters.push({ text: segment, key: 'own', group: undefined });
    else clusters.push({ text: segment, key: segmentKey(group), group });
  }
  // Give clusters with no script a key from their neighbours.
  for (let i = 0; i < clusters.length;) {
    if (clusters[i]?.key !== undefined) {
      i++;
      continue;
    }
    let end = i;
    while (end < clusters.length && clusters[end]?.key === undefined) end++;
    const before = clusters[i - 1];
    const after = clusters[end];
    if (before !== undefined && after !== undefined && before.key === after.key) {
      for (let j = i; j < end; j++) (clusters[j] as Cluster).key = before.key;
    } else {
      let from = i;
      let to = end;
      const foreign = (c: Cluster | undefined): c is Cluster & { group: ScriptGroup } => c?.group !== undefined;
      if (foreign(before)) {
        const groups = before.key === 'CJK' ? (['Han', 'Kana'] as const) : [before.group];
        while (from < to && clusterUsedWith((clusters[from] as Cluster).text, groups)) (clusters[from++] as Cluster).key = before.key;
        // "ส.ค." keeps its full stop. Not in right-to-left text: a full stop or comma inside the
        // isolated right-to-left run would be drawn on its left, away from the sentence it ends.
        if (!RTL_GROUPS.has(before.group))
          while (from < to && WORD_FINAL.test((clusters[from] as Cluster).text)) (clusters[from++] as Cluster).key = before.key;
      }
      if (foreign(after)) {
        const groups = after.key === 'CJK' ? (['Han', 'Kana'] as const) : [after.group];
        while (to > from && clusterUsedWith((clusters[to - 1] as Cluster).text, groups)) (clusters[--to] as Cluster).key = after.key;
      }
      for (let j = from; j < to; j++) (clusters[j] as Cluster).key = 'own';
    }
    i = end;
  }
  const pieces: (Piece & { key: string })[] = [];
  for (const c of clusters) {
    const key = c.key ?? 'own';
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.key === key) {
      last.text += c.text;
      if (c.group !== undefined && last.groups !== undefined && !last.groups.includes(c.group)) last.groups.push(c.group);
    } else {
      pieces.push({ text: c.text, key, groups: key === 'own' ? undefined : c.group === undefined ? [] : [c.group] });
    }
  }
  return pieces.map(({ text: t, groups }) => ({ text: t, groups }));
}

function tagRun(run: TextRun, inherited: string, hints: ScriptHints): TextRun[] {
  if (run.text === '' || ONLY_LATIN_OR_COMMON.test(run.text)) return [run];
  const lang = run.lang ?? inherited;
  const own = scriptsOfLang(lang);
  // A language Dossier does not know may write anything: its text is left as it is.
  if (own === undefined) return [run];
  const pieces = splitByScript(run.text, own);
  if (pieces.every((p) => p.groups === undefined)) return [run];
  return pieces.map((piece) => {
    if (piece.groups === undefined) return { ...run, text: piece.text };
    const pieceLang = languageOfPiece(piece.groups, hints);
    return { ...run, text: piece.text, lang: pieceLang, dir: directionForLang(pieceLang) };
  });
}

function tagRuns(runs: readonly TextRun[], lang: string, hints: ScriptHints): TextRun[] {
  return runs.flatMap((run) => tagRun(run, lang, hints));
}

function tagSide(side: BilingualSide, lang: string, hints: ScriptHints): BilingualSide {
  return { ...side, blocks: tagBlocks(side.blocks, side.lang ?? lang, hints) };
}

function tagRows(rows: readonly TableRow[], lang: string, hints: ScriptHints): TableRow[] {
  return rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, blocks: tagBlocks(cell.blocks, lang, hints) })) }));
}

function tagSignature(block: SignatureBlock, lang: string, hints: ScriptHints): SignatureBlock {
  return {
    ...block,
    label: tagRuns(block.label, lang, hints),
    ...(block.name === undefined ? {} : { name: tagRuns(block.name, lang, hints) }),
    ...(block.details === undefined ? {} : { details: block.details.map((line) => tagRuns(line, lang, hints)) }),
  };
}

function tagBilingual(block: BilingualBlock, lang: string, hints: ScriptHints): BilingualBlock {
  // The renderers set each header cell in the language of the first row's side below it.
  const first = block.rows[0];
  return {
    ...block,
    ...(block.headers === undefined
      ? {}
      : {
          headers: {
            left: tagRuns(block.headers.left, first?.left.lang ?? lang, hints),
            right: tagRuns(block.headers.right, first?.right.lang ?? lang, hints),
          },
        }),
    rows: block.rows.map((row) => ({ ...row, left: tagSide(row.left, lang, hints), right: tagSide(row.right, lang, hints) })),
  };
}

function tagBlock(block: Block, inherited: string, hints: ScriptHints): Block {
  if (block.type === 'page-break') return block;
  const lang = block.lang ?? inherited;
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { ...block, runs: tagRuns(block.runs, lang, hints) };
    case 'list':
      return { ...block, items: block.items.map((item) => ({ ...item, blocks: tagBlocks(item.blocks, lang, hints) })) };
    case 'table':
      return { ...block, headerRows: tagRows(block.headerRows, lang, hints), rows: tagRows(block.rows, lang, hints) };
    case 'signature':
      return tagSignature(block, lang, hints);
    case 'bilingual':
      return tagBilingual(block, lang, hints);
    case 'image':
      return block;
  }
}

function tagBlocks(blocks: readonly Block[], lang: string, hints: ScriptHints): Block[] {
  return blocks.map((block) => tagBlock(block, lang, hints));
}

/**
 * Gives client text in another script its own language: where a run holds characters of a
 * script its language does not write (a Thai date in an English chronology, a Cantonese name
 * in an English letter), the run is split at the script boundary and the foreign piece gets
 * the language from `hints`, else the script's usual language, and that language's direction.
 * Latin is never split out (a Latin name inside Persian stays in the Persian run, whose
 * bidi the renderers handle), nor is anything in a language this step does not know.
 * The text is unchanged (the runs' texts concatenate to the input), cuts fall only between
 * grapheme clusters, and tagging a tagged document changes nothing.
 * The running header and footer are plain strings with one language and are left as they are.
 */
export function tagScripts(doc: DossierDocument, hints: ScriptHints = {}): DossierDocument {
  return { ...doc, blocks: tagBlocks(doc.blocks, doc.meta.lang, hints) };
}
