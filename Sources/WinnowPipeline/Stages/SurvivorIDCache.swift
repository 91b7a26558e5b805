/// Survivors' ids across chunks of duplicates: a cluster's copies are spread over the input, so
/// its survivor's id is wanted again in later chunks (on dumps-300, ~116k meta-line reads for 17k
/// survivors). Direct-mapped on the document number, 4,096 entries: bounded whatever the input.
struct SurvivorIDCache {
    private var keys = [Int32](repeating: -1, count: 4096)
    private var values = [[UInt8]](repeating: [], count: 4096)

    subscript(document: Int) -> [UInt8]? {
        get { keys[document & 4095] == Int32(document) ? values[document & 4095] : nil }
        set {
            guard let newValue else { return }
            keys[document & 4095] = Int32(document)
            values[document & 4095] = newValue
        }
    }
}
