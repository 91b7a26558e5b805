/// Fixed-size values parked in a spool file while a run streams, and read back whole at its end.
///
/// What a stage keeps per document (dedup's `Slot`) would otherwise grow in memory with the
/// input, and with it the heap's big doublings (each one a fresh block beside the old): parked
/// here, a run holds only the spool's 1 MiB write buffer while the front end works, and the
/// values come back in one exactly sized array once it is done, when its batches' memory is free.
extension SpoolFile {
    /// Appends `value`'s bytes, then zeros up to its stride (the spool is read back as an array of
    /// `T`; reading a stride's bytes from the value itself would read past it when `T` has
    /// padding). Returns how many values of `T` the spool holds before it.
    func appendPacked<T: BitwiseCopyable>(_ value: T) throws -> Int {
        let at = Int(size) / MemoryLayout<T>.stride
        _ = try withUnsafeBytes(of: value) { try append($0) }
        let pad = MemoryLayout<T>.stride - MemoryLayout<T>.size
        if pad > 0 { _ = try append([UInt8](repeating: 0, count: pad)) }
        return at
    }

    /// How many values of `T` the spool holds.
    func packedCount<T: BitwiseCopyable>(of _: T.Type) -> Int { Int(size) / MemoryLayout<T>.stride }

    /// Every value appended with `appendPacked`, in order, in an array of exactly that many.
    func readPacked<T: BitwiseCopyable>(_: T.Type) throws -> [T] {
        let n = packedCount(of: T.self)
        guard n > 0 else { return [] }
        return try [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            try read(at: 0, into: UnsafeMutableRawBufferPointer(buffer))
            initialized = n
        }
    }
}
