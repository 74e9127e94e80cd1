/**
 * Every collection of the site and every field, documented. This file is the one source of the
 * content's types: pages and libraries derive theirs with `CollectionEntry<'posts'>['data']`.
 *
 * The words live in `content/` at the top of the repository (not in `src/content`). Error messages
 * speak to a rapporteur: what is wrong and how to fix it.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parsePartialDate } from './lib/partial-date';

/**
 * Where the words live. Tests and the benchmark point CPP_CONTENT_DIR at a fixture or a generated
 * corpus; everyone else uses `content/`.
 */
const CONTENT_DIR = process.env['CPP_CONTENT_DIR'] ?? './content';

/** Files whose names start with `_` are never pages: room for partials and work in progress. */
const MDX_PATTERN = '**/[^_]*.mdx';

/** A date at the precision the sources give: `2013`, `2013-11` or `2013-11-20`. */
const partialDate = z
  .union([z.string(), z.date(), z.number()], {
    error: 'Write the date as YYYY-MM-DD, or YYYY-MM when the day is unknown, or YYYY.',
  })
  .transform((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${String(value)}" is not a date. Write it as YYYY-MM-DD (2013-11-20), or YYYY-MM (2013-11) when the day is unknown, or YYYY.`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** One document the page's facts come from. Shown in the sources list at the foot of the page. */
const source = z.object({
  /** The title as the original gives it (may be quoted exactly). */
  title: z.string({ error: 'Give each source a title.' }).min(3, 'Give each source its full title.'),
  /** Where a reader can find it. */
  url: z.url({ error: 'Give each source a full web address starting with https:// or http://.' }),
  /** Who published it: "Institute for Government", "BBC News"… */
  publisher: z.string({ error: 'Say who published each source (for example "BBC News").' }),
  /** When it was published, at the precision known; leave it out when unknown. */
  date: partialDate.optional(),
  /** Who wrote it, when the original names them. */
  author: z.string().optional(),
});

/**
 * A name as citations need it. A person is written as they sign ("Lucy de Groot") and split by
 * citation-js's name parser (given "Lucy", particle "de", family "Groot"); an organisation is one
 * literal name that is never split ("The site's editors", "Institute for Government").
 */
const citedName = z.union(
  [
    z.object({
      /** A person's full name as they sign it: "Lucy de Groot", "Dharmendra Kanani". */
      person: z.string().min(2, "Write the person's full name."),
    }),
    z.object({
      /** An organisation's name, never split into given and family names: "BBC News". */
      organisation: z.string().min(2, "Write the organisation's full name."),
    }),
  ],
  { error: 'Write the name as "person: Full Name" or "organisation: Full Name".' },
);

/**
 * ORIGINAL: the published text a post summarises, kept apart from the post itself. Every field
 * below is about the original, never about this site's summary (whose day is the post's `date`).
 * The header, cards, feeds, structured data (`isBasedOn`), "Cite the original" and the "About
 * this summary" box all read it. A post the editors write from scratch leaves `original` out.
 */
const original = z.object({
  /** The original's title, exactly as it gives it; leave it out when our copy does not show it. */
  title: z.string().min(3, 'Give the original\'s full title, or leave "title" out if it is unknown.').optional(),
  /** Who wrote it, when the original names them; otherwise the publisher stands as its author. */
  author: citedName.optional(),
  /** Who published it (the blog, paper or site it appeared in): "Institute for Government". */
  publisher: z.string({ error: 'Say who published the original (for example "BBC News").' }).min(2),
  /** When the original appeared, at the precision known: 2013, 2013-11 or 2013-11-20. Leave it out when our copy shows no date. */
  date: partialDate.optional(),
  /** Where a reader can find the original, or the page that lists it. */
  url: z.url({ error: "Give the original's full web address, starting with https:// or http://." }),
  /** What kind of text it is; used by citations: a blog post, a news item, an article or web page. */
  kind: z
    .enum(['blog-post', 'news', 'web-page'], { error: 'Set kind to "blog-post", "news" or "web-page".' })
    .default('blog-post'),
  /**
   * What our copy of it holds: "full-text" (we read all of it), "teaser" (only its opening part)
   * or "listing-only" (only the short teaser on a listing page; no title or author shown).
   */
  holds: z.enum(['full-text', 'teaser', 'listing-only'], {
    error: 'Set holds to "full-text", "teaser" or "listing-only": what our copy of the original holds.',
  }),
});

/** Shared by everything that is read as a page: publications and posts. */
const readable = z.object({
  /** The page's title, as the original has it for publications. */
  title: z.string({ error: 'Every page needs a title.' }).min(5, 'Write a title of at least five characters.'),
  /** One or two sentences shown on cards, in search results and in the page's meta description. */
  summary: z
    .string({ error: 'Write a summary: one or two sentences shown on cards and in search.' })
    .min(40, 'Write at least a sentence in the summary (40 characters or more).')
    .max(240, 'The summary is longer than the 240 characters cards can show. Shorten it.'),
  /** The themes (disconnects and questions) the text addresses; ids from content/themes.yaml. */
  themes: z.array(reference('themes')).default([]),
  /** Where the facts come from; at least one. */
  sources: z.array(source).min(1, 'List at least one source under "sources", so readers can check the facts.'),
});

const publications = defineCollection({
  loader: glob({ pattern: MDX_PATTERN, base: `${CONTENT_DIR}/publications` }),
  schema: readable.extend({
    /** A second line under the title. */
    subtitle: z.string().optional(),
    /** What kind of document it is: shown as a label and used by search filters. */
    kind: z.enum(['discussion-paper', 'annual-report'], {
      error: 'Set kind to "discussion-paper" or "annual-report".',
    }),
    /** When the original was published, at the precision known ("2013-11" for November 2013). */
    published: partialDate,
    /**
     * The day this site published its account of the publication (YYYY-MM-DD): cited by "Cite
     * this page". It defaults to the site's launch, when the three accounts were first published.
     */
    date: z.coerce
      .date({ error: 'Write the date as YYYY-MM-DD, for example 2026-11-23.' })
      .default(new Date('2026-11-23T00:00:00Z')),
    /** Who wrote it, when the sources say; unknown authors stay unknown (leave it out). */
    authors: z.array(reference('people')).default([]),
    /** Who published the original. */
    publisher: z.string().default('Institute for Government and Big Lottery Fund'),
    /** The original's page, for readers who want the source document. */
    originalUrl: z.url().optional(),
    /** Path of a PDF of this publication built by the site, when one exists. */
    pdf: z.string().optional(),
    /** Order on the publications index (1 first). */
    order: z.number().int().positive(),
    /**
     * Sections that address a theme: the heading's anchor id and the themes it carries. A section
     * is what search, charts and citations point at (each year-one disconnect, each question).
     */
    sections: z
      .array(
        z.object({
          /** The heading's id on the page, as the heading text makes it: "whole-person-vs-silos". */
          id: z.string().regex(/^[a-z0-9-]+$/, 'Write the section id in lower case with hyphens.'),
          themes: z.array(reference('themes')).min(1),
        }),
      )
      .default([]),
  }),
});

const posts = defineCollection({
  loader: glob({ pattern: MDX_PATTERN, base: `${CONTENT_DIR}/posts` }),
  schema: ({ image }) =>
    readable.extend({
      /**
       * The day this site published the post (YYYY-MM-DD): never the original's date, which
       * lives in `original.date`. Posts from before the two were kept apart carry the day git
       * first recorded them (the site's launch, 2026-11-23); see CONTRIBUTING.md.
       */
      date: z.coerce.date({
        error: 'Write the date as YYYY-MM-DD, for example 2014-05-01.',
      }),
      /** Who wrote the post; ids from content/people.yaml. */
      authors: z
        .array(reference('people'), { error: 'List the authors as ids from content/people.yaml.' })
        .min(1, 'Name at least one author (an id from content/people.yaml).'),
      /** The themes the post touches; at least one. */
      themes: z
        .array(reference('themes'), { error: 'List the themes as ids from content/themes.yaml.' })
        .min(1, 'Tag at least one theme (an id from content/themes.yaml).'),
      /** A draft is built by `npm run dev` and left out of the published site, its feed and search. */
      draft: z
        .boolean({ error: 'draft must be true or false. Write "draft: true", or remove the line to publish.' })
        .default(false),
      /** The published text this post summarises; see `original` above. */
      original: original.optional(),
      /** An optional picture shown at the top; the alt text says what it shows. */
      image: z
        .object({
          src: image(),
          alt: z
            .string({ error: 'The image has no alt text. Add "alt:" saying what the picture shows.' })
            .min(5, 'The alt text is too short. Say in a sentence what the picture shows.'),
        })
        .optional(),
    }),
});

const themes = defineCollection({
  loader: file(`${CONTENT_DIR}/themes.yaml`),
  schema: z.object({
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
    ledTo: z.array(reference('themes')).default([]),
    /** For a question: how many pointers the year-two report gave (known even when the pointers are not). */
    pointerCount: z.number().int().nonnegative().optional(),
    /** Where the statement comes from. */
    sources: z.array(source).min(1),
  }),
});

const findings = defineCollection({
  loader: file(`${CONTENT_DIR}/findings.yaml`),
  schema: z.object({
    /** The year-two question this pointer answers. */
    question: reference('themes'),
    /** The pointer, in our own words. */
    statement: z.string(),
    /** How sure the sources are: "confirmed", or "partial" when they only hint at it. */
    certainty: z.enum(['confirmed', 'partial']),
    /** A note for readers on what the sources do and do not say. */
    note: z.string().optional(),
    sources: z.array(source).min(1),
  }),
});

const people = defineCollection({
  loader: file(`${CONTENT_DIR}/people.yaml`),
  schema: z.object({
    name: z.string(),
    /**
     * How citations write the name: a "person" is split into given and family names ("de Groot,
     * L."); an "organisation" (such as "The site's editors") is always printed whole.
     */
    nameKind: z.enum(['person', 'organisation']).default('person'),
    /** Their role at the time, as the sources give it. */
    role: z.string(),
    /** The organisation they worked for at the time. */
    organisation: reference('organisations').optional(),
    /** Which part of the programme they took part in. */
    part: z
      .enum(['partner-staff', 'year-one-cohort', 'year-two-cohort', 'rapporteur', 'speaker', 'editorial'])
      .optional(),
    /** A sentence or two about what they did in the programme. */
    bio: z.string().optional(),
    /** True for those who write this site's posts. */
    writesForSite: z.boolean().default(false),
    sources: z.array(source).default([]),
  }),
});

const organisations = defineCollection({
  loader: file(`${CONTENT_DIR}/organisations.yaml`),
  schema: z.object({
    name: z.string(),
    kind: z.enum(['partner', 'department', 'voluntary', 'funder-programme', 'other']),
    /** What the sources say about its part in the programme. */
    description: z.string(),
    sources: z.array(source).min(1),
  }),
});

const events = defineCollection({
  loader: file(`${CONTENT_DIR}/events.yaml`),
  schema: z.object({
    date: partialDate,
    /** A short label for the timeline. */
    label: z.string(),
    /** A sentence on what happened. */
    description: z.string(),
    kind: z.enum(['policy', 'programme', 'funding', 'publication', 'event']),
    themes: z.array(reference('themes')).default([]),
    sources: z.array(source).min(1),
  }),
});

/** Prose for site pages that are not publications or posts (the about page's account). */
const pages = defineCollection({
  loader: glob({ pattern: '**/[^_]*.md', base: `${CONTENT_DIR}/about` }),
  schema: z.object({
    title: z.string(),
  }),
});

export const collections = { publications, posts, themes, findings, people, organisations, events, pages };
