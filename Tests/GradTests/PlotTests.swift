// The run log (`gradc run --log`, GRADC_LOG for executables) and `gradc plot`: the log's
// entries on both backends, the SVG against its golden file, the picture as a renderer draws
// it (rsvg-convert, read back pixel by pixel), and their errors; `gradc emit dot`'s graphs.

import Foundation
import GradDriver
import XCTest

final class PlotTests: XCTestCase {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-plot-\(UUID().uuidString)")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    func entries(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    /// progress and print_norms, printed and quiet, in a helper behind a branch: every call is
    /// logged, in order, with the same entries on the VM and natively.
    func testRunLogsAgreeOnBothBackends() throws {
        let vmLog = dir.appendingPathComponent("vm.jsonl").path, cLog = dir.appendingPathComponent("c.jsonl").path
        let vm = gradc(["run", "--log", vmLog, "Tests/Plot/train.grad"], in: Repo.root.path)
        XCTAssertEqual(vm.status, 0, vm.err)
        // print: false prints nothing; the printed norms are steps 2, 4 and 6
        XCTAssertEqual(vm.out.split(separator: "\n").map { String($0.prefix(14)) }, Array(repeating: "norms inner.W ", count: 3))
        let exe = dir.appendingPathComponent("train").path
        let b = gradc(["build", "Tests/Plot/train.grad", "-o", exe], in: Repo.root.path)
        XCTAssertEqual(b.status, 0, b.err)
        let c = BackendTests.run([exe], in: Repo.root.path, env: ["GRADC_LOG": cLog])
        XCTAssertEqual(c.status, 0, c.err)
        XCTAssertTrue(BackendTests.agree(vm.out, c.out), "--- VM\n\(vm.out)\n--- C\n\(c.out)")
        let a = try entries(vmLog), n = try entries(cLog)
        XCTAssertEqual(a.count, 12)
        XCTAssertEqual(n.count, a.count)
        for (k, (x, y)) in zip(a, n).enumerated() {
            XCTAssertEqual(x["event"] as? String, k % 2 == 0 ? "norms" : "progress")
            XCTAssertEqual(x["i"] as? Int, k / 2 + 1)
            XCTAssertEqual(Set(x.keys), Set(y.keys))
            if k % 2 == 0 {
                XCTAssertEqual(x["progress"] as? Int, k / 2)
                let u = x["norms"] as! [String: Double], v = y["norms"] as! [String: Double]
                XCTAssertEqual(Set(u.keys), ["inner.W", "b"])
                for (name, value) in u { XCTAssertEqual(value, v[name]!, accuracy: 1e-12 * abs(value), "line \(k + 1) \(name)") }
            } else {
                XCTAssertEqual(x["step"] as? Int, k / 2 + 1)
                XCTAssertEqual(x["epoch"] as? Int, (k / 2 + 1) / 3)
                XCTAssertEqual(x["total"] as? Int, 6)
                XCTAssertEqual(x["loss"] as! Double, y["loss"] as! Double, accuracy: 1e-12)
            }
        }
        // The log is line-buffered text, one object a line, each key where the format says.
        let first = try String(contentsOfFile: vmLog, encoding: .utf8).split(separator: "\n")[1]
        XCTAssertTrue(first.hasPrefix("{\"event\": \"progress\", \"i\": 1, \"epoch\": 0, \"step\": 1, \"total\": 6, \"loss\": 0.45"), String(first))
    }

    /// The picture of a log with a NaN loss (null), a zero and a null norm (gaps on the log
    /// scale), a field that appears later and a blank line: deterministic SVG, golden-tested.
    func testPlotIsGolden() throws {
        let svg = dir.appendingPathComponent("run.svg").path
        let r = gradc(["plot", "Tests/Plot/run.jsonl", "-o", svg], in: Repo.root.path)
        XCTAssertEqual(r.status, 0, r.err)
        let got = try String(contentsOfFile: svg, encoding: .utf8)
        let golden = Repo.path("Tests/Golden/plot.svg")
        if ProcessInfo.processInfo.environment["GRADC_UPDATE_GOLDEN"] != nil {
            try got.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(got, try String(contentsOfFile: golden, encoding: .utf8), "regenerate with GRADC_UPDATE_GOLDEN=1 if intended")
    }

    /// The SVG as a renderer draws it: rsvg-convert's PNG, read back by Tests/Plot/pixels.py:
    /// the legend's colours where the legend is, the loss curve where its first point is, text
    /// drawn in the title, white elsewhere.
    func testPlotRendersAsDrawn() throws {
        guard CLI.runProcess(["rsvg-convert", "--version"], in: dir).status == 0 else {
            throw XCTSkip("rsvg-convert is not installed (apt-get install librsvg2-bin; .ci/run installs it)")
        }
        let svg = dir.appendingPathComponent("run.svg").path, png = dir.appendingPathComponent("run.png").path
        XCTAssertEqual(gradc(["plot", "Tests/Plot/run.jsonl", "-o", svg], in: Repo.root.path).status, 0)
        let render = CLI.runProcess(["rsvg-convert", svg, "-o", png], in: dir)
        XCTAssertEqual(render.status, 0, render.errors)
        // The loss panel is y 40...290, x 80...650; the norms panel starts at y 360. The first
        // loss point is 2.5 on a 0.1...5 log scale at step 1 (x = 80).
        let y = 40 + 250 * (1 - (log10(2.5) - log10(0.1)) / (log10(5) - log10(0.1)))
        let points = ["677,52", "677,372", "677,392", "677,412", "400,200", "5,5", "740,300"]
        let r = CLI.runProcess(["python3", Repo.path("Tests/Plot/pixels.py"), png] + points, in: dir)
        XCTAssertEqual(r.status, 0, r.errors)
        var colour: [String: String] = [:]
        for line in r.output.split(separator: "\n").dropFirst() {
            let p = line.split(separator: " ")
            colour[String(p[0])] = String(p[1])
        }
        XCTAssertEqual(r.output.split(separator: "\n").first, "size 820 660")
        XCTAssertEqual(colour["677,52"], "#000000")      // the loss's legend
        XCTAssertEqual(colour["677,372"], "#1f77b4")     // W1's
        XCTAssertEqual(colour["677,392"], "#ff7f0e")     // b1's
        XCTAssertEqual(colour["677,412"], "#2ca02c")     // extra.W's
        XCTAssertEqual(colour["400,200"], "#ffffff")     // inside the loss panel, away from the curve
        XCTAssertEqual(colour["5,5"], "#ffffff")
        XCTAssertEqual(colour["740,300"], "#ffffff")
        func dark(_ pixels: [String]) -> Bool {
            let r = CLI.runProcess(["python3", Repo.path("Tests/Plot/pixels.py"), png] + pixels, in: dir)
            return r.output.split(separator: "\n").dropFirst().contains { line in
                let hex = line.split(separator: "#").last.map(String.init) ?? "ffffff"
                return stride(from: 0, to: 6, by: 2).allSatisfy { Int(hex.dropFirst($0).prefix(2), radix: 16)! < 0x80 }
            }
        }
        // the loss curve near its first point (a column a few pixels right of it), and no
        // curve where the loss is NaN (step 3, x = 308) but for the grid
        XCTAssertTrue(dark((Int(y) - 4...Int(y) + 8).map { "88,\($0)" }), "the loss curve is not at its first point")
        XCTAssertFalse(dark((60...280).map { "300,\($0)" }), "a curve where the loss is NaN")
        // text is drawn: the title row has dark pixels
        XCTAssertTrue(dark((380...440).map { "\($0),20" }), "no text in the title")
    }

    /// `gradc emit dot`: a function and its gradient, JVP and VJP, golden-tested; derivative
    /// values (direction parameters, d_ adjoints and what is computed from them, a loop's
    /// carried adjoint) orange, primal ones (1 - h² in the reverse sweep too) blue, tapes
    /// cylinders; Graphviz draws it.
    func testDotGraph() throws {
        let r = gradc(["emit", "dot", "Tests/Plot/dataflow.grad", "--fn", "f"], in: Repo.root.path)
        XCTAssertEqual(r.status, 0, r.err)
        let golden = Repo.path("Tests/Golden/dataflow.dot")
        if ProcessInfo.processInfo.environment["GRADC_UPDATE_GOLDEN"] != nil { try r.out.write(toFile: golden, atomically: true, encoding: .utf8) }
        XCTAssertEqual(r.out, try String(contentsOfFile: golden, encoding: .utf8), "regenerate with GRADC_UPDATE_GOLDEN=1 if intended")
        let lines = r.out.split(separator: "\n")
        func line(_ cluster: Int, _ text: String) -> String {
            lines.first { $0.contains("f\(cluster)_v") && $0.contains(text) }.map(String.init) ?? ""
        }
        let orange = "fillcolor=\"#fde0c5\""
        XCTAssertTrue(r.out.contains("label=\"fn df = grad(f, wrt: W)\""))
        XCTAssertTrue(line(1, "d_W = for result").contains(orange))                  // the gradient
        XCTAssertTrue(line(1, "tape_h = stack_alloc").contains("shape=cylinder"))     // the tape
        XCTAssertFalse(lines.filter { $0.hasPrefix("    f0_") }.contains { $0.contains(orange) })   // f itself has none
        XCTAssertTrue(line(2, "label=\"t_W").contains(orange))                         // jvp's tangent
        XCTAssertFalse(line(2, "label=\"W\\n").contains(orange))                     // and its primal W
        XCTAssertTrue(line(3, "label=\"ct").contains(orange))                          // vjp's cotangent
        // A loop's results are coloured one by one, by what flows into each: the JVP's loop
        // carries h (primal) beside its tangent, df's reverse sweep the trip's output (primal)
        // beside the adjoints.
        for (cluster, derivatives, primals) in [(1, ["%61", "%62"], ["%15", "%63"]), (2, ["%19"], ["%18"])] {
            let results = lines.filter { $0.contains("f\(cluster)_v") && $0.contains("for result") && !$0.contains("cylinder") }
            func names(_ orange: Bool) -> [String] {
                results.filter { $0.contains("fillcolor=\"#fde0c5\"") == orange }.map { String($0.split(separator: "\"")[1].prefix(3)) }
            }
            XCTAssertEqual(names(true), derivatives, results.joined(separator: "\n"))
            XCTAssertEqual(names(false), primals, results.joined(separator: "\n"))
        }
        // In df's reverse sweep, 1 - h² (sub of a constant and a product of primal values) is
        // primal; the product of it and the carried adjoint is not.
        let sub = lines.filter { $0.contains("f1_v") && $0.contains(" sub\\n") && $0.contains("f64[3]") }
        XCTAssertFalse(sub.isEmpty)
        XCTAssertTrue(sub.allSatisfy { !$0.contains(orange) }, sub.joined(separator: "\n"))
        guard CLI.runProcess(["dot", "-V"], in: dir).status == 0 else {
            throw XCTSkip("Graphviz is not installed (apt-get install graphviz; .ci/run installs it)")
        }
        let dotFile = dir.appendingPathComponent("g.dot")
        try r.out.write(to: dotFile, atomically: true, encoding: .utf8)
        let svg = CLI.runProcess(["dot", "-Tsvg", dotFile.path], in: dir)
        XCTAssertEqual(svg.status, 0, svg.errors)
        XCTAssertTrue(svg.errors.isEmpty, svg.errors)
        XCTAssertTrue(svg.output.contains("d_W = for result"))
    }

    func testLogAndPlotErrors() throws {
        // an entry that is not JSON, one without its index, one of no known kind
        for (text, message) in [("{\"event\": \"progress\", \"i\": 1, \"loss\": 1}\nnot json\n", "bad.jsonl:2: error: not a JSON object"),
                                ("{\"event\": \"norms\", \"progress\": 1, \"norms\": {}}\n", "bad.jsonl:1: error: no \"i\""),
                                ("{\"event\": \"lr\", \"i\": 1}\n", "bad.jsonl:1: error: an entry whose \"event\" is neither"),
                                ("\n", "bad.jsonl: error: the log has no progress or norms entries")] {
            try text.write(to: dir.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
            let r = gradc(["plot", "bad.jsonl", "-o", "bad.svg"], in: dir.path)
            XCTAssertEqual(r.status, 65, r.err)
            XCTAssertTrue(r.err.contains(message), r.err)
        }
        try "fn main() {}\n".write(to: dir.appendingPathComponent("a.grad"), atomically: true, encoding: .utf8)
        let over = gradc(["plot", Repo.path("Tests/Plot/run.jsonl"), "-o", "a.grad"], in: dir.path)
        XCTAssertEqual(over.status, 64)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("a.grad"), encoding: .utf8), "fn main() {}\n")
        XCTAssertEqual(gradc(["plot", "missing.jsonl"], in: dir.path).status, 74)
        // A log that cannot be written is a run-time error at the call, on both backends.
        let nowhere = dir.appendingPathComponent("no/such/folder/run.jsonl").path
        let vm = gradc(["run", "--log", nowhere, "Tests/Plot/train.grad"], in: Repo.root.path)
        XCTAssertEqual(vm.status, 70)
        XCTAssertTrue(vm.err.contains("train.grad:13:") && vm.err.contains("cannot write the log '\(nowhere)'"), vm.err)
        let exe = dir.appendingPathComponent("train").path
        XCTAssertEqual(gradc(["build", "Tests/Plot/train.grad", "-o", exe], in: Repo.root.path).status, 0)
        let c = BackendTests.run([exe], in: Repo.root.path, env: ["GRADC_LOG": nowhere])
        XCTAssertEqual(c.status, 70)
        XCTAssertTrue(c.err.contains("train.grad:13:") && c.err.contains("cannot write the log '\(nowhere)'"), c.err)
    }
}
