// The chart functions and their helpers. Each chart is one function from plain
// results to a Plot figure, with an accessible label and description.

export {classicHeatmap, type ClassicHeatmapOptions} from "./classicHeatmap.ts";
export {classicMeasures, type ClassicMeasuresOptions} from "./classicMeasures.ts";
export {CLASSIC_MEASURES, type ClassicMeasure} from "../sim/classic/measures.ts";
export {conditionsBars, type ConditionsBarsOptions} from "./conditionsBars.ts";
export {costEffect, dominated, type CostEffectOptions} from "./costEffect.ts";
export {dataTable, type Column, type DataTableOptions} from "./dataTable.ts";
export {differenceDots, type DifferenceDotsOptions} from "./differenceDots.ts";
export {primTradeOff, robustDraws, type PrimTradeOffOptions, type RobustDrawsOptions} from "./discoveryCharts.ts";
export {estimateDots, type EstimateDotsOptions} from "./estimateDots.ts";
export {svgString, toCSV} from "./export.ts";
export {frameData, type FrameCan, type FrameItem, type ParticipationFrameLike, type StreamsFrameData} from "./frameData.ts";
export {LANGS, STRINGS, has, labelOr, t, type Key, type Lang} from "./i18n.ts";
export {importanceData, type ImportanceEntity, type ImportanceOutcome, type ImportanceRow} from "./importanceData.ts";
export {importanceProfile, type ImportanceProfileOptions} from "./importanceProfile.ts";
export {energyLine, type EnergyLineOptions} from "./energyLine.ts";
export {userTrajectory, userTrajectoryRows, type UserTrajectoryOptions, type UserTrajectoryRow} from "./userTrajectory.ts";
export {ladderBars, type LadderBarsOptions} from "./ladderBars.ts";
export {optionLabel} from "./labels.ts";
export {fillNumbers, formatInterval, formatNumber, formatPercent, formatSigned} from "./format.ts";
export {type Chart, type ChartOptions} from "./options.ts";
export {CATEGORICAL, DARK_GREY, ENTITY_COLOURS, GREY, LADDER_COLOURS, OKABE_ITO, SEQUENTIAL_SCHEME, STYLE_COLOURS} from "./palette.ts";
export {perceivedGap, type PerceivedGapOptions} from "./perceivedGap.ts";
export {runningRows, type RunningRow} from "./runningData.ts";
export {runningShares, type RunningSharesOptions} from "./runningShares.ts";
export {sensitivityBars, type IndexRow, type SensitivityBarsOptions} from "./sensitivityBars.ts";
export {sensitivityConvergence, type ConvergenceRow, type SensitivityConvergenceOptions} from "./sensitivityConvergence.ts";
export {streamsFrame, type StreamsFrameOptions} from "./streamsFrame.ts";
export {stylesBars, type ClassicStylesRow, type StylesBarsOptions} from "./stylesBars.ts";
export {sweepHeatmap, type SweepHeatmapOptions} from "./sweepHeatmap.ts";
export {sweepLine, type SweepLineOptions} from "./sweepLine.ts";
export {userTypeDots, type UserTypeDotsOptions} from "./userTypeDots.ts";
export * from "./types.ts";
export {verdictText} from "./verdict.ts";
export {organisationText} from "./organisation.ts";
export {roundRows} from "./rounding.ts";
export {conditionLabel, isMeasure, measureLabel, measureName, outcomeLabel, stepLabel, styleLabel} from "./vocabulary.ts";
