import type { Case, HcException, HcFactorKind } from '../../../src-main/core/model/case.ts';

/**
 * Field paths (`hc.factors.2.narrative`, `exhibits.4`) as the H&C checks report them, turned into
 * the ids of the elements that show those fields on the H&C tab, and into words: which factor,
 * exception, letter or statement a link comes from.
 */

/** The id of the element that shows the field at `path` on this tab. */
export function anchorId(path: string): string {
  return `hc-at-${path.replace(/[^a-zA-Z0-9]+/gu, '-')}`;
}

/**
 * The anchors to try for `path`, the field itself first and then what holds it (a link inside a
 * factor's exhibit list, then the list, then the factor), never the tab as a whole.
 */
export function anchorCandidates(path: string): string[] {
  const parts = path.split('.');
  const out: string[] = [];
  for (let n = parts.length; n >= 2; n -= 1) out.push(anchorId(parts.slice(0, n).join('.')));
  return out;
}

/** Whether the field at `path` is shown on the H&C tab (a statement's original is on the Statements tab). */
export function onThisTab(path: string): boolean {
  return /^hc\.[a-zA-Z]+\.\d+/u.test(path) || /^hc\.[a-zA-Z]+$/u.test(path) || /^exhibits\.\d+$/u.test(path);
}

export type LinkSource =
  | { readonly kind: 'factor'; readonly index: number; readonly factor: HcFactorKind | undefined }
  | { readonly kind: 'exception'; readonly index: number; readonly exception: HcException['kind'] | undefined }
  | { readonly kind: 'letter'; readonly index: number; readonly author: string }
  | { readonly kind: 'statement'; readonly index: number; readonly title: string }
  | { readonly kind: 'exhibit'; readonly index: number; readonly title: string };

type Facts = Pick<Case, 'hc' | 'statements' | 'exhibits'>;

/** What the field at `path` belongs to, named from the case; null for a path outside these lists. */
export function linkSource(c: Facts, path: string): LinkSource | null {
  const match = /^(hc\.factors|hc\.exceptions|hc\.letters|statements|exhibits)\.(\d+)(?:\.|$)/u.exec(path);
  if (!match) return null;
  const index = Number(match[2]);
  switch (match[1]) {
    case 'hc.factors':
      return { kind: 'factor', index, factor: c.hc.factors[index]?.kind };
    case 'hc.exceptions':
      return { kind: 'exception', index, exception: c.hc.exceptions[index]?.kind };
    case 'hc.letters':
      return { kind: 'letter', index, author: c.hc.letters[index]?.authorName ?? '' };
    case 'statements':
      return { kind: 'statement', index, title: c.statements[index]?.title ?? '' };
    default:
      return { kind: 'exhibit', index, title: c.exhibits[index]?.title ?? '' };
  }
}

/** The distinct sources of a list of link paths, in the order first met (a factor linking an exhibit twice counts once). */
export function linkSources(c: Facts, paths: readonly string[]): LinkSource[] {
  const seen = new Set<string>();
  const out: LinkSource[] = [];
  for (const path of paths) {
    const source = linkSource(c, path);
    if (!source) continue;
    const key = `${source.kind}:${source.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(source);
  }
  return out;
}
