/**
 * A schema error in a file every page reads (a list file such as people.yaml, or a publication)
 * no longer stops `npm run dev` with Astro's error overlay and stack: every page shows the same
 * plain `file:line: field:` lines the posts get, the server keeps running, and once the files
 * are saved fixed the site shows again.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDev } from '../support/dev-server';
import { hostileContentFolder } from '../security/support';

const folder = hostileContentFolder([]);
afterAll(() => rmSync(folder.root, { recursive: true, force: true }));

const people = join(folder.contentDir, 'people.yaml');
const publication = join(folder.contentDir, 'publications', 'fixture-report.mdx');
const events = join(folder.contentDir, 'events.yaml');
const good = {
  people: readFileSync(people, 'utf8'),
  publication: readFileSync(publication, 'utf8'),
  events: readFileSync(events, 'utf8'),
};

// Lucy de Groot's role written as a number, a publication of a kind the site does not know, and a YAML tag.
const peopleLines = good.people.split('\n').length;
writeFileSync(people, `${good.people}- id: lucy-de-groot\n  name: Lucy de Groot\n  role: 42\n`);
writeFileSync(publication, good.publication.replace('kind: annual-report', 'kind: pamphlet'));
writeFileSync(events, `!!set\n${good.events}`);

const html = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

describe('a list file or a publication with a schema error, in npm run dev', () => {
  it('shows the plain messages on every page, keeps running, and shows the site once fixed', async () => {
    const server = await startDev(folder.contentDir, '/');
    try {
      for (const path of ['/', '/blog/a-post-with-a-picture/', '/people/', '/publications/fixture-report/']) {
        const answer = await fetch(`${server.origin}${path}`);
        const page = await answer.text();
        expect(answer.status, `${path}\n${server.log()}`).toBe(422);
        expect(page).toContain('The site&#39;s content has 3 problems to fix');
        expect(page).toContain(html(`people.yaml:${peopleLines + 2}: lucy-de-groot.role: 42 is not text.`));
        expect(page).toMatch(/fixture-report\.mdx:4: kind: &#34;pamphlet&#34; is not a kind of publication\./);
        expect(page).toMatch(/events\.yaml:1: file: !!set is a YAML tag/);
      }
      expect(server.exited(), server.log()).toBe(false);
      expect(server.log()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(server.log()).not.toMatch(/InvalidContentEntryDataError|does not match collection schema/);

      writeFileSync(people, good.people);
      writeFileSync(publication, good.publication);
      writeFileSync(events, good.events);
      let status = 0;
      for (let attempt = 0; attempt < 60 && status !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const answer = await fetch(`${server.origin}/blog/a-post-with-a-picture/`);
        status = answer.status;
        await answer.arrayBuffer();
      }
      expect(status, server.log()).toBe(200);
    } finally {
      server.stop();
    }
  }, 180_000);
});
