/// A problem with one input, named by file and position. The run records it and goes on.
public struct InputError: Error, CustomStringConvertible {
    public var file: String
    /// Where, in words: "compressed byte 1234", "line 17, byte 5000".
    public var position: String
    /// Short machine-readable reason (also the `reason` of the rejected record).
    public var reason: String
    public var message: String

    public init(file: String, position: String, reason: String, message: String) {
        self.file = file
        self.position = position
        self.reason = reason
        self.message = message
    }

    public var description: String { "\(file): \(position): \(message)" }
}
