import { describe, expect, test } from 'vitest';
import { blogListView, ownerListView, pagedTitle, type ListOwner } from '../../src/lib/lists/posts-list';

const lucy: ListOwner = {
  heading: 'Posts by Lucy de Groot',
  page: { href: '/people/lucy-de-groot/', label: 'Lucy de Groot' },
  parent: { href: '/people/', label: 'People' },
  postsHref: '/people/lucy-de-groot/posts/',
};

describe('paged lists of posts', () => {
  test('the first page keeps its plain title; later pages say where they are', () => {
    expect(pagedTitle('Blog', { currentPage: 1, lastPage: 4 })).toBe('Blog');
    expect(pagedTitle('Blog', { currentPage: 3, lastPage: 4 })).toBe('Blog, page 3 of 4');
  });

  test('the blog links its pages under /blog/ and its breadcrumb names the page', () => {
    const view = blogListView({ currentPage: 2, lastPage: 3, total: 25 });
    expect(view.current).toBe('Blog, page 2 of 3');
    expect(view.trail).toEqual([{ href: '/', label: 'Home' }]);
    expect([1, 2].map(view.pageHref)).toEqual(['/blog/', '/blog/2/']);
    expect(view.ownerLede).toBeUndefined();
  });

  test("a person's list counts their posts, leads back to them and pages under their address", () => {
    const view = ownerListView({ currentPage: 2, lastPage: 2, total: 11 }, lucy);
    expect(view.title).toBe('Posts by Lucy de Groot, page 2 of 2');
    expect(view.description).toBe('Posts by Lucy de Groot, newest first: 11 in all.');
    expect(view.ownerLede?.count).toBe('11 posts, newest first.');
    expect(view.current).toBe('Posts, page 2');
    expect(view.trail.map((crumb) => crumb.label)).toEqual(['Home', 'People', 'Lucy de Groot']);
    expect(view.ownerLede?.back).toEqual(lucy.page);
    expect([1, 3].map(view.pageHref)).toEqual(['/people/lucy-de-groot/posts/', '/people/lucy-de-groot/posts/3/']);
    expect(ownerListView({ currentPage: 1, lastPage: 1, total: 1 }, lucy).ownerLede?.count).toBe(
      'One post, newest first.',
    );
  });
});
