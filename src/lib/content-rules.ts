/**
 * Rules the content must keep, as small pure functions. Each takes parsed content and returns a
 * list of problems, one string per problem, naming the file and the field: an empty list means
 * the rule holds. The content test (`tests/content/content-rules.test.ts`) runs them on the real
 * files and on small bad examples, so that each rule is shown to catch what it is meant to catch.
 *
 * The functions read plain objects (what `js-yaml` gives for the YAML files and the frontmatter),
 * not Astro collection entries, so they can run without Astro.
 */
import GithubSlugger from 'github-slugger';

/** A readable page (publication or post): its file, its parsed frontmatter and its Markdown body. */
export interface PageDoc {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** One item of a YAML list file (themes, people, findings, events…), with its `id`. */
export type ListItem = Record<string, unknown> & { id?: unknown };

/** A heading of a Markdown body: its level (2 for `##`) and the anchor id its text makes. */
export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits an MDX or Markdown file into its frontmatter text and its body. The caller parses the
 * frontmatter (with `js-yaml`), so this module needs no YAML parser.
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: '', body: text };
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** The text a heading shows, without Markdown marks: links keep their text, emphasis and code lose their marks. */
function plainHeadingText(raw: string): string {
  return raw
    .replace(/\s+#+\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .trim();
}

/**
 * The headings of a Markdown body, in order, with the ids GitHub's slugger gives them (the same
 * slugger Astro uses for heading anchors, duplicates numbered `-1`, `-2`…). Fenced code is skipped.
 */
export function headings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const out: Heading[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (fence === marker) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const match = /^(#{1,6})\s+(.+)$/.exec(line);
    if (!match) continue;
    const text = plainHeadingText(match[2] ?? '');
    out.push({ depth: (match[1] ?? '').length, text, slug: slugger.slug(text) });
  }
  return out;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asStrings(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

interface Section {
  id: string;
  themes: string[];
}

function sectionsOf(doc: PageDoc): Section[] {
  return asArray(doc.data['sections']).map((s) => {
    const record = (s ?? {}) as Record<string, unknown>;
    return { id: String(record['id'] ?? ''), themes: asStrings(record['themes']) };
  });
}

function idsOf(items: ListItem[]): Set<string> {
  return new Set(items.map((item) => String(item.id)));
}

/** Every publication and post lists at least one source, each with a title and a web address. */
export function checkSources(doc: PageDoc): string[] {
  const sources = doc.data['sources'];
  if (!Array.isArray(sources) || sources.length === 0) {
    return [`${doc.file}: sources: list at least one source, so readers can check the facts`];
  }
  const problems: string[] = [];
  sources.forEach((source, i) => {
    const record = (source ?? {}) as Record<string, unknown>;
    if (typeof record['title'] !== 'string' || record['title'].trim() === '') {
      problems.push(`${doc.file}: sources[${i}]: give the source a title`);
    }
    if (typeof record['url'] !== 'string' || !/^https?:\/\//.test(record['url'])) {
      problems.push(`${doc.file}: sources[${i}]: give the source a web address starting with http:// or https://`);
    }
  });
  return problems;
}

/** Every `sections[].id` of a page is the anchor of a heading in that page's body. */
export function checkSectionIds(doc: PageDoc): string[] {
  const slugs = new Set(headings(doc.body).map((h) => h.slug));
  return sectionsOf(doc)
    .filter((section) => !slugs.has(section.id))
    .map(
      (section) =>
        `${doc.file}: sections: "${section.id}" is not the id of any heading in the text (ids there: ${[...slugs].join(', ') || 'none'})`,
    );
}

/**
 * Every year-one disconnect has a section in the year-one report: a `sections` entry that carries
 * the theme and whose id is the anchor of a `##` or `###` heading in the report's body.
 */
export function checkDisconnectSections(themes: ListItem[], yearOneReport: PageDoc): string[] {
  const slugs = new Set(
    headings(yearOneReport.body)
      .filter((h) => h.depth === 2 || h.depth === 3)
      .map((h) => h.slug),
  );
  const sections = sectionsOf(yearOneReport);
  return themes
    .filter((theme) => theme['kind'] === 'disconnect')
    .filter((theme) => !sections.some((s) => s.themes.includes(String(theme.id)) && slugs.has(s.id)))
    .map(
      (theme) =>
        `${yearOneReport.file}: sections: no section for the disconnect "${String(theme.id)}" (add a ## heading for it and list its id under sections with themes: [${String(theme.id)}])`,
    );
}

/** Every theme is addressed somewhere: by a section of a publication or by a post tagged with it. */
export function checkThemeCoverage(themes: ListItem[], publications: PageDoc[], posts: PageDoc[]): string[] {
  const covered = new Set<string>();
  for (const doc of publications) for (const s of sectionsOf(doc)) for (const t of s.themes) covered.add(t);
  for (const doc of posts) for (const t of asStrings(doc.data['themes'])) covered.add(t);
  return themes
    .filter((theme) => !covered.has(String(theme.id)))
    .map(
      (theme) =>
        `content/themes.yaml: ${String(theme.id)}: no publication section and no post is tagged with this theme`,
    );
}

/** Every post's authors are ids from people.yaml. */
export function checkPostAuthors(posts: PageDoc[], people: ListItem[]): string[] {
  const known = idsOf(people);
  const problems: string[] = [];
  for (const doc of posts) {
    const authors = asStrings(doc.data['authors']);
    if (authors.length === 0)
      problems.push(`${doc.file}: authors: name at least one author (an id from content/people.yaml)`);
    for (const author of authors) {
      if (!known.has(author)) problems.push(`${doc.file}: authors: "${author}" is not an id in content/people.yaml`);
    }
  }
  return problems;
}

/** Everything the theme references can reach, gathered for {@link checkThemeRefs}. */
export interface ThemeRefContent {
  themes: ListItem[];
  publications?: PageDoc[];
  posts?: PageDoc[];
  findings?: ListItem[];
  events?: ListItem[];
}

/**
 * Every reference to a theme names a theme in themes.yaml: a theme's `ledTo`, a finding's
 * `question`, the `themes` of events, publications, posts and publication sections.
 */
export function checkThemeRefs(content: ThemeRefContent): string[] {
  const known = idsOf(content.themes);
  const problems: string[] = [];
  const check = (where: string, ids: string[]): void => {
    for (const id of ids)
      if (!known.has(id)) problems.push(`${where}: "${id}" is not a theme id in content/themes.yaml`);
  };
  for (const theme of content.themes)
    check(`content/themes.yaml: ${String(theme.id)}: ledTo`, asStrings(theme['ledTo']));
  for (const finding of content.findings ?? []) {
    const question = finding['question'];
    check(
      `content/findings.yaml: ${String(finding.id)}: question`,
      typeof question === 'string' ? [question] : ['(missing)'],
    );
  }
  for (const event of content.events ?? [])
    check(`content/events.yaml: ${String(event.id)}: themes`, asStrings(event['themes']));
  for (const doc of [...(content.publications ?? []), ...(content.posts ?? [])]) {
    check(`${doc.file}: themes`, asStrings(doc.data['themes']));
    for (const section of sectionsOf(doc)) check(`${doc.file}: sections: ${section.id}: themes`, section.themes);
  }
  return problems;
}
