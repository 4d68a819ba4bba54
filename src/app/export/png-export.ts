// PNG of the view at a chosen resolution, as a figure: a title line, the graph (drawn again by a temporary sigma at
// `scale` times the pixel density, so nodes, links and labels are sharp rather than stretched), the cluster labels as
// placed on screen, the density layer in the density view, and the legend in a column on the right.
import type Sigma from 'sigma';
import type { Figure } from './figure.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const HEADER = 52;
const LEGEND_W = 270;

/** Runs `draw` with window.devicePixelRatio reading `ratio` (sigma and its image export size their canvases by it). */
async function withPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** The figure as a PNG blob; `scale` 1 is the canvas's size on screen (CSS pixels). */
export async function figureToPng(sigma: Sigma, figure: Figure, scale: number, density: HTMLCanvasElement | null): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const { drawOnCanvas } = await import('@sigma/export-image');
  const graphCanvas = await withPixelRatio(scale, () => drawOnCanvas(sigma, { backgroundColor: 'rgba(0,0,0,0)' }));
  const W = Math.round((width + LEGEND_W) * scale);
  const H = Math.round((height + HEADER) * scale);
  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.scale(scale, scale);
  // title
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 17px ${FONT}`;
  ctx.textBaseline = 'top';
  ctx.fillText(clip(ctx, figure.title, width + LEGEND_W - 24), 12, 10);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#57606a';
  ctx.fillText(clip(ctx, figure.subtitle, width + LEGEND_W - 24), 12, 32);
  ctx.strokeStyle = '#dfe3e8';
  ctx.beginPath(); ctx.moveTo(0, HEADER - 0.5); ctx.lineTo(width + LEGEND_W, HEADER - 0.5); ctx.stroke();
  // the map
  ctx.save();
  ctx.translate(0, HEADER);
  ctx.fillStyle = '#fbfbfc';
  ctx.fillRect(0, 0, width, height);
  if (density) ctx.drawImage(density, 0, 0, width, height);
  ctx.drawImage(graphCanvas, 0, 0, width, height);
  for (const l of figure.labels) {
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    roundRect(ctx, l.x, l.y, l.w, l.h, 9);
    ctx.fill();
    ctx.strokeStyle = l.colour;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.fillStyle = '#1f2328';
    // as on screen: 12 px semibold, wrapped to the label's width, centred
    ctx.font = `600 12px ${FONT}`;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'center';
    const lines = wrap(ctx, l.text, l.w - 12);
    lines.forEach((line, i) => ctx.fillText(line, l.x + l.w / 2, l.y + l.h / 2 + (i - (lines.length - 1) / 2) * 14 + 0.5));
    ctx.textAlign = 'left';
  }
  ctx.restore();
  // the legend column
  ctx.save();
  ctx.translate(width, HEADER);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, LEGEND_W, height);
  ctx.strokeStyle = '#dfe3e8';
  ctx.beginPath(); ctx.moveTo(0.5, 0); ctx.lineTo(0.5, height); ctx.stroke();
  let y = 14;
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 13px ${FONT}`;
  ctx.textBaseline = 'top';
  ctx.fillText(clip(ctx, figure.legendTitle, LEGEND_W - 24), 12, y);
  y += 24;
  if (figure.gradient) {
    const g = ctx.createLinearGradient(12, 0, LEGEND_W - 12, 0);
    figure.gradient.colours.forEach((c, i, all) => g.addColorStop(i / Math.max(1, all.length - 1), c));
    ctx.fillStyle = g;
    ctx.fillRect(12, y, LEGEND_W - 24, 12);
    y += 16;
    ctx.fillStyle = '#57606a';
    ctx.font = `12px ${FONT}`;
    ctx.fillText(figure.gradient.low, 12, y);
    const hw = ctx.measureText(figure.gradient.high).width;
    ctx.fillText(figure.gradient.high, LEGEND_W - 12 - hw, y);
    y += 24;
  }
  ctx.font = `12px ${FONT}`;
  for (const item of figure.legend) {
    if (y > height - 18) break;
    if (item.colour !== 'transparent') {
      ctx.fillStyle = item.colour;
      ctx.beginPath(); ctx.arc(18, y + 7, 5, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.fillStyle = '#1f2328';
    ctx.fillText(clip(ctx, item.label, LEGEND_W - 44), 30, y);
    y += 19;
  }
  ctx.restore();
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Words of `text` in lines no wider than `max` (a word wider than that gets a line of its own). */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function clip(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0, hi = text.length;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid; else hi = mid - 1; }
  return `${text.slice(0, lo).trimEnd()}…`;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  const rr = Math.min(r, h / 2, w / 2);
  ctx.beginPath();
  ctx.moveTo(x + rr, y);
  ctx.arcTo(x + w, y, x + w, y + h, rr);
  ctx.arcTo(x + w, y + h, x, y + h, rr);
  ctx.arcTo(x, y + h, x, y, rr);
  ctx.arcTo(x, y, x + w, y, rr);
  ctx.closePath();
}
