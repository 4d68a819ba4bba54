// Pure URL codec of the view state: short query keys, defaults omitted, unknown or malformed values ignored.
import { RESOURCES, ROLES } from '../extract/types.ts';
import {
  COLOUR_MODES, DEFAULT_FILTERS, DEFAULT_LADDER_SETTINGS, DEFAULT_STATE, DEFAULT_TABLE, NODE_TYPES,
  type Camera, type ColourMode, type Filters, type LadderSettings, type NodeType, type Resource, type Role, type Selection,
  type TableSettings, type ViewState,
} from './types.ts';

// Keys: s selection (n:<id> | c:<id> | q:<query>), q search, t hidden types, k hidden clusters,
// r resources, o roles, b only-bounds, y year range, v camera (x,y,ratio), x=1 exact-variables ladder view
// (default: worst case in n), i=1 include a problem's variants, c colour mode (year | claims | role; default
// cluster), m=d density map, tb open table (c claims | p papers), ts its sort column ("-" for descending), tf its
// filter text, ta=1 every row (not only the selection's).
const MAX_VALUE = 2000; // a URL value longer than this is ignored: never trust a pasted URL

const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f || 0; // || 0 folds -0 into 0
};

function sortedUnique<T extends string | number>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Normalise a state so equal views have equal encodings (sorted, deduplicated lists; rounded camera). */
export function cleanState(state: ViewState): ViewState {
  const f = state.filters;
  let yearMin = f.yearMin;
  let yearMax = f.yearMax;
  if (yearMin !== null && yearMax !== null && yearMin > yearMax) [yearMin, yearMax] = [yearMax, yearMin];
  const filters: Filters = {
    hiddenTypes: sortedUnique(f.hiddenTypes.filter((t) => NODE_TYPES.includes(t))),
    hiddenClusters: sortedUnique(f.hiddenClusters.filter((c) => Number.isInteger(c))),
    resources: sortedUnique(f.resources.filter((r) => RESOURCES.includes(r))),
    roles: sortedUnique(f.roles.filter((r) => ROLES.includes(r))),
    onlyBounds: f.onlyBounds,
    yearMin,
    yearMax,
  };
  const cam = state.camera;
  const camera: Camera | null =
    cam && [cam.x, cam.y, cam.ratio].every(Number.isFinite) && cam.ratio > 0
      ? { x: round(cam.x, 4), y: round(cam.y, 4), ratio: round(cam.ratio, 4) }
      : null;
  let selection = state.selection;
  if (selection?.kind === 'search' && selection.query.trim() === '') selection = null;
  const l = state.ladder ?? DEFAULT_LADDER_SETTINGS;
  const ladder: LadderSettings = l.view === DEFAULT_LADDER_SETTINGS.view && l.variants === DEFAULT_LADDER_SETTINGS.variants
    ? DEFAULT_LADDER_SETTINGS
    : { view: l.view === 'exact' ? 'exact' : 'n', variants: l.variants === true };
  const colour: ColourMode = COLOUR_MODES.includes(state.colour) ? state.colour : 'cluster';
  const t = state.table ?? DEFAULT_TABLE;
  const sort = t.sort && SORT_KEY.test(t.sort) ? t.sort : null;
  const table: TableSettings = t.tab === null && sort === null && !t.filter && !t.all
    ? DEFAULT_TABLE
    : { tab: t.tab === 'claims' || t.tab === 'papers' ? t.tab : null, sort, filter: t.filter ?? '', all: t.all === true };
  return { selection, search: state.search, filters, camera, ladder, colour, map: state.map === 'density' ? 'density' : 'network', table };
}

/** a column key, "-" first for descending */
const SORT_KEY = /^-?[a-z]{1,16}$/;

function encodeSelection(s: Selection): string {
  switch (s.kind) {
    case 'node': return `n:${s.id}`;
    case 'cluster': return `c:${s.id}`;
    case 'search': return `q:${s.query}`;
  }
}

function decodeSelection(v: string): Selection | null {
  const kind = v.slice(0, 2);
  const rest = v.slice(2);
  if (kind === 'n:' && rest) return { kind: 'node', id: rest };
  if (kind === 'c:' && /^-?\d{1,9}$/.test(rest)) return { kind: 'cluster', id: Number(rest) };
  if (kind === 'q:' && rest.trim()) return { kind: 'search', query: rest };
  return null;
}

/** View state → query string (without "?"); "" for the default view. */
export function stateToQuery(state: ViewState): string {
  const s = cleanState(state);
  const p = new URLSearchParams();
  const f = s.filters;
  if (s.selection) p.set('s', encodeSelection(s.selection));
  if (s.search) p.set('q', s.search);
  if (f.hiddenTypes.length) p.set('t', f.hiddenTypes.join(','));
  if (f.hiddenClusters.length) p.set('k', f.hiddenClusters.join(','));
  if (f.resources.length) p.set('r', f.resources.join(','));
  if (f.roles.length) p.set('o', f.roles.join(','));
  if (f.onlyBounds) p.set('b', '1');
  if (f.yearMin !== null || f.yearMax !== null) p.set('y', `${f.yearMin ?? ''}-${f.yearMax ?? ''}`);
  if (s.camera) p.set('v', `${s.camera.x},${s.camera.y},${s.camera.ratio}`);
  if (s.ladder.view === 'exact') p.set('x', '1');
  if (s.ladder.variants) p.set('i', '1');
  if (s.colour !== 'cluster') p.set('c', s.colour);
  if (s.map === 'density') p.set('m', 'd');
  if (s.table.tab) p.set('tb', s.table.tab === 'claims' ? 'c' : 'p');
  if (s.table.sort) p.set('ts', s.table.sort);
  if (s.table.filter) p.set('tf', s.table.filter);
  if (s.table.all) p.set('ta', '1');
  return p.toString();
}

function list(v: string | null): string[] {
  return v ? v.split(',').filter(Boolean) : [];
}

function parseYear(v: string): number | null {
  return /^\d{1,4}$/.test(v) ? Number(v) : null;
}

/** Query string (with or without "?") → view state; anything unrecognised falls back to the default. */
export function queryToState(query: string): ViewState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    return DEFAULT_STATE;
  }
  const get = (k: string): string | null => {
    const v = p.get(k);
    return v !== null && v.length <= MAX_VALUE ? v : null;
  };
  const filters: Filters = { ...DEFAULT_FILTERS };
  filters.hiddenTypes = list(get('t')).filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t));
  filters.hiddenClusters = list(get('k')).filter((c) => /^-?\d{1,9}$/.test(c)).map(Number);
  filters.resources = list(get('r')).filter((r): r is Resource => (RESOURCES as readonly string[]).includes(r));
  filters.roles = list(get('o')).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  filters.onlyBounds = get('b') === '1';
  const y = get('y');
  if (y) {
    // "2019-2024", "2019-", "-2024"; a leading minus would be ambiguous, so years are non-negative here
    const dash = y.indexOf('-');
    if (dash >= 0) {
      filters.yearMin = parseYear(y.slice(0, dash));
      filters.yearMax = parseYear(y.slice(dash + 1));
    }
  }
  let camera: Camera | null = null;
  const v = get('v');
  if (v) {
    const parts = v.split(',').map(Number);
    if (parts.length === 3 && parts.every(Number.isFinite) && parts[2] > 0) camera = { x: parts[0], y: parts[1], ratio: parts[2] };
  }
  const sel = get('s');
  return cleanState({
    selection: sel ? decodeSelection(sel) : null,
    search: get('q') ?? '',
    filters,
    camera,
    ladder: { view: get('x') === '1' ? 'exact' : 'n', variants: get('i') === '1' },
    colour: (COLOUR_MODES as readonly string[]).includes(get('c') ?? '') ? get('c') as ColourMode : 'cluster',
    map: get('m') === 'd' ? 'density' : 'network',
    table: { tab: get('tb') === 'c' ? 'claims' : get('tb') === 'p' ? 'papers' : null, sort: get('ts'), filter: get('tf') ?? '', all: get('ta') === '1' },
  });
}
