// Small DOM helpers shared by the notebooks: native, labelled inputs, buttons,
// alerts and downloads. Strings arrive already translated.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

let nextId = 0;
/** A fresh element id with a readable prefix. */
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

/** Creates an element: attributes (on* = listeners, true = present, false/null = absent) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value as EventListener);
    else if (key === "class") el.className = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

export interface Option {
  value: string;
  label: string;
}

/** A labelled <select>. */
export function select(label: string, options: readonly Option[], value: string, onChange: (value: string) => void, name?: string): HTMLElement {
  const id = uid(name ?? "select");
  const sel = h("select", {id, name: name ?? id, onchange: () => onChange(sel.value)}, options.map((o) => h("option", {value: o.value, selected: o.value === value}, o.label)));
  sel.value = value;
  return h("div", {class: "gc-field"}, h("label", {for: id}, label), sel);
}

/** A labelled number input; calls back with valid numbers only (invalid input is marked). */
export function numberInput(label: string, value: number, options: {min?: number; max?: number; step?: number | "any"; name?: string; unit?: string}, onChange: (value: number) => void): HTMLElement {
  const id = uid(options.name ?? "number");
  const input = h("input", {id, name: options.name ?? id, type: "number", value: String(value), min: options.min, max: options.max, step: options.step ?? "any"});
  input.addEventListener("change", () => {
    const x = input.valueAsNumber;
    // the step only guides the arrows: any value within min..max is accepted
    const v = input.validity;
    const ok = Number.isFinite(x) && !v.badInput && !v.rangeOverflow && !v.rangeUnderflow;
    input.setAttribute("aria-invalid", ok ? "false" : "true");
    if (ok) onChange(x);
  });
  return h("div", {class: "gc-field"}, h("label", {for: id}, label), input, options.unit ? h("span", {class: "gc-unit"}, options.unit) : null);
}

/** A labelled range slider with its value shown next to it. */
export function rangeInput(label: string, value: number, options: {min: number; max: number; step: number; name?: string; unit?: string; format?: (x: number) => string}, onChange: (value: number) => void): HTMLElement {
  const id = uid(options.name ?? "range");
  const fmt = options.format ?? ((x: number) => String(x));
  const out = h("output", {for: id}, fmt(value));
  const input = h("input", {id, name: options.name ?? id, type: "range", value: String(value), min: options.min, max: options.max, step: options.step});
  input.addEventListener("input", () => { out.textContent = fmt(input.valueAsNumber); });
  input.addEventListener("change", () => onChange(input.valueAsNumber));
  return h("div", {class: "gc-field"}, h("label", {for: id}, label), input, out, options.unit ? h("span", {class: "gc-unit"}, options.unit) : null);
}

/** A labelled checkbox. */
export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void, name?: string): HTMLElement {
  const id = uid(name ?? "check");
  const input = h("input", {id, name: name ?? id, type: "checkbox", checked, onchange: () => onChange(input.checked)});
  return h("div", {class: "gc-field gc-check"}, input, h("label", {for: id}, label));
}

/** A text input (seed etc.), calls back on change with the trimmed value when it matches `pattern`. */
export function textInput(label: string, value: string, options: {name?: string; pattern?: string; size?: number}, onChange: (value: string) => void): HTMLElement {
  const id = uid(options.name ?? "text");
  const input = h("input", {id, name: options.name ?? id, type: "text", value, pattern: options.pattern, size: options.size ?? 10, spellcheck: "false"});
  input.addEventListener("change", () => {
    const ok = input.checkValidity() && input.value.trim() !== "";
    input.setAttribute("aria-invalid", ok ? "false" : "true");
    if (ok) onChange(input.value.trim());
  });
  return h("div", {class: "gc-field"}, h("label", {for: id}, label), input);
}

export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return h("button", {type: "button", ...attrs, onclick: () => onClick()}, label);
}

/** A visible error message that screen readers announce; with `dismiss`, a button closes it. */
export function alertBox(title: string, detail?: string, dismiss?: {label: string; onDismiss?: () => void}): HTMLElement {
  const box = h("div", {role: "alert", class: "gc-alert"}, h("strong", {}, title), detail ? h("pre", {}, detail) : null);
  if (dismiss) box.append(button("×", () => { box.remove(); dismiss.onDismiss?.(); }, {class: "gc-dismiss", "aria-label": dismiss.label, title: dismiss.label, name: "dismiss"}));
  return box;
}

/** Saves a blob under a file name (an <a download> click; nothing leaves the machine). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", {href: url, download: filename});
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000); // (revoked too soon, a download may not start)
}

export function downloadButton(label: string, filename: string, make: () => Blob | Promise<Blob>): HTMLButtonElement {
  return button(label, async () => saveBlob(await make(), filename), {class: "gc-download", "data-filename": filename});
}

/** A file picker that reads one text file. */
export function fileInput(label: string, accept: string, onText: (text: string, name: string) => void): HTMLElement {
  const id = uid("file");
  const input = h("input", {id, type: "file", accept});
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (file) onText(await file.text(), file.name);
    input.value = "";
  });
  return h("div", {class: "gc-field"}, h("label", {for: id}, label), input);
}

/** A file input for one or more files chosen together. */
export function filesPicker(label: string, accept: string, onFiles: (files: File[]) => void, name?: string): HTMLElement {
  const id = uid(name ?? "file");
  const input = h("input", {id, name: name ?? id, type: "file", accept, multiple: true});
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    if (files.length) onFiles(files);
    input.value = "";
  });
  return h("div", {class: "gc-field"}, h("label", {for: id}, label), input);
}

/** Replaces the children of a node. */
export function replace(node: Element, ...children: (Child | Child[])[]): void {
  node.replaceChildren();
  append(node, children);
}

/** Width available for a chart in the notebook's main column (px). */
export function pageWidth(max = 1150): number {
  const w = document.querySelector("main")?.clientWidth ?? 0;
  return Math.max(320, Math.min(max, w || 960));
}
