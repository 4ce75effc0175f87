/**
 * Splitting a packet into volumes under a byte cap and/or a page cap, never inside a tab (an
 * exhibit split across two uploads is a filing error). Pure and greedy: tabs stay in order and
 * each volume takes as many whole tabs as fit.
 */
export interface VolumeCaps {
  readonly maxBytes?: number;
  readonly maxPages?: number;
}

export interface TabSize {
  /** Pages including its divider. */
  readonly pages: number;
  readonly bytes: number;
}

export interface VolumeOverhead {
  /** Pages and bytes every volume carries before its tabs (cover; list of documents in volume 1). */
  readonly pages: (volume: number) => number;
  readonly bytes: (volume: number) => number;
}

export type SplitResult =
  | { readonly ok: true; readonly breaks: readonly number[] }
  | { readonly ok: false; readonly tabIndex: number; readonly reason: 'bytes' | 'pages' };

export function splitVolumes(tabs: readonly TabSize[], caps: VolumeCaps, overhead: VolumeOverhead): SplitResult {
  const breaks: number[] = [];
  let volume = 1;
  let pages = overhead.pages(1);
  let bytes = overhead.bytes(1);
  let tabsInVolume = 0;
  for (let t = 0; t < tabs.length; t += 1) {
    const tab = tabs[t] ?? { pages: 0, bytes: 0 };
    const fits = (p: number, b: number): boolean =>
      (caps.maxPages === undefined || p + tab.pages <= caps.maxPages) && (caps.maxBytes === undefined || b + tab.bytes <= caps.maxBytes);
    if (!fits(pages, bytes) && tabsInVolume > 0) {
      breaks.push(t);
      volume += 1;
      pages = overhead.pages(volume);
      bytes = overhead.bytes(volume);
      tabsInVolume = 0;
    }
    if (!fits(pages, bytes)) {
      const overPages = caps.maxPages !== undefined && pages + tab.pages > caps.maxPages;
      return { ok: false, tabIndex: t, reason: overPages ? 'pages' : 'bytes' };
    }
    pages += tab.pages;
    bytes += tab.bytes;
    tabsInVolume += 1;
  }
  return { ok: true, breaks };
}
