/**
 * The CMS form is generated from the post schema: each kind of field a schema can hold becomes the
 * right widget, new fields need no hand-written form, and the admin page carries its own policy.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  adminHeadersRule,
  adminMetaCsp,
  adminPageHtml,
  decapConfig,
  type CmsBackend,
} from '../../src/lib/cms/decap-config';
import { decapFields, fieldLabel } from '../../src/lib/cms/decap-fields';
import { fieldShapes, UnsupportedSchemaError } from '../../src/lib/cms/schema-shape';
import { parseContentFile } from '../../src/lib/content-check/content-file';
import { checkFrontmatter } from '../../src/lib/content-check/frontmatter';
import { formatProblem } from '../../src/lib/content-check/problem';
import type { SiteIndex } from '../../src/lib/content-check/site-index';
import { postSchema } from '../../src/lib/content/schemas';
import { stringify } from 'yaml';
import { newPostFile } from '../../scripts/lib/new-post/post-file';

const reference = (collection: string) => z.string().meta({ cms: { reference: collection } });
const image = () => z.string().meta({ cms: { image: true } });
const CHOICES = {
  themes: [{ label: 'Whole person vs silos (whole-person)', value: 'whole-person' }],
  people: [
    { label: "The site's editors (editors)", value: 'editors' },
    { label: 'Lucy de Groot (lucy-de-groot)', value: 'lucy-de-groot' },
  ],
};
const GITHUB: CmsBackend = { name: 'github', repo: 'owner/site', branch: 'main' };

describe('fields read from a Zod schema', () => {
  const schema = z.object({
    title: z.string().min(5).max(120),
    summary: z.string().min(40).max(240),
    themes: z.array(reference('themes')).min(1),
    authors: z.array(reference('people')).min(1),
    date: z.coerce.date(),
    draft: z.boolean().default(false),
    sources: z
      .array(
        z.object({
          title: z.string().min(3),
          url: z.url(),
          date: z.union([z.string(), z.date(), z.number()]).transform(String).optional(),
        }),
      )
      .min(1),
    image: z.object({ src: image(), alt: z.string().min(5) }).optional(),
    // Fields a later schema may add about the original a post summarises: none is listed by hand.
    original: z
      .object({
        kind: z.enum(['blog-post', 'report', 'speech']),
        published: z.coerce.date().optional(),
        pages: z.number().int().positive().optional(),
        tags: z.array(z.string()).max(5).default([]),
      })
      .optional(),
  });
  const fields = decapFields(fieldShapes(schema), CHOICES);
  const byName = (name: string, list = fields) => list.find((field) => field.name === name)!;

  it('makes pickers of the real ids for references', () => {
    expect(byName('authors')).toMatchObject({ widget: 'select', multiple: true, min: 1, options: CHOICES.people });
    expect(byName('themes')).toMatchObject({ widget: 'select', multiple: true, options: CHOICES.themes });
  });

  it('gives a text with a maximum length a live count and the schema’s limits', () => {
    expect(byName('summary')).toMatchObject({
      widget: 'counted-text',
      min_length: 40,
      max_length: 240,
      multiline: true,
      pattern: ['^[\\s\\S]{40,240}$', 'Between 40 and 240 characters.'],
    });
    expect(byName('title')).toMatchObject({ widget: 'counted-text', max_length: 120, multiline: false });
  });

  it('makes sources a repeatable group with a web address check', () => {
    const sources = byName('sources');
    expect(sources).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.title}}' });
    const inner = sources['fields'] as ReturnType<typeof decapFields>;
    expect(byName('url', inner)).toMatchObject({
      label: 'Web address',
      pattern: [expect.stringContaining('https?'), expect.any(String)],
    });
    expect(byName('date', inner)).toMatchObject({ widget: 'string', required: false });
  });

  it('puts a picture and its required alt text in one optional group', () => {
    const picture = byName('image');
    expect(picture).toMatchObject({ widget: 'object', required: false });
    const inner = picture['fields'] as ReturnType<typeof decapFields>;
    expect(byName('src', inner)).toMatchObject({ widget: 'image', label: 'Picture' });
    expect(byName('alt', inner)).toMatchObject({ widget: 'string', label: 'Alt text' });
    expect(byName('alt', inner)['required']).toBeUndefined();
  });

  it('turns fields it has never seen into widgets by their kind', () => {
    expect(byName('date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(byName('draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
    const original = byName('original');
    expect(original).toMatchObject({ widget: 'object', required: false, label: 'Original' });
    const inner = original['fields'] as ReturnType<typeof decapFields>;
    expect(byName('kind', inner)).toMatchObject({ widget: 'select', options: ['blog-post', 'report', 'speech'] });
    expect(byName('published', inner)).toMatchObject({ widget: 'datetime', required: false });
    expect(byName('pages', inner)).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
    expect(byName('tags', inner)).toMatchObject({ widget: 'list', max: 5, default: [] });
  });

  it('refuses a field it cannot show, naming it, rather than leaving it out of the form', () => {
    expect(() => fieldShapes(z.object({ odd: z.object({ when: z.map(z.string(), z.string()) }) }))).toThrow(
      new UnsupportedSchemaError('odd.when: a value of type "map" has no field in the CMS form.'),
    );
  });

  it('labels fields in words', () => {
    expect(fieldLabel('originalUrl')).toBe('Original web address');
  });
});

describe('the CMS config and its page', () => {
  it('saves drafts as pull requests, and writes MDX posts with their pictures beside them', () => {
    const config = decapConfig({ postFields: [], choices: CHOICES, backend: GITHUB, siteUrl: 'https://example.org' });
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'owner/site', branch: 'main' },
      publish_mode: 'editorial_workflow',
      collections: [{ folder: 'content/posts', extension: 'mdx', format: 'frontmatter', media_folder: '' }],
    });
  });

  it('sends GitHub sign-in through the auth proxy when one is set', () => {
    const config = decapConfig({
      postFields: [],
      choices: CHOICES,
      backend: { ...GITHUB, authUrl: 'https://auth.example.org/auth' },
      siteUrl: 'https://example.org',
    });
    expect(config['backend']).toMatchObject({ base_url: 'https://auth.example.org', auth_endpoint: 'auth' });
  });

  it('has a policy of its own: first in <head>, no inline scripts, nothing from other sites but GitHub', () => {
    const html = adminPageHtml(GITHUB);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<meta charset'));
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    const policy = adminMetaCsp(GITHUB);
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy.match(/https:\/\/[^\s;]+/g)).toEqual([
      'https://avatars.githubusercontent.com',
      'https://raw.githubusercontent.com',
      'https://api.github.com',
    ]);
    expect(adminHeadersRule(GITHUB)).toMatch(
      /^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*frame-ancestors 'none'\n {2}X-Robots-Tag: noindex/,
    );
  });
});

describe('the optional groups in the CMS form: the original and the picture', () => {
  const fields = decapFields(
    fieldShapes(postSchema({ theme: reference('themes'), person: reference('people'), image: image() })),
    CHOICES,
  );
  const original = fields.find((field) => field.name === 'original')!;
  const parts = original['fields'] as ReturnType<typeof decapFields>;
  const part = (name: string, list = parts) => list.find((field) => field.name === name)!;
  const picture = fields.find((field) => field.name === 'image')!;
  const pictureParts = picture['fields'] as ReturnType<typeof decapFields>;

  it('is offered on every post, every part optional, so an untouched group saves and stays out of the file', () => {
    expect(original).toMatchObject({ widget: 'object', required: false });
    expect(parts.map((field) => field.name)).toEqual(['title', 'author', 'publisher', 'date', 'url', 'kind', 'holds']);
    const all = [...parts, ...(part('author')['fields'] as ReturnType<typeof decapFields>)];
    for (const field of all) expect(field, field.name).toMatchObject({ required: false });
    // Decap writes a default into every new post: none, or each post would gain a half original.
    for (const field of all) expect(field, field.name).not.toHaveProperty('default');
    expect(part('holds')).toMatchObject({
      label: 'Original holds',
      widget: 'select',
      options: ['full-text', 'teaser', 'listing-only'],
    });
    expect(part('title')['label']).toBe('Original title');
    expect(part('kind', part('author')['fields'] as ReturnType<typeof decapFields>)).toMatchObject({
      label: 'Original author kind',
      options: ['person', 'organisation'],
    });
  });

  it('lets a post without a picture be saved: the picture and its alt text are optional parts of one group', () => {
    expect(picture).toMatchObject({ widget: 'object', required: false, label: 'Picture' });
    expect(pictureParts.map((field) => [field.name, field.label, field.widget, field.required])).toEqual([
      ['src', 'Picture', 'image', false],
      ['alt', 'Picture alt text', 'string', false],
    ]);
    for (const field of pictureParts) expect(field, field.name).not.toHaveProperty('default');
  });

  function problemsOf(groups: { original?: Record<string, unknown>; image?: Record<string, unknown> }): string[] {
    const post = newPostFile({
      title: 'The launch: who spoke',
      authors: ['editors'],
      themes: ['whole-person'],
      draft: false,
      date: '2015-03-02',
      ...(groups.original ? { original: groups.original } : {}),
    });
    const text = groups.image ? post.replace(/^sources:/m, `${stringify({ image: groups.image })}sources:`) : post;
    const file = parseContentFile(text, {
      file: 'content/posts/the-launch.mdx',
      absolutePath: '/repo/content/posts/the-launch.mdx',
      collection: 'posts',
      entryPath: 'the-launch',
    });
    return checkFrontmatter(file, { today: '2015-03-02' } as SiteIndex).map(formatProblem);
  }

  it('names, in one line each, every part a half-filled original still lacks', () => {
    expect(problemsOf({ original: { author: { name: 'Lucy de Groot' }, date: '2013-01' } })).toMatchInlineSnapshot(`
      [
        "content/posts/the-launch.mdx:7: original.publisher: The original does not say who published it. Add a line such as: publisher: BBC News",
        "content/posts/the-launch.mdx:7: original.url: The original has no url. Give its address, starting with https:// or http://.",
        "content/posts/the-launch.mdx:7: original.holds: The original does not say what our copy holds. Set holds to "full-text", "teaser" or "listing-only": what our copy of the original holds.",
      ]
    `);
  });

  it('refuses a picture saved from the form without alt text, or alt text without a picture, in plain words', () => {
    expect(problemsOf({ image: { src: 'leeds-visit.png', alt: '' } })).toMatchInlineSnapshot(`
      [
        "content/posts/the-launch.mdx:9: image.alt: The image has no alt text. Add "alt:" under image with a sentence saying what the picture shows, for readers who cannot see it.",
      ]
    `);
    expect(problemsOf({ image: { src: 'leeds-visit.png' } })).toMatchInlineSnapshot(`
      [
        "content/posts/the-launch.mdx:7: image.alt: The image has no alt text. Add "alt:" under image with a sentence saying what the picture shows, for readers who cannot see it.",
      ]
    `);
    expect(problemsOf({ image: { src: null, alt: 'Lucy de Groot at the launch, speaking from a lectern.' } }))
      .toMatchInlineSnapshot(`
      [
        "content/posts/the-launch.mdx:8: image.src: The image has no file. Add "src: ./picture.jpg" under image, naming a file next to the post.",
      ]
    `);
  });

  it('treats parts the writer cleared as left out, and a group cleared of everything as no group', () => {
    expect(
      problemsOf({
        original: { title: '', author: { name: ' ', kind: 'person' }, kind: null, holds: '' },
        image: { src: '', alt: ' ' },
      }),
    ).toEqual([]);
    const schema = postSchema({ theme: z.string(), person: z.string(), image: z.string() });
    expect(schema.shape.image.parse({ src: null, alt: '' })).toBeUndefined();
    const parsed = schema.shape.original.parse({
      title: '',
      author: { name: 'Lucy de Groot' },
      publisher: 'Community Service Volunteers',
      url: 'https://example.org/launch',
      holds: 'teaser',
    });
    expect(parsed).toMatchObject({ author: { person: 'Lucy de Groot' }, kind: 'blog-post' });
    expect(parsed).not.toHaveProperty('title');
  });
});
