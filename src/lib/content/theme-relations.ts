/**
 * What a theme's page says about the rest of the site: the disconnects and questions it links to,
 * the pointers recorded for it, the publication sections and the posts that carry it. Pure, so
 * `theme-page.ts` runs the queries once and this works on their results.
 */
import { taggedWith } from '../charts/theme-data';

interface Ref {
  id: string;
}

interface ThemeLike {
  id: string;
  data: { ledTo: readonly Ref[] };
}

interface FindingLike {
  data: { question: Ref };
}

interface SectionLike {
  themeIds: readonly string[];
}

interface TaggedLike {
  data: { themes: readonly Ref[] };
}

export interface ThemeRelations<Theme, Finding, Section, Post> {
  /** For a disconnect: the year-two questions it became, in the order the theme gives them. */
  ledTo: Theme[];
  /** For a question: the year-one disconnects that led to it, in theme order. */
  ledFrom: Theme[];
  /** For a question: the pointers recorded for it. */
  pointers: Finding[];
  /** The publication sections that carry the theme. */
  sections: Section[];
  /** Every post that carries the theme, newest first as given. */
  tagged: Post[];
}

export function themeRelations<
  Theme extends ThemeLike,
  Finding extends FindingLike,
  Section extends SectionLike,
  Post extends TaggedLike,
>(
  theme: Theme,
  all: {
    themes: readonly Theme[];
    findings: readonly Finding[];
    sections: readonly Section[];
    posts: readonly Post[];
  },
): ThemeRelations<Theme, Finding, Section, Post> {
  const byId = new Map(all.themes.map((other) => [other.id, other]));
  return {
    ledTo: theme.data.ledTo.flatMap((target) => byId.get(target.id) ?? []),
    ledFrom: all.themes.filter((other) => other.data.ledTo.some((target) => target.id === theme.id)),
    pointers: all.findings.filter((finding) => finding.data.question.id === theme.id),
    sections: all.sections.filter((section) => section.themeIds.includes(theme.id)),
    tagged: taggedWith(theme.id, all.posts),
  };
}
