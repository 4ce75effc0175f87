import type { Locator } from '@playwright/test';

/**
 * Types a name or a code into a code picker (script, country, language) and leaves the field,
 * as a user does: the list of choices closes and the field shows the chosen code's name.
 */
export async function fillCode(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.blur();
}
