import { describe, expect, it } from 'vitest';
import { houseStyleOf, houseStyleWarnings, reportHouseStyle } from '../../src/lib/content-check/house-style';
import { formatProblem } from '../../src/lib/content-check/problem';

const FRONTMATTER = '---\ntitle: A post\n---\n\n';
const warningsFor = (body: string) =>
  houseStyleOf('content/posts/x.mdx', FRONTMATTER + body).map((problem) => formatProblem(problem));

describe('house style', () => {
  it.each([
    ['It cost £100m.', '"£100m" abbreviates the amount.'],
    ['A £2bn fund.', '"£2bn" abbreviates the amount.'],
    ['It began at 6.30pm.', '"6.30pm" writes the time with a full stop.'],
    ['Prevention vs crisis.', '"vs" is an abbreviation readers may not know.'],
    ['We will tackle it.', `"tackle" is on GOV.UK's list of words to avoid.`],
    ['The Institute will facilitate workshops.', `"facilitate" is on GOV.UK's list of words to avoid.`],
  ])('warns about %j at its line', (body, message) => {
    const [warning] = warningsFor(body);
    expect(warning).toContain(`content/posts/x.mdx:5: style: ${message}`);
  });

  it('counts the words of a sentence and warns past 30', () => {
    const long = `${Array.from({ length: 31 }, (_, index) => `word${index}`).join(' ')}.`;
    expect(warningsFor(long)).toEqual([
      'content/posts/x.mdx:5: style: This sentence has 31 words. Split it so that each sentence has 30 words or fewer.',
    ]);
    expect(warningsFor(`${Array.from({ length: 30 }, () => 'word').join(' ')}.`)).toEqual([]);
  });

  it('leaves quoted titles, names and house-style text alone', () => {
    expect(
      warningsFor(
        'Civil Society ran "BIG allocates £100m to youth unemployment projects". Peter Thomas was director of Transforming Whitehall. It cost £100 million and began at 6:30pm, whole person versus silos.',
      ),
    ).toEqual([]);
  });

  it('finds the line of a footnote and of a list item', () => {
    expect(warningsFor('Text.\n\n- A £5m grant\n\n[^a]: It opened at 7.00pm.\n')).toEqual([
      'content/posts/x.mdx:7: style: "£5m" abbreviates the amount. Write it in full, GOV.UK style: "£100 million", "£2 billion", "£10,000".',
      'content/posts/x.mdx:9: style: "7.00pm" writes the time with a full stop. Use a colon and no space, GOV.UK style: "6:30pm".',
    ]);
  });

  it('finds nothing to say about the real publications and posts', () => {
    expect(houseStyleWarnings('content').map((problem) => formatProblem(problem))).toEqual([]);
  });

  it('reports warnings as advice, with a closing line', () => {
    const lines: string[] = [];
    expect(reportHouseStyle('content', (line) => lines.push(line))).toBe(0);
    expect(lines.at(-1)).toBe('House style: no suggestions.');
  });
});
