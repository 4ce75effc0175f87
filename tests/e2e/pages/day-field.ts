import { expect, type Locator } from '@playwright/test';

type SegmentType = 'year' | 'month' | 'day';

function parts(iso: string): [SegmentType, string][] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`Not a YYYY-MM-DD day: ${iso}`);
  return [
    ['year', match[1]],
    ['month', match[2]],
    ['day', match[3]],
  ];
}

/** An exact-day field (React Aria DateField) by its label: a group of year, month and day spin buttons. */
export function dayField(scope: Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

function segment(field: Locator, type: SegmentType): Locator {
  return field.locator(`[role="spinbutton"][data-type="${type}"]`);
}

/** Types a day as a person does: each segment emptied with Backspace, then its digits typed. */
export async function fillDay(field: Locator, iso: string): Promise<void> {
  for (const [type, digits] of parts(iso)) {
    const spin = segment(field, type);
    for (let i = 0; i < 5 && (await spin.getAttribute('aria-valuenow')) !== null; i += 1) await spin.press('Backspace');
    await spin.pressSequentially(digits);
  }
}

/** The field shows this day, segment by segment. */
export async function expectDay(field: Locator, iso: string): Promise<void> {
  for (const [type, digits] of parts(iso)) await expect(segment(field, type)).toHaveAttribute('aria-valuenow', String(Number(digits)));
}
