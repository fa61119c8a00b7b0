import Foundation

/// Lets go of a large value on a thread of its own. At the end of a build the site's data, the
/// institution index and the pages' records are hundreds of thousands of objects at 30,000
/// institutions; freeing them took one core tens of milliseconds while the other waited, and
/// nothing the build returns depends on it. The caller goes on (writes the manifest, exits)
/// while it happens; the value must have no other owner left for the freeing to move.
public enum BackgroundRelease {
    public static func release<Value: Sendable>(_ value: consuming Value) {
        let box = ReleaseBox(value)
        Thread { box.empty() }.start()
    }
}

/// Holds the value until the background thread empties it, so that the last reference is
/// dropped there and not by whichever thread happens to release the closure.
private final class ReleaseBox<Value: Sendable>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    func empty() {
        value = nil
    }
}
