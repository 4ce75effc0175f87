/**
 * What a template may read. Each document type publishes a field map (the allow-list); the
 * validator rejects any path outside it and the evaluator resolves only through it.
 */
export type FieldSpec =
  | {
      readonly kind: 'text';
      readonly doc: string;
      /** A person's name or a page range: its value is printed unbroken (never wrapped inside). */
      readonly unbroken?: boolean;
    }
  | { readonly kind: 'flag'; readonly doc: string }
  | { readonly kind: 'group'; readonly doc: string; readonly fields: FieldMap }
  | { readonly kind: 'list'; readonly doc: string; readonly item: FieldMap };

export type FieldMap = Readonly<Record<string, FieldSpec>>;

/** Text with an optional language tag, so a name in Thai or Chinese keeps its own `lang`. */
export type TemplateText = string | { readonly text: string; readonly lang: string };

export type TemplateValue = TemplateText | boolean | TemplateRecord | readonly TemplateRecord[] | undefined;

export interface TemplateRecord {
  readonly [key: string]: TemplateValue;
}

/** The spec for `name` in `map`, never an inherited property ("constructor", "__proto__"). */
export function fieldSpec(map: FieldMap, name: string): FieldSpec | undefined {
  return Object.hasOwn(map, name) ? map[name] : undefined;
}

/** Every readable path of a map, for documentation and the editor's field list. */
export function fieldPaths(map: FieldMap, prefix = ''): { path: string; kind: FieldSpec['kind']; doc: string }[] {
  return Object.entries(map).flatMap(([name, spec]) => {
    const path = `${prefix}${name}`;
    const self = { path, kind: spec.kind, doc: spec.doc };
    if (spec.kind === 'group') return [self, ...fieldPaths(spec.fields, `${path}.`)];
    if (spec.kind === 'list') return [self, ...fieldPaths(spec.item, `${path}[].`)];
    return [self];
  });
}
