import ArgumentParser

extension GreenPub {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the input, then write the site.")
        func run() throws {}
    }
}
