/**
 * The Documents tab's preview of Case 1's release plan through the handler the tab calls
 * (`documentPreview`: the case read, its signatures, the model, the print HTML), against the
 * document model built alone from the case in memory; and a keystroke in the per-case wording
 * editor (`wordingEditSave`, then the preview the editor refreshes) against the same preview
 * with nothing changed.
 */
import { buildDocumentChecked } from '../../src-main/documents/builders/build-document.ts';
import type { Services } from '../../src-main/services/index.ts';
import { createTemplateStore } from '../../src-main/services/templates-store.ts';
import { channelCaller, counsel } from '../helpers/services.ts';
import { medianMs, type BenchRow } from './stats.ts';

const RUNS = 7;

interface Preview {
  readonly html: string | null;
  readonly problems: readonly { readonly message: string }[];
}

interface Paragraphs {
  readonly paragraphs: readonly { readonly original: string }[];
}

export async function benchPreviews(services: Services, caseId: string, today: string): Promise<BenchRow[]> {
  const call = channelCaller(services);
  const document = { caseId, kind: 'release-plan', lang: 'en' } as const;
  const preview = async (): Promise<string> => {
    const answer = (await call('documentPreview', { ...document, options: {} })) as Preview;
    if (answer.html === null) throw new Error(`The release plan has no preview: ${answer.problems.map((p) => p.message).join(' ')}`);
    return answer.html;
  };
  const open = await medianMs(preview, RUNS, 1);

  const stored = await services.vault.readCase(caseId);
  const templates = createTemplateStore().set('en');
  const model = await medianMs(
    () => buildDocumentChecked('release-plan', { case: stored.case, counsel, lang: 'en', today, templates }),
    RUNS,
    1,
  );

  const { paragraphs } = (await call('documentParagraphs', document)) as Paragraphs;
  const original = paragraphs[0]?.original;
  if (original === undefined) throw new Error('The release plan has no paragraph to reword.');
  let typed = ' keystroke';
  const keystroke = await medianMs(async () => {
    typed += 'x';
    await call('wordingEditSave', { ...document, original, text: `${original}${typed}` });
    if (!(await preview()).includes(typed.trim())) throw new Error('The preview does not show the keystroke.');
  }, RUNS);
  await call('wordingEditReset', document);
  const unchanged = await medianMs(preview, RUNS);

  return [
    {
      name: 'Documents tab: open the release plan preview (documentPreview)',
      medianMs: open,
      peerName: 'the release plan model built alone (case in memory)',
      peerMedianMs: model,
    },
    {
      name: 'wording edit: one keystroke → preview updated (wordingEditSave + documentPreview)',
      medianMs: keystroke,
      target: '≤ 300 ms',
      targetMs: 300,
      peerName: 'the same preview, nothing changed',
      peerMedianMs: unchanged,
    },
  ];
}
