import Foundation
@testable import Site
import Testing

/// Collects reports from any task; the lock keeps the list whole.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [BuildProgress] = []

    func add(_ report: BuildProgress) {
        lock.lock()
        reports.append(report)
        lock.unlock()
    }

    var all: [BuildProgress] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}

/// A build reports its stages in order, and every article as it is annotated.
@Suite struct BuildProgressTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("articles")

    @Test func buildReportsEveryStageAndEveryArticle() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("articles"), withDestinationURL: Self.samples)
        let articleCount = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.count

        let heard = ProgressLog()
        var build = SiteBuild(root: root, output: root.appendingPathComponent("site"))
        build.progress = { heard.add($0) }
        _ = try await build.run()
        let reports = heard.all

        var stages: [BuildProgress.Stage] = []
        for report in reports where stages.last != report.stage { stages.append(report.stage) }
        #expect(stages == BuildProgress.Stage.allCases)
        let annotating = reports.filter { $0.stage == .annotating }
        #expect(annotating.map(\.done) == Array(0...articleCount))
        #expect(annotating.allSatisfy { $0.total == articleCount })
        #expect(reports.last == BuildProgress(stage: .writing, done: articleCount, total: articleCount))
    }
}
