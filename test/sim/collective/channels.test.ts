// Recruitment channels: a campaign takes its channel's declared rates unless
// it sets its own; a bad channel is one line; the funnel is reported per
// channel and moves by the channel's declared rates.
import {describe, expect, it} from "vitest";
import {CHANNELS, CHANNEL_DEFAULTS, CHANNEL_RATES, channelTable} from "../../../sim/collective/channels.ts";
import {CollectiveSimulator} from "../../../sim/collective/engine.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {ScenarioError, parseCollective, setCollectiveParameter} from "../../../sim/collective/scenario.ts";

const base = () => structuredClone(collectivePreset("bjerke-user-meetings")) as unknown as Record<string, any>;

function errorOf(f: () => unknown): ScenarioError {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(ScenarioError); return e as ScenarioError; }
  throw new Error("no error thrown");
}

/** A bare campaign: no rates of its own. */
function bare(channel: string | undefined): Record<string, any> {
  const s = base();
  s.outreach = {c: {label: {en: "c", nb: "c"}, arena: "evening", ...(channel === undefined ? {} : {channel}), meeting: 0, repeat: false, invites: 300}};
  return s;
}

describe("recruitment channels", () => {
  it("every channel declares sign-up, show and cost in range, each with a source or free", () => {
    for (const c of CHANNELS) for (const r of CHANNEL_RATES) {
      const v = CHANNEL_DEFAULTS[c][r];
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      expect(CHANNEL_DEFAULTS[c].source[r]).toMatch(/^(free|\d{3}:L\d+)/);
    }
    expect(channelTable().split("\n")).toHaveLength(CHANNELS.length + 2);
  });
  it("the personal letter's rates are the Bjerke funnel's (21 of 313 signed up, 6 of 21 came)", () => {
    expect(CHANNEL_DEFAULTS.letter.signUp).toBeCloseTo(21 / 313, 3);
    expect(CHANNEL_DEFAULTS.letter.show).toBeCloseTo(6 / 21, 1);
    expect(CHANNEL_DEFAULTS.letter.cost).toBe(1);
  });
  it("a campaign that sets no rates takes its channel's; one that sets a rate keeps it; no channel means the letter", () => {
    for (const c of CHANNELS) {
      const o = parseCollective(bare(c)).outreach.c;
      expect([o.signUp, o.show, o.cost]).toEqual([CHANNEL_DEFAULTS[c].signUp, CHANNEL_DEFAULTS[c].show, CHANNEL_DEFAULTS[c].cost]);
    }
    const own = bare("poster"); own.outreach.c.show = 0.9;
    const o = parseCollective(own).outreach.c;
    expect([o.signUp, o.show, o.cost]).toEqual([CHANNEL_DEFAULTS.poster.signUp, 0.9, CHANNEL_DEFAULTS.poster.cost]);
    const none = parseCollective(bare(undefined)).outreach.c;
    expect([none.channel, none.signUp]).toEqual(["letter", CHANNEL_DEFAULTS.letter.signUp]);
  });
  it("setting a campaign's channel brings the new channel's rates where it had the old one's, and keeps its own", () => {
    const s = parseCollective(bare("letter"));
    s.outreach.c.cost = 0.7;
    const moved = setCollectiveParameter(s, "outreach.c.channel", "enclosure").outreach.c;
    expect([moved.channel, moved.signUp, moved.show, moved.cost]).toEqual(["enclosure", CHANNEL_DEFAULTS.enclosure.signUp, CHANNEL_DEFAULTS.enclosure.show, 0.7]);
  });
  it("a bad channel or a bad rate is one line naming the field, the value and what is allowed", () => {
    const e = errorOf(() => parseCollective(bare("radio")));
    expect(e.message).toBe('invalid outreach.c.channel: "radio" (allowed: letter, enclosure, poster, caseworker)');
    expect(e.message).not.toContain("\n");
    const r = bare("poster"); r.outreach.c.signUp = 1.5;
    expect(errorOf(() => parseCollective(r)).message).toMatch(/^invalid outreach\.c\.signUp: 1\.5 \(allowed: a number in \[0, 1\]\)$/);
    const p = bare("poster"); p.outreach.c = JSON.parse('{"__proto__": {"signUp": 1}, "arena": "evening", "label": {"en": "c", "nb": "c"}}');
    expect(errorOf(() => parseCollective(p)).field).toBe("outreach.c.__proto__");
    expect(({} as Record<string, unknown>).signUp).toBeUndefined();
  });
  it("the summary reports the funnel per channel, and a channel changes the funnel by its declared rates", () => {
    const REPS = 200;
    const funnel = (channel: string) => {
      const sim = new CollectiveSimulator(parseCollective(bare(channel)));
      let invited = 0, signedUp = 0, came = 0, hours = 0;
      for (let r = 0; r < REPS; ++r) {
        const f = sim.run({seed: `channel/${r}`, cases: false}).summary.channels;
        expect(Object.keys(f)).toEqual([channel]);
        invited += f[channel].invited; signedUp += f[channel].signedUp; came += f[channel].came; hours += f[channel].hours;
      }
      return {invited, signedUp, came, hours};
    };
    const inviteHours = base().staff.inviteHours;
    for (const c of CHANNELS) {
      const f = funnel(c), d = CHANNEL_DEFAULTS[c];
      expect(f.invited).toBe(300 * REPS);
      // binomial sign-up: within 4 sd of the declared rate
      const sd = Math.sqrt(f.invited * d.signUp * (1 - d.signUp));
      expect(Math.abs(f.signedUp - f.invited * d.signUp)).toBeLessThan(4 * sd);
      // staff hours are exactly users reached x the channel's cost x a personal invitation's hours
      expect(f.hours).toBeCloseTo(f.invited * d.cost * inviteHours, 6);
      // came cannot exceed the declared show rate by more than chance (slot and venue only lower it)
      expect(f.came).toBeLessThan(f.signedUp * d.show + 4 * Math.sqrt(f.signedUp * d.show * (1 - d.show)) + 1);
    }
    // the letter converts better than the enclosure (its phone follow-up), and the enclosure costs nothing
    const letter = funnel("letter"), enclosure = funnel("enclosure");
    expect(letter.signedUp).toBeGreaterThan(enclosure.signedUp);
    expect(enclosure.hours).toBe(0);
    expect(letter.hours).toBeGreaterThan(0);
  });
});

describe("listening-post (003, January 2007): caseworkers recruit, Norwegian only", () => {
  const REPS = 300;
  const runs = (s = collectivePreset("listening-post")) => {
    const sim = new CollectiveSimulator(s);
    return Array.from({length: REPS}, (_, r) => sim.run({seed: `listening/${r}`, cases: false}).summary);
  };
  const plain = runs();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  it("the caseworker channel's rates give the 18 adults who came within the central 95% of replications (a consistency check: show is read from that figure)", () => {
    const t = plain.map((s) => s.turnout).sort((a, b) => a - b);
    expect(18).toBeGreaterThanOrEqual(t[Math.floor(0.025 * (REPS - 1))]);
    expect(18).toBeLessThanOrEqual(t[Math.ceil(0.975 * (REPS - 1))]);
    for (const s of plain) expect(Object.keys(s.channels)).toEqual(["caseworker"]);
  });
  it("it is a listening post whose staff agenda caps it at consultation, and without interpreters part of the meetings fall to therapy; interpreting raises the share who understood", () => {
    for (const s of plain) {
      expect(s.arenas.post.type).toBe("listening");
      expect(s.arnstein.placation + s.arnstein.partnership + s.arnstein.delegatedPower + s.arnstein.citizenControl).toBe(0);
    }
    expect(mean(plain.map((s) => s.arnstein.therapy))).toBeGreaterThan(0.1);
    const interpreted = runs(setCollectiveParameter(collectivePreset("listening-post"), "arenas.post.interpreters", "core"));
    expect(mean(interpreted.map((s) => s.understoodShare))).toBeGreaterThan(mean(plain.map((s) => s.understoodShare)) + 0.1);
  });
});

describe("collectiveKeys", () => {
  it("lists every concrete key once per id, each readable and settable to its own value", async () => {
    const {collectiveKeys, getCollectiveParameter} = await import("../../../sim/collective/scenario.ts");
    const s = collectivePreset("bjerke-user-meetings");
    const keys = collectiveKeys(s);
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
    expect(keys.filter((k) => k.decl.key === "arenas.*.venue").map((k) => k.key)).toEqual(["arenas.evening.venue", "arenas.daytime.venue", "arenas.conference.venue", "arenas.au.venue"]);
    for (const {key} of keys) {
      const v = getCollectiveParameter(s, key);
      expect(v, key).not.toBeUndefined();
      expect(getCollectiveParameter(setCollectiveParameter(s, key, v as string | number | boolean), key)).toEqual(v);
    }
  });
});
