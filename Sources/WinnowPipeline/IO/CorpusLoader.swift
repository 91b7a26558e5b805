import Foundation

/// Loads the text field of every record of a JSONL(.gz) file into memory: for `winnow bench`
/// and benchmarks, which time the hashing alone, not the reading.
public enum CorpusLoader {
    public static func texts(path: String, field: String = "text", limitBytes: Int64 = .max) throws -> [String] {
        guard let format = InputFile.Format(fileName: path), format.isJSONL else {
            throw InputError(file: path, position: "path", reason: "not_jsonl", message: "expected a .jsonl or .jsonl.gz file")
        }
        let source: ByteSource = format.isGzip ? try GzipByteSource(path: path) : try FileByteSource(path: path)
        defer { source.close() }
        let reader = LineReader(source: source, maxLineBytes: 64 << 20)
        var out: [String] = []
        var total: Int64 = 0
        while let line = try reader.next(), total < limitBytes {
            guard line.oversizedLength == nil, line.bytes.count > 1,
                  case .object(let o)? = try? JSONParser.parse(line.bytes),
                  case .string(let text)? = o[field] else { continue }
            total += Int64(text.utf8.count)
            out.append(text)
        }
        return out
    }

    /// Deterministic synthetic English-like text (Zipf-distributed words), `megabytes` in total,
    /// in documents of 1–8 KB: for benchmarks that need no corpus file.
    public static func synthetic(megabytes: Double, seed: UInt64 = 42) -> [String] {
        var rng = seed
        func next() -> UInt64 {
            rng &+= 0x9E37_79B9_7F4A_7C15
            var z = rng
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let letters = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)
        var vocabulary: [String] = []
        for _ in 0..<20000 {
            let length = 2 + Int(next() % 9)
            vocabulary.append(String(decoding: (0..<length).map { _ in letters[Int(next() % 13 + next() % 14)] }, as: UTF8.self))
        }
        let target = Int(megabytes * 1_000_000)
        var docs: [String] = []
        var total = 0
        while total < target {
            let size = 1000 + Int(next() % 7000)
            var doc = ""
            doc.reserveCapacity(size + 16)
            var words = 0
            while doc.utf8.count < size {
                // Zipf-like: small ranks far more often.
                let u = Double(next() % 1_000_000 + 1) / 1_000_000
                let rank = min(vocabulary.count - 1, Int(pow(Double(vocabulary.count), u)) - 1)
                doc += vocabulary[rank]
                words += 1
                doc += words % 17 == 0 ? ". " : " "
            }
            total += doc.utf8.count
            docs.append(doc)
        }
        return docs
    }
}
