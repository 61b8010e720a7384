// The chart functions and their helpers. Each chart is one function from plain
// results to a Plot figure, with an accessible label and description.

export {classicMeasures, type ClassicMeasuresOptions} from "./classicMeasures.ts";
export {CLASSIC_MEASURES, type ClassicMeasure} from "./classicFactors.ts";
export {differenceDots, type DifferenceDotsOptions} from "./differenceDots.ts";
export {estimateDots, type EstimateDotsOptions} from "./estimateDots.ts";
export {frameData, type FrameCan, type FrameItem, type ParticipationFrameLike, type StreamsFrameData} from "./frameData.ts";
export {LANGS, STRINGS, has, labelOr, measureLabel, t, type Key, type Lang} from "./i18n.ts";
export {ladderBars, type LadderBarsOptions} from "./ladderBars.ts";
export {optionLabel} from "./labels.ts";
export {formatInterval, formatNumber, formatPercent, type Chart, type ChartOptions} from "./options.ts";
export {CATEGORICAL, ENTITY_COLOURS, LADDER_COLOURS, OKABE_ITO, SEQUENTIAL_SCHEME, STYLE_COLOURS} from "./palette.ts";
export {streamsFrame, type StreamsFrameOptions} from "./streamsFrame.ts";
export * from "./types.ts";
