/**
 * Rewrites the list of valid theme and author ids in CONTRIBUTING.md from the content.
 * Usage: `npx tsx scripts/contributing-ids.ts [content-dir]` (default: CPP_CONTENT_DIR, else content/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as load } from 'yaml';
import { idListMarkdown, withIdList } from './lib/id-list';
import { contentFolder } from '../src/lib/settings';

const contentDir = process.argv[2] ?? contentFolder();
const read = (name: string) => load(readFileSync(join(contentDir, name), 'utf8')) as never[];
const list = idListMarkdown(read('themes.yaml'), read('people.yaml'));
writeFileSync('CONTRIBUTING.md', withIdList(readFileSync('CONTRIBUTING.md', 'utf8'), list));
console.log(`Updated the list of ids in CONTRIBUTING.md from ${contentDir}/.`);
