// State changes of the explorer as producers: (args) => (state) => newState. Pure; tested without React.
import type { Camera, ColourMode, LadderView, MapView, NodeType, Producer, Resource, Role, Selection, TableTab } from './types.ts';
import { DEFAULT_FILTERS } from './types.ts';

function toggle<T>(xs: readonly T[], x: T): T[] {
  return xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x];
}

export const select = (selection: Selection | null): Producer => (s) => ({ ...s, selection });
export const selectNode = (id: string): Producer => select({ kind: 'node', id });
export const selectCluster = (id: number): Producer => select({ kind: 'cluster', id });
export const selectSearchResults = (query: string): Producer =>
  select(query.trim() ? { kind: 'search', query: query.trim() } : null);
export const clearSelection = (): Producer => select(null);

export const setSearch = (search: string): Producer => (s) => ({ ...s, search });
export const setCamera = (camera: Camera | null): Producer => (s) => ({ ...s, camera });

export const toggleType = (t: NodeType): Producer => (s) => ({
  ...s, filters: { ...s.filters, hiddenTypes: toggle(s.filters.hiddenTypes, t) },
});
export const toggleCluster = (id: number): Producer => (s) => ({
  ...s, filters: { ...s.filters, hiddenClusters: toggle(s.filters.hiddenClusters, id) },
});
export const toggleResource = (r: Resource): Producer => (s) => ({
  ...s, filters: { ...s.filters, resources: toggle(s.filters.resources, r) },
});
export const toggleRole = (r: Role): Producer => (s) => ({
  ...s, filters: { ...s.filters, roles: toggle(s.filters.roles, r) },
});
export const setOnlyBounds = (on: boolean): Producer => (s) => ({ ...s, filters: { ...s.filters, onlyBounds: on } });
export const setYearRange = (yearMin: number | null, yearMax: number | null): Producer => (s) => ({
  ...s, filters: { ...s.filters, yearMin, yearMax },
});
export const resetFilters = (): Producer => (s) => ({ ...s, filters: DEFAULT_FILTERS });

/** The comparison's order: worst case in n, or exact variables. */
export const setLadderView = (view: LadderView): Producer => (s) => (s.ladder.view === view ? s : { ...s, ladder: { ...s.ladder, view } });
/** A problem's comparison with or without its variants. */
export const setIncludeVariants = (variants: boolean): Producer => (s) => (s.ladder.variants === variants ? s : { ...s, ladder: { ...s.ladder, variants } });

/** Apply producers left to right. */
export const compose = (...ps: Producer[]): Producer => (s) => ps.reduce((acc, p) => p(acc), s);

/** Node colours by cluster, year, number of claims or the best claim's role. */
export const setColour = (colour: ColourMode): Producer => (s) => (s.colour === colour ? s : { ...s, colour });
/** The map as nodes and links, or as a density heat map. */
export const setMapView = (map: MapView): Producer => (s) => (s.map === map ? s : { ...s, map });
/** Opens the table on a tab (null closes it; sort and filter are kept for when it opens again). */
export const setTableTab = (tab: TableTab | null): Producer => (s) => (s.table.tab === tab ? s : { ...s, table: { ...s.table, tab } });
/** Sorts the table by a column: a first click sorts ascending (years and counts: newest / most first), the next reverses. */
export const sortTableBy = (key: string, descendingFirst = false): Producer => (s) => {
  const cur = s.table.sort;
  const sort = cur === key ? `-${key}` : cur === `-${key}` ? key : descendingFirst ? `-${key}` : key;
  return { ...s, table: { ...s.table, sort } };
};
export const setTableFilter = (filter: string): Producer => (s) => (s.table.filter === filter ? s : { ...s, table: { ...s.table, filter } });
/** Every row of the graph, or only the selection's. */
export const setTableAll = (all: boolean): Producer => (s) => (s.table.all === all ? s : { ...s, table: { ...s.table, all } });
