import { z } from 'zod';
import { idSchema, shortText } from './primitives.ts';

/** What a packet build produced: the "as filed" record, mirroring the manifest written beside the PDFs. */
export const packetBuildSchema = z.object({
  id: idSchema,
  builtAt: z.string().max(40),
  preset: shortText,
  manifestSha256: z.string().regex(/^[a-f0-9]{64}$/),
  /** The folder the build was written to (absent in builds recorded before it was kept): the viewer reads the volumes from there. */
  folder: z.string().max(4096).optional(),
  inputs: z
    .array(
      z.object({
        tab: shortText,
        exhibitId: idSchema.optional(),
        title: shortText,
        sha256: z.string().regex(/^[a-f0-9]{64}$/),
        firstPage: z.int(),
        lastPage: z.int(),
        volume: z.int().min(1),
      }),
    )
    .max(5000)
    .default([]),
  outputs: z
    .array(z.object({ fileName: shortText, sha256: z.string().regex(/^[a-f0-9]{64}$/), bytes: z.int().min(0), pages: z.int().min(0) }))
    .max(500)
    .default([]),
  skipped: z
    .array(z.object({ exhibitId: idSchema, code: shortText, message: shortText }))
    .max(2000)
    .default([]),
});
