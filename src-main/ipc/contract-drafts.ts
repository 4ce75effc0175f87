import { z } from 'zod';
import { passphraseField } from './app-dto.ts';

/** The interpreter's drafts vault: its channels, apart from the case vault's. */
const draftsState = z.object({ state: z.enum(['absent', 'locked', 'unlocked']) });
const draftRequestId = z.string().min(1).max(200);
const passphrase = passphraseField;

export const interpreterDraftChannels = {
  /** The interpreter's own drafts vault (beside the data folder): absent until first use, then locked or unlocked. */
  interpreterDraftsStatus: { input: z.void(), output: draftsState },
  /** Creates the drafts vault under a new passphrase (`create`), or unlocks it. */
  interpreterDraftsOpen: {
    input: z.object({ passphrase, create: z.boolean() }),
    output: draftsState,
  },
  interpreterDraftsLock: { input: z.void(), output: draftsState },
  /** The requests being translated, newest first. */
  interpreterDraftList: {
    input: z.void(),
    output: z.array(z.object({ requestId: z.string(), title: z.string(), savedAt: z.string() })),
  },
  interpreterDraftGet: {
    input: z.object({ requestId: draftRequestId }),
    output: z.object({ draft: z.object({ savedAt: z.string(), work: z.unknown() }).nullable() }),
  },
  /** Autosaves the interpreter's work on one request (the request's passphrase is never sent here). */
  interpreterDraftSave: {
    input: z.object({ requestId: draftRequestId, title: z.string().max(500), work: z.unknown() }),
    output: z.object({ savedAt: z.string() }),
  },
  /** Deletes a request's draft once its response is exported and the interpreter confirms. */
  interpreterDraftDelete: { input: z.object({ requestId: draftRequestId }), output: z.object({ deleted: z.boolean() }) },
} as const;
