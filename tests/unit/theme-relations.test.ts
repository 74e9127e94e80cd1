import { describe, expect, test } from 'vitest';
import { themeRelations } from '../../src/lib/content/theme-relations';

const refs = (...ids: string[]) => ids.map((id) => ({ id }));
const themes = [
  { id: 'q-whole', data: { ledTo: [] } },
  { id: 'silos', data: { ledTo: refs('q-whole') } },
  { id: 'crisis', data: { ledTo: refs('q-local', 'q-whole') } },
  { id: 'q-local', data: { ledTo: [] } },
];
const at = (index: number) => themes[index] ?? themes[0]!;
const findings = [
  { id: 'pool-budgets', data: { question: { id: 'q-whole' } } },
  { id: 'name-a-lead', data: { question: { id: 'q-local' } } },
];
const sections = [
  { sectionId: 'commissioning: the gap', themeIds: ['silos', 'crisis'] },
  { sectionId: 'leadership', themeIds: ['q-local'] },
];
const posts = [
  { id: 'lucy-de-groot-on-commissioning', data: { themes: refs('crisis') } },
  { id: 'the-site-s-editors-on-silos', data: { themes: refs('silos', 'crisis') } },
];

describe('themeRelations', () => {
  test('a disconnect links to its questions in the order it gives them, with its sections and posts', () => {
    const crisis = themeRelations(at(2), { themes, findings, sections, posts });
    expect(crisis.ledTo.map((theme) => theme.id)).toEqual(['q-local', 'q-whole']);
    expect(crisis.ledFrom).toEqual([]);
    expect(crisis.pointers).toEqual([]);
    expect(crisis.sections.map((section) => section.sectionId)).toEqual(['commissioning: the gap']);
    expect(crisis.tagged.map((post) => post.id)).toEqual([
      'lucy-de-groot-on-commissioning',
      'the-site-s-editors-on-silos',
    ]);
  });

  test('a question lists the disconnects that led to it, in theme order, and only its own pointers', () => {
    const question = themeRelations(at(0), { themes, findings, sections, posts });
    expect(question.ledFrom.map((theme) => theme.id)).toEqual(['silos', 'crisis']);
    expect(question.ledTo).toEqual([]);
    expect(question.pointers.map((pointer) => pointer.id)).toEqual(['pool-budgets']);
    expect(question.sections).toEqual([]);
    expect(question.tagged).toEqual([]);
  });
});
