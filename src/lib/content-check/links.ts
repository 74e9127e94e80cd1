/**
 * Links to this site's own pages: the page must be one the build makes, and a `#section` must be
 * an anchor that page has. Links to other websites are left alone (they cannot be checked offline).
 */
import type { MdastNode } from 'satteri';
import { lineOfNode, walk, type ContentFile } from './content-file';
import type { Problem } from './problem';
import type { FileRule } from './rule';
import { isDraft, pageOf, type SiteIndex } from './site-index';
import { didYouMean } from './suggestions';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The site path and anchor a link points at, or `undefined` for another website or a mailto:. */
function internalTarget(url: string, fromPage: string, siteOrigin: string): { path: string; hash: string } | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('//')) return undefined;
  let resolved: URL;
  if (SCHEME.test(trimmed)) {
    if (!/^https?:/i.test(trimmed)) return undefined;
    try {
      resolved = new URL(trimmed);
    } catch {
      return undefined;
    }
    if (resolved.host !== new URL(siteOrigin).host) return undefined;
  } else {
    resolved = new URL(trimmed, `https://this-site.invalid${fromPage}`);
  }
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return { path: decode(resolved.pathname), hash: decode(resolved.hash.slice(1)) };
}

/** Whether the built site will have this path. */
function exists(path: string, site: SiteIndex): boolean {
  return site.pages.has(path) || site.publicFiles.has(path) || site.routePatterns.some((pattern) => pattern.test(path));
}

/** What is wrong with a link, if anything. */
function linkProblem(url: string, file: ContentFile, site: SiteIndex): { message: string; fix: string } | undefined {
  const fromPage = pageOf(file);
  const target = internalTarget(url, fromPage, site.siteOrigin);
  if (!target) return undefined;
  const { path, hash } = target;
  if (!exists(path, site)) {
    if (!path.endsWith('/') && exists(`${path}/`, site))
      return {
        message: `The link "${url}" needs a slash at the end.`,
        fix: `Write "${path}/${hash ? `#${hash}` : ''}".`,
      };
    return {
      message: `The link "${url}" points to a page that does not exist on this site.`,
      fix: `${didYouMean(path, site.pages)}Pages of this site look like /blog/post-name/ or /publications/report-name/.`,
    };
  }
  if (site.draftPages.has(path) && !isDraft(file))
    return {
      message: `The link "${url}" points to a draft post, which is not published.`,
      fix: 'Publish that post first (remove its "draft: true"), or remove the link.',
    };
  const anchors = site.anchorsByPage.get(path);
  if (hash && anchors && !anchors.has(hash))
    return {
      message: `The link "${url}" points to a section that ${path === fromPage ? 'this page' : path} does not have.`,
      fix: `${didYouMean(
        `#${hash}`,
        [...anchors].map((anchor) => `#${anchor}`),
      )}A section's anchor is its heading in lower case with hyphens: "## What happened next" is #what-happened-next.`,
    };
  return undefined;
}

/** The links of an MDX tree: Markdown links, reference definitions, and `<a href>`. */
function linksOf(tree: MdastNode): { url: string; node: MdastNode }[] {
  const links: { url: string; node: MdastNode }[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, node });
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string')
          links.push({ url: attribute.value, node });
      }
    }
  });
  return links;
}

export const checkLinks: FileRule = (file, site) => {
  if (!file.tree) return [];
  return linksOf(file.tree).flatMap(({ url, node }): Problem[] => {
    const wrong = linkProblem(url, file, site);
    return wrong ? [{ file: file.file, line: lineOfNode(node), field: 'body', ...wrong }] : [];
  });
};
