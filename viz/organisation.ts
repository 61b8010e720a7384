// An organisation in words, read from its scenario: for each arena when it
// meets, who attends, the user's seat, the channel and how it decides; then
// each advocate with the users it serves, its kind (internal: staff hours;
// external: paid hours) and its hours per case. Values are worded through the
// parameters' declared vocabulary (sim/participation/paramVocabulary.ts), so
// an option card says the same as the parameter editor.

import {paramValue} from "../sim/participation/paramVocabulary.ts";
import type {Scenario} from "../sim/participation/scenario.ts";
import {formatNumber} from "./format.ts";
import {t, type Lang} from "./i18n.ts";

const list = (items: readonly string[], lang: Lang) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")}${t("verdict.and", lang)}${items[items.length - 1]}`);

/** One sentence per arena, then one per advocate in use (or "No advocate."). */
export function organisationText(s: Scenario, lang: Lang): string[] {
  const role = (id: string) => (Object.hasOwn(s.roles, id) ? s.roles[id].label[lang] : id);
  const arenas = Object.values(s.arenas).map((a) => {
    const when = a.trigger === "case" ? paramValue("case", lang) : a.interval === 1 ? t("organisation.everyWeek", lang) : t("organisation.every", lang, {n: formatNumber(a.interval, lang, 1)});
    const who = a.attendees.length ? list(a.attendees.map(role), lang) : t("organisation.noStaff", lang);
    const channel = [paramValue(a.channel, lang), a.channel === "written" && a.formBy !== "none" ? t("organisation.formBy", lang, {role: role(a.formBy)}) : null, a.consultant ? t("organisation.consultant", lang) : null]
      .filter((x): x is string => x !== null).join(", ");
    return t("organisation.arena", lang, {label: a.label[lang], when, who, seat: paramValue(a.seat, lang), channel: t("organisation.channel", lang, {channel}), rule: t("organisation.rule", lang, {rule: paramValue(a.rule, lang)})});
  });
  const advocates = Object.entries(s.advocates).flatMap(([id, adv]) => {
    const users = Object.values(s.userTypes).filter((u) => u.advocate === id).map((u) => u.label[lang].toLowerCase());
    if (users.length === 0) return [];
    return [t("organisation.advocate", lang, {
      users: list(users, lang), label: adv.label[lang], kind: paramValue(adv.kind, lang), hours: formatNumber(adv.hours, lang, 2),
      paid: t(adv.kind === "external" ? "organisation.advocate.paid" : "organisation.advocate.staff", lang)
    })];
  });
  return [...arenas, ...(advocates.length ? advocates : [t("organisation.noAdvocate", lang)])];
}
