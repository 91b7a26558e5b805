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

/// What the system `gzip` (an independent implementation from ours) writes when run with
/// `arguments` on `input` (nil: no standard input), and its exit status. The input is fed from a
/// thread of its own: gzip writes while it reads, and a pipe holds only 64 KiB.
private func runGzip(_ arguments: [String], input data: [UInt8]?) throws -> (status: Int32, output: [UInt8]) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/gzip")
    p.arguments = arguments
    let input = Pipe(), output = Pipe()
    if data != nil { p.standardInput = input }
    p.standardOutput = output
    try p.run()
    if let data {
        let writer = Thread { input.fileHandleForWriting.write(Data(data)); try? input.fileHandleForWriting.close() }
        writer.start()
    }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, Array(out))
}

/// Real gzip bytes through the system `gzip`, with no name or time stamp in the header (`-n`).
func gzipBytes(_ data: [UInt8]) throws -> [UInt8] {
    try runGzip(["-c", "-n"], input: data).output
}

/// Bytes decompressed by the system `gzip`, as far as it gets (damaged input is not an error).
func gunzipBytes(_ data: [UInt8]) throws -> [UInt8] {
    try runGzip(["-dc"], input: data).output
}

/// The bytes of a gzip file decompressed by the system `gzip` (not ours); gzip must succeed.
func gunzipFile(_ path: String) throws -> [UInt8] {
    let (status, out) = try runGzip(["-dc", path], input: nil)
    guard status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path]) }
    return out
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
    precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "could not write \(path)")
}

/// The package's root directory (the one holding `Package.swift`), found by walking up from the
/// calling test file, so a test reads `Fixtures/` and `Pipelines/` wherever its file sits.
func packageRoot(_ file: String = #filePath) -> String {
    var url = URL(fileURLWithPath: file).deletingLastPathComponent()
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url.path
}
