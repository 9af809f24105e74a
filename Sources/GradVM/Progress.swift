// progress(epoch, step, total, loss): a training progress line. On a terminal it redraws one
// line in place every call (and ends it at the last step); otherwise it prints a plain line at
// every tenth of the run and at the last step, so logs stay short:
//   epoch 3 step 120/300 loss 0.05321 (85.3 steps/s)
// The rate counts steps since the first call. The C runtime's gt_progress prints the same.

import Foundation

struct ProgressLine {
    var start: (step: Int, nanos: UInt64)?

    mutating func line(epoch: Int, step: Int, total: Int, loss: Double, terminal: Bool) -> String {
        let now = DispatchTime.now().uptimeNanoseconds
        if start == nil || step < start!.step { start = (step, now) }
        let elapsed = Double(now - start!.nanos) / 1e9
        let rate = elapsed > 0 && step > start!.step ? String(format: "%.1f steps/s", Double(step - start!.step) / elapsed) : "first step"
        let text = "epoch \(epoch) step \(step)/\(total) loss " + String(format: "%.4g", loss) + " (\(rate))"
        if terminal { return "\r\u{1b}[K" + text + (step >= total ? "\n" : "") }
        let every = max(1, total / 10)
        return step % every == 0 || step >= total ? text + "\n" : ""
    }
}
