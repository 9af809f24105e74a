// progress(epoch, step, total, loss): a training progress line. On a terminal it redraws one
// line in place every call (and ends it at the last step); otherwise it prints a plain line at
// every tenth of the run and at the last step, so logs stay short:
//   epoch 3 step 120/300 loss 0.05321 (85.3 steps/s)
// The rate counts steps since the first call of this run of steps: a step lower than the last
// one (a second training loop counting from 1 again) starts a new run. The C runtime's
// gt_progress prints the same.

import Foundation
import GradTensor

struct ProgressLine {
    var start: (step: Int, nanos: UInt64)?
    var last = Int.min

    mutating func line(epoch: Int, step: Int, total: Int, loss: Double, terminal: Bool) -> String {
        let now = DispatchTime.now().uptimeNanoseconds
        if start == nil || step < last { start = (step, now) }
        last = step
        let elapsed = Double(now - start!.nanos) / 1e9
        let rate = elapsed > 0 && step > start!.step ? String(format: "%.1f steps/s", Double(step - start!.step) / elapsed) : "first step"
        let text = "epoch \(epoch) step \(step)/\(total) loss " + String(format: "%.4g", loss) + " (\(rate))"
        if terminal { return "\r\u{1b}[K" + text + (step >= total ? "\n" : "") }
        let every = max(1, total / 10)
        return step % every == 0 || step >= total ? text + "\n" : ""
    }
}

/// The run log: one JSON line per progress(...) and print_norms(...) call, what `gradc plot`
/// draws; the C runtime's gt_log writes the same bytes (GradC/runtime/50-io.h says the format).
final class RunLog {
    let file: UnsafeMutablePointer<FILE>
    var progressCount = 0, normsCount = 0

    init(path: String) throws {
        guard let f = fopen(path, "w") else {
            throw TensorError("cannot write the log '\(path)': \(String(cString: strerror(errno)))")
        }
        file = f
    }

    deinit { fclose(file) }

    static func number(_ x: Double) -> String { x.isFinite ? String(format: "%.17g", x) : "null" }

    func write(_ line: String) {
        fputs(line + "\n", file)
        fflush(file)
    }

    func progress(epoch: Int, step: Int, total: Int, loss: Double) {
        progressCount += 1
        write("{\"event\": \"progress\", \"i\": \(progressCount), \"epoch\": \(epoch), \"step\": \(step), \"total\": \(total), \"loss\": \(RunLog.number(loss))}")
    }

    func norms(_ names: [String], _ values: [Double]) {
        normsCount += 1
        let fields = zip(names, values).map { "\"\($0)\": \(RunLog.number($1))" }.joined(separator: ", ")
        write("{\"event\": \"norms\", \"i\": \(normsCount), \"progress\": \(progressCount), \"norms\": {\(fields)}}")
    }
}
