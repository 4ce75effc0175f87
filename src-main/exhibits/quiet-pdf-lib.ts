/**
 * pdf-lib reports what it works around on a damaged file ("Removing parsed object: 0 0 R",
 * "Trying to parse invalid object", a capped number) with console.warn. Those lines are not
 * Dossier's to print: the CLI's stderr carries one line per error, and the import reports what it
 * repaired in its own words. While `run` is under way they are dropped; any other warning passes.
 */
const PDF_LIB_LINES =
  /^(Removing parsed object|Trying to parse invalid object|Invalid object ref|Parsed number that is too large|Removing XFA form data)/u;

let depth = 0;
let original: typeof console.warn | undefined;

export async function quietPdfLib<T>(run: () => Promise<T>): Promise<T> {
  if (depth === 0) {
    const passOn = console.warn.bind(console);
    original = console.warn;
    console.warn = (...args: unknown[]): void => {
      if (typeof args[0] === 'string' && PDF_LIB_LINES.test(args[0])) return;
      passOn(...args);
    };
  }
  depth += 1;
  try {
    return await run();
  } finally {
    depth -= 1;
    if (depth === 0 && original) {
      console.warn = original;
      original = undefined;
    }
  }
}
