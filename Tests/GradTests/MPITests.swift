// Data-parallel runs on Open MPI: `gradc build --mpi` executables under
// `mpirun --oversubscribe -np N` on this machine (loopback). Skipped where Open MPI (mpicc and
// mpirun; Debian's libopenmpi-dev and openmpi-bin) is not installed, except the checks of the
// command line, which need none.

import Foundation
import GradDriver
import XCTest

final class MPITests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-mpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    func requireOpenMPI() throws {
        for tool in ["mpicc", "mpirun"] where CLI.runProcess([tool, "--version"], in: dir).status != 0 {
            throw XCTSkip("Open MPI is not installed (\(tool))")
        }
    }

    /// `gradc build --mpi SOURCE`, the executable in the test's folder.
    func build(_ source: String) -> String {
        let exe = dir.appendingPathComponent(((source as NSString).lastPathComponent as NSString).deletingPathExtension).path
        let r = gradc(["build", "--mpi", source, "-o", exe])
        XCTAssertEqual(r.status, 0, r.err)
        return exe
    }

    /// mpirun with N processes, as root where the tests run as root.
    func mpirun(_ n: Int, _ exe: String, in cwd: URL? = nil) -> (status: Int32, output: String, errors: String) {
        CLI.runProcess(["mpirun", "--oversubscribe", "-np", "\(n)", exe], in: cwd ?? dir,
                       env: ["OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1",
                             // shared memory without cross-memory attach, which containers may forbid
                             "OMPI_MCA_btl_vader_single_copy_mechanism": "none"])
    }

    func expectations(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .compactMap { line -> String? in line.range(of: "// expect: ").map { String(line[$0.upperBound...]) } }.joined(separator: "\n") + "\n"
    }

    /// Examples/digits_mpi.grad: one process prints what its expect lines say (on the VM too);
    /// two processes, each on half of every batch, reach the same loss and accuracy up to
    /// summation order and end with the same parameters bit for bit; only rank 0 prints.
    func testDigitsDataParallelMatchesOneProcess() throws {
        try requireOpenMPI()
        let source = Repo.path("Examples/digits_mpi.grad")
        let exe = build(source)
        let want = try expectations(source)
        let one = mpirun(1, exe, in: Repo.root)
        XCTAssertEqual(one.status, 0, one.errors)
        XCTAssertEqual(one.output, want)
        let two = mpirun(2, exe, in: Repo.root)
        XCTAssertEqual(two.status, 0, two.errors)
        let lines = two.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, two.output)
        guard lines.count == 2 else { return }
        XCTAssertTrue(lines[0].hasPrefix("processes 2 steps 300 train loss "), lines[0])
        let loss = Double(lines[0].split(separator: " ").last!) ?? .nan
        XCTAssertEqual(loss, 0.053, accuracy: 0.003, "two processes' train loss against one's")
        XCTAssertTrue(lines[1].hasSuffix("parameters apart: 0.0"), "the processes' parameters differ: \(lines[1])")
        let accuracy = Double(lines[1].split(separator: " ")[2]) ?? .nan
        XCTAssertGreaterThanOrEqual(accuracy, 0.97, lines[1])
    }

    /// Tests/MPI/spmd_gradient.grad: grad and jvp across processes against central differences
    /// of the sum over the processes, on one, two and three processes.
    func testDerivativesAcrossProcesses() throws {
        try requireOpenMPI()
        let source = Repo.path("Tests/MPI/spmd_gradient.grad")
        XCTAssertEqual(gradc(["run", source]).out, try expectations(source))
        let exe = build(source)
        let values = [1: "1.072144705", 2: "12.811239649", 3: "78.595159398"]
        for n in 1...3 {
            let r = mpirun(n, exe)
            XCTAssertEqual(r.status, 0, r.errors)
            XCTAssertEqual(r.output, "processes \(n)\nreverse vs central differences: True\nforward vs reverse: True\nF = \(values[n]!)\n")
        }
    }

    /// Tests/MPI/loops.grad: collectives inside a checkpointed for loop and a while loop, whose
    /// reverse sweeps replay them, under three schedules on two and three processes.
    func testDerivativesThroughLoopsUnderEverySchedule() throws {
        try requireOpenMPI()
        let source = Repo.path("Tests/MPI/loops.grad")
        XCTAssertEqual(gradc(["run", source]).out, try expectations(source))
        for schedule in ["sqrt", "binomial:3", "store-all"] {
            let exe = dir.appendingPathComponent("loops-\(schedule)").path
            let b = gradc(["build", "--mpi", "--checkpoint=\(schedule)", source, "-o", exe])
            XCTAssertEqual(b.status, 0, b.err)
            for n in [2, 3] {
                let r = mpirun(n, exe)
                XCTAssertEqual(r.status, 0, r.errors)
                XCTAssertEqual(r.output, "reverse vs central differences: True\n", "\(schedule), \(n) processes")
            }
        }
    }

    /// Different sizes on different processes are an error on every process, not a hang or a
    /// truncated message; rank 0 alone saves.
    func testMismatchedSizesAreAnErrorAndRankZeroSaves() throws {
        try requireOpenMPI()
        let source = dir.appendingPathComponent("mismatch.grad")
        try """
        fn main() {
          save("rank.npy", [f64(rank())])
          let x = f64(arange(rank() + 2))
          print(allreduce_sum(x))
        }

        """.write(to: source, atomically: true, encoding: .utf8)
        let exe = build(source.path)
        let r = mpirun(2, exe)
        XCTAssertNotEqual(r.status, 0)
        for k in 0..<2 {
            XCTAssertTrue(r.errors.contains("rank \(k): \(source.path):4:9: error: allreduce_sum of a tensor of shape [\(k + 2)] (\(k + 2) elements), "
                                            + "while the processes' tensors have from 2 to 3 elements"), r.errors)
        }
        let check = dir.appendingPathComponent("check.grad")
        try "fn main() {\n  let r: f64[1] = load(\"rank.npy\")\n  print(r)\n}\n".write(to: check, atomically: true, encoding: .utf8)
        XCTAssertEqual(gradc(["run", check.path], in: dir.path).out, "[0.]\n")
    }

    /// The command line: --mpi is for executables, and without Open MPI it says what to install.
    func testCommandLine() throws {
        let source = Repo.path("Tests/MPI/spmd_gradient.grad")
        let lib = gradc(["build", "--mpi", "--lib", source, "-o", dir.appendingPathComponent("libx.so").path])
        XCTAssertEqual(lib.status, 64)
        XCTAssertTrue(lib.err.contains("error: --mpi builds an executable to run under mpirun, not a --lib library"), lib.err)
        let missing = CLI.runProcess([Repo.executable, "build", "--mpi", source, "-o", dir.appendingPathComponent("x").path], in: dir,
                                     env: ["MPICC": "/nonexistent/mpicc"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.errors.contains("error: --mpi needs Open MPI's /nonexistent/mpicc (Debian: apt-get install libopenmpi-dev openmpi-bin)"), missing.errors)
    }
}
