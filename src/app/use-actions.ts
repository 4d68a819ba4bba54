// The explorer's state changes as stable callbacks (one object per `apply`), so memoised parts of the page — the map,
// the legend, the comparison, the table — receive the same functions on every render and skip re-rendering.
import { useMemo } from 'react';
import {
  resetFilters, selectSearchResults, setColour, setIncludeVariants, setLadderView, setMapView, setOnlyBounds,
  setSearch, setTableAll, setTableFilter, setTableTab, setYearRange, sortTableBy, toggleCluster, toggleResource, toggleRole, toggleType,
} from '../state/producers.ts';
import type { ColourMode, LadderView, MapView, NodeType, Producer, Resource, Role, TableTab } from '../state/types.ts';

export function useActions(apply: (p: Producer) => void) {
  return useMemo(() => ({
    search: (q: string) => apply(setSearch(q)),
    compareAll: (q: string) => apply(selectSearchResults(q)),
    colour: (c: ColourMode) => apply(setColour(c)),
    map: (m: MapView) => apply(setMapView(m)),
    table: (open: boolean) => apply(setTableTab(open ? 'claims' : null)),
    toggleType: (t: NodeType) => apply(toggleType(t)),
    toggleResource: (r: Resource) => apply(toggleResource(r)),
    toggleRole: (r: Role) => apply(toggleRole(r)),
    onlyBounds: (on: boolean) => apply(setOnlyBounds(on)),
    years: (a: number | null, b: number | null) => apply(setYearRange(a, b)),
    resetFilters: () => apply(resetFilters()),
    toggleCluster: (id: number) => apply(toggleCluster(id)),
    tableTab: (t: TableTab) => apply(setTableTab(t)),
    sort: (k: string, d: boolean) => apply(sortTableBy(k, d)),
    filter: (f: string) => apply(setTableFilter(f)),
    all: (all: boolean) => apply(setTableAll(all)),
    closeTable: () => apply(setTableTab(null)),
    ladderView: (v: LadderView) => apply(setLadderView(v)),
    variants: (on: boolean) => apply(setIncludeVariants(on)),
  }), [apply]);
}
