import type { FieldIssue } from './errors.ts';
import type { Case } from './model/case.ts';
import { isAfterDay } from './model/partial-date.ts';

/**
 * Checks that need today's date or several fields at once, which the schema alone cannot
 * express. `today` is passed in (YYYY-MM-DD) so the result never depends on the host clock.
 */
export function checkCaseFacts(value: Case, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const dob = value.client.dateOfBirth;
  if (dob && isAfterDay(dob, today)) {
    issues.push({ path: 'client.dateOfBirth', message: 'A date of birth cannot be in the future.' });
  }
  value.client.entries.forEach((entry, index) => {
    if (isAfterDay(entry.date, today))
      issues.push({ path: `client.entries.${index}.date`, message: 'An entry to Canada cannot be in the future.' });
  });
  const ids = new Set<string>();
  const collections: [string, readonly { id: string }[]][] = [
    ['people', value.people],
    ['exhibits', value.exhibits],
    ['statements', value.statements],
    ['timeline', value.timeline],
  ];
  for (const [name, items] of collections) {
    items.forEach((item, index) => {
      if (ids.has(item.id)) issues.push({ path: `${name}.${index}.id`, message: 'This id is used twice in the case.' });
      ids.add(item.id);
    });
  }
  return issues;
}
