import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { Case, Person } from '../../core/model/case.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { punctuate } from '../french.ts';
import { bondspersonData, detentionData, proposedConditions, type DetentionContext } from './detention-data.ts';
import { chosenHearing, offeredBondspersons, word } from './detention-facts.ts';
import { bondspersonDeclarationFields } from './detention-fields.ts';
import { exhibitCiter } from './exhibit-cite.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';

/** The person asked for, who must be a bondsperson; else the first one not rejected. */
function declarant(c: Case, personId: string | undefined): Person {
  if (personId === undefined) {
    const first = offeredBondspersons(c)[0];
    if (!first)
      throw new DossierError('VALIDATION', 'No bondsperson is offered: add one to the release plan before printing a declaration.', [
        fieldIssue('people', 'noBondsperson'),
      ]);
    return first;
  }
  const index = c.people.findIndex((p) => p.id === personId);
  const person = c.people[index];
  if (!person)
    throw new DossierError('VALIDATION', 'The person chosen for the declaration is not in the case.', [
      fieldIssue('personId', 'noSuchPerson'),
    ]);
  if (!person.bondsperson)
    throw new DossierError('VALIDATION', 'A bondsperson declaration is made by a bondsperson: this person has no bondsperson details.', [
      fieldIssue(`people.${index}.bondsperson`, 'notBondsperson'),
    ]);
  return person;
}

/**
 * The bondsperson's statutory declaration: status, relationship, the offer and where the money
 * comes from, the conditions proposed, forfeiture (IRPR s.49) and the duty to report breaches,
 * declared before a commissioner, with lines for the place, the date and both signatures.
 */
export function buildBondspersonDeclaration(input: BuildInput, personId?: string): DossierDocument {
  const c = input.case;
  const person = declarant(c, personId);
  const ast = input.templates('bondsperson-declaration');
  const labels = ast.front.strings;
  const ctx: DetentionContext = { case: c, lang: input.lang, today: input.today, labels };
  const cite = exhibitCiter(c, input.exhibitRefs, word(labels, 'cite.tab'), punctuate(input.lang, '; '));
  const hearing = chosenHearing(c, input.today, undefined, true);
  const episode = c.detention.episodes.toSorted((a, b) => a.start.utc.localeCompare(b.start.utc)).at(-1);
  const { title, blocks } = evaluateTemplate(ast, {
    fields: bondspersonDeclarationFields,
    data: {
      ...detentionData(ctx, input.counsel, hearing, episode),
      declarant: bondspersonData(person, ctx, cite),
      conditionsLine: proposedConditions(c, labels, input.lang)
        .map(({ number, text }) => `(${number}) ${text}`)
        .join(punctuate(input.lang, '; ')),
    },
    partials: {},
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}
