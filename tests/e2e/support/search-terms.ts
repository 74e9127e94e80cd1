/**
 * Search words read from the built site, so the search tests hold for the fixture and for the real
 * content alike: a word only one year-one disconnect's section uses, and a word shared by the
 * home page and a theme page.
 */
import { builtPages, readBuilt } from '../../../scripts/lib/built-site';

/** The visible text of some HTML, with tags removed and the common entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function words(text: string, minLength: number): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= minLength);
}

function occurrences(text: string, word: string): number {
  return words(text, word.length).filter((candidate) => candidate === word).length;
}

const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

/** The themes pages that say they are a year-one disconnect, with their links into publications. */
function disconnectSections(): { themePath: string; page: string; sectionId: string }[] {
  return builtPages()
    .filter((path) => /^\/themes\/[^/]+\/$/.test(path))
    .map((themePath) => ({ themePath, html: readBuilt(fileOf(themePath)) }))
    .filter(({ html }) => html.includes('Year-one disconnect'))
    .flatMap(({ themePath, html }) =>
      [...html.matchAll(/href="(\/publications\/[^/"]+\/)#([a-z0-9-]+)"/g)].map((match) => ({
        themePath,
        page: match[1]!,
        sectionId: match[2]!,
      })),
    );
}

export interface SectionWord {
  word: string;
  /** The publication page, e.g. `/publications/year-one/`. */
  page: string;
  sectionId: string;
}

/**
 * A word that appears in the text right under one disconnect's heading and nowhere else on the
 * built site: searching for it must lead to that section.
 */
export function wordOnlyInOneDisconnectSection(): SectionWord {
  const everything = builtPages()
    .filter((path) => path.endsWith('/'))
    .map((path) => ({ path, text: textOf(readBuilt(fileOf(path))) }));
  for (const { page, sectionId } of disconnectSections()) {
    const html = readBuilt(fileOf(page));
    const start = html.indexOf(`id="${sectionId}"`);
    const headingEnd = html.indexOf('</h', start);
    const next = html.slice(headingEnd + 3).search(/<h[1-6][\s>]/);
    const section = textOf(html.slice(headingEnd + 3, next === -1 ? undefined : headingEnd + 3 + next));
    const candidates = [...new Set(words(section, 6))].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const word = candidates.find((candidate) =>
      everything.every(
        ({ path, text }) => occurrences(text, candidate) === (path === page ? occurrences(section, candidate) : 0),
      ),
    );
    if (word) return { word, page, sectionId };
  }
  throw new Error('No disconnect section of the built site has a word of its own: the search test needs one.');
}

/**
 * A theme id, and a word both its theme page's statement and the home page's introduction use: a
 * search for it finds pages without that theme (the home page), which the theme filter must drop.
 */
export function themeAndSharedWord(): { themeId: string; word: string } {
  const hero = textOf(/<div class="hero"[\s\S]*?<\/div>/.exec(readBuilt('index.html'))?.[0] ?? '');
  for (const path of builtPages().filter((candidate) => /^\/themes\/[^/]+\/$/.test(candidate))) {
    const lede = textOf(/<p class="lede"[\s\S]*?<\/p>/.exec(readBuilt(fileOf(path)))?.[0] ?? '');
    const shared = words(lede, 5).find((word) => occurrences(hero, word) > 0);
    if (shared) return { themeId: path.split('/')[2]!, word: shared };
  }
  throw new Error('No theme statement shares a word with the home page: the filter test needs one.');
}

/** The site paths of the pages the index files under a theme (from their hidden search metadata). */
export function pagesWithTheme(themeId: string): string[] {
  return builtPages().filter((path) =>
    readBuilt(fileOf(path)).includes(`data-pagefind-filter="theme[data-value]" data-value="${themeId}"`),
  );
}

/** Every `##` and `###` heading with an id in the built publications: each a section search must reach. */
export function publicationHeadings(): { page: string; id: string; text: string }[] {
  return builtPages()
    .filter((path) => /^\/publications\/[^/]+\/$/.test(path))
    .flatMap((page) => {
      const body =
        /<div class="prose"[^>]*>([\s\S]*?)<section[^>]*class="sources"/.exec(readBuilt(fileOf(page)))?.[1] ?? '';
      return [...body.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)]
        .filter((match) => match[2] !== 'footnote-label')
        .map((match) => ({ page, id: match[2]!, text: textOf(match[3]!).trim() }));
    });
}
