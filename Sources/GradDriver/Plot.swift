// `gradc plot run.jsonl -o run.svg`: the run log's pictures (a log written by `gradc run --log`
// or an executable under GRADC_LOG; the format is in GradC/runtime/50-io.h). Two panels share
// the step axis: the loss of every progress(...) call, and the gradient norm of every field
// that print_norms(...) logged, each field a line, on a logarithmic scale — the picture of
// vanishing and exploding gradients. Plain SVG 1.1, written here, deterministic (coordinates
// rounded to 0.1 px), so a test can compare it and any browser or rsvg-convert can show it.

import Foundation

struct RunLogData {
    /// (step, loss) of each progress call.
    var loss: [(Double, Double?)] = []
    /// Field names in order of first appearance, and (step, norm) of each print_norms call.
    var fields: [String] = []
    var norms: [String: [(Double, Double?)]] = [:]

    /// Reads a log: one JSON object a line; a line that is not one is an error naming it.
    static func read(_ path: String) throws -> RunLogData {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CompileFailure(code: .ioError, message: "error: cannot read '\(path)'\n")
        }
        var log = RunLogData()
        // A norms entry is drawn at the step of the next progress call (print_norms of a
        // step's gradient comes before that step's progress line); a log without progress
        // entries counts print_norms calls (`calls`: each norms point's i).
        var calls: [String: [Double]] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            func bad(_ why: String) -> CompileFailure {
                CompileFailure(code: .compileError, message: "\(path):\(n + 1): error: \(why)\n")
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw bad("not a JSON object")
            }
            func number(_ v: Any?) -> Double? { (v as? NSNumber).map { $0.doubleValue } }
            guard let i = number(object["i"]) else { throw bad("no \"i\" (the entry's index)") }
            switch object["event"] as? String {
            case "progress":
                log.loss.append((i, number(object["loss"])))
            case "norms":
                guard let fields = object["norms"] as? [String: Any] else { throw bad("a norms entry without \"norms\"") }
                let x = (number(object["progress"]) ?? i - 1) + 1
                // JSONSerialization does not keep the order of keys: the line's own order is read
                // from the text (keys are field names, which have no quotes of their own).
                let order = RunLogData.keyOrder(String(line), after: "\"norms\": {")
                for name in order where fields[name] != nil {
                    if log.norms[name] == nil { log.fields.append(name); log.norms[name] = [] }
                    log.norms[name]!.append((x, number(fields[name])))
                    calls[name, default: []].append(i)
                }
            default:
                throw bad("an entry whose \"event\" is neither \"progress\" nor \"norms\"")
            }
        }
        if log.loss.isEmpty {
            for name in log.fields { log.norms[name] = zip(calls[name]!, log.norms[name]!).map { ($0, $1.1) } }
        }
        if log.loss.isEmpty && log.fields.isEmpty {
            throw CompileFailure(code: .compileError, message: "\(path): error: the log has no progress or norms entries to plot\n")
        }
        return log
    }

    /// The keys of the object that starts after `marker`, in the order they are written.
    static func keyOrder(_ line: String, after marker: String) -> [String] {
        guard let r = line.range(of: marker) else { return [] }
        var keys: [String] = []
        var rest = line[r.upperBound...]
        while let open = rest.firstIndex(of: "\"") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "\"") else { break }
            keys.append(String(rest[afterOpen..<close]))
            guard let comma = rest[close...].firstIndex(where: { $0 == "," || $0 == "}" }), rest[comma] == "," else { break }
            rest = rest[rest.index(after: comma)...]
        }
        return keys
    }
}

enum SVGPlot {
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    /// A number for an SVG attribute: 0.1 px, no trailing zeros.
    static func f(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// Tick label text: short, exact enough to read.
    static func label(_ v: Double) -> String {
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e5 || a < 1e-3 { return String(format: "%.0e", v).replacingOccurrences(of: "e+0", with: "e").replacingOccurrences(of: "e-0", with: "e-") }
        return String(format: "%g", v)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    struct Axis {
        var lo: Double, hi: Double, log: Bool

        /// Fits the values; a log scale when none is negative (a zero is then a gap).
        init(_ values: [Double], preferLog: Bool) {
            let v = values.filter(\.isFinite)
            let positive = v.filter { $0 > 0 }
            if preferLog && !positive.isEmpty && v.allSatisfy({ $0 >= 0 }) {
                // bounds at 1, 2 or 5 times a power of ten
                let a = log10(positive.min()!), b = log10(positive.max()!)
                let c = Axis.candidates(floor(a) - 1, ceil(b) + 1)
                let l = c.last { $0 <= a + 1e-12 }!
                lo = l
                hi = c.first { $0 >= b - 1e-12 && $0 > l }!
                log = true
            } else {
                var a = v.min() ?? 0, b = v.max() ?? 1
                if a == b { a -= 1; b += 1 }
                let step = Axis.niceStep((b - a) / 5)
                lo = floor(a / step) * step; hi = ceil(b / step) * step; log = false
            }
        }

        init(lo: Double, hi: Double) { self.lo = lo; self.hi = hi; self.log = false }

        /// log10 of 1, 2 and 5 times the powers of ten from 10^a to 10^b.
        static func candidates(_ a: Double, _ b: Double) -> [Double] {
            Swift.stride(from: a, through: b, by: 1).flatMap { [$0, $0 + log10(2.0), $0 + log10(5.0)] }
        }

        static func niceStep(_ raw: Double) -> Double {
            let e = pow(10, floor(log10(raw)))
            for m in [1.0, 2, 5, 10] where raw <= m * e { return m * e }
            return 10 * e
        }

        /// Where v lies, 0...1; nil when the scale cannot show it (not positive on a log scale).
        func unit(_ v: Double) -> Double? {
            if log { return v > 0 && v.isFinite ? (log10(v) - lo) / (hi - lo) : nil }
            return v.isFinite ? (v - lo) / (hi - lo) : nil
        }

        /// Tick values: on a log scale 1, 2 and 5 times the powers of ten within two decades,
        /// the powers of ten beyond (every other one past ten decades).
        var ticks: [Double] {
            if log {
                if hi - lo <= 2 + 1e-9 {
                    return Axis.candidates(floor(lo), ceil(hi)).filter { $0 >= lo - 1e-9 && $0 <= hi + 1e-9 }.map { (pow(10, $0) * 1e6).rounded() / 1e6 }
                }
                let stride = hi - lo > 10 ? 2.0 : 1.0
                return Swift.stride(from: ceil(lo - 1e-9), through: hi + 1e-9, by: stride).map { pow(10, $0) }
            }
            // multiples of a 1, 2 or 5 step inside the range
            let step = Axis.niceStep((hi - lo) / 5)
            return Swift.stride(from: ceil(lo / step - 1e-9) * step, through: hi + step * 1e-9, by: step).map { abs($0) < step / 1e9 ? 0 : $0 }
        }
    }

    /// The SVG of a run log.
    static func render(_ log: RunLogData, title: String) -> String {
        let width = 820.0, panelHeight = 250.0, left = 80.0, right = 170.0, top = 40.0, gap = 70.0
        let plotW = width - left - right
        let height = top + 2 * panelHeight + gap + 50
        var svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="13">
        <rect x="0" y="0" width="\(f(width))" height="\(f(height))" fill="#ffffff"/>
        <text x="\(f(width / 2))" y="24" text-anchor="middle" font-size="16">\(escape(title))</text>

        """
        let steps = log.loss.map(\.0) + log.norms.values.flatMap { $0.map(\.0) }
        let xAxis = Axis(lo: min(steps.min() ?? 0, steps.max() ?? 1) , hi: max(steps.max() ?? 1, (steps.min() ?? 0) + 1))
        func panel(_ y0: Double, _ name: String, _ series: [(String, String, [(Double, Double?)])], preferLog: Bool) {
            let values = series.flatMap { $0.2.compactMap(\.1) }
            let yAxis = Axis(values, preferLog: preferLog)
            func px(_ x: Double) -> Double { left + (x - xAxis.lo) / (xAxis.hi - xAxis.lo) * plotW }
            func py(_ u: Double) -> Double { y0 + panelHeight - u * panelHeight }
            svg += "<g>\n<rect x=\"\(f(left))\" y=\"\(f(y0))\" width=\"\(f(plotW))\" height=\"\(f(panelHeight))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>\n"
            for t in yAxis.ticks {
                guard let u = yAxis.unit(t), u >= -1e-9, u <= 1 + 1e-9 else { continue }
                svg += "<line x1=\"\(f(left))\" y1=\"\(f(py(u)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(py(u)))\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n"
                svg += "<text x=\"\(f(left - 8))\" y=\"\(f(py(u) + 4))\" text-anchor=\"end\">\(escape(label(t)))</text>\n"
            }
            for t in xAxis.ticks {
                let x = px(t)
                guard x >= left - 1e-6, x <= left + plotW + 1e-6 else { continue }
                svg += "<line x1=\"\(f(x))\" y1=\"\(f(y0 + panelHeight))\" x2=\"\(f(x))\" y2=\"\(f(y0 + panelHeight + 5))\" stroke=\"#333333\" stroke-width=\"1\"/>\n"
                svg += "<text x=\"\(f(x))\" y=\"\(f(y0 + panelHeight + 20))\" text-anchor=\"middle\">\(escape(label(t)))</text>\n"
            }
            svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(y0 + panelHeight + 40))\" text-anchor=\"middle\">step</text>\n"
            svg += "<text x=\"20\" y=\"\(f(y0 + panelHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 20 \(f(y0 + panelHeight / 2)))\">\(escape(name + (yAxis.log ? " (log scale)" : "")))</text>\n"
            if series.isEmpty {
                svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(y0 + panelHeight / 2))\" text-anchor=\"middle\" fill=\"#777777\">nothing logged</text>\n"
            }
            for (k, (label, color, points)) in series.enumerated() {
                // A gap where the scale cannot show a value (NaN, infinity, zero on a log scale).
                var runs: [[String]] = [[]]
                for (x, v) in points {
                    if let v, let u = yAxis.unit(v) { runs[runs.count - 1].append("\(f(px(x))),\(f(py(u)))") } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
                }
                for r in runs where !r.isEmpty {
                    if r.count == 1 {
                        let c = r[0].split(separator: ",")
                        svg += "<circle cx=\"\(c[0])\" cy=\"\(c[1])\" r=\"2.5\" fill=\"\(color)\"/>\n"
                    } else {
                        svg += "<polyline points=\"\(r.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
                    }
                }
                let ly = y0 + 12 + Double(k) * 20
                svg += "<line x1=\"\(f(left + plotW + 15))\" y1=\"\(f(ly))\" x2=\"\(f(left + plotW + 40))\" y2=\"\(f(ly))\" stroke=\"\(color)\" stroke-width=\"3\"/>\n"
                svg += "<text x=\"\(f(left + plotW + 46))\" y=\"\(f(ly + 4))\">\(escape(label))</text>\n"
            }
            svg += "</g>\n"
        }
        panel(top, "loss", log.loss.isEmpty ? [] : [("loss", "#000000", log.loss)], preferLog: true)
        let series = log.fields.enumerated().map { ($1, palette[$0 % palette.count], log.norms[$1]!) }
        panel(top + panelHeight + gap, "gradient norm", series, preferLog: true)
        return svg + "</svg>\n"
    }
}

extension CLI {
    static func runPlot(_ o: Options, out: (String) -> Void, err: (String) -> Void) throws -> Int32 {
        let log = try RunLogData.read(o.file)
        let stem = ((o.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let output = o.output ?? stem + ".svg"
        let target = URL(fileURLWithPath: output).resolvingSymlinksInPath(), source = URL(fileURLWithPath: o.file).resolvingSymlinksInPath()
        guard !target.path.hasSuffix(".grad"), target != source else {
            throw CompileFailure(code: .usage, message: "error: refusing to write the plot over '\(output)': it is a source or the log\n")
        }
        let svg = SVGPlot.render(log, title: (o.file as NSString).lastPathComponent)
        do {
            try Data(svg.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CompileFailure(code: .ioError, message: "error: cannot write '\(output)': \(error.localizedDescription)\n")
        }
        return 0
    }
}
