// The regular expressions rewritten to run in linear time match exactly what the old (backtracking) ones matched:
// each old/new pair is compared on random strings over the characters that matter to it, and the hand-written scans
// that replaced a regex are compared with that regex. Extraction output must not move when a scan is made linear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBefore, nounListBefore, respectivelyList } from '../../src/extract/resource.ts';
import { dropOpeningBrackets } from '../../src/extract/scan.ts';
import { trimEndMatching } from '../../src/ingest/trim.ts';
import { appositiveNames, contributionSentence, dropSpacedDashes, stickyMatches } from '../../src/extract/entities/methods.ts';
import { datedCitationEnd } from '../../src/extract/role.ts';
import { globMatcher } from '../../src/cli/glob.ts';

/** Strings built from a few meaningful pieces (characters or words), so the interesting cases are frequent. */
const textOf = (pieces: string[], maxLength = 40) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

type Mode = 'test' | 'replace' | 'exec';
interface Pair { name: string; old: RegExp; now: RegExp; mode: Mode; pieces: string[] }

const WS = [' ', '\t', '\n'];
const PAIRS: Pair[] = [
  { name: 'expr symbol opening', old: /^[^(]*?(?:O|o|Ω|Θ|Omega|Theta|omega|ω|Õ)\s*(?:big|left)?\s*\(/, now: /^[^(]*?(?:O|o|Ω|Θ|Omega|Theta|omega|ω|Õ)\s*(?:(?:big|left)\s*)?\(/, mode: 'exec', pieces: ['O', 'ω', 'big', 'left', ' ', '(', 'n', 'Omega'] },
  { name: 'pairing gap', old: /^[\s$]*(?:,\s*)?(?:and|or|,)?[\s$]*$/, now: /^[\s$]*(?:(?:,\s*)?(?:and|or|,)[\s$]*)?$/, mode: 'test', pieces: [' ', '$', ',', 'and', 'or', 'x', '\t'] },
  { name: 'named group trap', old: /^\s*(?:\\(?:mathrm|mathsf|operatorname|text|rm)\s*\{?\s*)?(?:SO|SE|SU|Sim|GL|SL|PSL|PGL|Sp|Spin|O|U)\s*\}?\s*\(\s*(?:\d+|n|d|k)\s*\)\s*$/, now: /^\s*(?:\\(?:mathrm|mathsf|operatorname|text|rm)\s*(?:\{\s*)?)?(?:SO|SE|SU|Sim|GL|SL|PSL|PGL|Sp|Spin|O|U)\s*(?:\}\s*)?\(\s*(?:\d+|n|d|k)\s*\)\s*$/, mode: 'test', pieces: [' ', '\\mathrm', '{', '}', 'SO', '(', ')', '3', 'n', 'x'] },
  { name: 'field trap', old: /^\s*\\mathbb\s*\{?\s*[A-Z]\s*\}?\s*(?:\^|_|$)/, now: /^\s*\\mathbb\s*(?:\{\s*)?[A-Z]\s*(?:\}\s*)?(?:\^|_|$)/, mode: 'test', pieces: [' ', '\\mathbb', '{', '}', 'R', '^', '_', 'x'] },
  { name: 'one plus epsilon trap', old: /^\s*\(?\s*1\s*(?:[+-]|\\pm)\s*\\?(?:epsilon|varepsilon|eps|delta|ε|δ)\s*\)?\s*$/, now: /^\s*(?:\(\s*)?1\s*(?:[+-]|\\pm)\s*\\?(?:epsilon|varepsilon|eps|delta|ε|δ)\s*(?:\)\s*)?$/, mode: 'test', pieces: [' ', '(', ')', '1', '+', '\\pm', '\\', 'epsilon', 'ε', 'x'] },
  { name: 'bound opening', old: /(?:\\(?:tilde|widetilde|mathcal)\s*\{?\s*O\s*\}?|(?<![A-Za-z\\])O|\\Omega|\\Theta)\s*(?:\\left\s*)?[({]/, now: /(?:\\(?:tilde|widetilde|mathcal)\s*(?:\{\s*)?O(?:\s*\})?|(?:^|[^A-Za-z\\])O|\\Omega|\\Theta)\s*(?:\\left\s*)?[({]/, mode: 'test', pieces: ['\\tilde', '{', '}', 'O', ' ', '(', '\\left', 'x'] },
  { name: 'numeric count', old: /^\s*[0-9.,]+\s*[kKmMbB]?\s*$/, now: /^\s*[0-9.,]+\s*(?:[kKmMbB]\s*)?$/, mode: 'test', pieces: [' ', '1', '.', ',', 'k', 'M', 'x'] },
  { name: 'phrase-to-expression gap', old: /^[\s($]*(?:[=<>≥≤]+|\\(?:geq?|leq?))?[\s($]*$/, now: /^[\s($]*(?:(?:[=<>≥≤]+|\\(?:geq?|leq?))[\s($]*)?$/, mode: 'test', pieces: [' ', '(', '$', '=', '<', '\\ge', '\\leq', 'x'] },
  { name: 'compound expression', old: /[+\-/]|\\(?:log|lg|ln|sqrt|frac|exp|cdot|tfrac|dfrac)|\blog|\^\s*\{?\s*[-0-9a-zA-Z(\\]/, now: /[+\-/]|\\(?:log|lg|ln|sqrt|frac|exp|cdot|tfrac|dfrac)|\blog|\^\s*(?:\{\s*)?[-0-9a-zA-Z(\\]/, mode: 'test', pieces: ['^', ' ', '{', 'n', '*', '}', '\\log'] },
  { name: 'rgba colour', old: /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(\d?(?:\.\d{1,6})?|1)\s*)?\)$/, now: /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(?:(\d(?:\.\d{1,6})?|\.\d{1,6})\s*)?)?\)$/, mode: 'test', pieces: ['rgb(', 'rgba(', '1', '2', ',', ' ', '.', '5', ')'] },
];

function outcome(re: RegExp, mode: Mode, s: string): unknown {
  re.lastIndex = 0;
  if (mode === 'test') return re.test(s);
  if (mode === 'replace') return s.replace(re, '⟂');
  const m = re.exec(s);
  return m ? [m.index, ...m] : null;
}

describe('linear rewrites match what the old patterns matched', () => {
  it.each(PAIRS.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    fc.assert(fc.property(textOf(p.pieces), (s) => {
      expect(outcome(p.now, p.mode, s)).toEqual(outcome(p.old, p.mode, s));
    }), { numRuns: 3000, seed: 18 });
  });

  // the trailing-run regexes replaced by trimEndMatching (cell.ts, concepts.ts, methods.ts, problems.ts, expr.ts,
  // index.ts, normalize.ts)
  const TRIMS: [string, RegExp, RegExp, string[]][] = [
    ['cell punctuation', /[\s,;:.]+$/, /[\s,;:.]/, [...WS, ',', ';', ':', '.', 'a']],
    ['concept punctuation', /[.,;:!?()\[\]"“”]+$/, /[.,;:!?()\[\]"“”]/, ['a', '.', ',', '(', ')', '"', '“', ' ']],
    ['method name tail', /[^A-Za-z0-9*'$^{}-]+$/, /[^A-Za-z0-9*'$^{}-]/, ['A', 'a', '$', '-', '.', ',', ' ', ')']],
    ['problem last word', /[^a-z0-9$-]+$/, /[^a-z0-9$-]/, ['a', '$', '-', '.', ' ', ')']],
    ['url tail', /[/?#]+$/, /[/?#]/, ['/', '?', '#', 'a']],
    ['author token tail', /[;,]+$/, /[;,]/, [';', ',', 'a']],
    ['slug tail', /-+$/, /-/, ['-', 'a']],
  ];
  it.each(TRIMS)('trimEndMatching removes what %s removed', (_name, old, one, pieces) => {
    fc.assert(fc.property(textOf(pieces), (s) => { expect(trimEndMatching(s, one)).toBe(s.replace(old, '')); }), { numRuns: 3000, seed: 18 });
  });

  it('leading run plus trimEndMatching does what /^X+|X+$/g did (concept words, dollar edges)', () => {
    fc.assert(fc.property(textOf(['a', '1', '-', '!', ' ', '$']), (s) => {
      expect(trimEndMatching(s.toLowerCase().replace(/^[^a-z0-9]+/, ''), /[^a-z0-9]/)).toBe(s.toLowerCase().replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''));
      expect(trimEndMatching(s.replace(/^\$+/, ''), /\$/)).toBe(s.replace(/^\$+|\$+$/g, ''));
    }), { numRuns: 3000, seed: 18 });
  });

  it('dropOpeningBrackets does what /[$(]+\\s*$/ removed', () => {
    fc.assert(fc.property(textOf(['$', '(', ' ', '\t', 'a']), (s) => { expect(dropOpeningBrackets(s)).toBe(s.replace(/[$(]+\s*$/, '')); }), { numRuns: 3000, seed: 18 });
  });

  it('dropSpacedDashes does what /\\s+--?\\s+/g did', () => {
    fc.assert(fc.property(textOf([...WS, '-', '--', 'a', 'b']), (s) => { expect(dropSpacedDashes(s)).toBe(s.replace(/\s+--?\s+/g, ' ')); }), { numRuns: 5000, seed: 18 });
  });

  it('respectivelyList finds the group /^([^.;]*?),?\\s*respectively\\b/ found', () => {
    const old = /^([^.;]*?),?\s*respectively\b/;
    fc.assert(fc.property(textOf([' ', '\t', ',', 'respectively', 'ir', 'a', '.', ';', 'x', '_']), (s) => {
      expect(respectivelyList(s)).toBe(old.exec(s)?.[1] ?? null);
    }), { numRuns: 5000, seed: 18 });
  });

  it('stickyMatches (lead, then the rest sticky) gives what one matchAll regex gave', () => {
    const cases: [RegExp, RegExp, RegExp, string[]][] = [
      [/\b(?:propose|proposes|present|presents|introduce|introduces|develop|design|release|formulate|construct)\s+((?:[a-z-]+\s){0,6}?)([A-Z][^\s,.;:()]{1,40})/g,
        /\b(?:propose|proposes|present|presents|introduce|introduces|develop|design|release|formulate|construct)\s+/g, /((?:[a-z-]+\s){0,6}?)([A-Z][^\s,.;:()]{1,40})/y,
        ['propose', 'proposes', ' ', '\t', 'a', 'new', 'Tree', 'X-1', ',', 'present', 'ab-c', 'Q'.repeat(30)]],
      [/\((?:\d|i{1,3}|iv|v)\)\s*([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\s[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){1,5})(?=\s*(?:,|:|\(|which|that|to|for|$))/g,
        /\((?:\d|i{1,3}|iv|v)\)\s*/g, /([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\s[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){1,5})(?=\s*(?:,|:|\(|which|that|to|for|$))/y,
        ['(1)', '(ii)', '(iv)', ' ', 'Dynamic', 'Hard', '-', 'x', ',', 'which', '(', 'Multi-Round', 'to']],
    ];
    for (const [old, lead, rest, pieces] of cases) {
      fc.assert(fc.property(textOf(pieces, 25), (s) => {
        const flat = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);
        expect(flat(stickyMatches(s, lead, rest))).toEqual(flat([...s.matchAll(old)]));
      }), { numRuns: 5000, seed: 18 });
    }
  });

  it('the acronym-key test in canonical.ts (two linear tests) accepts what the old one did', () => {
    const old = /^[A-Z0-9]*[A-Z][A-Z0-9]*s?$/;
    fc.assert(fc.property(textOf(['A', 'B', '1', 's', 'x', '-']), (w) => {
      expect(/^[A-Z0-9]+s?$/.test(w) && /[A-Z]/.test(w)).toBe(old.test(w));
    }), { numRuns: 3000, seed: 18 });
  });

  it('a dated citation ends where it used to (the window stops at a bracket; its length is checked after)', () => {
    const old = /[[(][^\])]{0,60}\b(?:1[89]|20)\d\d[a-z]?\s*[\])]/;
    const end = (m: RegExpExecArray | null) => (m ? m.index + m[0].length : null);
    fc.assert(fc.property(textOf(['(', '[', ')', ']', ' ', '2019', '1999', 'a', 'Smith', ' et al. ', 'x'.repeat(25)], 30), (s) => {
      expect(datedCitationEnd(s)).toBe(end(old.exec(s)));
    }), { numRuns: 5000, seed: 18 });
  });

  it('appositiveNames finds the names and offsets the windowed regex found', () => {
    const old = /\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs)\s+(?:a|an)\s[^,.;()]{1,60}?,\s+([A-Z][A-Za-z0-9*]*(?:[-'][A-Za-z0-9]+)*),/g;
    const pieces = ['design', 'we propose', ' ', 'a', 'an', 'new', 'x'.repeat(25), ',', 'SQIRL', 'Fast-Tree', ' algorithm', '.'];
    fc.assert(fc.property(textOf(pieces, 30), (s) => {
      const expected = [...s.matchAll(old)].map((m) => ({ name: m[1], at: m.index + m[0].length - m[1].length - 1 }));
      expect(appositiveNames(s)).toEqual(expected);
    }), { numRuns: 5000, seed: 18 });
  });

  it('groupBefore finds the run of bounds GROUP_BEFORE found', () => {
    const old = /((?:\$[^$]{1,150}\$\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))+)$/;
    fc.assert(fc.property(textOf(['$', 'n', 'O(n)', ' ', ',', 'and ', 'or ', 'x'], 30), (s) => {
      expect(groupBefore(s)).toBe(old.exec(s)?.[1] ?? null);
    }), { numRuns: 5000, seed: 18 });
    const long = '$' + 'n'.repeat(150) + '$ and ';
    expect(groupBefore(long)).toBe(long);
    expect(groupBefore('$' + 'n'.repeat(151) + '$ and ')).toBe(null);
  });

  it('nounListBefore finds the list NOUN_LIST_BEFORE found', () => {
    const old = /([A-Za-z][A-Za-z /,-]{2,80}?)\s+in\s*$/;
    fc.assert(fc.property(textOf(['queries', 'a', ' ', ',', '-', '/', 'in', ' in', 'in ', '\t', '.', '$', 'n'], 40), (s) => {
      expect(nounListBefore(s)).toBe(old.exec(s)?.[1] ?? null);
    }), { numRuns: 5000, seed: 18 });
    const words = 'updates and queries '.repeat(6) + ' in ';
    expect(nounListBefore(words)).toBe(old.exec(words)?.[1] ?? null);
  });

  it('contributionSentence decides as the old windowed CONTRIB regex did', () => {
    const old = /\b(?:we|our|this (?:paper|work))\b[^.]{0,80}?\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|call|term|name|release|releases|build|devise|describe|describes|contribute|offer|denote|construct|constructs|formulate|formulates)\b|\b(?:novel|new)\b/i;
    const pieces = ['we', 'We', 'our', 'this paper', 'this', ' ', 'propose', 'proposed', 'name', 'x'.repeat(30), '.', 'renew', 'newt', 'new', ','];
    fc.assert(fc.property(textOf(pieces, 30), (s) => {
      expect(contributionSentence(s)).toBe(old.test(s));
    }), { numRuns: 5000, seed: 18 });
  });

  it('globMatcher accepts the names the glob regex accepted', () => {
    const oldGlob = (seg: string): RegExp => {
      let re = '';
      for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '*') re += '[^/]*';
        else if (c === '?') re += '[^/]';
        else if (c === '[') {
          const close = seg.indexOf(']', i + 1);
          if (close < 0) { re += '\\['; continue; }
          const body = seg.slice(i + 1, close).replace(/\\/g, '\\\\');
          re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
          i = close;
        } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
      }
      return new RegExp(`^${re}$`);
    };
    fc.assert(fc.property(textOf(['*', '?', 'a', 'b', '.', '[ab]', '[!a]', '[a-c]', '['], 8), textOf(['a', 'b', 'c', '.', '[', 'x'], 10), (glob, name) => {
      let expected: boolean;
      try { expected = oldGlob(glob).test(name); } catch { return; } // the old code threw on some brackets ("[b-a]")
      expect(globMatcher(glob)(name)).toBe(expected);
    }), { numRuns: 5000, seed: 18 });
  });
});
