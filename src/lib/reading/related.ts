/** The least an item needs for ranking: an id, its themes and a date to break ties. */
export interface Relatable {
  id: string;
  themes: readonly string[];
  date: Date;
}

/**
 * Ranks other items by how many themes they share with `item`, then newest first, and returns
 * at most `limit`. Items that share no theme are never "related".
 *
 * @example relatedTo(post, allPosts, 3).map((p) => p.id)
 */
export function relatedTo<T extends Relatable>(item: Relatable, candidates: readonly T[], limit = 3): T[] {
  const mine = new Set(item.themes);
  return candidates
    .filter((other) => other.id !== item.id)
    .map((other) => ({ other, shared: other.themes.filter((theme) => mine.has(theme)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.date.getTime() - a.other.date.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The neighbours of an item in a list sorted newest first: the newer one and the older one. */
export function neighbours<T extends { id: string }>(item: T, newestFirst: readonly T[]): { newer?: T; older?: T } {
  const index = newestFirst.findIndex((other) => other.id === item.id);
  if (index === -1) return {};
  const newer = newestFirst[index - 1];
  const older = newestFirst[index + 1];
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
}
