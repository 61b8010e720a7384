// The start page: one card per notebook, for whom it is and what it shows.
import {t} from "./i18n.ts";
import {LANG_FIELD, NOTEBOOKS, mountPage} from "./page.ts";
import {h} from "./ui.ts";

export function indexPage(search?: string): HTMLElement {
  return mountPage({
    name: "index",
    schema: {lang: LANG_FIELD},
    search,
    render(ctx, body) {
      const lang = ctx.lang;
      const q = lang === "nb" ? "?lang=nb" : "";
      body.append(
        h("h1", {}, t("ui.index.title", lang)),
        h("p", {}, t("ui.index.intro", lang)),
        h("div", {class: "gc-cards"}, NOTEBOOKS.filter((n) => n !== "index").map((n) =>
          h("section", {class: "gc-card"},
            h("h2", {}, h("a", {href: `./${n}.html${q}`}, t(`ui.nav.${n}`, lang))),
            h("p", {}, h("em", {}, t(`ui.index.${n}.audience`, lang))),
            h("p", {}, t(`ui.index.${n}.text`, lang)))))
      );
    }
  });
}
