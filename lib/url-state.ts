import type { z } from "zod";

/**
 * The one way a page keeps its view in the URL (docs/decisions/0011-url-state.md): it declares its
 * fields once (key, allowed values, fallback), reads a request with `readParams` and builds every
 * link with `hrefOf`. Pure and free of dependencies at run time, so the client tables can build their
 * sort and page links from the same declaration.
 */

/** What Next.js hands a page as `searchParams`; a route handler has URLSearchParams instead. */
export type SearchParams = Record<string, string | string[] | undefined>;
export type SortDirection = "asc" | "desc";
export type Sort<K extends string> = { key: K; dir: SortDirection };

/**
 * One query parameter. `read` answers undefined for anything it does not accept and the view
 * shows the fallback: URLs get mangled and truncated, and a bad one must never be an error page.
 * Methods rather than arrow properties, so a Field<number> still fits where a Field<unknown> is asked.
 */
export type Field<T> = {
  readonly fallback: T;
  read(raw: string): T | undefined;
  write(value: T): string;
};
export type Fields = Record<string, Field<unknown>>;
export type ValuesOf<F extends Fields> = { [K in keyof F]: F[K]["fallback"] };

/** One of a fixed set of words. A null fallback lets the page choose, e.g. by the caller's role. */
export function oneOf<const V extends string, const D extends V | null>(values: readonly V[], fallback: D): Field<V | D> {
  return {
    fallback,
    read: (raw) => ((values as readonly string[]).includes(raw) ? (raw as V) : undefined),
    write: (value) => value ?? "",
  };
}

/**
 * A whole number in [min, max], read the way Number() reads it; a fraction, "2abc" or a number out of
 * range is the fallback rather than the nearest bound, as a guessed URL is rarely a near miss.
 */
export function integer(min: number, max: number, fallback: number): Field<number> {
  return {
    fallback,
    read: (raw) => {
      const value = Number(raw);
      return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
    },
    write: String,
  };
}

/** Page 1 first. A page past the last one is clamped by the DAL, the only place that knows the count. */
export const PAGE = integer(1, 100_000, 1);

/**
 * Text the schema accepts after trimming (a stray space from a pasted link is not part of it).
 * A null fallback makes an optional filter: a GET form sends its blank fields as "", which no id or
 * date schema accepts, so a blank field reads as "no filter".
 */
export function text<const D extends string | null>(schema: z.ZodType<string, string>, fallback: D): Field<string | D> {
  return {
    fallback,
    read: (raw) => {
      const parsed = schema.safeParse(raw.trim());
      return parsed.success ? parsed.data : undefined;
    },
    write: (value) => value ?? "",
  };
}

/** A table's order as "key.dir" ("pain.desc"); the keys are those of the first-click directions. */
export function sortBy<K extends string>(firstDirection: Readonly<Record<K, SortDirection>>, fallback: Sort<NoInfer<K>>): Field<Sort<K>> {
  const keys: readonly string[] = Object.keys(firstDirection);
  return {
    fallback,
    read: (raw) => {
      const [key = "", dir, ...rest] = raw.split(".");
      return keys.includes(key) && (dir === "asc" || dir === "desc") && rest.length === 0 ? { key: key as K, dir } : undefined;
    },
    write: (value) => `${value.key}.${value.dir}`,
  };
}

/** Every field's fallback: the view of the bare path. */
export function fallbacksOf<F extends Fields>(fields: F): ValuesOf<F> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.fallback])) as ValuesOf<F>;
}

/**
 * The view a request asks for, field by field. Of a repeated key the first value counts, whether
 * the parameters come from a page (arrays) or a route handler (URLSearchParams), so the CSV export
 * always reads the same view as the page that links to it.
 */
export function readParams<F extends Fields>(fields: F, params: SearchParams | URLSearchParams): ValuesOf<F> {
  const rawOf = (key: string): string | undefined =>
    params instanceof URLSearchParams ? (params.get(key) ?? undefined) : [params[key]].flat()[0];
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => {
      const raw = rawOf(key);
      return [key, (raw === undefined ? undefined : field.read(raw)) ?? field.fallback];
    }),
  ) as ValuesOf<F>;
}

/**
 * The parameters that differ from their fallback, in declaration order: one view has one URL and
 * it stays short. Also what a GET form carries in hidden inputs to keep the rest of the view.
 */
export function queryEntries<F extends Fields>(fields: F, values: ValuesOf<F>): [string, string][] {
  return Object.entries(fields).flatMap(([key, field]): [string, string][] => {
    const value = field.write((values as Record<string, unknown>)[key]);
    return value === field.write(field.fallback) ? [] : [[key, value]];
  });
}

/**
 * The link to a view. `keep` carries the path's other parameters (a section's state on a page that
 * has more than one) in their order, ahead of the fields; a kept key that is also a field is dropped.
 */
export function hrefOf<F extends Fields>(path: string, fields: F, values: ValuesOf<F>, keep: readonly (readonly [string, string])[] = []): string {
  const search = new URLSearchParams([...keep.filter(([key]) => !Object.hasOwn(fields, key)), ...queryEntries(fields, values)] as [string, string][]);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** A request's parameters as plain pairs (repeats kept, in order), less the keys named in `except`. */
export function searchEntries(params: SearchParams, except: readonly string[] = []): [string, string][] {
  return Object.entries(params).flatMap(([key, value]) =>
    except.includes(key) || value === undefined ? [] : [value].flat().map((item): [string, string] => [key, item]),
  );
}
