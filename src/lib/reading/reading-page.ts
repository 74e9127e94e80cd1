/**
 * What the reading page (`src/layouts/Reading.astro`) shows about a publication or a post, built
 * from the entry and the things loaded for it, so the layout takes one object and the two routes
 * do not wire its fields by hand.
 */
import type { CitedName } from '../citations/citations';
import type { Post, Publication, Theme } from '../content/queries';
import { publicationKindLabel } from '../content/labels';
import { summaryLabel } from '../content/original';
import { formatPartialDate } from '../dates/partial-date';
import { dayOf, formatPostDate } from '../dates/post-dates';
import { blogPostingJsonLd, publicationAccountJsonLd } from '../linked-data/json-ld';
import { originalJsonLd } from '../linked-data/original-json-ld';
import { LIST_HREFS } from '../routes';
import type { ContentType } from '../search/search-state';
import {
  postShareCard,
  publicationShareCard,
  SHARE_CARD_SIZE,
  shareCardAlt,
  shareCardPath,
} from '../share-cards/share-card';
import { SITE } from '../site';
import { readingTimeLabel } from './reading-time';
import { tableOfContents, type Heading, type TocItem } from './toc';

export interface ReadingPage {
  title: string;
  subtitle?: string | undefined;
  summary: string;
  /** "Report", "Discussion paper", "Blog post": shown above the title. */
  kindLabel: string;
  /** The formatted date, at its own precision. */
  dateLabel: string;
  /** Machine-readable date for <time>. */
  dateIso: string;
  byline?: string | undefined;
  readingTime: string;
  themes: readonly Theme[];
  sources: Post['data']['sources'];
  toc: readonly TocItem[];
  trail: readonly { href: string; label: string }[];
  jsonLd: Record<string, unknown>;
  image?: string | undefined;
  imageAlt?: string | undefined;
  /** What search files the page under: "publication" or "post". */
  searchType: ContentType;
  /** Author ids, for the search's author filter. */
  authorIds?: readonly string[];
  imageSize?: { width: number; height: number } | undefined;
}

/** What a route loads for its entry before the reading page can be built. */
interface Loaded {
  themes: readonly Theme[];
  headings: readonly Heading[];
  /** The address the page is cited under. */
  url: string;
}

/** The fields a publication and a post fill alike: from the entry, what was loaded for it, and its card. */
function sharedParts(
  entry: Publication | Post,
  loaded: Loaded,
  card: { path: string; alt: string },
): Pick<ReadingPage, 'readingTime' | 'themes' | 'authorIds' | 'sources' | 'toc' | 'image' | 'imageAlt' | 'imageSize'> {
  return {
    readingTime: readingTimeLabel(entry.body ?? ''),
    themes: loaded.themes,
    authorIds: entry.data.authors.map((author) => author.id),
    sources: entry.data.sources,
    toc: tableOfContents(loaded.headings),
    image: card.path,
    imageAlt: card.alt,
    imageSize: SHARE_CARD_SIZE,
  };
}

export function publicationReadingPage(
  publication: Publication,
  loaded: Loaded & { authors: readonly string[] },
): ReadingPage {
  const { data } = publication;
  const kindLabel = publicationKindLabel(data.kind);
  const shareCard = publicationShareCard(
    data,
    loaded.themes.map((theme) => theme.data.label),
  );
  return {
    title: data.title,
    subtitle: data.subtitle,
    summary: data.summary,
    kindLabel,
    dateLabel: `${kindLabel} published ${formatPartialDate(data.published)}`,
    dateIso: data.published.iso,
    byline: `${loaded.authors.length ? `By ${loaded.authors.join(', ')} · ` : ''}Account: ${SITE.editors}, ${formatPostDate(data.date)}`,
    searchType: 'publication',
    trail: [
      { href: LIST_HREFS.home, label: 'Home' },
      { href: LIST_HREFS.publications, label: 'Publications' },
    ],
    jsonLd: publicationAccountJsonLd({
      title: data.title,
      summary: data.summary,
      url: loaded.url,
      datePublished: dayOf(data.date).iso,
      authors: [{ organisation: SITE.editors }],
      basedOn: {
        type: 'Report',
        name: data.titleKnown ? data.title : undefined,
        url: data.originalUrl,
        datePublished: data.published.iso,
        publisher: data.publisher,
      },
    }),
    ...sharedParts(publication, loaded, {
      path: shareCardPath('publications', publication.id),
      alt: shareCardAlt(shareCard),
    }),
  };
}

export function postReadingPage(
  post: Post,
  loaded: Loaded & { authors: readonly string[]; citedAuthors: readonly CitedName[] },
): ReadingPage {
  const { data } = post;
  const postDate = formatPostDate(data.date);
  const shareCard = postShareCard(
    data,
    loaded.themes.map((theme) => theme.data.label),
  );
  return {
    title: data.title,
    summary: data.summary,
    kindLabel: summaryLabel(data.original),
    dateLabel: data.original ? `Summary published ${postDate}` : postDate,
    dateIso: dayOf(data.date).iso,
    byline: `By ${loaded.authors.join(', ')}`,
    searchType: 'post',
    trail: [
      { href: LIST_HREFS.home, label: 'Home' },
      { href: LIST_HREFS.blog, label: 'Blog' },
    ],
    jsonLd: blogPostingJsonLd({
      title: data.title,
      summary: data.summary,
      url: loaded.url,
      datePublished: dayOf(data.date).iso,
      authors: loaded.citedAuthors,
      basedOn: data.original && originalJsonLd(data.original),
    }),
    ...sharedParts(post, loaded, { path: shareCardPath('blog', post.id), alt: shareCardAlt(shareCard) }),
  };
}
