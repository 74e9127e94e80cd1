/**
 * What the checks know about the whole site before they look at one file: the valid ids, every
 * page and anchor a link may point at, and where images and components may come from.
 */
import { SITE } from '../site';
import { anchorsOf, entrySlug } from './anchors';
import type { ContentFile } from './content-file';
import { paginationValues, sitePages } from './routes';
import { postHref, publicationHref } from '../routes';

export interface SiteIndex {
  /** Ids from people.yaml and themes.yaml, in file order. */
  peopleIds: readonly string[];
  themeIds: readonly string[];
  /** Every page path the build will make that can be named in advance: `/blog/my-post/`. */
  pages: ReadonlySet<string>;
  /** Routes whose pages cannot be listed in advance: a link matching one is accepted. */
  routePatterns: readonly RegExp[];
  /** The anchors of each page whose anchors are known (publications and posts). */
  anchorsByPage: ReadonlyMap<string, ReadonlySet<string>>;
  /** Pages of draft posts: built by `npm run dev` only. */
  draftPages: ReadonlySet<string>;
  /** Files in `public/`, as site paths: `/favicon.svg`. */
  publicFiles: ReadonlySet<string>;
  /** The site's own address, so a full link to it is checked like `/…`. */
  siteOrigin: string;
  /** Today, `YYYY-MM-DD`: a published post may not be dated after it. */
  today: string;
  /** Absolute folder of the components a post may import (`src/components/mdx/`). */
  componentsDir: string;
  /** That folder as a rapporteur reads it in messages. */
  componentsDirLabel: string;
  /** Whether a file exists, for images (injected so the rules stay pure). */
  fileExists(absolutePath: string): boolean;
}

export interface SiteIndexInput extends Omit<SiteIndex, 'pages' | 'routePatterns' | 'anchorsByPage' | 'draftPages'> {
  files: readonly ContentFile[];
  /** Route files relative to `src/pages/`: `blog/[slug].astro`. */
  routeFiles: readonly string[];
}

/** The page a content file becomes: `/blog/my-post/`. */
export function pageOf(file: ContentFile): string {
  const slug = entrySlug(file.entryPath, file.data);
  return file.collection === 'posts' ? postHref(slug) : publicationHref(slug);
}

export function isDraft(file: ContentFile): boolean {
  return file.collection === 'posts' && file.data['draft'] === true;
}

/** Builds the index from what the loader read. */
export function buildSiteIndex(input: SiteIndexInput): SiteIndex {
  const { files, routeFiles, ...rest } = input;
  const slugsOf = (collection: ContentFile['collection']) =>
    files.filter((file) => file.collection === collection).map((file) => entrySlug(file.entryPath, file.data));
  const publishedPosts = files.filter((file) => file.collection === 'posts' && !isDraft(file)).length;
  const { pages, patterns } = sitePages(routeFiles, {
    'blog/[slug]': slugsOf('posts'),
    'blog/[...page]': paginationValues(publishedPosts, SITE.postsPerPage),
    'publications/[slug]': slugsOf('publications'),
    'themes/[id]': input.themeIds,
    'people/[id]': input.peopleIds,
  });
  const anchorsByPage = new Map<string, Set<string>>();
  for (const file of files) if (file.tree) anchorsByPage.set(pageOf(file), anchorsOf(file.tree));
  return {
    ...rest,
    pages,
    routePatterns: patterns,
    anchorsByPage,
    draftPages: new Set(files.filter(isDraft).map(pageOf)),
  };
}
