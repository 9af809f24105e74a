// Shared test helpers: paths inside the repository and running gradc in-process.

import Foundation
import GradDriver

enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ p: String) -> String { root.appendingPathComponent(p).path }

    /// An example that `gradc run` runs: every one outside Examples/benchmarks/, and those
    /// benchmarks that have a main() (the ADBench objectives check themselves against JAX)
    /// unless what they print is timings (progress lines' rates: mpi_cost.grad).
    static func isRunnableExample(_ path: String) -> Bool {
        guard path.contains("/benchmarks/") else { return true }
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.contains("\nfn main(") && !text.contains("progress(")
    }

    /// The gradc executable built beside this test bundle.
    static var executable: String {
        final class Marker {}
        let b = Bundle(for: Marker.self).bundleURL
        let candidates = [b.appendingPathComponent("gradc"), b.deletingLastPathComponent().appendingPathComponent("gradc"),
                          root.appendingPathComponent(".build/debug/gradc")]
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]).path
    }

    /// Every file under `dir` with the extension, sorted.
    static func files(_ dir: String, ext: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: path(dir)) else { return [] }
        return e.compactMap { $0 as? String }.filter { $0.hasSuffix("." + ext) }.sorted().map { path(dir + "/" + $0) }
    }
}

struct RunResult {
    var status: Int32
    var out: String
    var err: String
}

/// The build cache of this test run (unless GRADC_CACHE_DIR is set): a folder of its own, so
/// tests see no earlier run's files, and processes started by tests inherit it.
let testCache: Void = {
    setenv("GRADC_CACHE_DIR", NSTemporaryDirectory() + "gradc-test-cache-\(getpid())", 0)
}()

/// Runs the gradc command line in-process, in `directory` when given.
func gradc(_ args: [String], in directory: String? = nil) -> RunResult {
    _ = testCache
    let fm = FileManager.default
    let saved = fm.currentDirectoryPath
    if let directory { fm.changeCurrentDirectoryPath(directory) }
    defer { fm.changeCurrentDirectoryPath(saved) }
    var out = "", err = ""
    let status = CLI.main(["gradc"] + args, out: { out += $0 }, err: { err += $0 })
    return RunResult(status: status, out: out, err: err)
}
