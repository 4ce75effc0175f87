import type { Case, Person } from '../../src-main/core/model/case.ts';

export type PersonUpdate = (update: (person: Person) => Person) => void;

/** "CHAN Kwok-wai": family name in capitals, as the tribunal writes it; empty when no name is typed. */
export function personName(person: Pick<Person, 'familyName' | 'givenNames' | 'namesInScript'>): string {
  const latin = [person.familyName.toLocaleUpperCase('und'), person.givenNames].filter((p) => p.trim() !== '').join(' ');
  return latin || person.namesInScript[0]?.value || '';
}

export function updatePerson(value: Case, id: string, update: (person: Person) => Person): Case {
  return { ...value, people: value.people.map((p) => (p.id === id ? update(p) : p)) };
}

/**
 * The people without role `role` for person `id`, and without the details kept for that role: a
 * person with no other role leaves the case; one who is also, say, family keeps that role.
 */
export function withoutRole(people: readonly Person[], id: string, role: 'bondsperson' | 'translator'): Person[] {
  return people.flatMap((person) => {
    if (person.id !== id) return [person];
    const roles = person.roles.filter((r) => r !== role);
    if (roles.length === 0) return [];
    const kept: Person = { ...person, roles };
    delete kept[role];
    return [kept];
  });
}
