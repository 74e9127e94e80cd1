/**
 * The items of the site's feeds, built once from frontmatter and written out as RSS 2.0 (by
 * @astrojs/rss) or as JSON Feed 1.1. Pure: pages fetch the entries and pass them in.
 *
 * - `/rss.xml`: the blog's posts.
 * - `/publications.xml`: the publications.
 * - `/feed.json`: both, in one stream, for readers that prefer JSON Feed.
 * - `/themes/<id>/rss.xml`: everything on one theme: its posts, and the publication sections that
 *   carry it (or the whole publication when it has no section on the theme).
 */
import { originalLine, type Original } from '../content/original';
import { formatPartialDate, type PartialDate } from '../dates/partial-date';
import { postHref, publicationHref } from '../routes';
import type { PublicationSection } from '../content/publication-sections';

type FeedItemKind = 'post' | 'publication' | 'section';

export interface FeedItem {
  kind: FeedItemKind;
  /** The absolute address of the page or section; also the item's permanent id. */
  url: string;
  title: string;
  /** A sentence or two: the page's summary. */
  summary: string;
  /** When it was published; for a month or a year, its first day. */
  date: Date;
  authors: readonly string[];
  /** The labels of the themes it carries. */
  tags: readonly string[];
}

interface Dated {
  title: string;
  summary: string;
}

/**
 * A post as a feed item, dated the day this site published it. A summary's description opens by
 * naming its original, at the precision the original's date is known.
 */
export function postFeedItem(
  post: { id: string; data: Dated & { date: Date; original?: Original | undefined } },
  authors: readonly string[],
  tags: readonly string[],
  site: URL | string,
): FeedItem {
  return {
    kind: 'post',
    url: new URL(postHref(post.id), site).href,
    title: post.data.title,
    summary: post.data.original ? `${originalLine(post.data.original)} ${post.data.summary}` : post.data.summary,
    date: post.data.date,
    authors,
    tags,
  };
}

/**
 * A publication's page as a feed item: the site's account, dated the day the site published it
 * (a feed date is a full day, and the report's own day is often unknown). The description opens
 * with the report's date at its own precision. Its subtitle joins the title as on its page.
 */
export function publicationFeedItem(
  publication: { id: string; data: Dated & { subtitle?: string | undefined; published: PartialDate; date: Date } },
  authors: readonly string[],
  tags: readonly string[],
  site: URL | string,
): FeedItem {
  const { data } = publication;
  return {
    kind: 'publication',
    url: new URL(publicationHref(publication.id), site).href,
    title: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
    summary: `Our account of a publication of ${formatPartialDate(data.published)}. ${data.summary}`,
    date: data.date,
    authors,
    tags,
  };
}

/** A themed section of a publication, for the feed of its theme: it links to the section's anchor. */
function sectionFeedItem(
  publication: FeedItem,
  section: Pick<PublicationSection, 'sectionId' | 'heading'>,
  themeLabel: string,
): FeedItem {
  return {
    ...publication,
    kind: 'section',
    url: `${publication.url}#${section.sectionId}`,
    title: `${section.heading} (in ${publication.title})`,
    summary: `The section on ${themeLabel} in “${publication.title}”. ${publication.summary}`,
    tags: [themeLabel],
  };
}

/** Newest first; items of the same day by title, so the order never depends on file order. */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}

/** The fields @astrojs/rss writes for an item. */
export function rssItem(item: FeedItem): {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
} {
  return {
    title: item.title,
    link: item.url,
    description: item.summary,
    pubDate: item.date,
    categories: [...item.tags],
  };
}

export interface FeedMeta {
  title: string;
  description: string;
  /** The page the feed is about, absolute. */
  homePageUrl: string;
  /** The feed's own address, absolute. */
  feedUrl: string;
  language: string;
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: meta.language,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_text: item.summary,
      summary: item.summary,
      date_published: item.date.toISOString(),
      ...(item.authors.length ? { authors: item.authors.map((name) => ({ name })) } : {}),
      ...(item.tags.length ? { tags: [...item.tags] } : {}),
    })),
  };
}

/**
 * Everything on one theme: its posts, the sections that carry it and, for a publication that
 * names the theme but has no section on it, the publication itself. Newest first.
 */
export function themeFeedItems(
  themeId: string,
  themeLabel: string,
  posts: readonly { item: FeedItem; themeIds: readonly string[] }[],
  publications: readonly {
    item: FeedItem;
    themeIds: readonly string[];
    sections: readonly Pick<PublicationSection, 'sectionId' | 'heading' | 'themeIds'>[];
  }[],
): FeedItem[] {
  const fromPosts = posts.filter((post) => post.themeIds.includes(themeId)).map((post) => post.item);
  const fromPublications = publications.flatMap((publication) => {
    const sections = publication.sections.filter((section) => section.themeIds.includes(themeId));
    if (sections.length) return sections.map((section) => sectionFeedItem(publication.item, section, themeLabel));
    return publication.themeIds.includes(themeId) ? [publication.item] : [];
  });
  return newestFirst([...fromPosts, ...fromPublications]);
}
