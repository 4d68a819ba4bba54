// State producers: pure, composable, and never mutate their input.
import { describe, expect, it } from 'vitest';
import {
  clearSelection, compose, resetFilters, selectCluster, selectNode, selectSearchResults, setIncludeVariants, setLadderView,
  setOnlyBounds, setYearRange, toggleCluster, toggleResource, toggleType,
} from '../../src/state/producers.ts';
import { DEFAULT_STATE } from '../../src/state/types.ts';

describe('producers', () => {
  it('select and clear', () => {
    const s = selectNode('p1')(DEFAULT_STATE);
    expect(s.selection).toEqual({ kind: 'node', id: 'p1' });
    expect(selectCluster(3)(s).selection).toEqual({ kind: 'cluster', id: 3 });
    expect(clearSelection()(s).selection).toBeNull();
    expect(selectSearchResults('  hip ')(s).selection).toEqual({ kind: 'search', query: 'hip' });
    expect(selectSearchResults('   ')(s).selection).toBeNull();
  });

  it('toggles are involutions and do not mutate', () => {
    const frozen = Object.freeze({ ...DEFAULT_STATE, filters: Object.freeze({ ...DEFAULT_STATE.filters }) });
    const once = compose(toggleType('concept'), toggleCluster(2), toggleResource('space'))(frozen);
    expect(once.filters.hiddenTypes).toEqual(['concept']);
    expect(once.filters.hiddenClusters).toEqual([2]);
    expect(once.filters.resources).toEqual(['space']);
    const twice = compose(toggleType('concept'), toggleCluster(2), toggleResource('space'))(once);
    expect(twice.filters).toEqual(DEFAULT_STATE.filters);
    expect(frozen.filters.hiddenTypes).toEqual([]);
  });

  it('filters reset to the defaults', () => {
    const s = compose(setOnlyBounds(true), setYearRange(2019, 2021), toggleType('bound'))(DEFAULT_STATE);
    expect(s.filters.onlyBounds).toBe(true);
    expect(resetFilters()(s).filters).toEqual(DEFAULT_STATE.filters);
  });

  it('sets the comparison view and the variants toggle, returning the same state when nothing changes', () => {
    const s = compose(setLadderView('exact'), setIncludeVariants(true))(DEFAULT_STATE);
    expect(s.ladder).toEqual({ view: 'exact', variants: true });
    expect(DEFAULT_STATE.ladder).toEqual({ view: 'n', variants: false });
    expect(setLadderView('exact')(s)).toBe(s);
    expect(setIncludeVariants(true)(s)).toBe(s);
    expect(compose(setLadderView('n'), setIncludeVariants(false))(s).ladder).toEqual(DEFAULT_STATE.ladder);
  });
});
