/**
 * What a paged list of posts shows around its cards: the blog, and the posts of one theme or one
 * person. The routes supply the posts; `PostsPage.astro` renders whatever view they build here.
 */
import type { PaginateFunction } from 'astro';
import { LIST_HREFS, postsPageHref } from '../routes';

/** A link in a breadcrumb trail. */
interface Crumb {
  href: string;
  label: string;
}

/** The page of posts being shown: the fields of Astro's `Page` that the text depends on. */
export interface PagePosition {
  currentPage: number;
  lastPage: number;
  total: number;
}

/** The theme or person whose posts a list holds. */
export interface ListOwner {
  /** "Posts on Commissioning", "Posts by Lucy de Groot". */
  heading: string;
  /** The owner's own page. */
  page: Crumb;
  /** The list of all owners of this kind ("Themes", "People"). */
  parent: Crumb;
  /** The address of the first page of the owner's posts, ending in a slash. */
  postsHref: string;
}

export interface PostsListView {
  title: string;
  description: string;
  trail: Crumb[];
  current: string;
  /**
   * For a theme's or person's list, the lede: the count, then a link back to the owner. The blog's
   * lede is plain prose, written in its route.
   */
  ownerLede?: { count: string; back: Crumb } | undefined;
  /** The address of page `n` of the list. */
  pageHref: (n: number) => string;
}

/**
 * @example pagedTitle('Blog', { currentPage: 1, lastPage: 3 }) // "Blog"
 * @example pagedTitle('Blog', { currentPage: 2, lastPage: 3 }) // "Blog, page 2 of 3"
 */
export function pagedTitle(heading: string, page: Pick<PagePosition, 'currentPage' | 'lastPage'>): string {
  return page.currentPage === 1 ? heading : `${heading}, page ${page.currentPage} of ${page.lastPage}`;
}

/** The blog: every published post, newest first. */
export function blogListView(page: PagePosition): PostsListView {
  const title = pagedTitle('Blog', page);
  return {
    title,
    description: "Posts about the programme's events, visits and findings, newest first.",
    trail: [{ href: LIST_HREFS.home, label: 'Home' }],
    current: title,
    pageHref: postsPageHref,
  };
}

/** The posts of one theme or one person, newest first. */
export function ownerListView(page: PagePosition, owner: ListOwner): PostsListView {
  return {
    title: pagedTitle(owner.heading, page),
    description: `${owner.heading}, newest first: ${page.total} in all.`,
    trail: [{ href: LIST_HREFS.home, label: 'Home' }, owner.parent, owner.page],
    current: page.currentPage === 1 ? 'Posts' : `Posts, page ${page.currentPage}`,
    ownerLede: { count: `${page.total === 1 ? 'One post' : `${page.total} posts`}, newest first.`, back: owner.page },
    pageHref: (n) => (n === 1 ? owner.postsHref : `${owner.postsHref}${n}/`),
  };
}

/**
 * The pages of every owner's list, for a route's `getStaticPaths`. An owner whose posts fit on its
 * own page (which shows the latest `pageSize`) gets no list.
 */
export function ownerPostsPaths<Post>(
  paginate: PaginateFunction,
  owners: readonly { id: string; owner: ListOwner; posts: readonly Post[] }[],
  pageSize: number,
) {
  return owners.flatMap(({ id, owner, posts }) =>
    posts.length > pageSize ? paginate(posts, { params: { id }, props: { owner }, pageSize }) : [],
  );
}
