import { issueCatalog, issueCodes } from '../../src-main/core/issues/catalog.ts';
import type { IssueLanguage } from '../../src-main/core/issues/types.ts';

type Strings = { [key: string]: string | Strings };

/**
 * The validation wording of the core's issue catalog as i18next resources under `validation.`:
 * a code with dots ("bond.guarantor-status") becomes nested keys, as i18next looks them up.
 */
export function issueStrings(language: IssueLanguage): Strings {
  const root: Strings = {};
  for (const code of issueCodes) {
    const parts = code.split('.');
    const leaf = parts.pop() ?? code;
    let node = root;
    for (const part of parts) {
      const next = node[part];
      if (typeof next === 'object') node = next;
      else node = node[part] = {};
    }
    node[leaf] = issueCatalog[code][language];
  }
  return root;
}
