/**
 * Gathers the entries the feeds need (authors' names, theme labels, section headings) and hands
 * them to the pure builders of `feeds.ts`. Shared by every feed endpoint, so they list the same
 * items the same way.
 */
import { getCollection } from 'astro:content';
import { orderedPublications, publishedPosts } from '../content/queries';
import { publicationSections, type PublicationSection } from '../content/publication-sections';
import { postFeedItem, publicationFeedItem, type FeedItem } from './feeds';
import { SITE } from '../site';

export interface TaggedFeedItem {
  item: FeedItem;
  themeIds: string[];
}

export interface PublicationFeedEntry extends TaggedFeedItem {
  sections: PublicationSection[];
}

async function namesById(): Promise<{ people: Map<string, string>; themes: Map<string, string> }> {
  const [people, themes] = await Promise.all([getCollection('people'), getCollection('themes')]);
  return {
    people: new Map(people.map((person) => [person.id, person.data.name])),
    themes: new Map(themes.map((theme) => [theme.id, theme.data.label])),
  };
}

const lookUp = (names: Map<string, string>, refs: readonly { id: string }[]) =>
  refs.map((ref) => names.get(ref.id) ?? ref.id);

/** Every published post (no drafts), newest first. */
export async function postFeedEntries(site: URL | string): Promise<TaggedFeedItem[]> {
  const [posts, names] = await Promise.all([publishedPosts(), namesById()]);
  return posts.map((post) => ({
    item: postFeedItem(post, lookUp(names.people, post.data.authors), lookUp(names.themes, post.data.themes), site),
    themeIds: post.data.themes.map((theme) => theme.id),
  }));
}

/** Every publication, with its themed sections and their headings as readers see them. */
export async function publicationFeedEntries(site: URL | string): Promise<PublicationFeedEntry[]> {
  const [publications, names] = await Promise.all([orderedPublications(), namesById()]);
  return Promise.all(
    publications.map(async (publication) => {
      const { data } = publication;
      return {
        // The item is the site's account, so its author is the site's editors.
        item: publicationFeedItem(publication, [SITE.editors], lookUp(names.themes, data.themes), site),
        themeIds: data.themes.map((theme) => theme.id),
        sections: await publicationSections(publication),
      };
    }),
  );
}
