import ArgumentParser

extension GreenPub {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check every input file and list every problem.")
        func run() throws {}
    }
}
