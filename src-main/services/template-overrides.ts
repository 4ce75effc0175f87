import { z } from 'zod';
import { DossierError } from '../core/errors.ts';
import { templateIds, type TemplateId } from '../documents/builders/document-types.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { VaultApi } from '../vault/types.ts';
import type { TemplateOverridePort } from './templates-store.ts';

const FORMAT = 'dossier-template-overrides';
const recordSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  overrides: z
    .array(
      z.object({ lang: z.enum(['en', 'fr']), id: z.enum(templateIds), text: z.string().max(200_000), baseVersion: z.string().max(40) }),
    )
    .max(200),
});
type OverrideRecord = z.infer<typeof recordSchema>;

export interface VaultTemplateOverrides extends TemplateOverridePort {
  /** Reads the stored overrides; called once the vault is unlocked. */
  load(): Promise<void>;
  /** Drops them from memory when the vault locks. */
  forget(): void;
}

const key = (lang: DocLang, id: TemplateId) => `${lang}/${id}`;

/**
 * The advocate's edited templates, kept encrypted in the vault (its `templates` record) and
 * written through the atomic path on every save, so "Documents now use your wording" survives a
 * restart and a crash. Reading them needs the key, so they are loaded at unlock and forgotten at
 * lock; while locked, documents cannot be built anyway.
 */
export function createVaultOverrides(vault: Pick<VaultApi, 'readRecord' | 'writeRecord'>): VaultTemplateOverrides {
  let map = new Map<string, OverrideRecord['overrides'][number]>();

  const store = async (next: Map<string, OverrideRecord['overrides'][number]>): Promise<void> => {
    const record: OverrideRecord = { format: FORMAT, version: 1, overrides: [...next.values()] };
    await vault.writeRecord('templates', new TextEncoder().encode(JSON.stringify(record)));
    map = next;
  };

  return {
    get: (lang, id) => map.get(key(lang, id)),
    set: async (lang, id, override) => {
      const next = new Map(map);
      next.set(key(lang, id), { lang, id, text: override.text, baseVersion: override.baseVersion });
      await store(next);
    },
    delete: async (lang, id) => {
      if (!map.has(key(lang, id))) return;
      const next = new Map(map);
      next.delete(key(lang, id));
      await store(next);
    },
    load: async () => {
      const bytes = await vault.readRecord('templates');
      if (bytes === undefined) {
        map = new Map();
        return;
      }
      let parsed: OverrideRecord;
      try {
        parsed = recordSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
      } catch {
        throw new DossierError(
          'CORRUPT',
          'Your saved templates could not be read. The built-in templates are in use; restore a backup to get yours back.',
        );
      }
      map = new Map(parsed.overrides.map((o) => [key(o.lang, o.id), o]));
    },
    forget: () => {
      map = new Map();
    },
  };
}
