import { z } from 'zod';
import { idSchema } from './primitives.ts';

/** The longest paragraph an edit keeps, in either of its texts: a long paragraph of a submission, with room to spare. */
export const WORDING_TEXT_MAX = 20_000;

/**
 * One paragraph of a generated document reworded for this case: the paragraph's plain text as the
 * template printed it when the edit was made, and the text the advocate wants instead. An empty
 * `text` leaves the paragraph out; its line breaks print as line breaks.
 */
export const wordingEditSchema = z.object({
  original: z.string().min(1).max(WORDING_TEXT_MAX),
  text: z.string().max(WORDING_TEXT_MAX),
});

/**
 * The reworded paragraphs of one document of the case, in one language. `kind` is a document
 * kind (documents/builders/document-types.ts; checked where edits are made, since core does not
 * know the builders). `target` narrows the edits to the one statement or bondsperson the
 * document is for; without it they apply to every document of that kind.
 */
export const documentWordingSchema = z.object({
  kind: z.string().regex(/^[a-z][a-z-]{1,39}$/u),
  lang: z.enum(['en', 'fr']),
  target: idSchema.optional(),
  edits: z.array(wordingEditSchema).max(500).default([]),
});

export type WordingEdit = z.infer<typeof wordingEditSchema>;
export type DocumentWording = z.infer<typeof documentWordingSchema>;
