// Types of the explorer's view state (pure, no React): selection, filters, search, camera, colours, map view and table.
import type { NodeType } from '../graph/types.ts';
import type { Resource, Role } from '../extract/types.ts';
import type { LadderView } from './worst-case.ts';

export type { NodeType, Resource, Role, LadderView };

export const NODE_TYPES: readonly NodeType[] = ['paper', 'concept', 'method', 'problem', 'assumption', 'bound'];

/** What the side panel shows: one node, one cluster, or the result set of a search query. */
export type Selection =
  | { kind: 'node'; id: string }
  | { kind: 'cluster'; id: number }
  | { kind: 'search'; query: string };

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface Filters {
  /** node types not drawn */
  hiddenTypes: NodeType[];
  /** cluster ids whose papers are not drawn */
  hiddenClusters: number[];
  /** claim resources kept (empty = all); applies to the comparison and to "only papers with bounds" */
  resources: Resource[];
  /** claim roles kept (empty = all) */
  roles: Role[];
  /** draw only papers with at least one (kept) claim */
  onlyBounds: boolean;
  /** inclusive year range; null = open end */
  yearMin: number | null;
  yearMax: number | null;
}

/** How the bounds comparison orders bounds (same shape as ladder.ts's LadderOptions). */
export interface LadderSettings {
  /** 'n': worst case in n (input sizes set to n, so bounds in different variables compare); 'exact': as stated */
  view: LadderView;
  /** a problem's comparison includes the claims about its variants */
  variants: boolean;
}

/** What node colours encode (a legend explains each): the cluster, the year, the number of claims, the best claim's role. */
export type ColourMode = 'cluster' | 'year' | 'claims' | 'role';
export const COLOUR_MODES: readonly ColourMode[] = ['cluster', 'year', 'claims', 'role'];

/** How the map is drawn: nodes and links, or a heat map of where papers are dense (VOSviewer's density view). */
export type MapView = 'network' | 'density';

export type TableTab = 'claims' | 'papers';

/** The claims or papers table under the map. */
export interface TableSettings {
  /** the open tab, or null when the table is closed */
  tab: TableTab | null;
  /** column key to sort by, "-key" descending; null = the table's default order */
  sort: string | null;
  /** text every shown row contains (in any column; "resource:time" names a column) */
  filter: string;
  /** every row of the graph, not only the selection's */
  all: boolean;
}

export interface ViewState {
  selection: Selection | null;
  /** text in the search box */
  search: string;
  filters: Filters;
  /** null = the default overview camera */
  camera: Camera | null;
  ladder: LadderSettings;
  colour: ColourMode;
  map: MapView;
  table: TableSettings;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenClusters: [],
  resources: [],
  roles: [],
  onlyBounds: false,
  yearMin: null,
  yearMax: null,
};

/** Equal to ladder.ts's DEFAULT_LADDER (a test keeps them equal; importing it here would make an import cycle). */
export const DEFAULT_LADDER_SETTINGS: LadderSettings = { view: 'n', variants: false };

export const DEFAULT_TABLE: TableSettings = { tab: null, sort: null, filter: '', all: false };

export const DEFAULT_STATE: ViewState = {
  selection: null,
  search: '',
  filters: DEFAULT_FILTERS,
  camera: null,
  ladder: DEFAULT_LADDER_SETTINGS,
  colour: 'cluster',
  map: 'network',
  table: DEFAULT_TABLE,
};

/** A state change written as a producer: (args) => (state) => newState. */
export type Producer = (state: ViewState) => ViewState;
