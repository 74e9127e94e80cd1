/**
 * Plain-words reasons for the tags writers paste most often, so a refusal says why, not only no.
 * Every other tag outside the allowlist gets the general message; this table only explains.
 */

const CODE_BLOCK_FIX = 'Remove it. To show code as text, put it between two lines of three backticks (```).';
const LINK_INSTEAD = 'Link to the page instead: [Watch the recording](https://…).';

export const TAG_REASONS: Readonly<Record<string, { why: string; fix: string }>> = {
  script: { why: "it would run code in readers' browsers", fix: CODE_BLOCK_FIX },
  style: { why: 'it would restyle the whole page', fix: "Remove it: the site's own styles apply to every post." },
  iframe: { why: 'it would embed another website, which can run code and track readers', fix: LINK_INSTEAD },
  frame: { why: 'it would embed another website', fix: LINK_INSTEAD },
  frameset: { why: 'it would embed other websites', fix: LINK_INSTEAD },
  object: { why: 'it would embed a plug-in that can run code', fix: 'Link to the file instead.' },
  embed: { why: 'it would embed a plug-in that can run code', fix: 'Link to the file instead.' },
  portal: { why: 'it would embed another website', fix: LINK_INSTEAD },
  svg: {
    why: 'drawings can carry code',
    fix: 'Save the drawing as a PNG picture and add it with ![what it shows](./drawing.png).',
  },
  math: { why: 'formulas in MathML can carry markup the site does not allow', fix: 'Write the formula as text.' },
  base: { why: 'it would change where every link on the page points', fix: 'Remove it.' },
  link: { why: 'it would load files into the page', fix: 'Remove it; for a hyperlink write [text](address).' },
  meta: {
    why: 'it would change how the whole page behaves',
    fix: 'Remove it; the site writes the page metadata itself.',
  },
  form: {
    why: 'it would send what readers type to another address',
    fix: 'Remove it, or link to the form on its own website.',
  },
  input: { why: 'forms are not part of posts', fix: 'Remove it.' },
  button: { why: 'buttons need code to do anything', fix: 'Remove it; use a link instead.' },
  textarea: { why: 'forms are not part of posts', fix: 'Remove it.' },
  select: { why: 'forms are not part of posts', fix: 'Remove it.' },
  img: {
    why: 'pictures are written in Markdown, so the site can check and resize them',
    fix: 'Use ![what the picture shows](./file-name.jpg).',
  },
  a: { why: 'links are written in Markdown', fix: 'Write [the words to click](https://…).' },
};
