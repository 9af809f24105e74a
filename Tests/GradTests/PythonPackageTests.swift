// The Python package (python/): installed with pip into a fresh virtual environment, as the
// README tells a user to, then its tests (python/tests) run against this build's gradc.

import Foundation
import GradDriver
import XCTest

final class PythonPackageTests: XCTestCase {
    func testThePackageInstallsAndPassesItsTests() throws {
        guard CLI.runProcess(["python3", "-c", "import numpy, venv"], in: Repo.root).status == 0 else {
            throw XCTSkip("python3 with numpy and venv is not installed")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-venv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The system's site packages (numpy, jax when installed) are seen from the environment;
        // the package itself is installed into it.
        let venv = CLI.runProcess(["python3", "-m", "venv", "--system-site-packages", dir.path], in: Repo.root)
        XCTAssertEqual(venv.status, 0, venv.errors)
        let python = dir.appendingPathComponent("bin/python").path
        // Installed from a copy: pip's build writes beside the sources.
        let source = dir.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        for item in ["pyproject.toml", "README.md", "gradc"] {
            try FileManager.default.copyItem(atPath: Repo.path("python/" + item), toPath: source.appendingPathComponent(item).path)
        }
        var install = CLI.runProcess([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", source.path], in: dir)
        if install.status != 0 {
            // No package index to fetch setuptools from: build with the environment's own.
            install = CLI.runProcess([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-build-isolation", source.path], in: dir)
        }
        XCTAssertEqual(install.status, 0, install.output + install.errors)
        let which = CLI.runProcess([python, "-c", "import gradc; print(gradc.__file__)"], in: dir)
        XCTAssertTrue(which.output.hasPrefix(dir.path), "gradc imported from \(which.output), not the environment")
        let env = ["GRADC": Repo.executable, "GRADC_PYTHON_CACHE": dir.appendingPathComponent("cache").path]
        let tests = CLI.runProcess([python, "-m", "unittest", "discover", "-v", "-s", Repo.path("python/tests")], in: dir, env: env)
        XCTAssertEqual(tests.status, 0, tests.output + tests.errors)
        XCTAssertTrue(tests.errors.contains("OK"), tests.errors)
        print(tests.errors.split(separator: "\n").filter { $0.hasSuffix("ok") || $0.contains("skipped") }.joined(separator: "\n"))
    }
}
