/**
 * Log redaction: paths reveal user names (home folders) and sometimes client names (a file the
 * user picked). Log fields are meant to be non-identifying already; this is the second line.
 */
export interface Redactor {
  text(value: string): string;
  fields(fields: Readonly<Record<string, string | number | boolean>>): Record<string, string | number | boolean>;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so `/home/ana/.config/Dossier` becomes `<userData>` rather than `~/.config/Dossier`. */
export function createRedactor(sensitivePaths: readonly { readonly path: string; readonly label: string }[]): Redactor {
  const rules = sensitivePaths
    .filter((entry) => entry.path.length > 1)
    .toSorted((a, b) => b.path.length - a.path.length)
    .flatMap((entry) => {
      const variants = new Set([entry.path, entry.path.replaceAll('\\', '/'), entry.path.replaceAll('/', '\\')]);
      return [...variants].map((variant) => ({ pattern: new RegExp(escapeRegExp(variant), 'gi'), label: entry.label }));
    });
  const text = (value: string) => rules.reduce((current, rule) => current.replace(rule.pattern, rule.label), value);
  return {
    text,
    fields: (fields) =>
      Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? text(value) : value])),
  };
}
