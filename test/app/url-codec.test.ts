// URL codec of the explorer state: round trips, defaults omitted, garbage ignored.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanState, queryToState, stateToQuery } from '../../src/state/url-codec.ts';
import { COLOUR_MODES, DEFAULT_LADDER_SETTINGS, DEFAULT_STATE, NODE_TYPES, type ViewState } from '../../src/state/types.ts';
import { DEFAULT_LADDER } from '../../src/state/ladder.ts';
import { RESOURCES, ROLES } from '../../src/extract/types.ts';

const arbState: fc.Arbitrary<ViewState> = fc.record({
  selection: fc.oneof(
    fc.constant(null),
    fc.record({ kind: fc.constant('node' as const), id: fc.string({ minLength: 1, maxLength: 40 }) }),
    fc.record({ kind: fc.constant('cluster' as const), id: fc.integer({ min: 0, max: 10_000 }) }),
    fc.record({ kind: fc.constant('search' as const), query: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') }),
  ),
  search: fc.string({ maxLength: 30 }),
  filters: fc.record({
    hiddenTypes: fc.subarray([...NODE_TYPES]),
    hiddenClusters: fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 6 }),
    resources: fc.subarray([...RESOURCES]),
    roles: fc.subarray([...ROLES]),
    onlyBounds: fc.boolean(),
    yearMin: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
    yearMax: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
  }),
  camera: fc.option(fc.record({
    x: fc.double({ min: -10, max: 10, noNaN: true }),
    y: fc.double({ min: -10, max: 10, noNaN: true }),
    ratio: fc.double({ min: 0.01, max: 4, noNaN: true }),
  }), { nil: null }),
  ladder: fc.record({ view: fc.constantFrom('n' as const, 'exact' as const), variants: fc.boolean() }),
  colour: fc.constantFrom(...COLOUR_MODES),
  map: fc.constantFrom('network' as const, 'density' as const),
  table: fc.record({
    tab: fc.constantFrom(null, 'claims' as const, 'papers' as const),
    sort: fc.option(fc.tuple(fc.boolean(), fc.constantFrom('bound', 'year', 'paper', 'resource')).map(([d, k]) => (d ? `-${k}` : k)), { nil: null }),
    filter: fc.string({ maxLength: 20 }),
    all: fc.boolean(),
  }),
});

describe('url codec', () => {
  it('encodes the default view as the empty query', () => {
    expect(stateToQuery(DEFAULT_STATE)).toBe('');
    expect(queryToState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips every state through its clean form', () => {
    fc.assert(fc.property(arbState, (s) => {
      const q = stateToQuery(s);
      expect(queryToState(q)).toEqual(cleanState(s));
      expect(stateToQuery(queryToState(q))).toBe(q);
    }), { numRuns: 300 });
  });

  it('uses short keys and omits defaults', () => {
    const q = stateToQuery({
      ...DEFAULT_STATE,
      selection: { kind: 'node', id: 'paper:hip' },
      filters: { ...DEFAULT_STATE.filters, hiddenTypes: ['concept', 'bound'], onlyBounds: true, yearMin: 2020, yearMax: null },
      camera: { x: 0.123456, y: 0.5, ratio: 0.25 },
    });
    expect(q).toBe('s=n%3Apaper%3Ahip&t=bound%2Cconcept&b=1&y=2020-&v=0.1235%2C0.5%2C0.25');
  });

  it('keeps the comparison view and the variants toggle in x and i, defaults omitted', () => {
    expect(DEFAULT_LADDER_SETTINGS).toEqual(DEFAULT_LADDER);
    const problem = { kind: 'node' as const, id: 'problem:longest common subsequence' };
    expect(stateToQuery({ ...DEFAULT_STATE, selection: problem })).toBe('s=n%3Aproblem%3Alongest+common+subsequence');
    const q = stateToQuery({ ...DEFAULT_STATE, selection: problem, ladder: { view: 'exact', variants: true } });
    expect(q).toBe('s=n%3Aproblem%3Alongest+common+subsequence&x=1&i=1');
    expect(queryToState(q)).toEqual({ ...DEFAULT_STATE, selection: problem, ladder: { view: 'exact', variants: true } });
    expect(queryToState('x=1').ladder).toEqual({ view: 'exact', variants: false });
    expect(queryToState('i=1').ladder).toEqual({ view: 'n', variants: true });
    expect(queryToState('x=2&i=yes').ladder).toEqual(DEFAULT_LADDER_SETTINGS);
  });

  it('ignores unknown keys, bad values and oversized values', () => {
    const s = queryToState('?t=paper,bogus&k=1,x,2&r=time,warp&o=lower&y=abc-2020&v=1,2&b=yes&zz=1&s=x:1&q=' + 'a'.repeat(5000));
    expect(s.filters.hiddenTypes).toEqual(['paper']);
    expect(s.filters.hiddenClusters).toEqual([1, 2]);
    expect(s.filters.resources).toEqual(['time']);
    expect(s.filters.roles).toEqual(['lower']);
    expect(s.filters.yearMin).toBeNull();
    expect(s.filters.yearMax).toBe(2020);
    expect(s.filters.onlyBounds).toBe(false);
    expect(s.camera).toBeNull();
    expect(s.selection).toBeNull();
    expect(s.search).toBe('');
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (q) => { queryToState(q); }), { numRuns: 500 });
  });

  it('normalises a reversed year range and keeps selection kinds apart', () => {
    const s = cleanState({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, yearMin: 2024, yearMax: 2019 } });
    expect([s.filters.yearMin, s.filters.yearMax]).toEqual([2019, 2024]);
    expect(queryToState('s=c%3A7').selection).toEqual({ kind: 'cluster', id: 7 });
    expect(queryToState('s=q%3Asparse+attention').selection).toEqual({ kind: 'search', query: 'sparse attention' });
    expect(queryToState('s=n%3Ac%3A7').selection).toEqual({ kind: 'node', id: 'c:7' });
  });

  it('keeps the colour mode, the density map and the table in c, m, tb, ts, tf and ta', () => {
    const q = stateToQuery({ ...DEFAULT_STATE, colour: 'year', map: 'density', table: { tab: 'claims', sort: '-year', filter: 'resource:time', all: true } });
    expect(q).toBe('c=year&m=d&tb=c&ts=-year&tf=resource%3Atime&ta=1');
    expect(queryToState(q)).toMatchObject({ colour: 'year', map: 'density', table: { tab: 'claims', sort: '-year', filter: 'resource:time', all: true } });
    expect(stateToQuery({ ...DEFAULT_STATE, colour: 'cluster', map: 'network' })).toBe('');
    // garbage falls back to the defaults
    const bad = queryToState('c=rainbow&m=3d&tb=x&ts=year;drop&ta=yes');
    expect(bad.colour).toBe('cluster');
    expect(bad.map).toBe('network');
    expect(bad.table).toEqual(DEFAULT_STATE.table);
  });
});
