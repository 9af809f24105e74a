// progress(...): plain lines at every tenth of the run when the output is not a terminal, the
// same on the VM and natively (but for the measured rate); one line redrawn in place on a
// terminal, as a pseudo-terminal's screen shows.

import Foundation
import GradDriver
import XCTest

final class TrainingTests: XCTestCase {
    static let program = """
    fn main() {
      var loss = 1.0
      for epoch in 0..<4 {
        for k in 0..<10 {
          loss = loss * 0.9
          progress(epoch, epoch * 10 + k + 1, 40, loss)
        }
      }
      print("done")
    }
    """

    func dir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-progress-\(getpid())")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try TrainingTests.program.write(to: d.appendingPathComponent("progress.grad"), atomically: true, encoding: .utf8)
        return d
    }

    /// Each line without its rate; the rate must be there and well formed.
    func strip(_ out: String) -> [String] {
        out.split(separator: "\n").map { line -> String in
            guard let k = line.range(of: " (") else { return String(line) }
            let rate = line[k.upperBound...].dropLast()
            XCTAssertTrue(rate == "first step" || rate.hasSuffix(" steps/s") && Double(rate.dropLast(8)) != nil, String(line))
            return String(line[..<k.lowerBound])
        }
    }

    func testProgressLinesWhenPiped() throws {
        let d = try dir()
        let vm = CLI.runProcess([Repo.executable, "run", "progress.grad"], in: d)
        XCTAssertEqual(vm.status, 0, vm.errors)
        let want = (1...10).map { k in "epoch \((4 * k - 1) / 10) step \(4 * k)/40 loss " + String(format: "%.4g", pow(0.9, Double(4 * k))) } + ["done"]
        XCTAssertEqual(strip(vm.output), want)
        let b = CLI.runProcess([Repo.executable, "build", "progress.grad", "-o", "progress", "-O1"], in: d)
        XCTAssertEqual(b.status, 0, b.errors)
        let native = CLI.runProcess([d.appendingPathComponent("progress").path], in: d)
        XCTAssertEqual(strip(native.output), want)
    }

    /// A second run of steps (a loop counting again from a lower step) starts its rate anew:
    /// its first line says "first step" on both backends (it used to count from the first
    /// run's start, mixing the two loops' times).
    func testProgressRateRestartsWithANewRunOfSteps() throws {
        let d = try dir()
        try """
        fn main() {
          for k in 0..<10 {
            progress(0, k + 1, 10, 1.0)
          }
          for k in 0..<10 {
            progress(1, k + 5, 14, 1.0)
          }
        }

        """.write(to: d.appendingPathComponent("runs.grad"), atomically: true, encoding: .utf8)
        let vm = CLI.runProcess([Repo.executable, "run", "runs.grad"], in: d)
        XCTAssertEqual(vm.status, 0, vm.errors)
        let b = CLI.runProcess([Repo.executable, "build", "runs.grad", "-o", "runs", "-O1"], in: d)
        XCTAssertEqual(b.status, 0, b.errors)
        let native = CLI.runProcess([d.appendingPathComponent("runs").path], in: d)
        for out in [vm.output, native.output] {
            let lines = out.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 20, out)
            XCTAssertEqual(lines.first, "epoch 0 step 1/10 loss 1 (first step)", out)
            XCTAssertTrue(lines.count > 10 && lines[10] == "epoch 1 step 5/14 loss 1 (first step)", out)
        }
    }

    func testProgressRedrawsOnATerminal() throws {
        let d = try dir()
        let t = try REPLTests.Terminal(home: d.path, args: ["run", "progress.grad"], in: d)
        t.process.waitUntilExit()
        t.wait(for: "\u{0}")
        var screen = REPLTests.Screen()
        screen.feed(t.received)
        let lines = screen.lines.filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 2, "one progress line, redrawn, then done:\n" + lines.joined(separator: "\n"))
        XCTAssertTrue(lines.first?.hasPrefix("epoch 3 step 40/40 loss 0.01478 (") == true, lines.joined(separator: "\n"))
        XCTAssertEqual(lines.last, "done")
        XCTAssertTrue(t.received.contains("step 20/40"), "every step is drawn")
    }
}
