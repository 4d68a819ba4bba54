// The search box (ARIA combobox with a listbox of suggestions): typing suggests nodes, arrow keys move,
// Enter picks the active suggestion, or with none active compares the bounds of all results.
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchClient } from './use-search.ts';
import type { SearchHit } from './search-core.ts';
import { TexText } from '../panels/Tex.tsx';
import { table } from '../../extract/bounds/table.ts';

interface Props {
  client: SearchClient;
  value: string;
  onChange(q: string): void;
  onPick(hit: SearchHit): void;
  onCompareAll(q: string): void;
}

const TYPE_LABEL: Record<string, string> = table({ paper: 'paper', concept: 'concept', method: 'method', problem: 'problem', assumption: 'assumption', bound: 'bound' });

export function SearchBox({ client, value, onChange, onPick, onCompareAll }: Props) {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef('');
  const listId = useId();

  const { ask, ready } = client;
  useEffect(() => {
    const changed = latest.current !== value;
    latest.current = value;
    if (!value.trim()) { setHits([]); setTotal(0); setActive(-1); return; }
    void ask(value, 8).then((a) => {
      if (a.q !== latest.current) return; // a later keystroke already asked
      setHits(a.hits);
      setTotal(a.total);
      if (changed) setActive(-1);
    });
  }, [value, ready, ask]);

  const pick = (h: SearchHit) => { setOpen(false); onPick(h); };
  const showList = open && value.trim() !== '' && (hits.length > 0 || client.ready);

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">Search</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-label="Search"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-opt-${active}` : undefined}
        placeholder={client.ready ? 'Search papers, authors, methods, problems…' : 'Search (indexing…)'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => { onChange(e.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(hits.length - 1, a + 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(-1, a - 1)); }
          else if (e.key === 'Escape') { setOpen(false); setActive(-1); }
          else if (e.key === 'Enter') {
            e.preventDefault();
            if (active >= 0 && hits[active]) pick(hits[active]);
            else if (value.trim()) { setOpen(false); onCompareAll(value); }
          }
        }}
      />
      {showList ? (
        <ul id={`${listId}-list`} role="listbox" aria-label="Suggestions" className="suggestions">
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              data-id={h.id}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => { e.preventDefault(); pick(h); }}
              onMouseEnter={() => setActive(i)}
            >
              <span className={`type-dot dot-${h.type}`} aria-hidden="true" />
              <span className="sugg-label"><TexText text={h.label} /></span>
              {h.alias ? <span className="sugg-alias">{h.alias}</span> : null}
              <span className="sugg-type">{TYPE_LABEL[h.type] ?? h.type}</span>
            </li>
          ))}
          {hits.length === 0 ? <li className="empty" role="presentation">No matches</li> : (
            <li className="all" role="presentation">Enter: compare bounds of all {total} result{total === 1 ? '' : 's'}</li>
          )}
        </ul>
      ) : null}
    </div>
  );
}
