/**
 * The paths of the fields an input object has and its parsed value lost: what a zod object
 * schema strips without a word. Walks the input and the parsed value side by side; a key the
 * input has and the parsed object lacks is unknown. Values the schema replaced by something
 * other than an object or array (a transform) are not walked into.
 */
export function unknownFieldPaths(input: unknown, parsed: unknown, limit = 100): string[] {
  const found: string[] = [];
  const walk = (a: unknown, b: unknown, at: string, depth: number): void => {
    if (found.length >= limit || depth > 64) return;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return;
      a.forEach((item, i) => walk(item, b[i], at === '' ? String(i) : `${at}.${i}`, depth + 1));
      return;
    }
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(b)) return;
    for (const [key, value] of Object.entries(a)) {
      const path = at === '' ? key : `${at}.${key}`;
      if (!Object.hasOwn(b, key)) {
        // A key set to undefined is JSON's absent key; only keys with a value are lost data.
        if (value !== undefined && found.length < limit) found.push(path);
      } else walk(value, (b as Record<string, unknown>)[key], path, depth + 1);
    }
  };
  walk(input, parsed, '', 0);
  return found;
}
