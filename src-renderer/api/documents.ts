import type { CaseSummaryDto, Input, IpcError, Output, Result, TemplateEntryDto } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';

export type CounselProfile = Input<'counselProfileSet'>;
export type DocLang = 'en' | 'fr';
export type TemplateText = Output<'templateGet'>;
export type TemplatePreview = Output<'templatePreview'>;
export type TemplateProblem = TemplatePreview['errors'][number];

export function getCounselProfile(): Promise<Result<Output<'counselProfileGet'>>> {
  return api.counselProfileGet();
}

export function saveCounselProfile(profile: CounselProfile): Promise<Result<Output<'counselProfileSet'>>> {
  return api.counselProfileSet(profile);
}

export function listTemplates(lang?: DocLang): Promise<Result<TemplateEntryDto[]>> {
  return api.templatesList(lang === undefined ? {} : { lang });
}

export function getTemplate(id: string, lang: DocLang): Promise<Result<TemplateText>> {
  return api.templateGet({ id, lang });
}

/** The document a template produces for a case; `text` previews unsaved wording. */
export function previewTemplate(caseId: string, templateId: string, lang: DocLang, text?: string): Promise<Result<TemplatePreview>> {
  return api.templatePreview(text === undefined ? { caseId, templateId, lang } : { caseId, templateId, lang, text });
}

export function saveTemplate(id: string, lang: DocLang, text: string): Promise<Result<TemplateEntryDto>> {
  return api.templateSave({ id, lang, text });
}

export function resetTemplate(id: string, lang: DocLang): Promise<Result<TemplateEntryDto>> {
  return api.templateReset({ id, lang });
}

export function listOpenCases(): Promise<Result<CaseSummaryDto[]>> {
  return api.caseList({ query: '', includeArchived: false });
}

/**
 * The problems a refused save names: each issue's path is "file:line:column" and its message
 * the problem, as the preview reports them.
 */
export function problemsFromSaveError(error: IpcError): TemplateProblem[] {
  return error.issues.flatMap((issue) => {
    const match = /^(.*):(\d+):(\d+)$/u.exec(issue.path);
    if (!match) return [];
    return [{ file: match[1] ?? '', line: Number(match[2]), column: Number(match[3]), message: issue.message }];
  });
}
