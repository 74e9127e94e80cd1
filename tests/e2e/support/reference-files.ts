/**
 * Small readers for the citation files, strict enough to fail on a malformed file: a BibTeX entry
 * must close every brace and separate its fields with commas; an RIS record must start with TY,
 * end with ER and use the `TG  - value` line form throughout.
 */
export interface BibtexEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** Reads one BibTeX entry; values lose their delimiting braces and escapes (`\&` → `&`), not inner braces. */
export function parseBibtex(text: string): BibtexEntry {
  const head = /^\s*@([a-z]+)\{([^,\s]+),/i.exec(text);
  if (!head) throw new Error(`Not a BibTeX entry: ${text.slice(0, 80)}`);
  const fields: Record<string, string> = {};
  let at = head[0].length;
  for (;;) {
    const name = /^\s*([a-z]+)\s*=\s*/i.exec(text.slice(at));
    if (!name) break;
    at += name[0].length;
    let value: string;
    if (text[at] === '{') {
      let depth = 0;
      let end = at;
      do {
        if (text[end] === '{' && text[end - 1] !== '\\') depth++;
        if (text[end] === '}' && text[end - 1] !== '\\') depth--;
        end++;
        if (end > text.length) throw new Error(`Unclosed brace in the field ${name[1]}`);
      } while (depth > 0);
      value = text.slice(at + 1, end - 1);
      at = end;
    } else {
      const bare = /^[a-z0-9]+/i.exec(text.slice(at));
      if (!bare) throw new Error(`The field ${name[1]} has no value`);
      value = bare[0];
      at += bare[0].length;
    }
    fields[name[1]!.toLowerCase()] = value.replace(/\\([&%$#_{}])/g, '$1');
    const separator = /^\s*(,|\})/.exec(text.slice(at));
    if (!separator) throw new Error(`Expected "," or "}" after the field ${name[1]}`);
    at += separator[0].length;
    if (separator[1] === '}') return { type: head[1]!.toLowerCase(), key: head[2]!, fields };
  }
  if (!/^\s*\}\s*$/.test(text.slice(at))) throw new Error('The entry does not end with "}"');
  return { type: head[1]!.toLowerCase(), key: head[2]!, fields };
}

/** Reads one RIS record into its tags; repeated tags (AU) keep every value in order. */
export function parseRis(text: string): Map<string, string[]> {
  const lines = text.replace(/\r\n$/, '').split('\r\n');
  const tags = new Map<string, string[]>();
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) throw new Error(`Not an RIS line: "${line}"`);
    tags.set(match[1]!, [...(tags.get(match[1]!) ?? []), match[2]!]);
  }
  if (!lines[0]?.startsWith('TY  - ')) throw new Error('An RIS record starts with TY');
  if (lines.at(-1) !== 'ER  -') throw new Error('An RIS record ends with ER');
  return tags;
}
