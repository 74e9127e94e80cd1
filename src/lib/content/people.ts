/** Groups people by their part in the programme, for the people index. */
import { NO_PART_LABEL, PART_LABELS, type Part } from './labels';

const ORDER = Object.keys(PART_LABELS) as Part[];

export interface PeopleGroup<T> {
  id: Part | 'other';
  label: string;
  people: T[];
}

/** People grouped by part, in a fixed order, alphabetical by family name within a group. */
export function peopleGroups<T extends { id: string; data: { name: string; part?: Part | undefined } }>(
  people: readonly T[],
): PeopleGroup<T>[] {
  const familyName = (person: T) => person.data.name.split(' ').at(-1) ?? person.data.name;
  const sorted = [...people].sort((a, b) => familyName(a).localeCompare(familyName(b)));
  const groups: PeopleGroup<T>[] = ORDER.map((part) => ({
    id: part,
    label: PART_LABELS[part],
    people: sorted.filter((person) => person.data.part === part),
  }));
  groups.push({
    id: 'other',
    label: NO_PART_LABEL,
    people: sorted.filter((person) => !person.data.part),
  });
  return groups.filter((group) => group.people.length > 0);
}

/** The posts a person wrote (or co-wrote), in the order given. */
export function writtenBy<T extends { data: { authors: readonly { id: string }[] } }>(
  personId: string,
  posts: readonly T[],
): T[] {
  return posts.filter((post) => post.data.authors.some((author) => author.id === personId));
}
