// Typeset math. KaTeX output is the only HTML the page injects: it escapes its input, and runs with
// trust:false (no \href/\url links), throwOnError:false, a macro-expansion limit and a size cap. KaTeX is
// loaded lazily; until then (or when it declines) math shows as plain text.
//   <Tex latex>      one bound (LaTeX source)
//   <TexText text>   text from a paper (title, abstract, label) with $…$ / \(…\) math inside
import { memo, useEffect, useMemo, useState } from 'react';
import { cleanBareCommands, hasMath, latexToPlain, splitMath } from '../text/math-text.ts';

type Render = (latex: string) => string | null;
let loaded: Render | null = null;
let loading: Promise<Render> | null = null;

function loadKatex(): Promise<Render> {
  loading ??= import('./katex-render.ts').then((m) => (loaded = m.renderTex));
  return loading;
}

/** The KaTeX renderer once loaded (loading starts only when `needed`). */
function useKatex(needed = true): Render | null {
  const [render, setRender] = useState<Render | null>(() => loaded);
  useEffect(() => {
    if (render || !needed) return;
    let live = true;
    void loadKatex().then((r) => { if (live) setRender(() => r); });
    return () => { live = false; };
  }, [render, needed]);
  return render;
}

export const Tex = memo(function Tex({ latex, fallback }: { latex: string; fallback: string }) {
  const render = useKatex();
  const html = useMemo(() => (render ? render(latex) : null), [render, latex]);
  if (html === null) return <span className="tex tex-plain">{fallback || latex}</span>;
  return <span className="tex" dangerouslySetInnerHTML={{ __html: html }} />;
});

/** Text with its inline math typeset; text pieces stay React text nodes. */
export const TexText = memo(function TexText({ text }: { text: string }) {
  const math = hasMath(text);
  const render = useKatex(math);
  const pieces = useMemo(() => (math ? splitMath(text) : null), [math, text]);
  if (!pieces) return <>{cleanBareCommands(text)}</>;
  return (
    <>
      {pieces.map((p, i) => {
        if (p.kind === 'text') return cleanBareCommands(p.value);
        const html = render ? render(p.value) : null;
        return html === null
          ? <span key={i} className="tex-inline">{latexToPlain(p.value)}</span>
          : <span key={i} className="tex tex-inline" dangerouslySetInnerHTML={{ __html: html }} />;
      })}
    </>
  );
});
