import Foundation
import GreenPubModel
import Testing

@Suite struct BackgroundReleaseTests {
    /// Signals when it is freed, and on which thread.
    final class Tracked: @unchecked Sendable {
        let freed: DispatchSemaphore
        let freedOn: ThreadBox
        init(freed: DispatchSemaphore, freedOn: ThreadBox) {
            self.freed = freed
            self.freedOn = freedOn
        }
        deinit {
            freedOn.thread = pthread_self()
            freed.signal()
        }
    }

    final class ThreadBox: @unchecked Sendable {
        var thread: pthread_t?
    }

    /// The caller waits after handing the value over, so that the background thread is done
    /// with it before the caller's scope ends: a caller that kept a reference (no `consume`)
    /// would then free it itself, which is what this guards against. Several times over.
    @Test func theLastReferenceIsDroppedOnAnotherThread() {
        for _ in 0..<10 {
            let freed = DispatchSemaphore(value: 0)
            let box = ThreadBox()
            do {
                let value = [Tracked(freed: freed, freedOn: box)]
                BackgroundRelease.release(consume value)
                usleep(10_000)
            }
            #expect(freed.wait(timeout: .now() + 10) == .success)
            let thread = box.thread
            #expect(thread != nil)
            #expect(thread.map { pthread_equal($0, pthread_self()) == 0 } == true)
        }
    }
}
