// Recovery for JSON documents JSON.parse rejects: the records of a top-level array (or of an API envelope's
// `data` / `results` / … array) are cut out one by one, so a file cut off at the end, or with one broken record,
// still yields every complete record. One linear pass that only tracks strings and nesting.

/** Envelope keys whose array holds the records (as documentRecords in json.ts). */
export const RECORD_KEYS = ['data', 'results', 'papers', 'records', 'items', 'entries'];

export interface RecoveredElement {
  /** the parsed record, when its text is valid JSON */
  value?: unknown;
  /** why its text is not valid JSON */
  error?: string;
  /** 1-based line where the record starts */
  line: number;
}

export interface RecoveryResult {
  /** false when no records array was found (the text is not an array or an envelope holding one) */
  found: boolean;
  elements: RecoveredElement[];
  /** set when the text ends inside a record (or before the records array is closed) */
  cut: { line: number; inString: boolean; partial: boolean } | null;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Scan `text` for its records array and return each element it holds. Elements are delimited by nesting depth
 * alone (quotes and backslash escapes respected), so a broken element is reported and the scan goes on at the
 * next element on the same level. The text after the records array (the rest of an envelope) is not looked at.
 */
export function recoverJsonRecords(text: string): RecoveryResult {
  const n = text.length;
  let i = 0;
  let line = 1;
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) { if (text.charCodeAt(i) === 10) line++; i++; }
  };
  /** Move past a string starting at i (on its quote); false when the text ends inside it. */
  const skipString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) { i += 2; continue; }
      if (c === 0x22) { i++; return true; }
      if (c === 10) line++;
      i++;
    }
    return false;
  };
  skipWs();
  const first = text.charCodeAt(i);
  if (first === 0x7b) {
    // an envelope: walk its top-level keys to one whose value is the records array
    i++;
    let found = false;
    while (i < n && !found) {
      skipWs();
      if (text.charCodeAt(i) !== 0x22) {
        // a value or punctuation at depth 1: step over it without caring what it is
        if (!skipValue()) return { found: false, elements: [], cut: null };
        continue;
      }
      const keyStart = i;
      if (!skipString()) return { found: false, elements: [], cut: null };
      const key = text.slice(keyStart + 1, i - 1);
      skipWs();
      if (text.charCodeAt(i) !== 0x3a) continue;
      i++;
      skipWs();
      if (RECORD_KEYS.includes(key) && text.charCodeAt(i) === 0x5b) found = true;
      else if (!skipValue()) return { found: false, elements: [], cut: null };
    }
    if (!found) return { found: false, elements: [], cut: null };
  } else if (first !== 0x5b) {
    return { found: false, elements: [], cut: null };
  }
  // i is on the records array's `[`
  i++;
  const elements: RecoveredElement[] = [];
  for (;;) {
    skipWs();
    if (i >= n) return { found: true, elements, cut: { line, inString: false, partial: false } };
    const c = text.charCodeAt(i);
    if (c === 0x2c) { i++; continue; }
    if (c === 0x5d) return { found: true, elements, cut: null };
    const start = i;
    const startLine = line;
    const inString = { value: false };
    if (!skipValue(inString)) return { found: true, elements, cut: { line: startLine, inString: inString.value, partial: true } };
    const slice = text.slice(start, i);
    try {
      elements.push({ value: JSON.parse(slice), line: startLine });
    } catch (err) {
      elements.push({ error: (err instanceof Error ? err.message : String(err)).slice(0, 120), line: startLine });
    }
  }

  /**
   * Move past one value starting at i: a string, a bracketed value (to its matching close, any bracket kind), or a
   * bare token (to the next `,` `]` `}` or whitespace at this level). False when the text ends first.
   */
  function skipValue(inString?: { value: boolean }): boolean {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const ok = skipString();
      if (!ok && inString) inString.value = true;
      return ok;
    }
    if (c === 0x7b || c === 0x5b) {
      let depth = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x22) {
          if (!skipString()) { if (inString) inString.value = true; return false; }
          continue;
        }
        if (d === 0x7b || d === 0x5b) depth++;
        else if (d === 0x7d || d === 0x5d) { depth--; if (depth === 0) { i++; return true; } }
        else if (d === 10) line++;
        i++;
      }
      return false;
    }
    if (c === 0x7d || c === 0x5d || c === 0x2c || c === 0x3a) { i++; return true; }
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 0x2c || d === 0x5d || d === 0x7d || WS.has(d)) return true;
      i++;
    }
    return false;
  }
}
