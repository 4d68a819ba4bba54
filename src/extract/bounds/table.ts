// Lookup tables keyed by text from input files (command names, variable names, paper ids): objects without a
// prototype, so `key in table` and `table[key]` see only the table's own entries — never `valueOf`, `constructor`
// or `__proto__` of Object.prototype. Lives with the bound parser (a leaf every later stage and the app may import).

/** A copy of `entries` as an object with no prototype. */
export function table<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** `obj[key]` when `key` is the object's own property, else undefined (for plain objects parsed from JSON). */
export function own<T>(obj: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return obj && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
