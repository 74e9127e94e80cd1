/**
 * The list of valid theme and author ids that CONTRIBUTING.md shows rapporteurs, made from
 * themes.yaml and people.yaml so it can be kept in step (scripts/contributing-ids.ts writes it,
 * and a unit test fails when it is out of date).
 */

import { themeKindGroupLabel, type ThemeKind } from '../../src/lib/content/labels';

/** The markers around the generated list in CONTRIBUTING.md. */
const ID_LIST_START = '<!-- valid-ids:start (written by scripts/contributing-ids.ts; do not edit by hand) -->';
const ID_LIST_END = '<!-- valid-ids:end -->';

interface ThemeRow {
  id: string;
  label: string;
  kind: ThemeKind;
}

interface PersonRow {
  id: string;
  name: string;
  writesForSite?: boolean;
}

/** The Markdown between the markers: themes by kind, then the people who write for the site. */
export function idListMarkdown(themes: readonly ThemeRow[], people: readonly PersonRow[]): string {
  const lines: string[] = [];
  for (const kind of [...new Set(themes.map((theme) => theme.kind))]) {
    lines.push(`**${themeKindGroupLabel(kind)}** (for \`themes\`):`, '');
    for (const theme of themes.filter((candidate) => candidate.kind === kind))
      lines.push(`- \`${theme.id}\`: ${theme.label}`);
    lines.push('');
  }
  lines.push('**People who write for the site** (for `authors`):', '');
  for (const person of people.filter((candidate) => candidate.writesForSite))
    lines.push(`- \`${person.id}\`: ${person.name}`);
  lines.push('', 'Anyone else in `content/people.yaml` can be named as an author too, by their `id`.');
  return lines.join('\n');
}

/** The text between the markers in a document, or `undefined` when the markers are missing. */
export function currentIdList(document: string): string | undefined {
  const start = document.indexOf(ID_LIST_START);
  const end = document.indexOf(ID_LIST_END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return document.slice(start + ID_LIST_START.length, end).trim();
}

/** The document with the list between the markers replaced. */
export function withIdList(document: string, list: string): string {
  const start = document.indexOf(ID_LIST_START);
  const end = document.indexOf(ID_LIST_END);
  if (start === -1 || end === -1) throw new Error(`CONTRIBUTING.md has lost its "${ID_LIST_START}" marker.`);
  return `${document.slice(0, start + ID_LIST_START.length)}\n\n${list}\n\n${document.slice(end)}`;
}
