// A bound typeset with KaTeX. KaTeX output is the only HTML the page injects: it escapes its input, and
// runs with trust:false (no \href/\url links), throwOnError:false and a macro-expansion limit. KaTeX is
// loaded lazily; until then (or when it declines) the bound shows as plain text.
import { memo, useEffect, useMemo, useState } from 'react';

type Render = (latex: string) => string | null;
let loaded: Render | null = null;
let loading: Promise<Render> | null = null;

function loadKatex(): Promise<Render> {
  loading ??= import('./katex-render.ts').then((m) => (loaded = m.renderTex));
  return loading;
}

function useKatex(): Render | null {
  const [render, setRender] = useState<Render | null>(() => loaded);
  useEffect(() => {
    if (render) return;
    let live = true;
    void loadKatex().then((r) => { if (live) setRender(() => r); });
    return () => { live = false; };
  }, [render]);
  return render;
}

export const Tex = memo(function Tex({ latex, fallback }: { latex: string; fallback: string }) {
  const render = useKatex();
  const html = useMemo(() => (render ? render(latex) : null), [render, latex]);
  if (html === null) return <span className="tex tex-plain">{fallback || latex}</span>;
  return <span className="tex" dangerouslySetInnerHTML={{ __html: html }} />;
});
