import { formatPartialDate, MONTH_NAMES, type PartialDate } from './partial-date';

/** Everything a citation needs, built from frontmatter (never typed twice). */
export interface CitationData {
  /** Stable key for BibTeX and file names: `cpp-year-one-report`. */
  key: string;
  kind: 'report' | 'post' | 'section';
  title: string;
  /** Personal authors as "Given Family"; empty when the sources do not name them. */
  authors: readonly string[];
  /** Who published it; also the corporate author when no person is named. */
  publisher: string;
  date: PartialDate;
  /** The permanent address of the page (or the section's anchor). */
  url: string;
  /** For a section: the publication it belongs to. */
  containerTitle?: string;
}

const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

function splitName(name: string): { given: string; family: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return { given: parts.join(' '), family };
}

function initials(given: string): string {
  return given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');
}

function joinList(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;
}

/** Authors as APA writes them: "Russell, P., & Connah, B."; the publisher when none is named. */
function apaAuthors(data: CitationData): string {
  if (data.authors.length === 0) return data.publisher;
  const names = data.authors.map((name) => {
    const { given, family } = splitName(name);
    return given ? `${family}, ${initials(given)}` : family;
  });
  return joinList(names, names.length > 2 ? ', & ' : ' & ');
}

/** Authors as Harvard writes them: "Russell, P. and Connah, B.". */
function harvardAuthors(data: CitationData): string {
  if (data.authors.length === 0) return data.publisher;
  const names = data.authors.map((name) => {
    const { given, family } = splitName(name);
    return given ? `${family}, ${initials(given).replace(/ /g, '')}` : family;
  });
  return joinList(names, ' and ');
}

function apaDate(date: PartialDate): string {
  const year = date.start.getUTCFullYear();
  if (date.precision === 'year') return String(year);
  const month = MONTH_NAMES[date.start.getUTCMonth()];
  return date.precision === 'day' ? `${year}, ${month} ${date.start.getUTCDate()}` : `${year}, ${month}`;
}

function withFullStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * APA 7th-style reference.
 * @example citeApa(data) // "Institute for Government. (2013, November). Title. Publisher. https://…"
 */
export function citeApa(data: CitationData): string {
  const title = data.containerTitle ? `${withFullStop(data.title)} In ${data.containerTitle}` : data.title;
  const publisher = data.authors.length === 0 ? '' : ` ${withFullStop(data.publisher)}`;
  return `${withFullStop(apaAuthors(data))} (${apaDate(data.date)}). ${withFullStop(title)}${publisher} ${data.url}`;
}

/**
 * Harvard-style reference with an "Available at" address.
 * @example citeHarvard(data) // "Institute for Government (2013) Title. London: … Available at: https://…"
 */
export function citeHarvard(data: CitationData, accessed: Date): string {
  const year = data.date.iso.slice(0, 4);
  const inPart = data.containerTitle ? ` In: ${data.containerTitle}.` : '';
  const publisher = data.authors.length === 0 ? '' : ` ${withFullStop(data.publisher)}`;
  const seen = formatPartialDate({ iso: accessed.toISOString().slice(0, 10), precision: 'day', start: accessed });
  return `${harvardAuthors(data)} (${year}) ${withFullStop(data.title)}${inPart}${publisher} Available at: ${data.url} (Accessed: ${seen}).`;
}

function bibtexEscape(text: string): string {
  return text.replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}');
}

/** A BibTeX entry: `@techreport` for reports, `@online` for posts, `@inbook`-like `@incollection` for sections. */
export function citeBibtex(data: CitationData): string {
  const type = data.kind === 'report' ? 'techreport' : data.kind === 'section' ? 'incollection' : 'online';
  // A corporate author sits in an extra pair of braces so BibTeX does not split it into names.
  const author = data.authors.length ? bibtexEscape(data.authors.join(' and ')) : `{${bibtexEscape(data.publisher)}}`;
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(data.title)}}`],
    ['author', `{${author}}`],
    ['year', `{${data.date.iso.slice(0, 4)}}`],
  ];
  if (data.date.precision !== 'year') {
    const month = MONTH_ABBR[data.date.start.getUTCMonth()] ?? 'jan';
    fields.push(['month', month]);
  }
  if (data.containerTitle) fields.push(['booktitle', `{${bibtexEscape(data.containerTitle)}}`]);
  fields.push([data.kind === 'report' ? 'institution' : 'publisher', `{${bibtexEscape(data.publisher)}}`]);
  fields.push(['url', `{${data.url}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${type}{${data.key},\n${body}\n}\n`;
}

/** An RIS record (EndNote, Zotero, Mendeley). */
export function citeRis(data: CitationData): string {
  const type = data.kind === 'report' ? 'RPRT' : data.kind === 'section' ? 'CHAP' : 'ELEC';
  const [year, month = '', day = ''] = data.date.iso.split('-');
  const lines: [string, string][] = [['TY', type]];
  if (data.authors.length) for (const author of data.authors) lines.push(['AU', risName(author)]);
  else lines.push(['A2', data.publisher]);
  lines.push(['TI', data.title]);
  if (data.containerTitle) lines.push(['T2', data.containerTitle]);
  lines.push(['PY', year ?? '']);
  lines.push(['DA', [year, month, day].join('/') + (day ? '' : '/')]);
  lines.push(['PB', data.publisher]);
  lines.push(['UR', data.url]);
  lines.push(['ID', data.key]);
  lines.push(['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n')}\r\n`;
}

function risName(name: string): string {
  const { given, family } = splitName(name);
  return given ? `${family}, ${given}` : family;
}
