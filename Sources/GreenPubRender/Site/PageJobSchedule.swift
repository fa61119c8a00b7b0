import GreenPubModel

/// Runs every builder's jobs together on every core and hands back what they made in the
/// builders' order, whatever order they ran in.
///
/// A builder's lone job may be long (a page over every institution), so the lone jobs start
/// first and the many small jobs of the builders that split their work fill the cores up to
/// the end; nothing long is left for last while a core waits.
enum PageJobSchedule {
    /// The batches of `lists` (one list per builder), flattened in list order; each batch is
    /// passed through `finish` on the thread that made it.
    static func run(_ lists: [[PageJob]], finish: @Sendable (PageBatch) -> PageBatch) -> [PageBatch] {
        let jobs = lists.flatMap { $0 }
        let lone = lists.flatMap { list in Array(repeating: list.count == 1, count: list.count) }
        let order = jobs.indices.filter { lone[$0] } + jobs.indices.filter { !lone[$0] }
        let ran = ParallelMap.map(order) { finish(jobs[$0]()) }
        var batches = Array(repeating: PageBatch(pages: []), count: jobs.count)
        for (position, index) in order.enumerated() { batches[index] = ran[position] }
        return batches
    }
}
