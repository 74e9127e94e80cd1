/**
 * Reads a Zod schema into a plain description of its fields (what kind of value, required or not,
 * limits, choices), so the CMS form can be generated from the very schema the build validates with.
 *
 * Hand-written because no library turns Zod into a Decap CMS form; it walks Zod 4's own schema
 * definitions (`schema._zod.def` and its checks), not a second copy of the fields.
 *
 * Two kinds of value cannot be told from their Zod shape alone and are marked with Zod metadata by
 * whoever builds the schema for the CMS (see scripts/lib/cms/load-post-schema.ts):
 * `{ cms: { reference: 'themes' } }` for an id from another collection, `{ cms: { image: true } }`
 * for a picture file.
 */
import { z } from 'astro/zod';

/** What a CMS needs to know about one value. */
export type ValueShape =
  | { kind: 'string'; minLength?: number; maxLength?: number; format?: 'url' | 'email'; pattern?: string }
  | { kind: 'enum'; options: string[] }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean; minimum?: number; maximum?: number }
  /** A full day: `YYYY-MM-DD`. */
  | { kind: 'date' }
  /** A date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  | { kind: 'partial-date' }
  /** The id of an entry of another collection (`themes`, `people`). */
  | { kind: 'reference'; collection: string }
  | { kind: 'image' }
  | { kind: 'array'; of: ValueShape; minItems?: number; maxItems?: number }
  /** `partsOptional`: an optional group whose parts the schema requires only once it is used. */
  | { kind: 'object'; fields: FieldShape[]; partsOptional?: boolean };

/** One named field of an object. */
export interface FieldShape {
  name: string;
  /** False when the field may be left out (optional, or has a default). */
  required: boolean;
  /** The value the schema fills in when the field is left out. */
  default?: unknown;
  value: ValueShape;
}

/** Metadata a schema builder puts on values whose kind Zod cannot show. */
interface CmsMeta {
  reference?: string;
  image?: boolean;
  /** A full day (YYYY-MM-DD) that the schema reads as text or a YAML date: a date picker. */
  day?: boolean;
  /** Left out of the form: a field the editors fill in during review (say why where it is set). */
  omit?: boolean;
  /**
   * On an optional group whose parts are required once it is used: the form makes every part
   * optional (Decap refuses to save an empty optional group with required parts, decaporg/decap-cms#7748),
   * and the schema, run by check:content and the build, names each part a half-filled group lacks.
   */
  partsOptional?: boolean;
}

/** The parts of Zod 4's internal definitions this module reads. */
interface Definition {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  defaultValue?: unknown;
  /** Set when the schema is itself a format check (`z.url()`). */
  check?: string;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: Check } }[];
}

/** One of Zod 4's checks (`.min()`, `.max()`, `.int()`, `.regex()`…). */
interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

/** The limits a schema's checks set: lengths or sizes, a format, a pattern. */
interface Limits {
  minimum?: number | undefined;
  maximum?: number | undefined;
  format?: string;
  pattern?: RegExp | undefined;
}

function definitionOf(schema: z.core.$ZodType): Definition {
  return schema._zod.def;
}

function limitsOf(schema: z.core.$ZodType): Limits {
  const definition = definitionOf(schema);
  // A field whose lengths are checked by a custom rule (for messages in a writer's words) states
  // them as metadata instead: `.meta({ minLength: 40, maxLength: 240 })`.
  const declared = z.globalRegistry.get(schema) as { minLength?: number; maxLength?: number } | undefined;
  const limits: Limits = { minimum: declared?.minLength, maximum: declared?.maxLength };
  const checks: Check[] = (definition.checks ?? []).map((check) => check._zod.def);
  if (definition.check) checks.unshift(definition as unknown as Check);
  for (const check of checks) {
    if (check.check === 'min_length' || check.check === 'min_size') limits.minimum = check.minimum;
    else if (check.check === 'max_length' || check.check === 'max_size') limits.maximum = check.maximum;
    else if (check.check === 'length_equals') limits.minimum = limits.maximum = check.length;
    else if (check.check === 'greater_than') limits.minimum = (check.value ?? 0) + (check.inclusive ? 0 : 1);
    else if (check.check === 'less_than') limits.maximum = (check.value ?? 0) - (check.inclusive ? 0 : 1);
    else if (check.check === 'string_format' || check.check === 'number_format') {
      if (check.format === 'regex') limits.pattern = check.pattern;
      else if (check.format) limits.format = check.format;
    }
  }
  return limits;
}

function cmsMetaOf(schema: z.core.$ZodType): CmsMeta | undefined {
  const meta = z.globalRegistry.get(schema) as { cms?: CmsMeta } | undefined;
  return meta?.cms;
}

/** Thrown for a schema the CMS form cannot show: the build names the field, so no field is silently lost. */
export class UnsupportedSchemaError extends Error {}

/** Wrappers that do not change what a writer types: optional, default, nullable, readonly, pipes. */
function unwrap(schema: z.core.$ZodType): { schema: z.core.$ZodType; required: boolean; default?: unknown } {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    if (cmsMetaOf(current)) return { schema: current, required, default: defaultValue };
    const definition = definitionOf(current);
    if (definition.type === 'optional' || definition.type === 'nullable') {
      required = false;
      current = definition.innerType!;
    } else if (definition.type === 'default' || definition.type === 'prefault') {
      required = false;
      defaultValue = definition.defaultValue;
      current = definition.innerType!;
    } else if (definition.type === 'readonly' || definition.type === 'catch' || definition.type === 'nonoptional') {
      current = definition.innerType!;
    } else if (definition.type === 'pipe') {
      // What the writer types is the pipe's input; a transform on the output changes nothing they see.
      const input = definition.in!;
      current = definitionOf(input).type === 'transform' ? definition.out! : input;
    } else {
      return { schema: current, required, default: defaultValue };
    }
  }
}

function stringShape(schema: z.core.$ZodType): ValueShape {
  const limits = limitsOf(schema);
  const format = limits.format === 'url' || limits.format === 'email' ? limits.format : undefined;
  return {
    kind: 'string',
    ...(limits.minimum !== undefined && limits.minimum > 0 ? { minLength: limits.minimum } : {}),
    ...(limits.maximum !== undefined ? { maxLength: limits.maximum } : {}),
    ...(format ? { format } : {}),
    ...(limits.pattern ? { pattern: limits.pattern.source } : {}),
  };
}

function unionShape(options: readonly z.core.$ZodType[], path: string): ValueShape {
  const types = options.map((option) => definitionOf(unwrap(option).schema).type);
  // A date written at the precision known: the schema takes text, a YAML date or a bare year.
  if (types.includes('date') && types.includes('string')) return { kind: 'partial-date' };
  if (types.every((type) => type === 'literal')) {
    return { kind: 'enum', options: options.flatMap((option) => (definitionOf(option).values ?? []).map(String)) };
  }
  const text = options.find((option) => definitionOf(unwrap(option).schema).type === 'string');
  if (text) return stringShape(unwrap(text).schema);
  throw new UnsupportedSchemaError(`${path}: a choice between ${types.join(', ')} has no field in the CMS form.`);
}

/** The shape of one value; `path` only names it in errors. */
function valueShape(schema: z.core.$ZodType, path = 'value'): ValueShape {
  const inner = unwrap(schema).schema;
  const meta = cmsMetaOf(inner);
  if (meta?.reference) return { kind: 'reference', collection: meta.reference };
  if (meta?.image) return { kind: 'image' };
  if (meta?.day) return { kind: 'date' };
  const definition = definitionOf(inner);
  const limits = limitsOf(inner);
  switch (definition.type) {
    case 'string':
      return stringShape(inner);
    case 'enum':
      return { kind: 'enum', options: Object.values(definition.entries ?? {}).map(String) };
    case 'literal':
      return { kind: 'enum', options: (definition.values ?? []).map(String) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
      return {
        kind: 'number',
        integer: limits.format === 'safeint' || limits.format === 'int32' || limits.format === 'uint32',
        ...(limits.minimum !== undefined ? { minimum: limits.minimum } : {}),
        ...(limits.maximum !== undefined ? { maximum: limits.maximum } : {}),
      };
    case 'date':
      return { kind: 'date' };
    case 'union':
      return unionShape(definition.options ?? [], path);
    case 'array':
      return {
        kind: 'array',
        of: valueShape(definition.element!, `${path}[]`),
        ...(limits.minimum !== undefined && limits.minimum > 0 ? { minItems: limits.minimum } : {}),
        ...(limits.maximum !== undefined ? { maxItems: limits.maximum } : {}),
      };
    case 'object':
      return {
        kind: 'object',
        fields: fieldShapes(inner, path),
        ...(meta?.partsOptional ? { partsOptional: true } : {}),
      };
    default:
      throw new UnsupportedSchemaError(`${path}: a value of type "${definition.type}" has no field in the CMS form.`);
  }
}

/** The fields of an object schema, in the schema's order. */
export function fieldShapes(schema: z.core.$ZodType, path = ''): FieldShape[] {
  const object = unwrap(schema).schema;
  const shape = definitionOf(object).shape;
  if (!shape) throw new UnsupportedSchemaError(`${path || 'the schema'} is not an object of fields.`);
  return Object.entries(shape).flatMap(([name, field]): FieldShape[] => {
    if (cmsMetaOf(field)?.omit) return [];
    const { required, default: defaultValue } = unwrap(field);
    const fieldPath = path ? `${path}.${name}` : name;
    return [
      {
        name,
        required,
        ...(defaultValue !== undefined ? { default: defaultValue } : {}),
        value: valueShape(field, fieldPath),
      },
    ];
  });
}
