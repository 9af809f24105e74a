// NumPy's .npz format: a ZIP archive whose members are .npy files, `W1.npy` holding the array
// named W1. The archive itself is read and written by the C runtime's ZIP code (GradArchive,
// Sources/GradC/runtime/45-zip.h), so the VM and executables accept the same files (stored or
// deflated members, ZIP64) and write the same bytes; the members are .npy as NPY reads and
// writes them.

import Foundation
import GradArchive

public enum NPZ {
    /// The array `array` (member `array`.npy) of the archive at `path`.
    public static func read(path: String, array: String) throws -> Tensor {
        var err = [CChar](repeating: 0, count: 1024)
        var len = 0
        guard let p = grad_npz_member(path, array, &len, &err, err.count) else {
            throw TensorError(String(cString: err))
        }
        defer { grad_archive_free(p) }
        do {
            return try NPY.decode([UInt8](UnsafeBufferPointer(start: p, count: len)))
        } catch let e as TensorError {
            throw TensorError("array '\(array)' of '\(path)' is not a valid .npy file: \(e.message)")
        }
    }

    /// Writes the arrays as an archive of stored members, as `np.savez` does, atomically (a
    /// failed write leaves the old file as it was).
    public static func write(_ arrays: [(name: String, tensor: Tensor)], path: String) throws {
        let bytes = arrays.map { NPY.encode($0.tensor) }
        let names = arrays.map { strdup($0.name + ".npy") }
        defer { names.forEach { free($0) } }
        let buffers = bytes.map { b -> UnsafeMutablePointer<UInt8> in
            let p = UnsafeMutablePointer<UInt8>.allocate(capacity: max(b.count, 1))
            p.initialize(from: b, count: b.count)
            return p
        }
        defer { buffers.forEach { $0.deallocate() } }
        var err = [CChar](repeating: 0, count: 1024)
        let namePointers: [UnsafePointer<CChar>?] = names.map { UnsafePointer($0) }
        let dataPointers: [UnsafePointer<UInt8>?] = buffers.map { UnsafePointer($0) }
        let lens = bytes.map(\.count)
        if grad_zip_write(path, Int32(arrays.count), namePointers, dataPointers, lens, &err, err.count) != 0 {
            throw TensorError(String(cString: err))
        }
    }
}
