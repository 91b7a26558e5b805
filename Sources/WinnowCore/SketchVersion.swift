/// The hashing core: tokenize UTF-8 bytes, build word shingles, MinHash signatures, LSH bands.
public enum WinnowCoreInfo {
    /// Bumped whenever a change alters any signature bit, so stored sketches are never compared across versions.
    public static let sketchFormatVersion = 1
}
