import type { Locator } from '@playwright/test';

/**
 * Types a name or a code into a code picker (script, country, language) and leaves the field,
 * as a user does: the list of choices closes and the field shows the chosen code's name.
 */
export async function fillCode(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.blur();
}

/**
 * Types into a code picker and leaves its list of choices open, as a user does who has the field
 * in view. The field is scrolled into view first and the scroll let settle: a picker's list
 * closes when the page scrolls (React Aria's popovers do), and the scroll event of Playwright's
 * own scroll-into-view arrives a frame later, which on a busy machine can be after the list
 * opened.
 */
export async function typeToSearch(field: Locator, text: string): Promise<void> {
  await field.scrollIntoViewIfNeeded();
  await field.page().evaluate(() => {
    const frame = (globalThis as unknown as { requestAnimationFrame: (next: () => void) => number }).requestAnimationFrame;
    return new Promise<void>((settled) => frame(() => frame(() => settled())));
  });
  await field.fill(text);
  // On a loaded machine the list has been seen not to open after typing (a few runs in many): the
  // user then opens it with the picker's own button, which shows the same matches, none chosen.
  const options = field.page().locator('.code-picker-option');
  try {
    await options.first().waitFor({ state: 'visible', timeout: 3_000 });
  } catch {
    await field.locator('xpath=..').getByRole('button').click();
  }
}
