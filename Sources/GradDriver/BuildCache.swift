// The build cache of `gradc build`: files the C compiler made, kept under the SHA-256 of
// everything that decides their bytes — the C source, the compiler's command line, the
// compiler itself (its resolved path and `--version`) and, for -march=native builds, the CPU
// (its model and feature flags). A rebuild of an unchanged program copies the kept file; the
// runtime is compiled once per compiler, flags and CPU and kept the same way.
//
// Where: $GRADC_CACHE_DIR, else $XDG_CACHE_HOME/gradc, else ~/.cache/gradc; GRADC_CACHE=0 or
// `gradc build --no-cache` builds without it. Entries are written to a temporary file in the
// folder and renamed into place, so concurrent builds see a whole file or none; when the
// folder holds more than 256 MiB the least recently used entries are removed. A folder that
// cannot be made or written only means no caching.

import Foundation

struct BuildCache {
    let folder: URL
    var limit: Int64 = 256 << 20

    /// The cache in use, or nil when caching is off or there is nowhere to keep it.
    static func open(disabled: Bool) -> BuildCache? {
        let env = ProcessInfo.processInfo.environment
        if disabled || env["GRADC_CACHE"] == "0" { return nil }
        let folder: URL
        if let d = env["GRADC_CACHE_DIR"], !d.isEmpty {
            folder = URL(fileURLWithPath: d)
        } else if let x = env["XDG_CACHE_HOME"], !x.isEmpty {
            folder = URL(fileURLWithPath: x).appendingPathComponent("gradc")
        } else if let h = env["HOME"], !h.isEmpty {
            folder = URL(fileURLWithPath: h).appendingPathComponent(".cache/gradc")
        } else {
            return nil
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch { return nil }
        return BuildCache(folder: folder)
    }

    /// The key of a file made from these parts.
    static func key(_ parts: [String]) -> String {
        var h = SHA256()
        for var p in parts {
            p.makeContiguousUTF8()
            h.update(Array(String(p.utf8.count).utf8) + [0])  // length-prefixed: parts cannot run together
            p.utf8.withContiguousStorageIfAvailable { h.update($0) }
        }
        return h.hexDigest()
    }

    func path(_ key: String, _ suffix: String) -> String { folder.appendingPathComponent(key + suffix).path }

    /// The kept file of `key`, touched as used, or nil.
    func lookup(_ key: String, _ suffix: String) -> String? {
        let p = path(key, suffix)
        guard FileManager.default.isReadableFile(atPath: p) else { return nil }
        utimes(p, nil)
        return p
    }

    /// Keeps a copy of `file` as `key`; a failure only means it is not kept.
    func store(_ file: String, _ key: String, _ suffix: String) {
        let tmp = path(".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))", suffix)
        do {
            try FileManager.default.copyItem(atPath: file, toPath: tmp)
            if rename(tmp, path(key, suffix)) != 0 { try? FileManager.default.removeItem(atPath: tmp); return }
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            return
        }
        prune()
    }

    /// Removes the least recently used entries while the folder holds more than `limit` bytes.
    func prune() {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys) else { return }
        var entries = files.compactMap { u -> (URL, Date, Int64)? in
            guard let v = try? u.resourceValues(forKeys: Set(keys)), let d = v.contentModificationDate, let s = v.fileSize else { return nil }
            return (u, d, Int64(s))
        }
        var total = entries.reduce(Int64(0)) { $0 + $1.2 }
        guard total > limit else { return }
        entries.sort { $0.1 < $1.1 }
        for (u, _, s) in entries where total > limit {
            try? FileManager.default.removeItem(at: u)
            total -= s
        }
    }

    /// What identifies the C compiler `cc`: where it resolves to and what it says it is.
    static func compilerIdentity(_ cc: String, started: ((Int32) -> Void)? = nil) -> String {
        let version = CLI.runProcess([cc, "--version"], in: FileManager.default.temporaryDirectory, started: started)
        var resolved = cc
        if !cc.contains("/") {
            for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
                let p = "\(dir)/\(cc)"
                if FileManager.default.isExecutableFile(atPath: p) { resolved = p; break }
            }
        }
        resolved = URL(fileURLWithPath: resolved).resolvingSymlinksInPath().path
        return "\(resolved)\n\(version.status)\n\(version.output)"
    }

    /// What identifies this CPU for -march=native: its model and feature flags.
    static func cpuIdentity() -> String {
        var u = utsname()
        uname(&u)
        let machine = withUnsafeBytes(of: &u.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return machine }
        // The first processor's lines that describe the core (not its speed or number).
        let first = info.components(separatedBy: "\n\n").first ?? ""
        let wanted = ["vendor_id", "cpu family", "model", "model name", "flags", "Features", "CPU implementer", "CPU part"]
        let lines = first.split(separator: "\n").filter { l in wanted.contains { l.hasPrefix($0 + "\t") || l.hasPrefix($0 + " ") || l.hasPrefix($0 + ":") } }
        return machine + "\n" + lines.joined(separator: "\n")
    }
}

/// SHA-256 (FIPS 180-4), for the build cache's keys.
struct SHA256 {
    private var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        length &+= UInt64(bytes.count)
        var i = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending += bytes[0..<take]
            i = take
            if pending.count == 64 {
                pending.withUnsafeBufferPointer { block($0.baseAddress!) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        while i + 64 <= bytes.count { block(bytes.baseAddress! + i); i += 64 }
        pending += bytes[i...]
    }

    private mutating func block(_ b: UnsafePointer<UInt8>) {
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                w[t] = UInt32(b[4 * t]) << 24 | UInt32(b[4 * t + 1]) << 16 | UInt32(b[4 * t + 2]) << 8 | UInt32(b[4 * t + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, bb, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<64 {
                let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ SHA256.k[t] &+ w[t]
                let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & bb) ^ (a & c) ^ (bb & c))
                (hh, g, f, e, d, c, bb, a) = (g, f, e, d &+ t1, c, bb, a, t1 &+ t2)
            }
            h[0] &+= a; h[1] &+= bb; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
    }

    /// The digest as 64 hex digits (the hash is not updated further).
    func hexDigest() -> String {
        var copy = self
        let bits = length &* 8
        var tail: [UInt8] = [0x80]
        tail += [UInt8](repeating: 0, count: (55 - Int(length % 64) + 64) % 64)
        for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
        copy.update(tail)
        return copy.h.map { String(format: "%08x", $0) }.joined()
    }
}
