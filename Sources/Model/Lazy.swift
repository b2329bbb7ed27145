import Synchronization

/// A value made on first use, once, whichever thread asks first; the others
/// wait for it. Lets a build skip work that only some outputs need (the
/// datasets, when the statistics come from the cache and no rendered page
/// reads a project).
public final class Lazy<Value: Sendable>: Sendable {
    private let state: Mutex<Value?>
    private let make: @Sendable () -> Value

    /// A value that `make` produces when first asked for.
    public init(_ make: @escaping @Sendable () -> Value) {
        state = Mutex(nil)
        self.make = make
    }

    /// A value there already.
    public init(value: Value) {
        state = Mutex(value)
        make = { value }
    }

    /// The value, made now if nobody asked before.
    public var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }

    /// Whether the value has been made (or was given).
    public var isMade: Bool { state.withLock { $0 != nil } }
}
