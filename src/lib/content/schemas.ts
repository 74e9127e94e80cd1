/**
 * The content's schemas: every collection and every field, documented, and the one source of what
 * the content may hold. The build (`src/content.config.ts`) wires Astro's loaders to them, with
 * Astro's `reference()` and `image()`; `npm run check:content` runs the very same schemas without
 * Astro, with plain ids in place of references (it checks the ids itself, with "did you mean").
 *
 * Objects are strict: a field the site does not know is an error, not silently dropped. Messages
 * speak to a rapporteur, as `said(what is wrong, how to fix it)`.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../dates/partial-date';
import { pictureSourceProblem } from '../post-format/picture-name';
import { said, shown } from './messages';

/** Cards, feeds and search results show the summary whole: this is the most they show. */
const SUMMARY_MAX = 240;
const SUMMARY_MIN = 40;
const TITLE_MIN = 5;
/**
 * The longest title: a card at 320 px wide shows about four lines of it and a browser tab or a
 * search result far less, so past 120 characters a title stops being read as one. The longest
 * real one (the year-two report's full name) is 105.
 */
const TITLE_MAX = 120;

/** Slugs and ids become addresses: lower-case letters, digits and hyphens. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Names the site's routes give a meaning of their own under a page: `index` is the list itself,
 * `cite` and `card` the citation and share-card files beside each page.
 */
const RESERVED_SLUGS = new Set(['index', 'cite', 'card']);

/**
 * What is wrong with a slug or an id used in an address, or `undefined` when it is fine. An
 * all-digit slug would replace a page of the blog's list (`/blog/2/`), so it is refused too.
 *
 * @example slugProblem('2') // '"2" is only digits, and addresses of only digits are the pages…'
 */
export function slugProblem(value: string, field = 'slug'): { message: string; fix: string } | undefined {
  const fix = `Use words in lower case joined by hyphens, such as: ${field}: what-the-pairs-learned`;
  if (/^\d+$/.test(value))
    return {
      message: `"${value}" is only digits, and addresses of only digits are the pages of the blog's list (/blog/${value}/).`,
      fix,
    };
  if (!SLUG_PATTERN.test(value))
    return {
      message: `${shown(value)} cannot be an address: use only lower-case letters, digits and single hyphens.`,
      fix,
    };
  if (RESERVED_SLUGS.has(value))
    return { message: `"${value}" is a name the site's own pages use.`, fix };
  return undefined;
}

/** A slug or an id, checked with {@link slugProblem}. */
function slugSchema(field: string) {
  return z.string({ error: said(`${field} must be text.`, `Write it as words joined by hyphens: ${field}: my-post`) }).check((ctx) => {
    const wrong = slugProblem(ctx.value, field);
    if (wrong) ctx.issues.push({ code: 'custom', input: ctx.value, message: said(wrong.message, wrong.fix) });
  });
}

/** An entry's `id` in a YAML list: it becomes an address (`/people/lucy-de-groot/`) and a reference. */
const idSchema = slugSchema('id');

const isMissing = (value: unknown) => value === undefined || value === null;

/** Whether a text is a full web address readers can open: http or https, with a real host name. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2014-05-01` from a YAML date or a string, or `undefined` when it is not a full valid date. */
export function fullDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !FULL_DATE.test(value.trim())) return undefined;
  return parsePartialDate(value.trim())?.precision === 'day' ? value.trim() : undefined;
}

/** A date at the precision the sources give: `2013`, `2013-11` or `2013-11-20`. */
const partialDate = z
  .union([z.string(), z.date(), z.number()], {
    error: (issue) =>
      said(
        isMissing(issue.input) ? 'The date is missing.' : `${shown(issue.input)} is not a date.`,
        'Write it as YYYY-MM-DD (2013-11-20), or YYYY-MM (2013-11) when the day is unknown, or YYYY.',
      ),
  })
  .transform((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: said(
          `${shown(value)} is not a date.`,
          'Write it as YYYY-MM-DD (2013-11-20), or YYYY-MM (2013-11) when the day is unknown, or YYYY.',
        ),
      });
      return z.NEVER;
    }
    return parsed;
  });

/** Text that must be there: `what` names it in the message when it is missing. */
function text(missing: string, fix: string) {
  return z.string({
    error: (issue) => said(isMissing(issue.input) ? missing : `${shown(issue.input)} is not text.`, fix),
  });
}

/** One document the page's facts come from. Shown in the sources list at the foot of the page. */
const source = z.strictObject(
  {
    /** The title as the original gives it (may be quoted exactly). */
    title: z
      .string({ error: said('This source has no title.', 'Give the title as the original has it.') })
      .refine((value) => value.trim().length >= 3, {
        error: said('This source has no title.', 'Give the title as the original has it.'),
      }),
    /** Where a reader can find it: a web address (http or https only). */
    url: z
      .string({
        error: (issue) =>
          said(
            isMissing(issue.input) ? 'This source has no url.' : `${shown(issue.input)} is not a full web address.`,
            'Give the address readers can open, starting with https:// or http://.',
          ),
      })
      .check((ctx) => {
        if (!isWebAddress(ctx.value))
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            message: said(
              `${shown(ctx.value)} is not a full web address.`,
              'Give the address readers can open, starting with https:// or http://.',
            ),
          });
      }),
    /** Who published it: "Institute for Government", "BBC News"… */
    publisher: z
      .string({
        error: said('This source does not say who published it.', 'Add a line such as: publisher: BBC News'),
      })
      .refine((value) => value.trim() !== '', {
        error: said('This source does not say who published it.', 'Add a line such as: publisher: BBC News'),
      }),
    /** When it was published, at the precision known; leave it out when unknown. */
    date: z
      .union([z.string(), z.date(), z.number()], {
        error: (issue) => said(`${shown(issue.input)} is not a date.`, SOURCE_DATE_FIX),
      })
      .transform((value, ctx) => {
        const parsed = parsePartialDate(value);
        if (parsed) return parsed;
        ctx.addIssue({ code: 'custom', message: said(`${shown(value)} is not a date.`, SOURCE_DATE_FIX) });
        return z.NEVER;
      })
      .optional(),
    /** Who wrote it, when the original names them. */
    author: z.string().optional(),
  },
  {
    error: said(
      'This source is not a title, url and publisher.',
      'Write "title:", "url:" and "publisher:" on their own lines under "- ".',
    ),
  },
);

/**
 * A name as citations need it, written as `name:` and `kind:`. A person ("Lucy de Groot") is split
 * by citation-js's name parser (given "Lucy", particle "de", family "Groot"); an organisation is one
 * literal name that is never split ("The site's editors", "Institute for Government"). It becomes
 * the `CitedName` the citations and structured data read (src/lib/citations/citations.ts).
 */
const citedName = z
  .strictObject(
    {
      /** The full name as they sign it: "Lucy de Groot", "BBC News". */
      name: z
        .string({ error: said('The name is missing.', 'Write the full name after "name:".') })
        .min(2, said('The name is missing.', 'Write the full name after "name:".')),
      /** "person" (split into given and family names in citations) or "organisation" (never split). */
      kind: z
        .enum(['person', 'organisation'], {
          error: said('That is not a kind of author.', 'Set kind to "person" or "organisation".'),
        })
        .default('person'),
    },
    {
      error: said(
        'The author is not a name and a kind.',
        'Write "name: Full Name" under author, and "kind: organisation" for an organisation.',
      ),
    },
  )
  .transform(({ name, kind }) => (kind === 'organisation' ? { organisation: name } : { person: name }));

/**
 * ORIGINAL: the published text a post summarises, kept apart from the post itself. Every field
 * below is about the original, never about this site's summary (whose day is the post's `date`).
 * The header, cards, feeds, structured data (`isBasedOn`), "Cite the original" and the "About
 * this summary" box all read it. A post the editors write from scratch leaves `original` out.
 */
export const originalSchema = z.strictObject({
  /** The original's title, exactly as it gives it; leave it out when our copy does not show it. */
  title: z
    .string()
    .min(3, said("The original's title is too short.", 'Give its full title, or leave "title" out if it is unknown.'))
    .optional(),
  /** Who wrote it, when the original names them; otherwise the publisher stands as its author. */
  author: citedName.optional(),
  /** Who published it (the blog, paper or site it appeared in): "Institute for Government". */
  publisher: z
    .string({ error: said('The original does not say who published it.', 'Add a line such as: publisher: BBC News') })
    .min(2, said('The original does not say who published it.', 'Add a line such as: publisher: BBC News')),
  /** When the original appeared, at the precision known: 2013, 2013-11 or 2013-11-20. Leave it out when our copy shows no date. */
  date: partialDate.optional(),
  /** Where a reader can find the original, or the page that lists it (http or https only). */
  url: z
    .string({ error: said('The original has no url.', 'Give its address, starting with https:// or http://.') })
    .refine(isWebAddress, said("The original's url is not a full web address.", 'Start it with https:// or http://.')),
  /** What kind of text it is; used by citations: a blog post, a news item, or a web page. */
  kind: z
    .enum(['blog-post', 'news', 'web-page'], {
      error: said('That is not a kind of original.', 'Set kind to "blog-post", "news" or "web-page".'),
    })
    .default('blog-post'),
  /**
   * What our copy of it holds: "full-text" (we read all of it), "teaser" (only its opening part)
   * or "listing-only" (only the short teaser on a listing page; no title or author shown).
   */
  holds: z.enum(['full-text', 'teaser', 'listing-only'], {
    error: said(
      'The original does not say what our copy holds.',
      'Set holds to "full-text", "teaser" or "listing-only": what our copy of the original holds.',
    ),
  }),
});

/** True for a part the writer left blank: the CMS form keeps a cleared box as "" (or null). */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A group as written, without the parts left blank; no group at all when every part is blank. The
 * CMS form offers each optional group on every post, and a writer who clears what they typed leaves
 * empty text behind: an empty part means "not known", never a title of no words. A group inside it
 * (the original's author) is none when its first part, the one that names it, is blank: a kind
 * picked alone names nobody.
 */
function withoutBlankParts(value: unknown, inner = false): unknown {
  if (!isGroup(value)) return value;
  const [naming] = Object.keys(value);
  const parts = Object.entries(value).flatMap(([key, part]): [string, unknown][] => {
    const kept = withoutBlankParts(part, true);
    return isBlank(kept) ? [] : [[key, kept]];
  });
  const named = !inner || parts.some(([key]) => key === naming);
  return named && parts.length > 0 ? Object.fromEntries(parts) : undefined;
}

/**
 * An optional group whose parts are required once it is used (the picture, the original). The CMS
 * form makes every part optional (Decap refuses to save an empty optional group with required parts,
 * decaporg/decap-cms#7748; see `partsOptional` in src/lib/cms/schema-shape.ts); parts left blank are
 * dropped here, and the group's own schema names, one line each, every part a half-filled group lacks.
 */
function optionalGroup<Group extends z.ZodType>(group: Group) {
  return z.preprocess((value) => withoutBlankParts(value), group.meta({ cms: { partsOptional: true } }).optional());
}

const SOURCE_DATE_FIX = 'Write it as YYYY-MM-DD, or YYYY-MM when the day is unknown, or YYYY; or leave it out.';
const SOURCES_FIX = 'List where the facts come from, each with a title, url and publisher (see CONTRIBUTING.md).';

/** Where a text's facts come from; at least one. */
function sources(noun: string) {
  return z
    .array(source, {
      error: (issue) =>
        said(
          isMissing(issue.input) ? `The ${noun} has no sources.` : 'sources must be a list with at least one source.',
          SOURCES_FIX,
        ),
    })
    .min(1, said('sources must be a list with at least one source.', SOURCES_FIX));
}

/** The title of a page: long enough to say something, short enough for a card and a tab. */
function title(noun: string) {
  return z
    .string({
      error: (issue) =>
        isMissing(issue.input)
          ? said(`The ${noun} has no title.`, 'Add a line such as: title: What the pairs learned in Leeds')
          : said(`The title ${shown(issue.input)} is not text.`, 'Write the title as words after "title:".'),
    })
    .check((ctx) => {
      const length = ctx.value.trim().length;
      if (length < TITLE_MIN)
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: said(`The title ${shown(ctx.value)} is too short.`, 'Write a title of at least five characters.'),
        });
      else if (length > TITLE_MAX)
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: said(
            `The title is ${length} characters long; cards and browser tabs show at most ${TITLE_MAX}.`,
            `Shorten it by ${length - TITLE_MAX} characters or more, and keep the detail for the summary.`,
          ),
        });
    })
    .meta({ minLength: TITLE_MIN, maxLength: TITLE_MAX });
}

/** One or two sentences shown on cards, in search results and in the page's meta description. */
function summary(noun: string) {
  return z
    .string({
      error: (issue) =>
        isMissing(issue.input)
          ? said(
              `The ${noun} has no summary.`,
              'Add "summary:" with one or two sentences: readers see them on cards, in the feed and in search results.',
            )
          : said('The summary is not text.', 'Write one or two sentences after "summary:".'),
    })
    .check((ctx) => {
      const length = ctx.value.trim().length;
      if (length < SUMMARY_MIN)
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: said(
            `The summary is ${length} characters long; it needs at least ${SUMMARY_MIN}.`,
            'Write a full sentence that says what the post is about.',
          ),
        });
      else if (length > SUMMARY_MAX)
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: said(
            `The summary is ${length} characters long; cards show at most ${SUMMARY_MAX}.`,
            `Shorten it by ${length - SUMMARY_MAX} characters or more.`,
          ),
        });
    })
    .meta({ minLength: SUMMARY_MIN, maxLength: SUMMARY_MAX });
}

const ID_LISTS = {
  authors: { one: 'author', file: 'content/people.yaml', example: 'authors: [editors]' },
  themes: { one: 'theme', file: 'content/themes.yaml', example: 'themes: [first-theme, second-theme]' },
} as const;

/** A post's `authors` or `themes`: a list of at least one id (the ids are references). */
function idList<Ref extends z.ZodType>(ref: Ref, field: keyof typeof ID_LISTS) {
  const { one, file, example } = ID_LISTS[field];
  return z
    .array(ref, {
      error: (issue) => {
        if (isMissing(issue.input))
          return said(`The post has no ${field}.`, `Add a list of ids from ${file}, such as: ${example}`);
        if (typeof issue.input === 'string')
          return said(
            `${field} must be a list, even with one ${one}.`,
            `Put the ids in square brackets: ${field}: [${issue.input}]`,
          );
        return said(`${field} must be a list of ids.`, `List ids from ${file}, such as: ${example}`);
      },
    })
    .min(1, said(`The post needs at least one of ${field}.`, `List ids from ${file}, such as: ${example}`));
}

/** A publication: a report or paper of the programme, written by the editors. */
export function publicationSchema<Theme extends z.ZodType, Person extends z.ZodType>(refs: {
  theme: Theme;
  person: Person;
}) {
  return z.strictObject({
    /**
     * The page's title: the original's exact title when the sources give it; otherwise a plain
     * description of the document (then set `titleKnown: false`).
     */
    title: title('publication'),
    /**
     * False when the sources do not give the original's exact title, so `title` only describes it:
     * structured data and "Cite the original" then never present it as the document's own title.
     */
    titleKnown: z.boolean().default(true),
    summary: summary('publication'),
    /** The themes (disconnects and questions) the text addresses; ids from content/themes.yaml. */
    themes: z.array(refs.theme).default([]),
    sources: sources('publication'),
    /** A second line under the title. */
    subtitle: z.string().optional(),
    /** What kind of document it is: shown as a label and used by search filters. */
    kind: z.enum(['discussion-paper', 'annual-report'], {
      error: (issue) =>
        said(
          isMissing(issue.input) ? 'The publication has no kind.' : `${shown(issue.input)} is not a kind of publication.`,
          'Set kind to "discussion-paper" or "annual-report".',
        ),
    }),
    /** When the original was published, at the precision known ("2013-11" for November 2013). */
    published: partialDate,
    /**
     * The day this site published its account of the publication (YYYY-MM-DD): cited by "Cite
     * this page". It defaults to the site's launch, when the three accounts were first published.
     */
    date: z.coerce
      .date({ error: said('The date is not a day.', 'Write the date as YYYY-MM-DD, for example 2026-11-23.') })
      .default(new Date('2026-11-23T00:00:00Z')),
    /** Who wrote it, when the sources say; unknown authors stay unknown (leave it out). */
    authors: z.array(refs.person).default([]),
    /** Who published the original. */
    publisher: z.string().default('Institute for Government and Big Lottery Fund'),
    /** The original's page, for readers who want the source document. */
    originalUrl: z
      .string()
      .refine(isWebAddress, said('originalUrl is not a full web address.', 'Start it with https:// or http://.'))
      .optional(),
    /** Order on the publications index (1 first). */
    order: z.number().int().positive(),
    /**
     * Sections that address a theme: the heading's anchor id and the themes it carries. A section
     * is what search, charts and citations point at (each year-one disconnect, each question).
     */
    sections: z
      .array(
        z.strictObject({
          /** The heading's id on the page, as the heading text makes it: "whole-person-vs-silos". */
          id: z
            .string()
            .regex(
              /^[a-z0-9-]+$/,
              said('The section id is not an anchor.', 'Write the section id in lower case with hyphens.'),
            ),
          themes: z.array(refs.theme).min(1),
        }),
      )
      .default([]),
    /** Set by Astro's loader from the file name when absent. */
    slug: slugSchema('slug').optional(),
  });
}

/** A post: what a rapporteur writes. */
export function postSchema<Theme extends z.ZodType, Person extends z.ZodType, Image extends z.ZodType>(refs: {
  theme: Theme;
  person: Person;
  image: Image;
}) {
  return z.strictObject({
    title: title('post'),
    /**
     * The day this site published the post (YYYY-MM-DD): never the original's date, which
     * lives in `original.date`. Posts from before the two were kept apart carry the day git
     * first recorded them (the site's launch, 2026-11-23); see CONTRIBUTING.md.
     */
    date: z
      .union([z.string(), z.date()], {
        error: (issue) =>
          isMissing(issue.input)
            ? said('The post has no date.', 'Add the day it is published, as YYYY-MM-DD: date: 2014-05-01')
            : said(`${shown(issue.input)} is not a date in the form YYYY-MM-DD.`, DATE_FIX),
      })
      .transform((value, ctx) => {
        const iso = fullDate(value);
        if (iso) return new Date(`${iso}T00:00:00Z`);
        ctx.addIssue({ code: 'custom', message: said(`${shown(value)} is not a date in the form YYYY-MM-DD.`, DATE_FIX) });
        return z.NEVER;
      })
      .meta({ cms: { day: true } }),
    summary: summary('post'),
    /** Who wrote the post; ids from content/people.yaml. */
    authors: idList(refs.person, 'authors'),
    /** The themes the post touches; ids from content/themes.yaml, at least one. */
    themes: idList(refs.theme, 'themes'),
    sources: sources('post'),
    /** A draft is built by `npm run dev` and left out of the published site, its feed and search. */
    draft: z
      .boolean({
        error: (issue) =>
          said(
            `draft must be true or false, not ${shown(issue.input)}.`,
            'Write "draft: true" to hold the post back, or remove the line to publish it.',
          ),
      })
      .default(false),
    /**
     * An optional picture shown at the top; the alt text says what it shows. A picture without alt
     * text is refused here (the CMS form lets it be saved; see `optionalGroup`).
     */
    image: optionalGroup(
      z.strictObject(
        {
          src: pictureSource(refs.image),
          alt: z
            .string({ error: said('The image has no alt text.', ALT_FIX) })
            .refine((value) => value.trim() !== '', said('The image has no alt text.', ALT_FIX)),
        },
        {
          error: said(
            'image must have a "src" and an "alt" line under it.',
            'Write "image:", then indented "src: ./picture.jpg" and "alt: what it shows".',
          ),
        },
      ),
    ),
    /**
     * The published text this post summarises; see `original` above. An optional group like the
     * picture: every part optional in the CMS form, the schema names what a half-filled one lacks.
     */
    original: optionalGroup(originalSchema),
    /** The post's address, when it should not be the file name: /blog/<slug>/. */
    slug: slugSchema('slug').optional(),
  });
}

/**
 * A picture's address, refused on its words alone (another website, `?` or `#`, SVG, not a raster
 * name) BEFORE it reaches `image`: Astro's `image()` hands whatever path it gets to Vite, which would
 * import the file, so a `.js`, `.svg` or `.html` "picture" never gets that far, in the build or in
 * `npm run dev`. The file's bytes are checked by the content check and the compiler's gate.
 */
function pictureSource<Image extends z.ZodType>(image: Image) {
  return z
    .string({ error: said('The image has no file.', 'Add "src: ./picture.jpg" under image, naming a file next to the post.') })
    .check((ctx) => {
      const wrong = pictureSourceProblem(ctx.value);
      if (wrong) ctx.issues.push({ code: 'custom', input: ctx.value, message: said(wrong.message, wrong.fix) });
    })
    // Astro declares image() as an object schema for its types; at run time it takes the path as text.
    .pipe(image as unknown as z.ZodType<z.output<Image>, string>)
    .meta({ cms: { image: true } });
}

const DATE_FIX = 'Write the year, month and day with hyphens, for example: date: 2014-05-01';
const ALT_FIX = 'Add "alt:" under image with a sentence saying what the picture shows, for readers who cannot see it.';

/** A theme: one of year one's five disconnects or year two's two questions. */
export function themeSchema<Theme extends z.ZodType>(refs: { theme: Theme }) {
  return z.strictObject({
    id: idSchema,
    /** This site's own short label for chips, charts and filters (not the reports' wording): "Prevention versus crisis". */
    label: z.string(),
    /** One sentence that states the theme. */
    statement: z.string(),
    /** Year one's five disconnects, or year two's two questions. */
    kind: z.enum(['disconnect', 'question']),
    /** Order within its kind (1 first). */
    order: z.number().int().positive(),
    /** For a disconnect: what people's lives or services need. */
    need: z.string().optional(),
    /** For a disconnect: what policy does instead. */
    policy: z.string().optional(),
    /** For a disconnect: the year-two questions it led to. */
    ledTo: z.array(refs.theme).default([]),
    /** For a question: how many pointers the year-two report gave (known even when the pointers are not). */
    pointerCount: z.number().int().nonnegative().optional(),
    /** Where the statement comes from. */
    sources: sources('theme'),
  });
}

/** A pointer the year-two report gave in answer to one of its questions. */
export function findingSchema<Theme extends z.ZodType>(refs: { theme: Theme }) {
  return z.strictObject({
    id: idSchema,
    /** The year-two question this pointer answers. */
    question: refs.theme,
    /** The pointer, in our own words. */
    statement: z.string(),
    /** How sure the sources are: "confirmed", or "partial" when they only hint at it. */
    certainty: z.enum(['confirmed', 'partial']),
    /** A note for readers on what the sources do and do not say. */
    note: z.string().optional(),
    sources: sources('finding'),
  });
}

/** Someone who took part in the programme, or writes for the site. */
export function personSchema<Organisation extends z.ZodType>(refs: { organisation: Organisation }) {
  return z.strictObject({
    id: idSchema,
    name: text('The person has no name.', 'Add a line such as: name: Lucy de Groot'),
    /** Their role at the time, as the sources give it. */
    role: text('The person has no role.', 'Add their role at the time, as the sources give it.'),
    /** The organisation they worked for at the time. */
    organisation: refs.organisation.optional(),
    /** Which part of the programme they took part in. */
    part: z
      .enum(['partner-staff', 'year-one-cohort', 'year-two-cohort', 'rapporteur', 'speaker', 'editorial'])
      .optional(),
    /** A sentence or two about what they did in the programme. */
    bio: z.string().optional(),
    /**
     * How citations write the name: a "person" is split into given and family names ("de Groot,
     * L."); an "organisation" (such as "The site's editors") is always printed whole.
     */
    nameKind: z.enum(['person', 'organisation']).default('person'),
    /** True for those who write this site's posts. */
    writesForSite: z.boolean().default(false),
    sources: z.array(source).default([]),
  });
}

/** An organisation named in the programme's story. */
export const organisationSchema = z.strictObject({
  id: idSchema,
  name: text('The organisation has no name.', 'Add a line such as: name: Institute for Government'),
  kind: z.enum(['partner', 'department', 'voluntary', 'funder-programme', 'other']),
  /** What the sources say about its part in the programme. */
  description: z.string(),
  sources: sources('organisation'),
});

/** A dated step of the programme, for the timeline. */
export function eventSchema<Theme extends z.ZodType>(refs: { theme: Theme }) {
  return z.strictObject({
    id: idSchema,
    date: partialDate,
    /** A short label for the timeline. */
    label: z.string(),
    /** A sentence on what happened. */
    description: z.string(),
    kind: z.enum(['policy', 'programme', 'funding', 'publication', 'event']),
    themes: z.array(refs.theme).default([]),
    sources: sources('event'),
  });
}

/** Prose for site pages that are not publications or posts (the about page's account). */
export const pageSchema = z.strictObject({ title: z.string() });

/** The schemas of the YAML list files, by file name, with plain ids for references (for the checker). */
export function plainSchemas() {
  const id = z.string({ error: said('An id must be text.', 'Write the id as it is in the file it comes from.') });
  const refs = { theme: id, person: id, organisation: id, image: z.string({ error: said('The image has no file.', 'Add "src: ./picture.jpg" under image, naming a file next to the post.') }) };
  return {
    post: postSchema(refs),
    publication: publicationSchema(refs),
    lists: {
      'themes.yaml': themeSchema(refs),
      'findings.yaml': findingSchema(refs),
      'people.yaml': personSchema(refs),
      'organisations.yaml': organisationSchema,
      'events.yaml': eventSchema(refs),
    },
  } as const;
}

/**
 * The data a post with problems loads as in `npm run dev`, so that the preview server keeps running
 * (Astro stops it on a schema error) and every other page still shows. It is a draft with no
 * authors or themes, and its own page is answered with its problems instead
 * (src/integrations/content-check.ts), so none of it is rendered.
 */
export function previewFallback(input: unknown) {
  const data = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const title = typeof data['title'] === 'string' && data['title'].trim() !== '' ? data['title'] : 'A post with problems';
  const iso = fullDate(data['date']);
  return {
    title,
    date: iso ? new Date(`${iso}T00:00:00Z`) : new Date(),
    summary: 'This post has problems to fix: its page lists them.',
    authors: [],
    themes: [],
    sources: [],
    draft: true,
  };
}

/** Set by the content-check integration when `npm run dev` runs: posts then load as {@link previewFallback}. */
export const PREVIEW_ENV = 'CPP_PREVIEW';
