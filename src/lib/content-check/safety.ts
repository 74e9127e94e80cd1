/**
 * What a post must not carry, so that a pull request cannot run code on the site's readers (or on
 * the machine that builds the site): script, style and embedding tags, inline event handlers,
 * `javascript:` addresses, MDX expressions in curly braces, and imports of anything but the
 * site's own MDX components. MDX turns all of these into live code, so each one is refused.
 */
import { relative, resolve, dirname, isAbsolute } from 'node:path';
import type { MdastNode } from 'satteri';
import { lineOfNode, walk, type ContentFile } from './content-file';
import type { Problem } from './problem';
import type { FileRule } from './rule';
import type { SiteIndex } from './site-index';

const CODE_BLOCK_FIX = 'Remove it. To show code as text, put it between two lines of three backticks (```).';

/** Tags refused everywhere, and why, in words a rapporteur can weigh. */
const REFUSED_ELEMENTS: Readonly<Record<string, { why: string; fix: string }>> = {
  script: { why: "it would run code in readers' browsers", fix: CODE_BLOCK_FIX },
  style: { why: 'it would restyle the whole page', fix: "Remove it: the site's own styles apply to every post." },
  iframe: {
    why: 'it would embed another website, which can run code and track readers',
    fix: 'Link to the page instead: [Watch the recording](https://…).',
  },
  frame: { why: 'it would embed another website', fix: 'Link to the page instead.' },
  frameset: { why: 'it would embed other websites', fix: 'Link to the pages instead.' },
  object: { why: 'it would embed a plug-in that can run code', fix: 'Link to the file instead.' },
  embed: { why: 'it would embed a plug-in that can run code', fix: 'Link to the file instead.' },
  applet: { why: 'it would run a Java applet', fix: 'Link to the file instead.' },
  portal: { why: 'it would embed another website', fix: 'Link to the page instead.' },
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
};

/** Attributes that carry code or raw HTML into the page (compared in lower case). */
const REFUSED_ATTRIBUTES = new Set(['set:html', 'dangerouslysetinnerhtml', 'srcdoc', 'formaction', 'is:inline']);

/** Addresses that run code or smuggle a document in, once control characters and spaces are gone. */
const DANGEROUS_ADDRESS = /^(javascript|vbscript|data):/i;

export function isDangerousAddress(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a scheme, so must we
  return DANGEROUS_ADDRESS.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/** Whether an MDX expression holds nothing but comments (`{/* note for editors *\/}`). */
export function isCommentOnly(expression: string): boolean {
  return (
    expression
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

const IMPORT_STATEMENT =
  /^\s*import\s+(?:(?<names>[\w$]+(?:\s*,\s*\{[^}]*\})?|\{[^}]*\}|\*\s+as\s+[\w$]+)\s+from\s+)?(?<quote>['"])(?<specifier>[^'"\n]+)\k<quote>\s*;?/;

/** The local names a default, named or namespace import binds: `A, { B as C }` → A, C. */
function importedNames(clause: string | undefined): string[] {
  if (!clause) return [];
  return clause
    .replace(/[{}]/g, ',')
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)!
        .replace(/^\*\s+as\s+/, '')
        .trim(),
    )
    .filter(Boolean);
}

interface EsmCheck {
  problems: Problem[];
  componentNames: Set<string>;
}

/** Reads the import lines at the top of a post: only components from the site's MDX folder. */
function checkEsm(file: ContentFile, node: MdastNode & { value: string }, site: SiteIndex, result: EsmCheck): void {
  let rest = node.value;
  let line = lineOfNode(node);
  const problem = (message: string, fix: string) =>
    result.problems.push({ file: file.file, line, field: 'body', message, fix });
  while (rest.trim() !== '') {
    line += (/^\s*/.exec(rest)?.[0].match(/\n/g) ?? []).length;
    const match = IMPORT_STATEMENT.exec(rest);
    if (!match?.groups) {
      const word = /^\s*(\w+)/.exec(rest)?.[1] ?? 'code';
      problem(
        `An "${word}" line is code, which a post must not carry.`,
        `Remove it. A post may only import components from ${site.componentsDirLabel} (see CONTRIBUTING.md).`,
      );
      return;
    }
    const specifier = match.groups['specifier']!;
    const target =
      specifier.startsWith('.') || isAbsolute(specifier) ? resolve(dirname(file.absolutePath), specifier) : undefined;
    const inside = target !== undefined && !relative(site.componentsDir, target).startsWith('..');
    if (inside) {
      for (const name of importedNames(match.groups['names'])) result.componentNames.add(name);
      if (!site.fileExists(target))
        problem(
          `The component "${specifier}" does not exist.`,
          `Check the spelling against the files in ${site.componentsDirLabel} (names are case-sensitive).`,
        );
    } else
      problem(
        `The import of "${specifier}" is not allowed: a post may only import the site's own components from ${site.componentsDirLabel}.`,
        'Remove the import line (and the tags that use it).',
      );
    line += (match[0].match(/\n/g) ?? []).length;
    rest = rest.slice(match[0].length);
  }
}

function checkElement(
  file: ContentFile,
  node: MdastNode & { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] },
  components: ReadonlySet<string>,
  site: SiteIndex,
): Problem[] {
  const at = (message: string, fix: string): Problem => ({
    file: file.file,
    line: lineOfNode(node),
    field: 'body',
    message,
    fix,
  });
  const problems: Problem[] = [];
  const name = node.name ?? '';
  const refused = REFUSED_ELEMENTS[name.toLowerCase()];
  if (refused) problems.push(at(`<${name}> is not allowed in a post: ${refused.why}.`, refused.fix));
  else if (/^[A-Z]/.test(name) && !components.has(name.split('.')[0]!))
    problems.push(
      at(
        `<${name}> is not a component this post imports.`,
        `Import it from ${site.componentsDirLabel}, or remove the tag (check the spelling and capital letters).`,
      ),
    );
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        at(`<${name}> has code in curly braces, which a post must not carry.`, 'Remove the part in curly braces.'),
      );
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName))
      problems.push(
        at(
          `The ${attributeName} attribute on <${name}> would run code in readers' browsers.`,
          `Remove ${attributeName}="…".`,
        ),
      );
    else if (REFUSED_ATTRIBUTES.has(attributeName.toLowerCase()))
      problems.push(
        at(`The ${attributeName} attribute on <${name}> would put raw code into the page.`, `Remove ${attributeName}.`),
      );
    if (attribute.value && typeof attribute.value === 'object')
      problems.push(
        at(
          `The ${attributeName} attribute on <${name}> holds code in curly braces.`,
          `Write the value in quotes: ${attributeName}="…".`,
        ),
      );
    else if (typeof attribute.value === 'string' && isDangerousAddress(attribute.value))
      problems.push(
        at(
          `The ${attributeName} attribute on <${name}> holds a script address.`,
          'Use an ordinary web address (https://…).',
        ),
      );
  }
  return problems;
}

export const checkSafety: FileRule = (file, site) => {
  if (!file.tree) return [];
  const esm: EsmCheck = { problems: [], componentNames: new Set() };
  walk(file.tree, (node) => {
    if (node.type === 'mdxjsEsm') checkEsm(file, node, site, esm);
  });
  const problems = [...esm.problems];
  walk(file.tree, (node) => {
    const at = (message: string, fix: string) =>
      problems.push({ file: file.file, line: lineOfNode(node), field: 'body', message, fix });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...checkElement(file, node, esm.componentNames, site));
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentOnly(node.value)) {
      at(
        'Curly braces hold code in MDX, which a post must not carry.',
        'To show a brace as text, write \\{ and \\}. To leave a note for editors, write {/* note */}.',
      );
    } else if ((node.type === 'link' || node.type === 'definition') && isDangerousAddress(node.url)) {
      at(
        `The address "${node.url.slice(0, 40)}" would run code or load hidden content.`,
        'Use an ordinary web address (https://…).',
      );
    }
  });
  return problems;
};
