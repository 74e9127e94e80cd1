/**
 * The site's pages as links see them, worked out from the files in `src/pages/` and the content,
 * so a link to a page that will not exist is caught before the build (and new pages added by
 * anyone are known without a list to keep up to date).
 */

export interface SitePages {
  /** Every page that will be built and can be named in advance: `/`, `/blog/my-post/`, `/rss.xml`. */
  pages: Set<string>;
  /** Routes whose pages cannot be listed from the content (accepted when a link matches them). */
  patterns: RegExp[];
}

/**
 * The values of a dynamic route's parameter, for the routes whose pages come from the content.
 * Keys are route files without their extension. A route not listed here is accepted by pattern.
 */
export type RouteValues = Readonly<Record<string, readonly string[]>>;

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXTENSIONS = /\.(ts|js|mjs)$/;

/**
 * Pages from route files (relative to `src/pages/`, `/`-separated) and the values of their dynamic
 * parts. The site builds directories (`/about/`), so pages end with a slash; endpoints keep their
 * file name (`/rss.xml`).
 *
 * @example sitePages(['about.astro', 'blog/[slug].astro'], { 'blog/[slug]': ['x'] }).pages // {'/about/', '/blog/x/'}
 */
export function sitePages(routeFiles: readonly string[], values: RouteValues): SitePages {
  const pages = new Set<string>();
  const patterns: RegExp[] = [];
  for (const routeFile of routeFiles) {
    if (routeFile.split('/').some((segment) => segment.startsWith('_'))) continue;
    const isPage = PAGE_EXTENSIONS.test(routeFile);
    if (!isPage && !ENDPOINT_EXTENSIONS.test(routeFile)) continue;
    if (routeFile.endsWith('.d.ts')) continue;
    const route = routeFile.replace(isPage ? PAGE_EXTENSIONS : ENDPOINT_EXTENSIONS, '');
    const toPath = (filled: string) => {
      const trimmed = filled
        .replace(/(^|\/)index$/, '')
        .replace(/\/+/g, '/')
        .replace(/\/$/, '');
      if (!isPage) return `/${trimmed}`;
      if (trimmed === '404') return '/404.html';
      return trimmed === '' ? '/' : `/${trimmed}/`;
    };
    if (!route.includes('[')) {
      pages.add(toPath(route));
      continue;
    }
    const known = values[route];
    if (known) {
      for (const value of known) pages.add(toPath(route.replace(/\[[^\]]+\]/, value)));
      continue;
    }
    const source = route
      .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
      .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : escapeRegExp(part)))
      .join('');
    patterns.push(new RegExp(`^/${source}/?$`));
  }
  return { pages, patterns };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The values of `[...page]` for a paginated list: '' for page 1, then '2', '3'… */
export function paginationValues(itemCount: number, pageSize: number): string[] {
  const lastPage = Math.max(1, Math.ceil(itemCount / pageSize));
  return ['', ...Array.from({ length: lastPage - 1 }, (_, index) => String(index + 2))];
}
