import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `verbatim build` killed with SIGKILL at moments spread over a whole build: the output folder
/// must hold either the previous site, byte for byte, or the whole new one, never a mix and
/// never nothing; and the next build cleans up what the killed ones left beside it.
@Suite(.serialized) struct KilledBuildTests {
    /// Copies of the sample articles under distinct names, enough for a build that takes a while.
    static func fillArticles(_ folder: URL, copies: Int) throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: BuildCommandTests.samples.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        for copy in 1...copies {
            for name in samples {
                try FileManager.default.copyItem(
                    at: BuildCommandTests.samples.appendingPathComponent(name),
                    to: folder.appendingPathComponent("\(copy)-\(name)"))
            }
        }
    }

    /// Starts `verbatim build` and returns the running process.
    static func startBuild(root: URL, output: URL) throws -> Process {
        let process = Process()
        process.executableURL = try #require(BuildCommandTests.verbatim)
        process.arguments = ["build", "--root", root.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The two versions of one article that the builds switch between, so that each build has a
    /// different site to replace the current one with.
    static let variants = [
        "Breaking Headline\n\n\"Everything changed,\" said Anna Berg.\n",
        "Breaking Headline\n\n\"Nothing changed,\" said Anna Berg.\n",
    ]

    @Test(.enabled(if: BuildCommandTests.verbatim != nil, "needs the verbatim program built"))
    func killedBuildLeavesAWholeSite() throws {
        let site = try HostileInputTests.SiteFolder()
        try Self.fillArticles(site.articles, copies: 4)
        // Both whole sites, built into folders of their own; the output may only ever hold one of them.
        var sites: [[String: Data]] = []
        var duration = 0.0
        for (index, variant) in Self.variants.enumerated() {
            try site.article("zz-breaking.txt", variant)
            let folder = index == 0 ? site.output : site.root.appendingPathComponent("reference")
            let started = Date()
            let build = try Self.startBuild(root: site.root, output: folder)
            build.waitUntilExit()
            duration = max(duration, Date().timeIntervalSince(started))
            #expect(build.terminationStatus == 0)
            sites.append(BuildCommandTests.files(in: folder))
        }
        #expect(sites[0] != sites[1] && sites[0]["index.html"] != nil)

        var current = 0
        var outcomes: [String] = []
        for fraction in [0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95, 1.2] {
            let target = 1 - current
            try site.article("zz-breaking.txt", Self.variants[target])
            let build = try Self.startBuild(root: site.root, output: site.output)
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            let found = BuildCommandTests.files(in: site.output)
            let killed = build.terminationReason == .uncaughtSignal
            if found == sites[current] {
                outcomes.append("\(fraction): previous site\(killed ? ", killed" : "")")
            } else if found == sites[target] {
                outcomes.append("\(fraction): new site\(killed ? ", killed" : "")")
                current = target
            } else {
                Issue.record("after a kill at \(fraction) of a build the output holds \(found.count) files, neither whole site")
                return
            }
        }
        #expect(outcomes.contains { $0.hasSuffix("previous site, killed") }, "no kill landed during a build: \(outcomes)")

        try site.article("zz-breaking.txt", Self.variants[1 - current])
        let finished = try Self.startBuild(root: site.root, output: site.output)
        finished.waitUntilExit()
        #expect(finished.terminationStatus == 0)
        #expect(BuildCommandTests.files(in: site.output) == sites[1 - current])
        // The spare copy that rebuilds update and swap in is the build's own, not a leftover.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
            .filter { $0.hasPrefix(".site.") && $0 != ".site.spare" }
        #expect(leftovers.isEmpty, "folders left by killed builds: \(leftovers)")
    }
}
