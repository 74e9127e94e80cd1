/**
 * The share card (Open Graph image) of a publication or post: what it says and how it is laid out.
 * Pure: it returns the element tree that `satori` draws, so the layout is testable without fonts.
 * The colours are the light scheme of `src/styles/tokens.css`, read by {@link cardPalette}, so the
 * card follows the site's design when the tokens change.
 */
import { publicationKindLabel } from '../content/labels';
import { formatPartialDate, type PartialDate } from '../dates/partial-date';
import { formatPostDate } from '../dates/post-dates';
import { SITE } from '../site';

/** What a card shows: everything comes from frontmatter. */
export interface ShareCard {
  /** "Report", "Discussion paper", "Blog post". */
  typeLabel: string;
  title: string;
  /** A second line under the title: several publications share the programme's name as title. */
  subtitle?: string | undefined;
  /** The date at its own precision: "November 2013", "21 January 2013". */
  dateLabel: string;
  /** Labels of the themes the page carries, in the site's order. */
  themeLabels: readonly string[];
  siteName: string;
}

/** The kinds of page that have a card, and the folder their pages live in. */
export type CardSection = 'publications' | 'blog';

/** Where a page's card is built: next to the page, `/blog/<slug>/card.png`. */
export function shareCardPath(section: CardSection, id: string): string {
  return `/${section}/${id}/card.png`;
}

/** A publication's card, from its frontmatter and the labels of its themes. */
export function publicationShareCard(
  data: {
    title: string;
    subtitle?: string | undefined;
    kind: Parameters<typeof publicationKindLabel>[0];
    published: PartialDate;
  },
  themeLabels: readonly string[],
): ShareCard {
  return {
    typeLabel: publicationKindLabel(data.kind),
    title: data.title,
    subtitle: data.subtitle,
    dateLabel: formatPartialDate(data.published),
    themeLabels,
    siteName: SITE.name,
  };
}

/** A post's card, from its frontmatter and the labels of its themes. */
export function postShareCard(data: { title: string; date: Date }, themeLabels: readonly string[]): ShareCard {
  return {
    typeLabel: 'Blog post',
    title: data.title,
    dateLabel: formatPostDate(data.date),
    themeLabels,
    siteName: SITE.name,
  };
}

/** The card's colours, from the site's tokens. */
export interface CardPalette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The size `og:image:width` and `og:image:height` state: the one Open Graph and X recommend. */
export const SHARE_CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT } as const;

/** The element tree satori takes: React's shape, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const TOKEN_OF: Record<keyof CardPalette, string> = {
  bg: '--cpp-color-bg',
  surface: '--cpp-color-surface',
  text: '--cpp-color-text',
  muted: '--cpp-color-muted',
  border: '--cpp-color-border',
  accent: '--cpp-color-accent',
};

/**
 * The light-scheme colours from the text of tokens.css (the first `:root` block; dark comes later).
 * @example cardPalette(':root { --cpp-color-bg: #fff; … }').bg // '#fff'
 */
export function cardPalette(tokensCss: string): CardPalette {
  const light = /:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1] ?? '';
  const entries = Object.entries(TOKEN_OF).map(([key, token]) => {
    const value = new RegExp(`${token}:\\s*([^;]+);`).exec(light)?.[1]?.trim();
    if (!value) throw new Error(`src/styles/tokens.css: the share cards need ${token} in the first :root block.`);
    return [key, value] as const;
  });
  return Object.fromEntries(entries) as unknown as CardPalette;
}

/** Long titles get smaller type so that they fit in four lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 60;
  if (title.length <= 110) return 50;
  return 42;
}

/** Titles longer than the card can hold end with an ellipsis at a word boundary. */
export function fitTitle(title: string, maxLength = 160): string {
  if (title.length <= maxLength) return title;
  const cut = title.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : maxLength).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The alternative text of the card, for `og:image:alt`: the card's words, in reading order. */
export function shareCardAlt(card: ShareCard): string {
  const themes = card.themeLabels.length ? ` Themes: ${card.themeLabels.join(', ')}.` : '';
  const subtitle = card.subtitle ? ` ${card.subtitle}.` : '';
  return `${card.typeLabel} from ${card.siteName}: ${card.title}.${subtitle} ${card.dateLabel}.${themes}`;
}

/** The accent colour's bar down the card's left edge, in pixels. */
const ACCENT_BAR_WIDTH = 24;
/** The rule above the band at the foot, in pixels. */
const BAND_RULE_WIDTH = 2;

function node(
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/** The card's layout: type label, title, then the date and theme chips on a band at the foot. */
export function shareCardTree(card: ShareCard, palette: CardPalette): CardNode {
  // Three chips fit on the band; more are counted rather than squeezed in.
  const shown = card.themeLabels.length > 3 ? card.themeLabels.slice(0, 2) : card.themeLabels;
  const more = card.themeLabels.length - shown.length;
  const chipLabels = more > 0 ? [...shown, `+${more} more`] : shown;
  const titleSize = card.subtitle ? Math.min(titleFontSize(card.title), 60) : titleFontSize(card.title);
  const chips = chipLabels.map((label) =>
    node(
      'div',
      {
        display: 'flex',
        padding: '6px 16px',
        border: `2px solid ${palette.border}`,
        borderRadius: 6,
        fontSize: 24,
        color: palette.text,
        backgroundColor: palette.bg,
      },
      label,
    ),
  );
  // The accent bar and the band's top rule are boxes of their own, not CSS borders: satori draws a
  // border through clip paths, and resvg then composites whole-card layers (about half of a card's
  // drawing time). The pixels are the same (tests/build/share-card-render.test.ts). As with the
  // border before, the content column is CARD_WIDTH wide beside the bar, so its last
  // ACCENT_BAR_WIDTH pixels (inside its right padding) fall outside the image.
  return node(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH + ACCENT_BAR_WIDTH,
      height: CARD_HEIGHT,
      fontFamily: 'Noto Sans',
      color: palette.text,
    },
    [
      node('div', { display: 'flex', width: ACCENT_BAR_WIDTH, height: CARD_HEIGHT, backgroundColor: palette.accent }),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          width: CARD_WIDTH,
          height: CARD_HEIGHT,
          backgroundColor: palette.bg,
        },
        [
          node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 32px 64px' }, [
            node(
              'div',
              { display: 'flex', fontSize: 28, fontWeight: 700, color: palette.accent, letterSpacing: 2 },
              card.typeLabel.toUpperCase(),
            ),
            node(
              'div',
              {
                display: 'flex',
                marginTop: 24,
                fontSize: titleSize,
                fontWeight: 700,
                lineHeight: 1.15,
              },
              fitTitle(card.title),
            ),
            ...(card.subtitle
              ? [
                  node(
                    'div',
                    { display: 'flex', marginTop: 16, fontSize: 34, color: palette.muted },
                    fitTitle(card.subtitle, 90),
                  ),
                ]
              : []),
          ]),
          node('div', { display: 'flex', height: BAND_RULE_WIDTH, backgroundColor: palette.border }),
          node(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              padding: '24px 72px 40px 64px',
              backgroundColor: palette.surface,
            },
            [
              node('div', { display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }, [
                node('div', { display: 'flex', fontSize: 28, color: palette.muted, marginRight: 8 }, card.dateLabel),
                ...chips,
              ]),
              node(
                'div',
                { display: 'flex', marginTop: 16, fontSize: 26, fontWeight: 700, color: palette.text },
                card.siteName,
              ),
            ],
          ),
        ],
      ),
    ],
  );
}
