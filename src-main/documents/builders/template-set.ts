import type { TemplateAst } from '../templates/ast.ts';
import type { TemplateId } from './document-types.ts';

/** Parsed, validated templates of one language, by id (the service picks the override or the default). */
export type TemplateSet = (id: TemplateId) => TemplateAst;
