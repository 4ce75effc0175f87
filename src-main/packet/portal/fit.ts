import { availableParallelism } from 'node:os';
import { fieldIssue } from '../../core/issues/text.ts';
import { PDFDocument } from '@cantoo/pdf-lib';
import { DossierError } from '../../core/errors.ts';
import type { LadderStep } from '../../core/rules/portal-rules.ts';
import { reencode, UndecodableImage, type Encoded } from './codec.ts';
import { encodingKey, streamDigest, type EncodedImages } from './encoded-images.ts';
import { replaceImage, takeInventory, type Candidate } from './inventory.ts';
import type { FitResult, ImageChange, ImageKept, StepTried } from '../report/image-changes.ts';
import { oversizePages, tooLarge } from './too-large.ts';
import { checkCancelled } from '../progress.ts';

export type { FitResult, ImageChange, ImageKept, ImageState, StepTried } from '../report/image-changes.ts';
export type { SkipReason } from './classify.ts';
export { describeStep, fitNotes, fitSummary, formatMegabytes, type SummaryLang } from './summary.ts';
export { defaultPortalRules } from './rules-data.ts';

export interface FitOptions {
  /** The portal's per-file cap: the result is at most this many bytes. */
  readonly maxBytes: number;
  /** Gentlest step first; the last step is the floor. */
  readonly ladder: readonly LadderStep[];
  /** The portal slot's name, for the error when the file cannot fit. */
  readonly slot: string;
  readonly signal?: AbortSignal | undefined;
  /** Re-encodings kept from earlier fits (the session's): an image seen before is not encoded again. */
  readonly memo?: EncodedImages | undefined;
}

/** A re-encoding must save at least this share of the image's bytes to be worth a second compression. */
const MIN_SAVING = 0.05;
/** Images encoded at once: libvips' JPEG decoding is single-threaded, so one per core. */
const WIDTH = Math.max(1, Math.min(4, availableParallelism()));

/**
 * Fits one portal slot's PDF under the cap by re-encoding its images, step by step down the
 * ladder, largest images first, stopping as soon as the file fits. Pages, text and vector
 * content are untouched; the input bytes are never modified. Throws TOO_LARGE naming the slot
 * (and any page over the cap on its own) when even the floor does not fit.
 */
export async function fitPdf(bytes: Uint8Array, options: FitOptions): Promise<FitResult> {
  const { maxBytes, ladder, signal } = options;
  const before = bytes.length;
  const done = (out: Uint8Array, changed: ImageChange[], kept: ImageKept[], steps: StepTried[]): FitResult => ({
    bytes: out,
    before,
    after: out.length,
    maxBytes,
    changed,
    kept,
    steps,
    step: changed.length === 0 ? undefined : Math.max(...changed.map((c) => c.step)),
  });
  if (before <= maxBytes) return done(bytes, [], [], []);
  const floor = ladder.at(-1);
  if (!floor) throw new DossierError('VALIDATION', 'The compression ladder has no steps.', [fieldIssue('ladder', 'ladderEmpty')]);
  checkCancelled(signal);

  const doc = await load(bytes, options.slot);
  const { candidates, kept } = takeInventory(doc);
  const steps: StepTried[] = [];
  let estimate = before;
  let saved: Uint8Array | undefined;
  const save = async (): Promise<Uint8Array> => {
    saved = await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: 1000 });
    estimate = saved.length;
    return saved;
  };

  for (const [index, step] of ladder.entries()) {
    checkCancelled(signal);
    let reencoded = 0;
    let fitted: Uint8Array | undefined;
    await inOrder(
      candidates,
      signal,
      (c) => encodeFor(c, step, options.memo),
      async (c, outcome) => {
        if (outcome === 'same') return false;
        if (outcome instanceof UndecodableImage) {
          candidates.splice(candidates.indexOf(c), 1);
          kept.push({ pages: c.pages, width: c.spec.width, height: c.spec.height, bytes: c.originalBytes, reason: 'damaged' });
          return false;
        }
        if (outcome.data.length >= c.current || outcome.data.length > c.originalBytes * (1 - MIN_SAVING)) return false;
        replaceImage(doc.context, c, outcome);
        estimate += outcome.data.length - c.current;
        c.current = outcome.data.length;
        c.applied = { step: index, encoded: outcome };
        saved = undefined;
        reencoded += 1;
        if (estimate > maxBytes) return false;
        const out = await save();
        if (out.length <= maxBytes) fitted = out;
        return fitted !== undefined;
      },
    );
    if (reencoded > 0 || index === ladder.length - 1) {
      const out = fitted ?? saved ?? (await save());
      steps.push({ index, setting: step, reencoded, bytes: out.length, fits: out.length <= maxBytes });
      if (out.length <= maxBytes) return done(out, changes(candidates, ladder), kept, steps);
    }
  }
  checkCancelled(signal);
  throw tooLarge(options.slot, estimate, maxBytes, floor, await oversizePages(doc, candidates, maxBytes));
}

/** Opens the slot's PDF; one whose page tree is missing or incomplete is refused, so no page is ever dropped. */
async function load(bytes: Uint8Array, slot: string): Promise<PDFDocument> {
  const unreadable = new DossierError(
    'BAD_EXHIBIT',
    `The "${slot}" file cannot be read as a complete PDF, so it cannot be made smaller. Build the slot again; if this persists, re-import its exhibits.`,
    [fieldIssue('slot', 'unreadablePdf')],
  );
  try {
    const doc = await PDFDocument.load(bytes, { password: '', updateMetadata: false, throwOnInvalidObject: false });
    const pages = doc.getPageCount();
    if (pages === 0 || pages !== doc.catalog.Pages().Count().asNumber()) throw unreadable;
    return doc;
  } catch {
    throw unreadable;
  }
}

type Outcome = Encoded | UndecodableImage | 'same';

/** The re-encoding a step asks of one image (from the memo when it was made before), or 'same' when that setting was already tried. */
async function encodeFor(c: Candidate, step: LadderStep, memo: EncodedImages | undefined): Promise<Outcome> {
  const scale = c.dpi > step.dpi ? step.dpi / c.dpi : 1;
  const width = Math.max(1, Math.round(c.spec.width * scale));
  const height = Math.max(1, Math.round(c.spec.height * scale));
  const grey = step.greyscale || c.spec.components === 1;
  const key = `${width}x${height}|${grey ? 'grey' : 'colour'}|q${step.jpegQuality}`;
  if (key === c.lastTried) return 'same';
  c.lastTried = key;
  try {
    if (!memo) return await reencode(c.original, c.spec, width, height, step);
    c.digest ??= streamDigest(c.original.getContents());
    const memoKey = encodingKey(c.digest, c.spec, width, height, step);
    const known = memo.get(memoKey);
    if (known) return known;
    const encoded = await reencode(c.original, c.spec, width, height, step);
    memo.set(memoKey, encoded);
    return encoded;
  } catch (error) {
    if (error instanceof UndecodableImage) return error;
    throw error;
  }
}

/**
 * Runs `work` over the items a few at a time but hands the results to `take` strictly in
 * order, so the output does not depend on timing; stops when `take` says so.
 */
async function inOrder<T, R>(
  items: readonly T[],
  signal: AbortSignal | undefined,
  work: (item: T) => Promise<R>,
  take: (item: T, result: R) => Promise<boolean>,
): Promise<void> {
  const queue = [...items];
  const running: { item: T; result: Promise<{ ok: R } | { error: unknown }> }[] = [];
  const launch = (): void => {
    const item = queue.shift();
    if (item !== undefined)
      running.push({
        item,
        result: work(item).then(
          (ok) => ({ ok }),
          (error: unknown) => ({ error }),
        ),
      });
  };
  while (running.length < WIDTH && queue.length > 0) launch();
  for (let next = running.shift(); next; next = running.shift()) {
    const settled = await next.result;
    checkCancelled(signal);
    if ('error' in settled) throw settled.error;
    if (await take(next.item, settled.ok)) return;
    launch();
  }
}

function changes(candidates: readonly Candidate[], ladder: readonly LadderStep[]): ImageChange[] {
  const out: ImageChange[] = [];
  for (const c of candidates) {
    if (!c.applied) continue;
    const { encoded, step } = c.applied;
    const setting = ladder[step];
    if (!setting) continue;
    out.push({
      pages: c.pages,
      before: {
        width: c.spec.width,
        height: c.spec.height,
        dpi: Math.round(c.dpi),
        colour: c.spec.components === 1 ? 'greyscale' : 'colour',
        bytes: c.originalBytes,
      },
      after: {
        width: encoded.width,
        height: encoded.height,
        dpi: Math.round((c.dpi * encoded.width) / c.spec.width),
        colour: encoded.channels === 1 ? 'greyscale' : 'colour',
        bytes: encoded.data.length,
      },
      step,
      setting,
    });
  }
  return out.sort((a, b) => (a.pages[0] ?? 0) - (b.pages[0] ?? 0));
}
