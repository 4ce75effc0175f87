import type { Person } from '../../../src-main/core/model/case.ts';

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
