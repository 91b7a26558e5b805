import Foundation
import XCTest
@testable import WinnowPipeline

/// A fresh temporary directory, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> String {
    let dir = NSTemporaryDirectory() + "winnow-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
    return dir
}

/// Real gzip bytes through the system `gzip` (an independent implementation from ours).
func gzipBytes(_ data: [UInt8]) throws -> [UInt8] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/gzip")
    p.arguments = ["-c", "-n"]
    let input = Pipe(), output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    try p.run()
    let writer = Thread { input.fileHandleForWriting.write(Data(data)); try? input.fileHandleForWriting.close() }
    writer.start()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Array(out)
}

/// The bytes of a gzip file decompressed by the system `gzip` (not ours); gzip must succeed.
func gunzipFile(_ path: String) throws -> [UInt8] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/gzip")
    p.arguments = ["-dc", path]
    let output = Pipe()
    p.standardOutput = output
    try p.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path]) }
    return Array(out)
}

/// All bytes of a stream read through `LineReader` + a source, joined back with `\n`.
func readLines(_ source: ByteSource, maxLineBytes: Int = 1 << 20, chunk: Int = 4096) throws -> [String] {
    let reader = LineReader(source: source, maxLineBytes: maxLineBytes, chunkBytes: chunk)
    var out: [String] = []
    while let line = try reader.next() {
        out.append(line.oversizedLength != nil ? "<oversized \(line.oversizedLength!)>" : String(decoding: line.bytes, as: UTF8.self))
    }
    return out
}

func write(_ bytes: [UInt8], to path: String) {
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
}
