import { DossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import type { Manifest, ResponseContent } from './format.ts';
import { parseItemId } from './item-id.ts';

/**
 * Which responses may attach: one that answers the items its request asked for, is not a bundle
 * already attached, and is not older than what is attached for the same item. Responses are
 * ordered by their request's creation time, then their own: a response to a later request, or a
 * later response to the same request, replaces what is attached; an earlier one is refused, so
 * importing an old translation after a new one never undoes the new one.
 */
export interface HandoffRecord {
  readonly bundleId: string;
  readonly importedAt: string;
  readonly requestId?: string | undefined;
  readonly createdAt?: string | undefined;
  readonly requestedAt?: string | undefined;
}

const NOTHING = 'Nothing was changed.';

/** The hand-off record of what is attached for `itemId` now, if anything came by hand-off. */
function attachedFor(c: Case, itemId: string, targetLang: string): HandoffRecord | undefined {
  const ref = parseItemId(itemId);
  if (ref.kind === 'statement') return c.statements.find((s) => s.id === ref.id)?.translations.find((t) => t.lang === targetLang)?.handoff;
  if (ref.document === 'client-prep-sheet') return c.detention.prepSheetTranslation?.handoff;
  return c.documentTranslations.find((t) => t.document === ref.document)?.handoff;
}

/** Every hand-off record in the case, to find a bundle attached before. */
function allRecords(c: Case): HandoffRecord[] {
  return [
    ...c.statements.flatMap((s) => s.translations.flatMap((t) => (t.handoff ? [t.handoff] : []))),
    ...c.documentTranslations.flatMap((t) => (t.handoff ? [t.handoff] : [])),
    ...(c.detention.prepSheetTranslation?.handoff ? [c.detention.prepSheetTranslation.handoff] : []),
  ];
}

/**
 * An instant in UTC ("2026-03-20T14:01:00Z", fraction optional: bundles and requests carry
 * z.iso.datetime() values) as a string that sorts in time order: the fraction padded to nine digits.
 */
function sortable(iso: string | undefined): string | undefined {
  const m = iso === undefined ? null : /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/u.exec(iso);
  return m ? `${m[1] ?? ''}.${(m[2] ?? '').padEnd(9, '0')}` : undefined;
}

/** True when `incoming` is older than `attached` by request time, then creation time; unknown times never count as older. */
export function isOlder(incoming: HandoffRecord, attached: HandoffRecord): boolean {
  const [inReq, atReq] = [sortable(incoming.requestedAt), sortable(attached.requestedAt)];
  if (incoming.requestId !== attached.requestId && inReq !== undefined && atReq !== undefined && inReq !== atReq) return inReq < atReq;
  const [inMade, atMade] = [sortable(incoming.createdAt), sortable(attached.createdAt)];
  return inMade !== undefined && atMade !== undefined && inMade < atMade;
}

const day = (iso: string | undefined) => (iso === undefined ? 'an unknown date' : iso.slice(0, 10));

/**
 * Checks a response against the case before anything is attached, and returns the hand-off record
 * to keep with what it attaches. Throws, naming the reason and the fix, when it may not attach.
 */
export function responseRecord(c: Case, manifest: Manifest, response: ResponseContent, importedAt: string): HandoffRecord {
  const items = response.items.map((i) => i.itemId);
  const listed = new Set(manifest.itemIds);
  if (items.length !== listed.size || items.some((id) => !listed.has(id)) || new Set(items).size !== items.length)
    throw new DossierError(
      'UNSUPPORTED_FORMAT',
      `The bundle was refused: the translations it carries are not the items its manifest lists. Ask for it to be sent again. ${NOTHING}`,
    );
  const request = c.handoffRequests?.find((r) => r.bundleId === manifest.requestId);
  // A request exported before requests were recorded has no record; its response is checked against its own manifest only.
  if (request !== undefined && items.some((id) => !request.itemIds.includes(id)))
    throw new DossierError(
      'VALIDATION',
      `This response answers an item its request did not ask for (the request asked for ${request.itemIds.join(', ')}). Import the response to the request that asked for it. ${NOTHING}`,
    );
  const asked = request?.translationLang;
  const other =
    asked === undefined ? undefined : response.items.find((i) => parseItemId(i.itemId).kind === 'statement' && i.targetLang !== asked);
  if (other !== undefined)
    throw new DossierError(
      'VALIDATION',
      `This response translates ${other.itemId} into ${other.targetLang}, but its request asked for the translation into ${asked ?? ''}. ${NOTHING}`,
    );
  const before = allRecords(c).find((r) => r.bundleId === manifest.bundleId);
  if (before !== undefined)
    throw new DossierError('DUPLICATE', `This response was already imported on ${day(before.importedAt)}. ${NOTHING}`);
  const record: HandoffRecord = {
    bundleId: manifest.bundleId,
    importedAt,
    ...(manifest.requestId === undefined ? {} : { requestId: manifest.requestId }),
    createdAt: manifest.createdAt,
    ...(request === undefined ? {} : { requestedAt: request.createdAt }),
  };
  for (const { itemId: id, targetLang } of response.items) {
    const attached = attachedFor(c, id, targetLang);
    if (attached !== undefined && isOlder(record, attached))
      throw new DossierError(
        'VALIDATION',
        `This response is older than the translation already attached for ${id} (made ${day(record.createdAt)}, the attached one ${day(attached.createdAt)}): importing it would replace newer work. ${NOTHING}`,
      );
  }
  return record;
}
