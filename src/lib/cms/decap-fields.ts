/**
 * Turns the field shapes read from the post schema (schema-shape.ts) into Decap CMS form fields:
 * ids from other collections become pickers, a text with a maximum length gets a live count, a
 * list of objects becomes a repeatable group, and each limit of the schema becomes a check the
 * form makes before saving.
 */
import type { FieldShape, ValueShape } from './schema-shape';

/** A choice in a picker: what the writer reads, and the id written to the file. */
export interface Choice {
  label: string;
  value: string;
}

/** The ids each collection holds, for pickers: `{ themes: [...], people: [...] }`. */
export type ChoicesByCollection = Readonly<Record<string, readonly Choice[]>>;

/** A Decap CMS field (https://decapcms.org/docs/widgets/), as written to config.yml. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  [setting: string]: unknown;
}

/** A field's widget and its settings, without its name and label. */
interface WidgetSettings {
  widget: string;
  [setting: string]: unknown;
}

/** The widget name of src/admin/counted-text.js, a text box that shows its length as the writer types. */
const COUNTED_TEXT_WIDGET = 'counted-text';

/** Texts allowed at most this long fit in one line; longer ones get a text area. */
const ONE_LINE = 120;

/** Words a writer knows better than a field's name. */
const WORDS: Readonly<Record<string, string>> = {
  url: 'web address',
  image: 'picture',
  src: 'picture',
  alt: 'alt text',
};

/** A label from a field name: `originalUrl` → "Original web address". */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .replace(/\b[a-z]+\b/g, (word) => WORDS[word] ?? word);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function lengthRule(min: number | undefined, max: number | undefined): { pattern: [string, string]; hint: string } {
  const range = `${min ?? 0},${max ?? ''}`;
  const words =
    min !== undefined && max !== undefined
      ? `Between ${min} and ${max} characters.`
      : min !== undefined
        ? `At least ${min} characters.`
        : `At most ${max} characters.`;
  return { pattern: [`^[\\s\\S]{${range}}$`, words], hint: words };
}

function choicesFor(collection: string, choices: ChoicesByCollection, path: string): Choice[] {
  const known = choices[collection];
  if (!known || known.length === 0) {
    throw new Error(`${path}: no ids were given for the "${collection}" collection, so its picker would be empty.`);
  }
  return [...known];
}

/** The widget settings of one value (without name, label and required). */
function widgetFor(value: ValueShape, choices: ChoicesByCollection, path: string): WidgetSettings {
  switch (value.kind) {
    case 'string': {
      if (value.format === 'url') {
        return {
          widget: 'string',
          pattern: ['^https?://[^\\s]+$', 'Give the full web address, starting with https:// or http://.'],
        };
      }
      if (value.format === 'email')
        return { widget: 'string', pattern: ['^[^\\s@]+@[^\\s@]+$', 'Give an email address.'] };
      if (value.pattern) return { widget: 'string', pattern: [value.pattern, `Use the form ${value.pattern}.`] };
      if (value.maxLength !== undefined) {
        return {
          widget: COUNTED_TEXT_WIDGET,
          ...(value.minLength !== undefined ? { min_length: value.minLength } : {}),
          max_length: value.maxLength,
          multiline: value.maxLength > ONE_LINE,
          ...lengthRule(value.minLength, value.maxLength),
        };
      }
      if (value.minLength !== undefined) return { widget: 'string', ...lengthRule(value.minLength, undefined) };
      return { widget: 'string' };
    }
    case 'enum':
      return { widget: 'select', options: value.options };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return {
        widget: 'number',
        value_type: value.integer ? 'int' : 'float',
        ...(value.minimum !== undefined ? { min: value.minimum } : {}),
        ...(value.maximum !== undefined ? { max: value.maximum } : {}),
      };
    case 'date':
      // A new post is dated today unless the writer changes it.
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        default: '{{now}}',
      };
    case 'partial-date':
      return {
        widget: 'string',
        pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'Write YYYY-MM-DD, or YYYY-MM when the day is unknown, or YYYY.'],
        hint: 'YYYY-MM-DD, or YYYY-MM when the day is unknown, or YYYY. Leave it empty when unknown.',
      };
    case 'reference':
      return {
        widget: 'select',
        options: choicesFor(value.collection, choices, path),
        hint: `Pick from content/${value.collection}.yaml.`,
      };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'object': {
      const fields = decapFields(value.fields, choices, path);
      if (!value.partsOptional) return { widget: 'object', collapsed: false, fields };
      const group = fieldLabel(path.split('.').pop() ?? path);
      return {
        widget: 'object',
        collapsed: false,
        fields: fields.map((field) => optionalPart(field, group)),
        hint: 'Leave it empty if there is none. Once you fill in any part, check:content names each part still needed.',
      };
    }
    case 'array':
      return arrayWidget(value, choices, path);
  }
}

function arrayWidget(
  value: Extract<ValueShape, { kind: 'array' }>,
  choices: ChoicesByCollection,
  path: string,
): WidgetSettings {
  const limits = {
    ...(value.minItems !== undefined ? { min: value.minItems } : {}),
    ...(value.maxItems !== undefined ? { max: value.maxItems } : {}),
  };
  const item = value.of;
  if (item.kind === 'reference' || item.kind === 'enum') {
    return { ...widgetFor(item, choices, path), multiple: true, ...limits };
  }
  if (item.kind === 'object') {
    const [first] = item.fields;
    return {
      widget: 'list',
      collapsed: false,
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      fields: decapFields(item.fields, choices, `${path}[]`),
      ...limits,
    };
  }
  return {
    widget: 'list',
    field: { name: 'item', label: 'Item', ...widgetFor(item, choices, `${path}[]`) },
    ...limits,
  };
}

/**
 * A part of an optional group, as the form shows it: never required, and with no default, since
 * Decap writes a default into every new post and an untouched group must stay out of the file.
 * Its label names the group, so it is never confused with a field of the same name elsewhere.
 */
function optionalPart(field: DecapField, group: string): DecapField {
  // "Original title", not a second "Title": the writer (and a screen reader) can tell the two apart.
  // A part that names the group itself (the picture of "Picture") keeps its name.
  const label =
    field.label === group ? group : `${group} ${field.label.charAt(0).toLowerCase()}${field.label.slice(1)}`;
  const rest: DecapField = { ...field, label, required: false };
  delete rest.default;
  if (Array.isArray(rest['fields'])) {
    rest['fields'] = (rest['fields'] as DecapField[]).map((part) => optionalPart(part, label));
  }
  return rest;
}

/** The Decap fields of an object's field shapes, in the schema's order. */
export function decapFields(fields: readonly FieldShape[], choices: ChoicesByCollection, path = ''): DecapField[] {
  return fields.map((field) => {
    const fieldPath = path ? `${path}.${field.name}` : field.name;
    return {
      name: field.name,
      label: fieldLabel(field.name),
      ...widgetFor(field.value, choices, fieldPath),
      ...(field.required ? {} : { required: false }),
      ...(field.default !== undefined ? { default: field.default } : {}),
    };
  });
}
