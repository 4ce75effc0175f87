import { DossierError } from '../core/errors.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { DraftVault } from '../vault/draft-vault.ts';

type DraftHandlers = Pick<
  Handlers,
  | 'interpreterDraftsStatus'
  | 'interpreterDraftsOpen'
  | 'interpreterDraftsLock'
  | 'interpreterDraftList'
  | 'interpreterDraftGet'
  | 'interpreterDraftSave'
  | 'interpreterDraftDelete'
>;

const MIN_PASSPHRASE = 10;

/** Interpreter mode's drafts: the renderer's work on a request, autosaved into the interpreter's own vault. */
export function createDraftHandlers(drafts: DraftVault): DraftHandlers {
  const state = async () => ({ state: await drafts.status() });
  return {
    interpreterDraftsStatus: state,
    interpreterDraftsOpen: async ({ passphrase, create }) => {
      if (create && passphrase.length < MIN_PASSPHRASE)
        throw new DossierError('VALIDATION', `Choose a passphrase of at least ${String(MIN_PASSPHRASE)} characters for the drafts.`);
      await (create ? drafts.create(passphrase) : drafts.unlock(passphrase));
      return state();
    },
    interpreterDraftsLock: () => {
      drafts.lock();
      return state();
    },
    interpreterDraftList: async () => (await drafts.list()).map((d) => ({ ...d })),
    interpreterDraftGet: async ({ requestId }) => {
      const draft = await drafts.read(requestId);
      return { draft: draft ? { savedAt: draft.savedAt, work: draft.work } : null };
    },
    interpreterDraftSave: ({ requestId, title, work }) => drafts.save({ requestId, title, work }),
    interpreterDraftDelete: async ({ requestId }) => {
      await drafts.remove(requestId);
      return { deleted: true };
    },
  };
}
