import { z } from 'zod';
import { caseFileSchema } from '../src-main/core/model/interchange.ts';

/** The JSON Schema of the case interchange file, generated from the zod model (input shape). */
export function caseJsonSchema(): string {
  const schema = z.toJSONSchema(caseFileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const withMeta = {
    $id: 'urn:dossier:schema:case-file:1',
    title: 'Dossier case file',
    description: 'A Dossier case in the interchange format (see docs/case-format.md). Generated from the zod model; do not edit by hand.',
    ...schema,
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
