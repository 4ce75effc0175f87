import { describe, expect, test } from 'vitest';
import { fieldPlace, fieldSelectors } from '../../../../src-renderer/features/documents/field-links.ts';

describe('where a document problem is fixed', () => {
  test('each field the document builders name opens the tab that shows it', () => {
    expect(fieldPlace('client.languages', 'detention-review')).toEqual({ tab: 'client' });
    expect(fieldPlace('detention.hearings', 'detention-review')).toEqual({ tab: 'detention' });
    expect(fieldPlace('detention.episodes', 'detention-review')).toEqual({ tab: 'detention' });
    expect(fieldPlace('detention.applications.1.testimony', 'detention-review')).toEqual({ tab: 'detention' });
    expect(fieldPlace('detention.earlyReview.newFacts', 'detention-review')).toEqual({ tab: 'releasePlan' });
    expect(fieldPlace('detention.service', 'detention-review')).toEqual({ tab: 'releasePlan' });
    expect(fieldPlace('people', 'detention-review')).toEqual({ tab: 'releasePlan' });
    expect(fieldPlace('people.2.bondsperson', 'detention-review')).toEqual({ tab: 'releasePlan' });
    expect(fieldPlace('people.p-1.translator.association', 'hc')).toEqual({ tab: 'statements' });
    expect(fieldPlace('statements.st-1.translation.translatorId', 'hc')).toEqual({ tab: 'statements' });
    expect(fieldPlace('hc.factors', 'hc')).toEqual({ tab: 'hc' });
  });

  test("the document's own target is chosen on this tab", () => {
    for (const path of ['hearingId', 'personId', 'serviceId', 'statementId'])
      expect(fieldPlace(path, 'detention-review')).toEqual({ target: true });
  });

  test('a field outside the case, or on a tab this kind of case has not, has no link', () => {
    expect(fieldPlace('counselProfile', 'detention-review')).toBeNull();
    expect(fieldPlace('hc.factors', 'detention-review')).toBeNull();
    expect(fieldPlace('detention.hearings', 'hc')).toBeNull();
  });

  test('the element is looked for at the field, then at what holds it', () => {
    expect(fieldSelectors('detention.earlyReview.newFacts')).toEqual([
      '#hc-at-detention-earlyReview-newFacts',
      '#hc-at-detention-earlyReview',
      '[data-field="detention.earlyReview.newFacts"]',
      '[data-field="detention.earlyReview"]',
      '[data-field="detention"]',
    ]);
  });
});
