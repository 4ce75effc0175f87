import { expect, type Locator, type Page } from '@playwright/test';
import type { DossierApp } from './app.ts';
import { Screen } from './screen.ts';
import type { Strings } from '../strings.ts';

/**
 * The French-filing parts of the UI: the French-version fields of the release plan, and the
 * Packets tab's list of fields that would print as typed.
 */
export class FrenchFilingPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  /** The French-version field of `field` inside `scope` (a condition's group, the residence or supervisor section). */
  frenchVersion(scope: Locator, field: 'details' | 'suitability' | 'reportingSchedule' | 'notes'): Locator {
    return scope.getByLabel(this.t('frenchVersions.label', { field: this.t(`frenchVersions.fields.${field}`) }), { exact: true });
  }

  /** The Packets tab's pre-build warnings for a French filing. */
  get checks(): Locator {
    return this.page.getByTestId('french-version-checks');
  }
}

/**
 * Sets the case's language of proceedings through the IPC channel the case editor saves with
 * (caseGet, then caseSave at the revision read), from the case list, then reopens the case. The
 * case list is where no editor holds a revision, so nothing the UI has typed is overwritten.
 */
export async function setLanguageOfProceedings(dossier: DossierApp, caseName: string, lang: 'en' | 'fr'): Promise<void> {
  await dossier.goToCases();
  const saved = await dossier.page.evaluate(
    async ({ name, lang }) => {
      interface Stored {
        case: { matter: Record<string, unknown> } & Record<string, unknown>;
        revision: number;
      }
      type Call<T> = (input: unknown) => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>;
      const api = (
        globalThis as unknown as {
          dossier: { caseList: Call<{ id: string; displayName: string }[]>; caseGet: Call<Stored>; caseSave: Call<Stored> };
        }
      ).dossier;
      const list = await api.caseList({});
      if (!list.ok) return list.error.message;
      const summary = list.value.find((c) => c.displayName === name);
      if (!summary) return `no case named ${name}`;
      const got = await api.caseGet({ id: summary.id });
      if (!got.ok) return got.error.message;
      const next = { ...got.value.case, matter: { ...got.value.case.matter, languageOfProceedings: lang } };
      const result = await api.caseSave({ case: next, revision: got.value.revision });
      return result.ok ? 'saved' : result.error.message;
    },
    { name: caseName, lang },
  );
  expect(saved).toBe('saved');
  await dossier.cases.open(caseName);
  await expect(dossier.workspace.heading).toHaveText(caseName);
}
