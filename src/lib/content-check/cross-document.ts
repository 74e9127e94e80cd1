/**
 * Rules that hold across documents: a publication's sections are headings of its text, every
 * year-one disconnect has its section in the year-one report, every theme is addressed somewhere,
 * and no two posts share a title.
 */
import GithubSlugger from 'github-slugger';
import { textOf } from './anchors';
import { walk, type ContentFile } from './content-file';
import type { ListEntry } from './data-files';
import type { Problem } from './problem';
import { fieldProblem } from './rule';
import { didYouMean } from './suggestions';

/** The publication whose sections must cover year one's disconnects. */
export const YEAR_ONE_REPORT = 'year-one-report';

interface Heading {
  depth: number;
  slug: string;
}

/** The headings of a file's text with the anchors Astro gives them (github-slugger, repeats numbered). */
function headingsOf(file: ContentFile): Heading[] {
  if (!file.tree) return [];
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  walk(file.tree, (node) => {
    if (node.type === 'heading') headings.push({ depth: node.depth, slug: slugger.slug(textOf(node)) });
  });
  return headings;
}

interface Section {
  index: number;
  id: string;
  themes: string[];
}

function sectionsOf(file: ContentFile): Section[] {
  const sections = file.data['sections'];
  if (!Array.isArray(sections)) return [];
  return sections.map((section: unknown, index) => {
    const record = (section ?? {}) as Record<string, unknown>;
    const themes = Array.isArray(record['themes']) ? record['themes'] : [];
    return {
      index,
      id: typeof record['id'] === 'string' ? record['id'] : '',
      themes: themes.filter((theme): theme is string => typeof theme === 'string'),
    };
  });
}

/** Every `sections[].id` of a publication is the anchor of a heading in its text. */
export function checkSectionIds(file: ContentFile): Problem[] {
  if (!file.tree) return [];
  const slugs = headingsOf(file).map((heading) => heading.slug);
  return sectionsOf(file)
    .filter((section) => section.id !== '' && !slugs.includes(section.id))
    .map((section) =>
      fieldProblem(
        file,
        ['sections', section.index, 'id'],
        `"${section.id}" is not the anchor of any heading in the text.`,
        `${didYouMean(section.id, slugs)}A section's id is its heading in lower case with hyphens: "## What happened next" is what-happened-next.`,
      ),
    );
}

/** Every year-one disconnect has a section of the year-one report under a ## or ### heading. */
export function checkDisconnectSections(themes: readonly ListEntry[], report: ContentFile): Problem[] {
  if (!report.tree) return [];
  const slugs = new Set(
    headingsOf(report)
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => heading.slug),
  );
  const sections = sectionsOf(report);
  return themes
    .filter((theme) => theme['kind'] === 'disconnect' && typeof theme['id'] === 'string')
    .filter(
      (theme) => !sections.some((section) => section.themes.includes(theme['id'] as string) && slugs.has(section.id)),
    )
    .map((theme) =>
      fieldProblem(
        report,
        ['sections'],
        `No section carries the year-one disconnect "${String(theme['id'])}".`,
        `Add a ## heading for it and list its anchor under sections with themes: [${String(theme['id'])}].`,
      ),
    );
}

/** Every theme is addressed: by a publication's section or by a post tagged with it. */
export function checkThemeCoverage(
  themes: readonly ListEntry[],
  files: readonly ContentFile[],
  themesFile: { display: string; lineOf(index: number, path: readonly (string | number)[]): number },
): Problem[] {
  const covered = new Set<string>();
  for (const file of files) {
    if (file.collection === 'publications')
      for (const section of sectionsOf(file)) for (const theme of section.themes) covered.add(theme);
    const tagged = file.collection === 'posts' ? file.data['themes'] : undefined;
    if (Array.isArray(tagged)) for (const theme of tagged) if (typeof theme === 'string') covered.add(theme);
  }
  return themes.flatMap((theme, index) => {
    const id = theme['id'];
    if (typeof id !== 'string' || covered.has(id)) return [];
    return [
      {
        file: themesFile.display,
        line: themesFile.lineOf(index, ['id']),
        field: `${id}.id`,
        message: `No publication section and no post addresses the theme "${id}".`,
        fix: 'Tag a post with it (themes: […]), or list it under a section of a publication; or remove the theme.',
      },
    ];
  });
}

/** Two posts with the same title cannot be told apart on the blog's list, in the feed or in search. */
export function checkDuplicateTitles(files: readonly ContentFile[]): Problem[] {
  const byTitle = new Map<string, ContentFile[]>();
  for (const file of files) {
    const title = file.data['title'];
    if (file.collection !== 'posts' || typeof title !== 'string' || title.trim() === '') continue;
    const key = title.trim().replace(/\s+/g, ' ').toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), file]);
  }
  return [...byTitle.values()]
    .filter((sharing) => sharing.length > 1)
    .flatMap((sharing) =>
      sharing.map((file) =>
        fieldProblem(
          file,
          ['title'],
          `The same title is used by ${sharing
            .filter((other) => other !== file)
            .map((other) => other.file)
            .join(' and ')}.`,
          'Give each post its own title, so readers can tell them apart in lists, the feed and search.',
        ),
      ),
    );
}
