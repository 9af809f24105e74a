// Run-time loading of a CBLAS library (OpenBLAS first), so that gradc builds and runs without
// one and uses it when the machine has it.
//
// Debian's OpenBLAS 0.3.21 does not recognize recent x86 CPUs and falls back to slow SSE3
// kernels; unless the user set OPENBLAS_CORETYPE, we set it from the CPU's flags before the
// library is loaded, and use one BLAS thread unless OPENBLAS_NUM_THREADS says otherwise.
// GRADC_BLAS=none turns BLAS off (the Swift kernel is used).

import Foundation
import GradFloatEnv

public typealias CblasGemmD = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Double,
    UnsafePointer<Double>?, Int32, UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32) -> Void
public typealias CblasGemmS = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Float,
    UnsafePointer<Float>?, Int32, UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32) -> Void

/// The VM's floating-point environment: flush-to-zero and denormals-are-zero on the calling
/// thread, as in gradc's executables, unless GRADC_DENORMALS=1.
public enum FloatEnvironment {
    /// GRADC_DENORMALS, read once: building the environment's dictionary on every call cost
    /// W4's gradient (a few µs a call) about a tenth of its time.
    static let keepDenormals = ProcessInfo.processInfo.environment["GRADC_DENORMALS"] == "1"

    @discardableResult
    public static func configure() -> Bool {
        if keepDenormals { return false }
        return grad_enable_flush_to_zero() == 1
    }
}

public final class BLAS: @unchecked Sendable {
    public let dgemm: CblasGemmD?
    public let sgemm: CblasGemmS?
    /// The library file that was loaded, or nil.
    public let library: String?

    public static let candidates = ["libopenblas.so.0", "libopenblas.so", "libcblas.so.3", "libblas.so.3"]

    public static let shared = BLAS(enabled: ProcessInfo.processInfo.environment["GRADC_BLAS"] != "none")

    init(enabled: Bool) {
        guard enabled else { dgemm = nil; sgemm = nil; library = nil; return }
        BLAS.chooseCoreType()
        for name in BLAS.candidates {
            guard let h = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let d = dlsym(h, "cblas_dgemm"), let s = dlsym(h, "cblas_sgemm") {
                dgemm = unsafeBitCast(d, to: CblasGemmD.self)
                sgemm = unsafeBitCast(s, to: CblasGemmS.self)
                library = name
                return
            }
            dlclose(h)
        }
        dgemm = nil; sgemm = nil; library = nil
    }

    /// The OpenBLAS core type for this CPU, or nil when the library's own detection is right.
    public static func coreTypeForThisCPU() -> String? {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return nil }
        let flags = Set(line.split(separator: " ").map(String.init))
        if flags.contains("avx512f") && flags.contains("avx512bw") { return "SkylakeX" }
        if flags.contains("avx2") && flags.contains("fma") { return "Haswell" }
        return nil
    }

    /// Sets OpenBLAS's core type for this CPU, and one thread: the matrices of a VM program
    /// are small, and idle OpenBLAS workers spin. The user's own settings win.
    static func chooseCoreType() {
        let env = ProcessInfo.processInfo.environment
        if env["OPENBLAS_NUM_THREADS"] == nil && env["OMP_NUM_THREADS"] == nil { setenv("OPENBLAS_NUM_THREADS", "1", 0) }
        if env["OPENBLAS_CORETYPE"] != nil { return }
        if let t = coreTypeForThisCPU() { setenv("OPENBLAS_CORETYPE", t, 0) }
    }
}
