import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { caseJsonSchema } from './case-schema.ts';

const target = path.resolve(import.meta.dirname, '../schema/case.schema.json');
await writeFile(target, caseJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
