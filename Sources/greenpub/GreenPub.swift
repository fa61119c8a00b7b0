import ArgumentParser
import GreenPubKit

@main
struct GreenPub: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "greenpub")
    func run() throws {}
}
