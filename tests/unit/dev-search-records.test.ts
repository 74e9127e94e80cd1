import { describe, expect, it } from 'vitest';
import { entryId, plainText, recordOf } from '../../src/lib/search/dev-search-records';

const post = `---
title: 'Lucy de Groot: what the site''s editors heard'
date: 2014-05-01
authors: [lucy-de-groot, editors]
themes: [whole-person-solutions]
summary: A post about the visits, written for the tests.
---

import Figure from '../components/Figure.astro';

## What happened

The pairs began their **visits** in [London](https://example.org/)[^1].

<Figure src="x.png" />

[^1]: A note.
`;

describe('dev search records', () => {
  it('reads a post as the built page would index it: title, type, date, themes, authors', () => {
    const record = recordOf('blog', '/c/posts', '/c/posts/Lucy Visits.mdx', post);
    expect(record).toMatchObject({
      url: '/blog/lucy-visits/',
      language: 'en-gb',
      meta: { title: "Lucy de Groot: what the site's editors heard", type: 'Blog post', date: '2014-05-01' },
      filters: {
        type: ['post'],
        theme: ['whole-person-solutions'],
        author: ['lucy-de-groot', 'editors'],
        year: ['2014'],
      },
      sort: { date: '2014-05-01' },
    });
    expect(record?.content).toContain('The pairs began their visits in London');
    expect(record?.content).not.toMatch(/import|Figure|https:|\*\*|\[\^1\]/);
  });

  it('uses the slug from the frontmatter, as the glob loader does', () => {
    expect(entryId('/c/posts', '/c/posts/a.mdx', { slug: 'chosen' })).toBe('chosen');
    expect(entryId('/c/posts', '/c/posts/2014/A Post.mdx', {})).toBe('2014/a-post');
  });

  it('skips a file without frontmatter or title', () => {
    expect(recordOf('blog', '/c', '/c/a.mdx', 'No frontmatter')).toBeUndefined();
    expect(recordOf('blog', '/c', '/c/a.mdx', '---\ndate: 2014-01-01\n---\nText')).toBeUndefined();
  });

  it('strips Markdown marks from a body', () => {
    expect(plainText('# Heading\n\n- item *one*\n\n> quoted `code`')).toBe('Heading item one quoted code');
  });
});
