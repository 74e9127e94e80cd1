/** Reads the built site (dist/) so tests can list its pages rather than hard-code them. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every built HTML page as a site path: `/`, `/blog/`, `/blog/x/`, `/404.html`. The CMS at /admin/ is not a reader's page. */
export function builtPages(root = DIST): string[] {
  if (!existsSync(root)) throw new Error(`No built site in ${root}/: run "npm run build" before the browser tests.`);
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind' && !(dir === root && name === 'admin')) walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(root, path).split(sep).join('/');
        pages.push(
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`,
        );
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** The first built page under a prefix, e.g. the first publication: `firstPage('/publications/')`. */
function firstPage(prefix: string, root = DIST): string {
  const page = builtPages(root).find((path) => path.startsWith(prefix) && path !== prefix && !/\/\d+\/$/.test(path));
  if (!page) throw new Error(`No built page under ${prefix}`);
  return page;
}

export function readBuilt(path: string, root = DIST): string {
  return readFileSync(join(root, path), 'utf8');
}

/** One page of each type, for tests that check every page type. */
export function pageOfEachType(root = DIST): Record<string, string> {
  return {
    home: '/',
    publications: '/publications/',
    publication: firstPage('/publications/', root),
    blog: '/blog/',
    post: firstPage('/blog/', root),
    themes: '/themes/',
    theme: firstPage('/themes/', root),
    people: '/people/',
    person: firstPage('/people/', root),
    about: '/about/',
    accessibility: '/accessibility/',
    search: '/search/',
    notFound: '/404.html',
  };
}
