// Keeping the reader's place across a re-render (e.g. switching language): the
// last landmark (a heading with an id, a measure section, a named figure) at
// or above the top of the window is found again after the render and put
// back where it was; without one, the scroll position is kept.

const LANDMARKS = "h2[id], h3[id], [data-measure], figure[data-name]";

export interface Place {
  selector: string | null;
  top: number;
  scrollY: number;
}

function selectorOf(el: Element): string {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const m = el.getAttribute("data-measure");
  if (m !== null) return `[data-measure="${CSS.escape(m)}"]`;
  return `figure[data-name="${CSS.escape(el.getAttribute("data-name") ?? "")}"]`;
}

export function readerPlace(root: Element): Place {
  let best: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(LANDMARKS))) {
    if (el.getBoundingClientRect().top <= 8) best = el;
  }
  return {selector: best ? selectorOf(best) : null, top: best ? best.getBoundingClientRect().top : 0, scrollY: window.scrollY};
}

export function restorePlace(root: Element, place: Place): void {
  if (place.scrollY === 0) return;
  const el = place.selector ? root.querySelector(place.selector) : null;
  if (el) window.scrollBy(0, el.getBoundingClientRect().top - place.top);
  else window.scrollTo(0, place.scrollY);
}
