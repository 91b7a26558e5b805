/// Fixed-size values parked in a spool file while a run streams, and read back whole at its end.
///
/// What a stage keeps per document (dedup's `Slot`) would otherwise grow in memory with the
/// input, and with it the heap's big doublings (each one a fresh block beside the old): parked
/// here, a run holds only the spool's 1 MiB write buffer while the front end works, and the
/// values come back in one exactly sized array once it is done, when its batches' memory is free.
extension SpoolFile {
    /// Appends `value`'s bytes (its stride: the spool is read back as an array of `T`). Returns
    /// how many values of `T` the spool holds before it.
    @discardableResult
    func appendPacked<T: BitwiseCopyable>(_ value: T) throws -> Int {
        let at = Int(size) / MemoryLayout<T>.stride
        var v = value
        _ = try withUnsafeBytes(of: &v) { raw in
            try append(UnsafeRawBufferPointer(start: raw.baseAddress, count: MemoryLayout<T>.stride))
        }
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
