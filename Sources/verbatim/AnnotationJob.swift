import Articles
import Attribution
import Foundation

/// Annotates article files in parallel and writes one output per article.
///
/// Articles are independent, so they run in a task group; results come back in input order and
/// each output depends only on its own article, so the files are the same as a sequential run.
struct AnnotationJob: Sendable {
    /// What happened to one input file.
    enum Result: Sendable {
        /// The output file was written.
        case written
        /// The explanation to print.
        case explained(String)
        /// The file failed; the message names it.
        case failed(String)
    }

    /// Site-wide speaker identities.
    let people: PeopleDirectory
    /// Where outputs go.
    let outputFolder: URL
    /// Explain instead of writing.
    let explain: Bool

    /// Annotates `files` with at most `jobs` at once; one result per file, in order.
    func run(_ files: [URL], jobs: Int) async -> [Result] {
        let clashes = Self.nameClashes(files)
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result](repeating: .written, count: files.count)
            var next = 0
            func startNext() {
                guard next < files.count else { return }
                let index = next
                next += 1
                let file = files[index]
                let clash = clashes[index]
                group.addTask {
                    if let clash {
                        return (index, .failed("\(file.path): its output name is taken by \(clash); rename one of them"))
                    }
                    return (index, annotate(file))
                }
            }
            for _ in 0..<min(jobs, files.count) { startNext() }
            while let (index, result) = await group.next() {
                results[index] = result
                startNext()
            }
            return results
        }
    }

    /// Reads, attributes and writes one article.
    func annotate(_ file: URL) -> Result {
        let article: Article
        do {
            article = try ArticleReader.read(fileAt: file)
        } catch {
            return .failed("\(error)")
        }
        let annotations = Attributor.attribute(article, people: people)
        if explain { return .explained(Explanation.text(file: file.path, annotations: annotations)) }
        let report = ExtractionReport(article: article, annotations: annotations)
        let target = outputFolder.appendingPathComponent(article.name + ".json")
        if let problem = OutputFile.write(report.jsonBytes(), to: target.path) {
            return .failed("\(file.path): cannot write \(target.path): \(problem)")
        }
        return .written
    }

    /// For each file, the earlier file whose output would have the same name, if any.
    private static func nameClashes(_ files: [URL]) -> [String?] {
        var seen: [String: String] = [:]
        return files.map { file in
            let name = file.deletingPathExtension().lastPathComponent
            if let earlier = seen[name] { return earlier }
            seen[name] = file.path
            return nil
        }
    }
}
