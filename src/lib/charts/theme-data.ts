/**
 * The theme data every chart and theme page uses, derived only from the collections: which
 * publication sections and posts carry each theme, which disconnect led to which question, and the
 * dated events of the programme. Pure functions over plain arrays shaped like the collection
 * entries, so tests can hand them a few literals (and the pages the real entries).
 *
 * Counting rule: a publication section carries a theme when the publication's `sections`
 * frontmatter lists it; a post carries the themes of its `themes` frontmatter. Callers pass only
 * published posts (drafts are left out in production by `publishedPosts()`).
 */
import { dayOf } from '../dates/post-dates';
import type { PartialDate } from '../dates/partial-date';
import { postHref, publicationHref, themeHref } from '../routes';
import type { PublicationSection } from '../content/publication-sections';
import { themeCode, type ThemeKind } from '../content/labels';

interface Ref {
  id: string;
}

export interface ThemeInput {
  id: string;
  data: {
    label: string;
    kind: ThemeKind;
    order: number;
    ledTo: readonly Ref[];
    pointerCount?: number | undefined;
  };
}

export interface TaggedPublication {
  id: string;
  data: {
    title: string;
    subtitle?: string | undefined;
    published: PartialDate;
    themes: readonly Ref[];
    sections: readonly { id: string; themes: readonly Ref[] }[];
  };
}

export interface TaggedPost {
  id: string;
  /** `date` is the day this site published the post; `original.date`, when the original's. */
  data: {
    title: string;
    date: Date;
    themes: readonly Ref[];
    original?: { date?: PartialDate | undefined } | undefined;
  };
}

export interface EventInput {
  id: string;
  data: { date: PartialDate; label: string; kind: string };
}

export interface FindingInput {
  data: { question: Ref };
}

/** A theme as charts name it: `code` is the short column label ("D1" … "D5", "Q1", "Q2"). */
export interface ThemeSummary {
  id: string;
  label: string;
  kind: ThemeKind;
  order: number;
  code: string;
  href: string;
}

export interface ThemeCount extends ThemeSummary {
  sections: number;
  posts: number;
  total: number;
}

/** One thing that carries themes: a publication section or a post. */
export interface ThemedItem {
  id: string;
  kind: 'section' | 'post';
  label: string;
  /** The publication a section belongs to; the date of a post. */
  context: string;
  /** Posts only: the day it was published. */
  date: Date | undefined;
  href: string;
  themeIds: readonly string[];
}

export interface FlowQuestion extends ThemeSummary {
  /** How many pointers the year-two report gave, when the sources say. */
  pointerCount: number | undefined;
  /** How many of them this site records (content/findings.yaml). */
  pointersRecorded: number;
}

export interface ThemeFlow {
  disconnects: ThemeSummary[];
  questions: FlowQuestion[];
  links: { from: string; to: string }[];
}

type TimelineKind = 'publication' | 'event' | 'post';

export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  date: PartialDate;
  label: string;
  href: string;
}

const KIND_ORDER: Record<ThemeKind, number> = { disconnect: 0, question: 1 };

/** Disconnects first, then questions, each by its `order`; with their chart codes. */
export function themeSummaries(themes: readonly ThemeInput[]): ThemeSummary[] {
  return [...themes]
    .sort((a, b) => KIND_ORDER[a.data.kind] - KIND_ORDER[b.data.kind] || a.data.order - b.data.order)
    .map((theme) => ({
      id: theme.id,
      label: theme.data.label,
      kind: theme.data.kind,
      order: theme.data.order,
      code: themeCode(theme.data.kind, theme.data.order),
      href: themeHref(theme.id),
    }));
}

/** The items (posts or publications) whose frontmatter tags `themeId`. */
export function taggedWith<T extends { data: { themes: readonly Ref[] } }>(themeId: string, items: readonly T[]): T[] {
  return items.filter((item) => item.data.themes.some((theme) => theme.id === themeId));
}

/**
 * How many publication sections and posts carry each theme, in theme order.
 *
 * @example themeCoverage(themes, sections, posts)[0] // { code: 'D1', sections: 1, posts: 3, total: 4, … }
 */
export function themeCoverage(
  themes: readonly ThemeInput[],
  sections: readonly PublicationSection[],
  posts: readonly TaggedPost[],
): ThemeCount[] {
  return themeSummaries(themes).map((theme) => {
    const sectionCount = sections.filter((section) => section.themeIds.includes(theme.id)).length;
    const postCount = taggedWith(theme.id, posts).length;
    return { ...theme, sections: sectionCount, posts: postCount, total: sectionCount + postCount };
  });
}

/** Sections in publication order, then posts newest first: the rows of the themes × items chart. */
export function themedItems(sections: readonly PublicationSection[], posts: readonly TaggedPost[]): ThemedItem[] {
  const sectionItems: ThemedItem[] = sections.map((section) => ({
    id: `${section.publicationId}#${section.sectionId}`,
    kind: 'section',
    label: section.heading,
    context: section.publicationTitle,
    date: undefined,
    href: section.href,
    themeIds: section.themeIds,
  }));
  const postItems: ThemedItem[] = [...posts]
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id))
    .map((post) => ({
      id: post.id,
      kind: 'post',
      label: post.data.title,
      context: dayOf(post.data.date).iso,
      date: post.data.date,
      href: postHref(post.id),
      themeIds: post.data.themes.map((theme) => theme.id),
    }));
  return [...sectionItems, ...postItems];
}

/** Which year-one disconnect led to which year-two question, and each question's pointers. */
export function themeFlow(themes: readonly ThemeInput[], findings: readonly FindingInput[]): ThemeFlow {
  const summaries = themeSummaries(themes);
  const known = new Set(summaries.map((theme) => theme.id));
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  return {
    disconnects: summaries.filter((theme) => theme.kind === 'disconnect'),
    questions: summaries
      .filter((theme) => theme.kind === 'question')
      .map((theme) => ({
        ...theme,
        pointerCount: byId.get(theme.id)?.data.pointerCount,
        pointersRecorded: findings.filter((finding) => finding.data.question.id === theme.id).length,
      })),
    links: summaries
      .filter((theme) => theme.kind === 'disconnect')
      .flatMap((theme) =>
        (byId.get(theme.id)?.data.ledTo ?? [])
          .filter((target) => known.has(target.id))
          .map((target) => ({ from: theme.id, to: target.id })),
      ),
  };
}

const TIMELINE_KIND_ORDER: Record<TimelineKind, number> = { publication: 0, event: 1, post: 2 };

/** Publications, events and posts on one time line, oldest first. */
export function programmeTimeline(
  events: readonly EventInput[],
  publications: readonly TaggedPublication[],
  posts: readonly TaggedPost[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...publications.map((publication) => ({
      id: publication.id,
      kind: 'publication' as const,
      date: publication.data.published,
      label: publication.data.subtitle ?? publication.data.title,
      href: publicationHref(publication.id),
    })),
    // A publication is drawn from its own entry; the timeline's event for the same release would
    // only repeat it (and its label) beside the publication's mark.
    ...events
      .filter((event) => event.data.kind !== 'publication')
      .map((event) => ({
        id: event.id,
        kind: 'event' as const,
        date: event.data.date,
        label: event.data.label,
        href: `/about/#event-${event.id}`,
      })),
    // The programme's time line places a post at the date of the original it summarises (the
    // site's own publication day is years later). An original known only to the year, or not
    // dated at all, has no month to stand in, so it is left off the line rather than misplaced.
    ...posts.flatMap((post) => {
      const date = post.data.original?.date;
      if (!date || date.precision === 'year') return [];
      return [{ id: post.id, kind: 'post' as const, date, label: post.data.title, href: postHref(post.id) }];
    }),
  ];
  return entries.sort(
    (a, b) =>
      a.date.start.getTime() - b.date.start.getTime() ||
      TIMELINE_KIND_ORDER[a.kind] - TIMELINE_KIND_ORDER[b.kind] ||
      a.id.localeCompare(b.id),
  );
}
