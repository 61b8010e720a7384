// The point of a Plot chart nearest to a click (within 24 px), from the
// chart's own scales, so a chart's points can be chosen with the mouse.

export function nearestPoint(figure: Element, event: MouseEvent, points: readonly {x: number; y: number}[]): number | null {
  const plot = figure as unknown as {scale?(name: string): {apply(x: number): number} | undefined};
  const sx = plot.scale?.("x"), sy = plot.scale?.("y");
  const svg = figure.tagName.toLowerCase() === "svg" ? (figure as SVGSVGElement) : [...figure.querySelectorAll("svg")].pop();
  if (!sx || !sy || !svg) return null;
  const box = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
  const k = vb && vb.width ? vb.width / box.width : 1;
  const px = (event.clientX - box.left) * k, py = (event.clientY - box.top) * k;
  let best: number | null = null, dist = 24 * k;
  points.forEach((p, i) => {
    const d = Math.hypot(sx.apply(p.x) - px, sy.apply(p.y) - py);
    if (d < dist) { dist = d; best = i; }
  });
  return best;
}
