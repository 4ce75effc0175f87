import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import { templateIds, templateRules, type TemplateId } from '../documents/builders/document-types.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { TemplateSet } from '../documents/builders/template-set.ts';
import { formatTemplateError, type TemplateAst, type TemplateError } from '../documents/templates/ast.ts';
import { parseTemplate } from '../documents/templates/parse.ts';
import { validateTemplate } from '../documents/templates/validate.ts';

/** Found from the source tree; the bundled desktop app sets its own with configureTemplatesDir. */
const SOURCE_TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
let configuredTemplatesDir: string | undefined;

/** Called once at start-up by the desktop app (see services/resources.ts). */
export function configureTemplatesDir(dir: string): void {
  configuredTemplatesDir = dir;
}

/**
 * Where the advocate's edited templates live: in the vault (services/template-overrides.ts), read
 * once at unlock and written through on every save; in memory for tests of the store alone.
 */
export interface TemplateOverridePort {
  get(lang: DocLang, id: TemplateId): StoredOverride | undefined;
  /** Resolves once the change is stored; on failure nothing changed. */
  set(lang: DocLang, id: TemplateId, override: StoredOverride): Promise<void>;
  delete(lang: DocLang, id: TemplateId): Promise<void>;
}

/** An edited template and the version of the built-in one it was made from. */
export interface StoredOverride {
  readonly text: string;
  /** The built-in template's front-matter version when the edit was saved. */
  readonly baseVersion: string;
}

export function createMemoryOverrides(): TemplateOverridePort {
  const map = new Map<string, StoredOverride>();
  return {
    get: (lang, id) => map.get(`${lang}/${id}`),
    set: (lang, id, override) => Promise.resolve(void map.set(`${lang}/${id}`, override)),
    delete: (lang, id) => Promise.resolve(void map.delete(`${lang}/${id}`)),
  };
}

export type CheckResult =
  { readonly ok: true; readonly ast: TemplateAst } | { readonly ok: false; readonly errors: readonly TemplateError[] };

export interface TemplateEntry {
  readonly id: TemplateId;
  readonly lang: DocLang;
  readonly documentType: string;
  readonly title: string;
  readonly version: string;
  readonly overridden: boolean;
  /**
   * The built-in template has a new version since the edit was made from it (Dossier was
   * updated): the edit is still used, and the advocate is told to compare the two.
   */
  readonly builtInChanged: boolean;
  /** Errors of the stored override; the default is used while there are any. */
  readonly errors: string[];
}

export interface TemplateStore {
  check(lang: DocLang, id: TemplateId, text: string): CheckResult;
  /** The text in use: the override when there is one, else the built-in default. */
  text(lang: DocLang, id: TemplateId): string;
  defaultText(lang: DocLang, id: TemplateId): string;
  set(lang: DocLang): TemplateSet;
  /** `set` with one template's text replaced, for previews of unsaved edits. */
  setWith(lang: DocLang, id: TemplateId, ast: TemplateAst): TemplateSet;
  list(lang?: DocLang): TemplateEntry[];
  saveOverride(lang: DocLang, id: TemplateId, text: string): Promise<TemplateEntry>;
  resetOverride(lang: DocLang, id: TemplateId): Promise<TemplateEntry>;
}

/**
 * Built-in templates (read from templates/en and templates/fr) kept apart from the advocate's
 * overrides: an override that does not parse or validate is never used, so the default always
 * works; saving one with errors is refused with the errors.
 */
export function createTemplateStore(
  overrides: TemplateOverridePort = createMemoryOverrides(),
  dir: string = configuredTemplatesDir ?? SOURCE_TEMPLATES_DIR,
): TemplateStore {
  const defaults = new Map<string, string>();
  const parsed = new Map<string, CheckResult>();

  const defaultText = (lang: DocLang, id: TemplateId): string => {
    const key = `${lang}/${id}`;
    let text = defaults.get(key);
    if (text === undefined) {
      text = readFileSync(path.join(dir, lang, `${id}.md`), 'utf8');
      defaults.set(key, text);
    }
    return text;
  };

  const check = (lang: DocLang, id: TemplateId, text: string): CheckResult => {
    const cacheKey = `${lang}/${id}\n${text}`;
    const cached = parsed.get(cacheKey);
    if (cached) return cached;
    const file = `${lang}/${id}.md`;
    const result = parseTemplate(text, file);
    let outcome: CheckResult;
    if (!result.ok) outcome = result;
    else {
      const errors = validateTemplate(result.ast, templateRules[id]);
      if (result.ast.front.language !== lang)
        errors.push({ file, line: 1, column: 1, message: `language is "${result.ast.front.language}" but this is the ${lang} template` });
      outcome = errors.length > 0 ? { ok: false, errors } : result;
    }
    if (parsed.size > 200) parsed.clear();
    parsed.set(cacheKey, outcome);
    return outcome;
  };

  const effective = (
    lang: DocLang,
    id: TemplateId,
  ): { ast: TemplateAst; overrideErrors: readonly TemplateError[]; overridden: boolean } => {
    const override = overrides.get(lang, id)?.text;
    if (override !== undefined) {
      const result = check(lang, id, override);
      if (result.ok) return { ast: result.ast, overrideErrors: [], overridden: true };
      return { ...builtIn(lang, id), overrideErrors: result.errors, overridden: true };
    }
    return { ...builtIn(lang, id), overrideErrors: [], overridden: false };
  };

  const builtIn = (lang: DocLang, id: TemplateId): { ast: TemplateAst } => {
    const result = check(lang, id, defaultText(lang, id));
    if (!result.ok)
      throw new DossierError(
        'INTERNAL',
        `The built-in template ${lang}/${id}.md is broken: ${result.errors.map(formatTemplateError).join('; ')}`,
      );
    return { ast: result.ast };
  };

  const builtInVersion = (lang: DocLang, id: TemplateId): string => builtIn(lang, id).ast.front.version;

  const entry = (lang: DocLang, id: TemplateId): TemplateEntry => {
    const { ast, overrideErrors, overridden } = effective(lang, id);
    const stored = overrides.get(lang, id);
    return {
      id,
      lang,
      documentType: ast.front.documentType,
      title: ast.front.title.map((n) => (n.type === 'text' ? n.text : n.type === 'field' ? `{{${n.path.join('.')}}}` : '')).join(''),
      version: ast.front.version,
      overridden,
      builtInChanged: stored !== undefined && stored.baseVersion !== builtInVersion(lang, id),
      errors: overrideErrors.map(formatTemplateError),
    };
  };

  return {
    check,
    defaultText,
    text: (lang, id) => overrides.get(lang, id)?.text ?? defaultText(lang, id),
    set: (lang) => (id) => effective(lang, id).ast,
    setWith: (lang, replaced, ast) => (id) => (id === replaced ? ast : effective(lang, id).ast),
    list: (lang) => (lang === undefined ? (['en', 'fr'] as const) : [lang]).flatMap((l) => templateIds.map((id) => entry(l, id))),
    saveOverride: async (lang, id, text) => {
      const result = check(lang, id, text);
      if (!result.ok)
        throw new DossierError(
          'VALIDATION',
          `The template has ${result.errors.length} error(s); the built-in one stays in use. ${result.errors.map(formatTemplateError).join('; ')}`,
          result.errors.map((e) => fieldIssue(`${e.file}:${e.line}:${e.column}`, 'templateProblem', { detail: e.message })),
        );
      await overrides.set(lang, id, { text, baseVersion: builtInVersion(lang, id) });
      return entry(lang, id);
    },
    resetOverride: async (lang, id) => {
      await overrides.delete(lang, id);
      return entry(lang, id);
    },
  };
}
