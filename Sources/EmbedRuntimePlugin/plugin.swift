// The build tool plugin that embeds the C runtime (Sources/GradC/runtime/*.h, in name order)
// into the GradC target as a generated Swift source.

import Foundation
import PackagePlugin

@main
struct EmbedRuntimePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dir = context.package.directoryURL.appending(path: "Sources/\(target.name)/runtime")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".h") }.sorted().map { dir.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "CRuntimeSource.swift")
        return [.buildCommand(displayName: "Embedding the C runtime in \(target.name)",
                              executable: try context.tool(named: "EmbedRuntime").url,
                              arguments: [output.path] + files.map(\.path),
                              inputFiles: files, outputFiles: [output])]
    }
}
