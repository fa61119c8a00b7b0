import GreenPubCompute
import GreenPubModel

/// An indicator's evaluation in words, as the dashboard prints it under the chart:
/// `2025年为10.78千克标煤/平方米·年，比基期（2020年核算值11.92）下降9.56%，已达标（目标≤11.44）。`
enum IndicatorSentence {
    static func verdict(_ evaluation: IndicatorEvaluation, indicator: PlanIndicator, decimals: Int) -> String {
        let unit = indicator.unit == "%" ? "%" : indicator.unit
        let value = PlanFigures.value(evaluation.value, decimals: decimals) + unit
        let base = PlanFigures.value(evaluation.computedBase, decimals: decimals)
        let target = evaluation.comparison.symbol + PlanFigures.value(evaluation.target, decimals: decimals)
        var text = "\(evaluation.year)年为\(value)，比基期（\(evaluation.baseYear)年核算值\(base)）"
        text += PlanFigures.change(percent: evaluation.changePercent) + "，"
        let bound = indicator.direction == .lowerIsBetter ? "不高于" : "不低于"
        let path = PlanFigures.value(evaluation.path, decimals: decimals)
        switch evaluation.status {
        case .met:
            text += "已达标（目标\(target)）"
        case .onTrack:
            text += "尚未达标，进度正常（按目标路径\(evaluation.year)年应\(bound)\(path)，目标\(target)）"
        case .behind:
            let gap = PlanFigures.value(abs(evaluation.gapToPath), decimals: decimals)
            let side = evaluation.gapToPath > 0 ? "高出" : "低出"
            text += "滞后于目标路径（\(evaluation.year)年应\(bound)\(path)，实际\(side)\(gap)；目标\(target)）"
        case .missed:
            text += "未达标（目标\(target)）"
        }
        if evaluation.isFlagged { text += "。约束性指标，须重点关注" }
        return text + "。"
    }

    /// `按2020—2024年数据的最小二乘直线外推，2025年预计为11.02，可望达标。`; nil without a projection.
    static func projection(_ evaluation: IndicatorEvaluation, indicator: PlanIndicator, decimals: Int) -> String? {
        guard let projection = evaluation.projection, let first = projection.years.first, let last = projection.years.last else { return nil }
        let unit = indicator.unit == "%" ? "%" : indicator.unit
        let value = PlanFigures.value(projection.projectedValue, decimals: decimals) + unit
        let outlook = projection.meetsTarget ? "可望达标" : "按此趋势难以达标"
        return "按\(first)—\(last)年数据的最小二乘直线外推，\(projection.targetYear)年预计为\(value)，\(outlook)。"
    }
}
