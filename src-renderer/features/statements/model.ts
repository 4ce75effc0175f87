import type { Case, Statement, Translation, Translator } from '../../../src-main/core/model/case.ts';

/** The shapes the Statements tab works on, named once from the case model. */
export type { Statement, Translator };
export type StatementTranslation = Translation;
export type StatementKind = Statement['kind'];
export type StatementMethod = Statement['method'];
export type StatementDate = Statement['dates'][number];
export type CaseUpdate = (update: (value: Case) => Case) => void;
export type StatementUpdate = (update: (statement: Statement) => Statement) => void;
