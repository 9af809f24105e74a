// Golden files: the output of `gradc emit ast|ir|grad|bytecode|c|plan` (and `emit ir --fused`,
// as NAME.fused) for every example is kept in Tests/Golden/NAME.STAGE and compared byte for byte, so any change to what people read is
// seen in review. After an intended change, regenerate them with
//   GRADC_UPDATE_GOLDEN=1 swift test --filter GoldenTests

import Foundation
import XCTest

final class GoldenTests: XCTestCase {
    static let stages = ["ast", "ir", "fused", "grad", "bytecode", "c", "plan"]
    static let update = ProcessInfo.processInfo.environment["GRADC_UPDATE_GOLDEN"] == "1"

    func testEmitGolden() throws {
        let examples = Repo.files("Examples", ext: "grad").filter { !$0.contains("/benchmarks/") }
        XCTAssertFalse(examples.isEmpty)
        // One golden name per example: two examples of one file name would share (and overwrite) it.
        let names = examples.map { ((($0 as NSString).lastPathComponent) as NSString).deletingPathExtension }
        XCTAssertEqual(Set(names).count, names.count, "examples with the same file name: \(names.sorted())")
        for ex in examples {
            let name = ((ex as NSString).lastPathComponent as NSString).deletingPathExtension
            for stage in GoldenTests.stages {
                let rel = String(ex.dropFirst(Repo.root.path.count + 1))
                var r = gradc(stage == "fused" ? ["emit", "ir", "--fused", rel] : ["emit", stage, rel], in: Repo.root.path)
                XCTAssertEqual(r.status, 0, "\(name) \(stage): \(r.err)")
                // For C, the program after the runtime (which every program shares).
                if stage == "c", let k = r.out.range(of: "/* ---- the program ---- */") { r.out = String(r.out[k.lowerBound...]) }
                let golden = Repo.path("Tests/Golden/\(name).\(stage)")
                if GoldenTests.update {
                    try r.out.write(toFile: golden, atomically: true, encoding: .utf8)
                    continue
                }
                let want = try? String(contentsOfFile: golden, encoding: .utf8)
                XCTAssertNotNil(want, "missing \(golden); run with GRADC_UPDATE_GOLDEN=1 to create it")
                if let want, want != r.out {
                    let a = want.split(separator: "\n", omittingEmptySubsequences: false)
                    let b = r.out.split(separator: "\n", omittingEmptySubsequences: false)
                    let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                    XCTFail("\(name).\(stage) differs from the golden file at line \(k + 1):\n- \(k < a.count ? a[k] : "<end>")\n+ \(k < b.count ? b[k] : "<end>")")
                }
            }
        }
    }

    /// The same program must print the same IR every time (no hash-order or address leaks).
    func testEmitIsDeterministic() throws {
        let first = gradc(["emit", "ir", "Examples/mlp_manual.grad"], in: Repo.root.path).out
        for _ in 0..<3 {
            XCTAssertEqual(gradc(["emit", "ir", "Examples/mlp_manual.grad"], in: Repo.root.path).out, first)
        }
    }
}
