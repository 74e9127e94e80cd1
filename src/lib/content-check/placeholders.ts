/**
 * The example text `npm run new:post` writes into a new post. The checks refuse to publish a post
 * that still carries it, so a rapporteur cannot forget to replace it.
 */
export const PLACEHOLDERS = {
  summary: 'Replace this with one or two sentences that say what the post is about: readers see them on cards.',
  sourceTitle: 'Replace with the title of the document this post draws on',
  sourceUrl: 'https://example.org/replace-with-the-address-of-the-source',
  sourcePublisher: 'Replace with who published it',
  body: 'Replace this paragraph with your post.',
} as const;
