/**
 * A synthetic but realistic corpus for the benchmark: N posts and three publications with the
 * shape of the real ones (headings, a list, a link to a theme page, GFM footnotes, themes and
 * authors from the site's own ids, dates across 2013–2015), written as plain prose from a small
 * vocabulary. Every text says it is synthetic and claims no facts; sources point at example.org.
 *
 * Generation is pure and seeded, so two runs build the same words and their timings compare.
 */
import { parse as load } from 'yaml';

/** A file of the corpus, its path relative to the content folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface CorpusOptions {
  /** How many posts to write. */
  posts: number;
  /** Ids from themes.yaml that posts and sections may carry. */
  themeIds: readonly string[];
  /** Ids from people.yaml that may sign posts. */
  authorIds: readonly string[];
  /** Labels shown for theme links, by id; falls back to the id. */
  themeLabels?: Readonly<Record<string, string>>;
  /** The same seed gives the same corpus. */
  seed?: number;
}

/** A small fast seeded PRNG (mulberry32): returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** `count` distinct items (or all of them when there are fewer). */
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

const SUBJECTS = [
  'The pair',
  'A service manager',
  'An official from the department',
  'The charity’s staff',
  'Front-line workers',
  'The local commissioner',
  'A volunteer coordinator',
  'The policy team',
  'People who use the service',
  'The funder’s grant officer',
  'A housing adviser',
  'The regional manager',
];
const VERBS = [
  'noticed that',
  'argued that',
  'found that',
  'asked whether',
  'described how',
  'pointed out that',
  'wondered whether',
  'came to think that',
  'heard from colleagues that',
  'wrote in their notes that',
];
const CLAUSES = [
  'funding rules reward short projects more than lasting change',
  'outcomes are measured one service at a time',
  'a person’s needs rarely fit a single department’s remit',
  'guidance written centrally reads differently in a small team',
  'trust between agencies takes longer to build than a funding cycle',
  'prevention is hard to fund when budgets are set each year',
  'the data collected says little about what changed for people',
  'commissioning favours providers that can absorb the paperwork',
  'local knowledge is lost when contracts move between providers',
  'people reach services at a crisis rather than earlier',
  'a visit to the office changed how the team read the evidence',
  'small charities spend scarce time reporting against many frameworks',
  'policy intent was clear but its delivery depended on local choices',
  'the same family was known to several services that never met',
];
const TAILS = [
  '',
  '',
  ' during the second visit',
  ' in a workshop later that month',
  ' after reading the case files together',
  ' when the pair compared their diaries',
  ', though not everyone agreed',
  ' in almost every conversation',
];
const TOPICS = [
  'Commissioning for the whole person',
  'Measuring what matters',
  'Short funding cycles',
  'Prevention and crisis',
  'Local discretion',
  'Shared data between services',
  'Trust across sectors',
  'Learning from the front line',
  'Reporting burdens on small charities',
  'Evidence and judgement',
];
const ANGLES = [
  'notes from a visit',
  'what the pair learned',
  'a view from practice',
  'a view from Whitehall',
  'questions for year two',
];
const SECTION_HEADINGS = [
  'What the visit showed',
  'Why it matters',
  'How the two sides saw it',
  'What changed afterwards',
  'Open questions',
  'Where the evidence is thin',
  'A second look',
];
const LIST_ITEMS = [
  'agree one measure of success with the people who use the service',
  'fund the work for longer than a single year',
  'bring commissioners to the front line before writing a specification',
  'share records between services with consent',
  'let local teams adapt guidance to their area',
  'count the time small organisations spend on reporting',
];

function sentence(random: Random): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, CLAUSES)}${pick(random, TAILS)}.`;
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A date between 2013-01-01 and 2015-12-31, as YYYY-MM-DD. */
function dateIn2013To2015(random: Random): string {
  const start = Date.UTC(2013, 0, 1);
  const end = Date.UTC(2015, 11, 31);
  return new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

const yamlList = (items: readonly string[]) => `[${items.join(', ')}]`;

/** The MDX of one post: frontmatter valid for the `posts` schema and a body of 600–1,200 words. */
function postFile(index: number, random: Random, options: CorpusOptions): CorpusFile {
  const number = String(index + 1).padStart(4, '0');
  const topic = pick(random, TOPICS);
  const themes = pickSome(random, options.themeIds, between(random, 1, 3));
  const authors = pickSome(random, options.authorIds, between(random, 1, 2));
  const footnotes = between(random, 2, 4);
  const targetWords = between(random, 600, 1200);
  const theme = themes[0] as string;
  const themeLabel = options.themeLabels?.[theme] ?? theme;

  const body: string[] = [paragraph(random, 3) + '[^1]'];
  let section = 0;
  while (wordCount(body.join(' ')) < targetWords) {
    section += 1;
    body.push(`## ${pick(random, SECTION_HEADINGS)} (${section})`, paragraph(random, between(random, 3, 5)));
    if (section === 1) {
      body.push(
        `This post is filed under [${themeLabel}](/themes/${theme}/).`,
        pickSome(random, LIST_ITEMS, 3)
          .map((item) => `- ${item}`)
          .join('\n'),
      );
    }
    if (section % 2 === 0) body.push(`### A closer look (${section})`, paragraph(random, between(random, 2, 4)));
    if (section <= footnotes - 1) body.push(paragraph(random, 2) + `[^${section + 1}]`);
  }
  const notes = Array.from(
    { length: footnotes },
    (_, n) => `[^${n + 1}]: Synthetic note ${n + 1} for benchmark post ${number}; it cites nothing.`,
  );

  // Like the real posts, each summarises a dated original: the programme's time line places it there.
  const day = dateIn2013To2015(random);
  const frontmatter = [
    '---',
    `title: '${topic}: ${pick(random, ANGLES)} (benchmark ${number})'`,
    `date: ${day}`,
    `authors: ${yamlList(authors)}`,
    `themes: ${yamlList(themes)}`,
    `summary: 'A synthetic post written by the benchmark about ${topic.toLowerCase()}; it states no facts about the programme.'`,
    'sources:',
    `  - title: Synthetic source for benchmark post ${number}`,
    `    url: https://example.org/benchmark/${number}`,
    '    publisher: Benchmark generator',
    'original:',
    `  date: ${day}`,
    '  publisher: Benchmark generator',
    `  url: https://example.org/benchmark/${number}`,
    '  holds: full-text',
    '---',
  ];
  return {
    path: `posts/${number}-benchmark-post.mdx`,
    text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n\n${notes.join('\n')}\n`,
  };
}

/** Three publications; each has one `##` section per theme, listed in its `sections`. */
function publicationFiles(random: Random, options: CorpusOptions): CorpusFile[] {
  return [1, 2, 3].map((order) => {
    const sections = options.themeIds.map((id) => ({
      id: `section-${order}-${id}`,
      heading: `Section ${order}-${id}`,
      theme: id,
    }));
    const frontmatter = [
      '---',
      `title: Benchmark publication ${order}`,
      'kind: annual-report',
      `published: '${2012 + order}-11'`,
      'summary: A synthetic publication written by the benchmark; it has one section per theme and states no facts.',
      `order: ${order}`,
      `themes: ${yamlList(options.themeIds)}`,
      'sources:',
      `  - title: Synthetic source for benchmark publication ${order}`,
      `    url: https://example.org/benchmark/publication-${order}`,
      '    publisher: Benchmark generator',
      'sections:',
      ...sections.flatMap((s) => [`  - id: ${s.id}`, `    themes: [${s.theme}]`]),
      '---',
    ];
    const body = sections.flatMap((s) => [
      `## ${s.heading}`,
      paragraph(random, 6),
      `### Pointers for ${s.theme}`,
      paragraph(random, 4) + '[^1]',
      paragraph(random, 5),
    ]);
    return {
      path: `publications/benchmark-publication-${order}.mdx`,
      text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n\n[^1]: Synthetic note; it cites nothing.\n`,
    };
  });
}

/**
 * Posts with one mistake each, of the kinds a rapporteur makes (unknown theme, no summary, a date
 * that is not one, no author), for timing the content check with errors to report.
 */
export function brokenPostFiles(options: CorpusOptions): CorpusFile[] {
  const valid = postFile(0, seededRandom(1), options).text;
  const mistakes: [string, (text: string) => string][] = [
    ['unknown-theme', (text) => text.replace(/^themes: .*$/m, 'themes: [no-such-theme]')],
    ['no-summary', (text) => text.replace(/^summary: .*\n/m, '')],
    ['bad-date', (text) => text.replace(/^date: .*$/m, 'date: last Tuesday')],
    ['no-author', (text) => text.replace(/^authors: .*$/m, 'authors: []')],
    ['no-sources', (text) => text.replace(/^sources:\n(?: {2,}.*\n)+/m, '')],
  ];
  return mistakes.map(([name, breakIt]) => ({ path: `posts/broken-${name}.mdx`, text: breakIt(valid) }));
}

/** Every generated file of a corpus of `options.posts` posts. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  if (options.themeIds.length === 0 || options.authorIds.length === 0) {
    throw new Error('The benchmark corpus needs at least one theme and one author from the base content.');
  }
  const random = seededRandom(options.seed ?? 2013);
  return [
    ...publicationFiles(random, options),
    ...Array.from({ length: options.posts }, (_, index) => postFile(index, random, options)),
  ];
}

/** The ids (and labels) in a YAML list of `{ id, … }` records such as themes.yaml. */
export function idsInYamlList(text: string): { id: string; label?: string }[] {
  const records: unknown = load(text);
  if (!Array.isArray(records)) return [];
  return records.flatMap((record: unknown) => {
    if (typeof record !== 'object' || record === null) return [];
    const { id, label } = record as { id?: unknown; label?: unknown };
    return typeof id === 'string' ? [{ id, ...(typeof label === 'string' ? { label } : {}) }] : [];
  });
}
