/// <reference types="vite/client" />
// The model notebook: sim/ODD.md (the model description, ODD protocol)
// rendered as Markdown, and the parameter table from sim/params.ts in the
// chosen language. The Markdown renderer is notebook-kit's `md` builtin,
// passed in by the notebook cell.

import {PARAMETERS, allowedText} from "../../sim/params.ts";
import {figureBlock} from "./figure.ts";
import {t} from "./i18n.ts";
import {LANG_FIELD, mountPage} from "./page.ts";
import {h} from "./ui.ts";

export type Markdown = (strings: readonly string[], ...values: unknown[]) => Node;

// A glob, so that the page still builds (and says so) while ODD.md is missing.
const ODD = import.meta.glob("../../sim/ODD.md", {query: "?raw", import: "default", eager: true}) as Record<string, string>;

export function oddText(): string | null {
  return Object.values(ODD)[0] ?? null;
}

export function parameterRows(lang: "en" | "nb") {
  return PARAMETERS.map((p) => ({
    key: p.key, group: p.group, label: p.label[lang], unit: p.unit, type: p.type,
    allowed: allowedText(p), default: String(p.default), description: p.description[lang], source: p.source ?? ""
  }));
}

export function modelPage(md: Markdown, search?: string): HTMLElement {
  return mountPage({
    name: "model",
    schema: {lang: LANG_FIELD},
    search,
    render(ctx, body) {
      const lang = ctx.lang;
      const text = oddText();
      const toc = h("nav", {class: "gc-toc", "aria-label": t("ui.model.toc", lang)});
      const doc = h("article", {class: "gc-odd"});
      if (text === null) doc.append(h("p", {role: "status"}, t("ui.model.missing", lang)));
      else {
        doc.append(md([text.replace(/\$\{/g, "$\\{")]));
        const heads = Array.from(doc.querySelectorAll("h2[id]"));
        if (heads.length) toc.append(h("ol", {}, heads.map((x) => h("li", {}, h("a", {href: `#${x.id}`}, x.textContent ?? "")))));
      }
      const rows = parameterRows(lang);
      body.append(
        h("h1", {}, t("ui.model.title", lang)),
        h("p", {}, t("ui.model.intro", lang)),
        toc,
        doc,
        h("h2", {id: "parameter-table"}, t("ui.model.parameters", lang)),
        h("p", {}, t("ui.model.parameters.intro", lang, {n: rows.length})),
        figureBlock({name: "parameters", rows, lang, open: true})
      );
    }
  });
}
