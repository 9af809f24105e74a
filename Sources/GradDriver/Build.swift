// `gradc build FILE -o EXE`: emit C for the program and compile it with the system C compiler
// (`cc`, or $CC): -O3 -march=native unless told otherwise, linked with OpenBLAS when it is
// installed (or --blas=openblas|none). The output never overwrites a .grad file.

import Foundation
import GradC

extension CLI {
    static func openBLASInstalled() -> Bool {
        let dirs = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib", "/lib/x86_64-linux-gnu"]
        return dirs.contains { FileManager.default.fileExists(atPath: $0 + "/libopenblas.so") }
    }

    static func runBuild(_ o: Options, out: (String) -> Void, err: (String) -> Void) throws -> Int32 {
        let c = try Compilation.open(o.file)
        c.optimize = o.optimize
        try c.lower()
        err(c.warnings)
        let exe = o.output ?? ((o.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let exeURL = URL(fileURLWithPath: exe).standardizedFileURL
        if exe.hasSuffix(".grad") || exeURL == URL(fileURLWithPath: o.file).standardizedFileURL {
            throw CompileFailure(code: .usage, message: "error: refusing to write the executable over '\(exe)': -o names a source file\n")
        }
        let csource = CEmitter(module: c.module, path: o.file, source: c.file.text).emit()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-build-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cfile = dir.appendingPathComponent("program.c").path
        try csource.write(toFile: cfile, atomically: true, encoding: .utf8)
        let blas: Bool
        switch o.blas {
        case "openblas": blas = true
        case "none": blas = false
        default: blas = openBLASInstalled()
        }
        let cc = ProcessInfo.processInfo.environment["CC"] ?? "cc"
        var args = ["-std=c11", "-O\(o.cOpt)"]
        if let cpu = o.targetCPU { args.append("-march=\(cpu)") } else if o.cOpt > 0 { args.append("-march=native") }
        args += o.cflags
        args += ["-o", exe, cfile]
        if blas { args += ["-DGRADC_BLAS", "-lopenblas"] }
        args.append("-lm")
        if o.verbose { err(([cc] + args).joined(separator: " ") + "\n") }
        // The compiler's messages go to a file: reading a Process pipe can block on Linux.
        let log = dir.appendingPathComponent("cc.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [cc] + args
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: log)
        p.standardError = try FileHandle(forWritingTo: log)
        try p.run()
        p.waitUntilExit()
        if p.terminationStatus != 0 {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw CompileFailure(code: .runtimeError, message: "error: the C compiler failed (\(cc)):\n" + output)
        }
        return 0
    }
}
