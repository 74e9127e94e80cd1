/**
 * The fields a post must have, checked with their line numbers. The schema in
 * `src/content.config.ts` checks the same things when the site builds; doing it here too means a
 * rapporteur gets every mistake at once, each on its own line, before the build starts.
 */
import { parsePartialDate } from '../partial-date';
import type { ContentFile } from './content-file';
import type { Problem } from './problem';
import { fieldProblem, shown, type FileRule } from './rule';
import { closestMatches } from './suggestions';

/** The fields a post may carry (`slug`, last, is read by Astro's loader to override the address). */
export const POST_FIELDS = [
  'title',
  'date',
  'summary',
  'authors',
  'themes',
  'sources',
  'draft',
  'image',
  'original',
  'slug',
];

/** Names people reach for from other blogging tools, and the field this site uses instead. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  author: 'authors',
  by: 'authors',
  tags: 'themes',
  tag: 'themes',
  categories: 'themes',
  category: 'themes',
  theme: 'themes',
  description: 'summary',
  excerpt: 'summary',
  source: 'sources',
  references: 'sources',
  pubDate: 'date',
  published: 'date',
  heroImage: 'image',
  cover: 'image',
};

/** Cards, feeds and search results show the summary whole: this is the most they show. */
export const SUMMARY_MAX = 240;
export const SUMMARY_MIN = 40;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2014-05-01` from a YAML date or a string, or `undefined` when it is not a full valid date. */
export function fullDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !FULL_DATE.test(value.trim())) return undefined;
  return parsePartialDate(value.trim())?.precision === 'day' ? value.trim() : undefined;
}

/** The field a misnamed field was meant to be: `author` → `authors`. */
function meantField(key: string): string | undefined {
  return FIELD_ALIASES[key] ?? closestMatches(key, POST_FIELDS)[0];
}

function misnamedFields(file: ContentFile): Set<string> {
  const meant = Object.keys(file.data)
    .filter((key) => !POST_FIELDS.includes(key))
    .map(meantField);
  return new Set(meant.filter((field): field is string => field !== undefined && !(field in file.data)));
}

function checkUnknownFields(file: ContentFile): Problem[] {
  return Object.keys(file.data)
    .filter((key) => !POST_FIELDS.includes(key))
    .flatMap((key) => {
      const meant = meantField(key);
      if (!meant) {
        return [
          fieldProblem(
            file,
            [key],
            `"${key}" is not a field a post can have, so the site would ignore it.`,
            `Remove it, or use one of: ${POST_FIELDS.slice(0, -1).join(', ')}.`,
          ),
        ];
      }
      return [
        fieldProblem(
          file,
          [key],
          `"${key}" is not a field a post can have.`,
          `Did you mean "${meant}"? Rename the field.`,
        ),
      ];
    });
}

function checkTitle(file: ContentFile): Problem[] {
  const title = file.data['title'];
  if (title === undefined || title === null)
    return [
      fieldProblem(
        file,
        ['title'],
        'The post has no title.',
        'Add a line such as: title: What the pairs learned in Leeds',
      ),
    ];
  if (typeof title !== 'string' || title.trim().length < 5)
    return [
      fieldProblem(
        file,
        ['title'],
        `The title ${shown(title)} is too short.`,
        'Write a title of at least five characters.',
      ),
    ];
  return [];
}

function checkDate(file: ContentFile, today: string): Problem[] {
  const value = file.data['date'];
  if (value === undefined || value === null)
    return [
      fieldProblem(
        file,
        ['date'],
        'The post has no date.',
        `Add the day it is published, as YYYY-MM-DD: date: ${today}`,
      ),
    ];
  const iso = fullDate(value);
  if (!iso)
    return [
      fieldProblem(
        file,
        ['date'],
        `${shown(value)} is not a date in the form YYYY-MM-DD.`,
        'Write the year, month and day with hyphens, for example: date: 2014-05-01',
      ),
    ];
  if (iso > today && file.data['draft'] !== true)
    return [
      fieldProblem(
        file,
        ['date'],
        `${iso} is in the future, so the post would be published before its day.`,
        'Use the day it goes live (today or earlier), or add "draft: true" until then.',
      ),
    ];
  return [];
}

function checkSummary(file: ContentFile): Problem[] {
  const summary = file.data['summary'];
  if (summary === undefined || summary === null)
    return [
      fieldProblem(
        file,
        ['summary'],
        'The post has no summary.',
        'Add "summary:" with one or two sentences: readers see them on cards, in the feed and in search results.',
      ),
    ];
  if (typeof summary !== 'string')
    return [
      fieldProblem(file, ['summary'], 'The summary is not text.', 'Write one or two sentences after "summary:".'),
    ];
  const length = summary.trim().length;
  if (length < SUMMARY_MIN)
    return [
      fieldProblem(
        file,
        ['summary'],
        `The summary is ${length} characters long; it needs at least ${SUMMARY_MIN}.`,
        'Write a full sentence that says what the post is about.',
      ),
    ];
  if (length > SUMMARY_MAX)
    return [
      fieldProblem(
        file,
        ['summary'],
        `The summary is ${length} characters long; cards show at most ${SUMMARY_MAX}.`,
        `Shorten it by ${length - SUMMARY_MAX} characters or more.`,
      ),
    ];
  return [];
}

/** `authors` and `themes`: a list of at least one id (the ids themselves are checked in references). */
function checkIdList(file: ContentFile, field: 'authors' | 'themes'): Problem[] {
  const value = file.data[field];
  const source = field === 'authors' ? 'content/people.yaml' : 'content/themes.yaml';
  const example = field === 'authors' ? 'authors: [editors]' : 'themes: [first-theme, second-theme]';
  if (value === undefined || value === null)
    return [
      fieldProblem(file, [field], `The post has no ${field}.`, `Add a list of ids from ${source}, such as: ${example}`),
    ];
  if (typeof value === 'string')
    return [
      fieldProblem(
        file,
        [field],
        `${field} must be a list, even with one ${field === 'authors' ? 'author' : 'theme'}.`,
        `Put the ids in square brackets: ${field}: [${value}]`,
      ),
    ];
  if (!Array.isArray(value) || value.length === 0)
    return [
      fieldProblem(
        file,
        [field],
        `The post needs at least one of ${field}.`,
        `List ids from ${source}, such as: ${example}`,
      ),
    ];
  return [];
}

function checkSources(file: ContentFile): Problem[] {
  const sources = file.data['sources'];
  const fix = 'List where the facts come from, each with a title, url and publisher (see CONTRIBUTING.md).';
  if (sources === undefined || sources === null)
    return [fieldProblem(file, ['sources'], 'The post has no sources.', fix)];
  if (!Array.isArray(sources) || sources.length === 0)
    return [fieldProblem(file, ['sources'], 'sources must be a list with at least one source.', fix)];
  return sources.flatMap((source: unknown, index): Problem[] => {
    if (!source || typeof source !== 'object' || Array.isArray(source))
      return [
        fieldProblem(
          file,
          ['sources', index],
          'This source is not a title, url and publisher.',
          'Write "title:", "url:" and "publisher:" on their own lines under "- ".',
        ),
      ];
    const { title, url, publisher, date } = source as Record<string, unknown>;
    const problems: Problem[] = [];
    if (typeof title !== 'string' || title.trim().length < 3)
      problems.push(
        fieldProblem(
          file,
          ['sources', index, 'title'],
          'This source has no title.',
          'Give the title as the original has it.',
        ),
      );
    if (typeof url !== 'string' || !isWebAddress(url))
      problems.push(
        fieldProblem(
          file,
          ['sources', index, 'url'],
          url === undefined ? 'This source has no url.' : `${shown(url)} is not a full web address.`,
          'Give the address readers can open, starting with https:// or http://.',
        ),
      );
    if (typeof publisher !== 'string' || publisher.trim() === '')
      problems.push(
        fieldProblem(
          file,
          ['sources', index, 'publisher'],
          'This source does not say who published it.',
          'Add a line such as: publisher: BBC News',
        ),
      );
    if (date !== undefined && !parsePartialDate(date))
      problems.push(
        fieldProblem(
          file,
          ['sources', index, 'date'],
          `${shown(date)} is not a date.`,
          'Write it as YYYY-MM-DD, or YYYY-MM when the day is unknown, or YYYY; or leave it out.',
        ),
      );
    return problems;
  });
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkDraft(file: ContentFile): Problem[] {
  const draft = file.data['draft'];
  if (draft === undefined || typeof draft === 'boolean') return [];
  return [
    fieldProblem(
      file,
      ['draft'],
      `draft must be true or false, not ${shown(draft)}.`,
      'Write "draft: true" to hold the post back, or remove the line to publish it.',
    ),
  ];
}

/** Every frontmatter problem of a post. Publications are checked by the schema alone. */
export const checkPostFrontmatter: FileRule = (file, site) => {
  if (file.collection !== 'posts' || !file.frontmatterRead) return [];
  const misnamed = misnamedFields(file);
  const problems = [
    ...checkUnknownFields(file),
    ...checkTitle(file),
    ...checkDate(file, site.today),
    ...checkSummary(file),
    ...checkIdList(file, 'authors'),
    ...checkIdList(file, 'themes'),
    ...checkSources(file),
    ...checkDraft(file),
  ];
  // "author" already says "did you mean authors": saying also that "authors" is missing is noise.
  return problems.filter((problem) => !(problem.line === 1 && misnamed.has(problem.field)));
};
