// The side panel's parts: a pane with a header that collapses it (the other pane then takes the height), and
// the splitter between graph and side panel (drag, or arrow keys when focused) that sets the panel's width, with a
// button that hides the whole panel.
import { useId, useRef, type ReactNode } from 'react';

interface PaneProps {
  label: string;
  className: string;
  id?: string;
  open: boolean;
  onOpen(open: boolean): void;
  /** render the label as the pane's h2 (the Details pane's h2 is the selection's title instead) */
  heading?: boolean;
  badge?: number | null;
  actions?: ReactNode;
  /** what the pane shows (`n:<node>`, `c:<cluster>`, `q:<query>`, or ""): tests and the UI benchmark wait for it */
  shows?: string;
  children: ReactNode;
}

export function SidePane({ label, className, id, open, onOpen, heading, badge, actions, shows, children }: PaneProps) {
  const bodyId = useId();
  const toggle = (
    <button type="button" className="pane-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => onOpen(!open)}>
      {label}{badge !== null && badge !== undefined ? <span className="pane-badge">{badge}</span> : null}
    </button>
  );
  return (
    <section className={`panel pane ${className}${open ? '' : ' closed'}`} aria-label={label} id={id} tabIndex={id ? -1 : undefined} data-shows={shows}>
      <header className="pane-head">
        {heading ? <h2>{toggle}</h2> : toggle}
        {open ? actions : null}
      </header>
      <div className="pane-body" id={bodyId} hidden={!open}>{open ? children : null}</div>
    </section>
  );
}

const MIN = 320;

interface SplitterProps {
  /** px, or null for the stylesheet's default */
  width: number | null;
  onWidth(w: number | null): void;
  /** the side panel is shown (the splitter's button hides it, so the map takes the whole width) */
  open: boolean;
  onOpen(open: boolean): void;
}

export function SideSplitter({ width, onWidth, open, onOpen }: SplitterProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  const clamp = (w: number) => Math.round(Math.max(MIN, Math.min(window.innerWidth * 0.7, w)));
  const current = () => width ?? ref.current?.parentElement?.nextElementSibling?.getBoundingClientRect().width ?? 420;
  return (
    <div className="splitter-wrap">
      <button type="button" className="side-toggle" aria-expanded={open} aria-label={open ? 'Hide the side panel' : 'Show the side panel'}
        title={open ? 'Hide the side panel (the map takes the width)' : 'Show the side panel'} onClick={() => onOpen(!open)}>{open ? '›' : '‹'}</button>
      {open ? <div
      ref={ref}
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the side panel"
      aria-valuenow={Math.round(current())}
      aria-valuemin={MIN}
      tabIndex={0}
      onPointerDown={(e) => {
        const el = e.currentTarget;
        el.setPointerCapture(e.pointerId);
        const move = (ev: PointerEvent) => onWidth(clamp(window.innerWidth - ev.clientX));
        const up = () => { el.removeEventListener('pointermove', move); el.removeEventListener('pointerup', up); el.removeEventListener('pointercancel', up); };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
        el.addEventListener('pointercancel', up);
      }}
      onDoubleClick={() => onWidth(null)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') { e.preventDefault(); onWidth(clamp(current() + 40)); }
        else if (e.key === 'ArrowRight') { e.preventDefault(); onWidth(clamp(current() - 40)); }
        else if (e.key === 'Home') { e.preventDefault(); onWidth(null); }
      }}
    /> : null}
    </div>
  );
}
