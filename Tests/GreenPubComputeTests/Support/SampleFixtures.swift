import Foundation
import GreenPubCompute
@testable import GreenPubKit
import GreenPubLoad
import GreenPubModel

/// The project root of this checkout (the tests read the committed sample from it).
let checkoutRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The committed factor table, read the way the pipeline reads it.
let committedFactors: FactorTable = {
    let (table, diagnostics) = FactorsLoader.load(root: checkoutRoot)
    guard let table else { fatalError("content/data/factors.yaml does not load: \(diagnostics)") }
    return table
}()

/// The sample's statistics, generated in memory with the default seed and 292 institutions.
let sampleStatistics: [YearStatistics] = SampleGenerator.generate()

/// The sample's accounts for every year, computed with the committed factors.
let sampleAccounts: [YearAccounts] = Accounting.series(sampleStatistics, factors: committedFactors)

func accounts(_ year: Int) -> YearAccounts {
    guard let found = sampleAccounts.first(where: { $0.year == year }) else { fatalError("no accounts for \(year)") }
    return found
}

/// A value rounded the way the plan prints it: half away from zero, to `decimals` places.
func printed(_ value: Double, decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
}
