/** How the source changed between the request and now, paragraph by paragraph. */
export interface ParagraphChange {
  readonly change: 'added' | 'removed' | 'changed';
  /** 1-based number in the source as sent (removed, changed). */
  readonly requestedNumber?: number;
  /** 1-based number in the source now (added, changed). */
  readonly currentNumber?: number;
  readonly requested?: string;
  readonly current?: string;
}

/** Above this many cells the alignment falls back to comparing paragraphs by number. */
const MAX_CELLS = 4_000_000;

const same = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

type Step = { op: 'keep' | 'del' | 'add'; a?: number; b?: number };

/** Longest-common-subsequence alignment of two paragraph lists. */
function align(a: readonly string[], b: readonly string[]): Step[] {
  if (a.length * b.length > MAX_CELLS) {
    const steps: Step[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      if (i < a.length && i < b.length && same(a[i] ?? '', b[i] ?? '')) steps.push({ op: 'keep', a: i, b: i });
      else {
        if (i < a.length) steps.push({ op: 'del', a: i });
        if (i < b.length) steps.push({ op: 'add', b: i });
      }
    }
    return steps;
  }
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * width + j] = same(a[i] ?? '', b[j] ?? '')
        ? (table[(i + 1) * width + j + 1] ?? 0) + 1
        : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i] ?? '', b[j] ?? '')) {
      steps.push({ op: 'keep', a: i, b: j });
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || (table[i * width + j + 1] ?? 0) > (table[(i + 1) * width + j] ?? 0))) {
      steps.push({ op: 'add', b: j });
      j += 1;
    } else {
      steps.push({ op: 'del', a: i });
      i += 1;
    }
  }
  return steps;
}

/**
 * The paragraphs added, removed or changed between the source as sent and the source now. A
 * removal next to an addition is one changed paragraph, shown with both texts.
 */
export function diffParagraphs(requested: readonly string[], current: readonly string[]): ParagraphChange[] {
  const steps = align(requested, current);
  const out: ParagraphChange[] = [];
  for (let k = 0; k < steps.length; k += 1) {
    const step = steps[k];
    if (!step || step.op === 'keep') continue;
    const next = steps[k + 1];
    if (step.op === 'del' && next?.op === 'add' && step.a !== undefined && next.b !== undefined) {
      out.push({
        change: 'changed',
        requestedNumber: step.a + 1,
        currentNumber: next.b + 1,
        requested: requested[step.a] ?? '',
        current: current[next.b] ?? '',
      });
      k += 1;
    } else if (step.op === 'del' && step.a !== undefined)
      out.push({ change: 'removed', requestedNumber: step.a + 1, requested: requested[step.a] ?? '' });
    else if (step.op === 'add' && step.b !== undefined)
      out.push({ change: 'added', currentNumber: step.b + 1, current: current[step.b] ?? '' });
  }
  return out;
}
