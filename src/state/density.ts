// The density view (VOSviewer's): how crowded each part of the map is, as a heat layer. Papers are counted into a
// coarse grid of the visible area, the grid is smoothed by three box blurs (a near-Gaussian kernel, linear in the
// grid size whatever the number of papers), and each cell's share of the densest cell picks a colour from a ramp
// (white → blue → green → yellow → red), transparent where there is nothing. Pure; the app paints it on a canvas.

export interface DensityGrid {
  cols: number;
  rows: number;
  /** per cell, 0..1 (1 = the densest cell) */
  values: Float32Array;
}

/** One box blur pass of radius r along rows then columns, in place (running sums: O(cells)). */
function boxBlur(src: Float32Array, tmp: Float32Array, cols: number, rows: number, r: number): void {
  const w = 2 * r + 1;
  for (let y = 0; y < rows; y++) {
    let acc = 0;
    const o = y * cols;
    for (let x = -r; x <= r; x++) acc += src[o + Math.min(cols - 1, Math.max(0, x))];
    for (let x = 0; x < cols; x++) {
      tmp[o + x] = acc / w;
      acc += src[o + Math.min(cols - 1, x + r + 1)] - src[o + Math.max(0, x - r)];
    }
  }
  for (let x = 0; x < cols; x++) {
    let acc = 0;
    for (let y = -r; y <= r; y++) acc += tmp[Math.min(rows - 1, Math.max(0, y)) * cols + x];
    for (let y = 0; y < rows; y++) {
      src[y * cols + x] = acc / w;
      acc += tmp[Math.min(rows - 1, y + r + 1) * cols + x] - tmp[Math.max(0, y - r) * cols + x];
    }
  }
}

/**
 * Density of points (viewport pixels, `xy` as x0, y0, x1, y1, …, each with a weight) on a grid of `cell`-pixel cells
 * covering width × height, smoothed with a kernel of about `radius` pixels.
 */
export function densityGrid(xy: ArrayLike<number>, weights: ArrayLike<number> | null, width: number, height: number, cell: number, radius: number): DensityGrid {
  const cols = Math.max(1, Math.ceil(width / cell));
  const rows = Math.max(1, Math.ceil(height / cell));
  const values = new Float32Array(cols * rows);
  const n = Math.floor(xy.length / 2);
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(xy[2 * i] / cell);
    const cy = Math.floor(xy[2 * i + 1] / cell);
    if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) continue;
    values[cy * cols + cx] += weights ? weights[i] : 1;
  }
  const r = Math.max(1, Math.round(radius / cell / 1.7)); // three passes of radius r ≈ a Gaussian of σ ≈ 1.7 r cells
  const tmp = new Float32Array(values.length);
  for (let k = 0; k < 3; k++) boxBlur(values, tmp, cols, rows, r);
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  if (max > 0) for (let i = 0; i < values.length; i++) values[i] /= max;
  return { cols, rows, values };
}

// VOSviewer-like ramp: faint blue at low density through green and yellow to red at the densest
const RAMP: ReadonlyArray<[number, number, number, number, number]> = [
  // t, r, g, b, alpha (0..255)
  [0.0, 255, 255, 255, 0],
  [0.06, 120, 150, 230, 70],
  [0.25, 60, 170, 200, 150],
  [0.45, 90, 190, 90, 190],
  [0.7, 240, 220, 60, 215],
  [1.0, 225, 60, 40, 230],
];

/** RGBA of a density value 0..1 on the ramp. */
export function densityColour(t: number): [number, number, number, number] {
  const v = Math.max(0, Math.min(1, t));
  for (let i = 1; i < RAMP.length; i++) {
    const [t1, r1, g1, b1, a1] = RAMP[i];
    if (v <= t1) {
      const [t0, r0, g0, b0, a0] = RAMP[i - 1];
      const f = (v - t0) / (t1 - t0);
      return [Math.round(r0 + (r1 - r0) * f), Math.round(g0 + (g1 - g0) * f), Math.round(b0 + (b1 - b0) * f), Math.round(a0 + (a1 - a0) * f)];
    }
  }
  const last = RAMP[RAMP.length - 1];
  return [last[1], last[2], last[3], last[4]];
}

/** The grid as RGBA pixels (one per cell), for putImageData then a scaled, smoothed drawImage. */
export function densityPixels(grid: DensityGrid): Uint8ClampedArray {
  const out = new Uint8ClampedArray(grid.cols * grid.rows * 4);
  for (let i = 0; i < grid.values.length; i++) {
    const [r, g, b, a] = densityColour(grid.values[i]);
    out[4 * i] = r; out[4 * i + 1] = g; out[4 * i + 2] = b; out[4 * i + 3] = a;
  }
  return out;
}
