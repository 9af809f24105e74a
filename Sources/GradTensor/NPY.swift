// NumPy's .npy format (versions 1, 2 and 3).
//
// A file is the magic "\x93NUMPY", a major and minor version byte, the header length (2 bytes
// little-endian in version 1, 4 bytes in 2 and 3), then an ASCII Python dict literal
// {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), } padded so the data is aligned,
// then the raw elements. We read little-endian f4 f8 i4 i8 b1 u1 in C or Fortran order
// (i8 and u1 become i32, range-checked) and write f4 f8 i4 b1 in C order, version 1.

import Foundation
import GradArchive

public enum NPY {
    public struct Header: Equatable {
        public var descr: String
        public var fortranOrder: Bool
        public var shape: [Int]
    }

    public static func read(path: String) throws -> Tensor {
        // Only a regular file: a FIFO or a device would block or never end.
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            throw TensorError("cannot read '\(path)': not a regular file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TensorError("cannot read '\(path)': no such file or not readable")
        }
        do {
            return try decode([UInt8](data))
        } catch let e as TensorError {
            throw TensorError("'\(path)' is not a valid .npy file: \(e.message)")
        }
    }

    public static func parseHeader(_ bytes: [UInt8]) throws -> (Header, dataOffset: Int) {
        let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else { throw TensorError("missing the \\x93NUMPY magic") }
        let major = bytes[6]
        let headerLen: Int, start: Int
        switch major {
        case 1: headerLen = Int(bytes[8]) | Int(bytes[9]) << 8; start = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw TensorError("truncated header") }
            headerLen = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24; start = 12
        default: throw TensorError("unsupported format version \(major)")
        }
        guard start + headerLen <= bytes.count else { throw TensorError("truncated header (\(headerLen) bytes declared)") }
        guard let text = String(bytes: bytes[start..<(start + headerLen)], encoding: major == 3 ? .utf8 : .isoLatin1) else {
            throw TensorError("header is not text")
        }
        return (try parseDict(text), start + headerLen)
    }

    /// Parses the header's dict literal; keys may come in any order.
    static func parseDict(_ text: String) throws -> Header {
        func value(of key: String) throws -> Substring {
            guard let r = text.range(of: "'\(key)'") ?? text.range(of: "\"\(key)\"") else { throw TensorError("header has no '\(key)'") }
            var rest = text[r.upperBound...].drop { $0 == " " }
            guard rest.first == ":" else { throw TensorError("malformed header near '\(key)'") }
            rest = rest.dropFirst().drop { $0 == " " }
            return rest
        }
        var d = try value(of: "descr")
        guard let q = d.first, q == "'" || q == "\"" else { throw TensorError("descr is not a string") }
        d = d.dropFirst()
        guard let end = d.firstIndex(of: q) else { throw TensorError("unterminated descr") }
        let descr = String(d[..<end])
        let f = try value(of: "fortran_order")
        let fortran: Bool
        if f.hasPrefix("True") { fortran = true } else if f.hasPrefix("False") { fortran = false } else { throw TensorError("fortran_order is not True or False") }
        let s = try value(of: "shape")
        guard s.first == "(", let close = s.firstIndex(of: ")") else { throw TensorError("shape is not a tuple") }
        var shape = [Int]()
        for part in s[s.index(after: s.startIndex)..<close].split(separator: ",") {
            let t = part.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            guard let v = Int(t), v >= 0 else { throw TensorError("shape entry '\(t)' is not a size") }
            shape.append(v)
        }
        return Header(descr: descr, fortranOrder: fortran, shape: shape)
    }

    public static func decode(_ bytes: [UInt8]) throws -> Tensor {
        let (h, off) = try parseHeader(bytes)
        var n = 1
        for d in h.shape {
            let (p, o) = n.multipliedReportingOverflow(by: d)
            guard !o, p <= 1 << 40 else { throw TensorError("shape \(formatShape(h.shape)) is too large") }
            n = p
        }
        let desc = h.descr
        let kind = desc.count >= 2 ? String(desc.dropFirst()) : desc
        let order = desc.first
        guard order == "<" || order == "|" || order == "=" else {
            throw TensorError("element type '\(desc)' is big-endian; only little-endian data is supported")
        }
        let size: Int
        switch kind {
        case "f4", "i4": size = 4
        case "f8", "i8": size = 8
        case "b1", "u1": size = 1
        default: throw TensorError("unsupported element type '\(desc)' (expected f4, f8, i4, i8, b1 or u1)")
        }
        guard bytes.count - off >= n * size else {
            throw TensorError("data is truncated: \(formatShape(h.shape)) of '\(desc)' needs \(n * size) bytes, the file has \(bytes.count - off)")
        }
        var t = try bytes.withUnsafeBytes { raw -> Tensor in
            let p = raw.baseAddress! + off
            switch kind {
            case "f4": return Tensor((0..<n).map { Float(bitPattern: p.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self).littleEndian) }, shape: h.shape)
            case "f8": return Tensor((0..<n).map { Double(bitPattern: p.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self).littleEndian) }, shape: h.shape)
            case "i4": return Tensor((0..<n).map { Int32(littleEndian: p.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }, shape: h.shape)
            case "i8":
                var v = [Int32](); v.reserveCapacity(n)
                for i in 0..<n {
                    let x = Int64(littleEndian: p.loadUnaligned(fromByteOffset: i * 8, as: Int64.self))
                    guard let y = Int32(exactly: x) else { throw TensorError("i8 value \(x) at element \(i) does not fit in i32") }
                    v.append(y)
                }
                return Tensor(v, shape: h.shape)
            case "u1": return Tensor((0..<n).map { Int32(p.load(fromByteOffset: $0, as: UInt8.self)) }, shape: h.shape)
            default: return Tensor((0..<n).map { p.load(fromByteOffset: $0, as: UInt8.self) != 0 }, shape: h.shape)
            }
        }
        if h.fortranOrder && h.shape.count > 1 {
            // Fortran order is the C-order layout of the reversed shape, transposed.
            t = try Tensor(shape: h.shape.reversed(), storage: t.storage).transposed()
        }
        return t
    }

    public static func encode(_ t: Tensor) -> [UInt8] {
        let descr: String
        switch t.dtype {
        case .f32: descr = "<f4"
        case .f64: descr = "<f8"
        case .i32: descr = "<i4"
        case .bool: descr = "|b1"
        }
        let shapeText = t.shape.count == 1 ? "(\(t.shape[0]),)" : "(" + t.shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shapeText), }"
        let total = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - total % 64) % 64) + "\n"
        var out: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0]
        let hl = header.utf8.count
        out += [UInt8(hl & 0xff), UInt8(hl >> 8)]
        out += Array(header.utf8)
        switch t.storage {
        case .f32(let a): for x in a { withUnsafeBytes(of: x.bitPattern.littleEndian) { out += $0 } }
        case .f64(let a): for x in a { withUnsafeBytes(of: x.bitPattern.littleEndian) { out += $0 } }
        case .i32(let a): for x in a { withUnsafeBytes(of: x.littleEndian) { out += $0 } }
        case .bool(let a): out += a.map { $0 ? 1 : 0 }
        }
        return out
    }

    /// Writes `t` to `path` atomically, as executables do (the C runtime's gz_write_file, through
    /// GradArchive): a failure never leaves a broken file nor loses the old one.
    public static func write(_ t: Tensor, path: String) throws {
        let bytes = encode(t)
        var err = [CChar](repeating: 0, count: 1024)
        let r = bytes.withUnsafeBufferPointer { b -> Int32 in
            let parts: [UnsafePointer<UInt8>?] = [b.baseAddress]
            return grad_write_file(path, 1, parts, [b.count], &err, err.count)
        }
        if r != 0 { throw TensorError(String(cString: err)) }
    }
}
