import Articles
import Attribution
import Content
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
        /// The output file was edited by a person and left as it was.
        case kept(String)
        /// The explanation to print.
        case explained(String)
        /// The file failed; the message names it.
        case failed(String)
    }

    /// Site-wide speaker identities.
    let people: PeopleDirectory
    /// What to write.
    let format: AnnotateCommand.Format
    /// Where outputs go.
    let outputFolder: URL
    /// Explain instead of writing.
    let explain: Bool

    /// Annotates `files` with at most `jobs` at once; one result per file, in order.
    func run(_ files: [URL], jobs: Int) async -> [Result] {
        let names = format == .json ? files.map { ArticleReader.articleName($0.lastPathComponent) } : Self.slugs(files)
        let clashes = Self.nameClashes(names, files)
        // Runs of articles per task: a task per article cost a thread hand-off each, a few per
        // cent of annotating on one core.
        let run = max(1, min(32, files.count / max(1, jobs * 8)))
        return await withTaskGroup(of: [(Int, Result)].self) { group in
            var results = [Result](repeating: .written, count: files.count)
            var next = 0
            func startNext() {
                guard next < files.count else { return }
                let indices = next..<min(next + run, files.count)
                next = indices.upperBound
                group.addTask {
                    indices.map { index in
                        if let clash = clashes[index] {
                            return (index, .failed("\(files[index].path): its output name is taken by \(clash); rename one of them"))
                        }
                        return (index, annotate(files[index], outputName: names[index]))
                    }
                }
            }
            for _ in 0..<min(jobs, files.count) { startNext() }
            while let done = await group.next() {
                for (index, result) in done { results[index] = result }
                startNext()
            }
            return results
        }
    }

    /// Reads, attributes and writes one article as `outputName` plus the format's extension.
    func annotate(_ file: URL, outputName: String) -> Result {
        let article: Article
        do {
            article = try ArticleReader.read(fileAt: file)
        } catch {
            return .failed("\(error)")
        }
        let annotations = Attributor.attribute(article, people: people)
        if explain { return .explained(Explanation.text(file: file.path, annotations: annotations)) }
        let bytes: [UInt8]
        let target: URL
        switch format {
        case .json:
            bytes = ExtractionReport(article: article, annotations: annotations).jsonBytes()
            target = outputFolder.appending(path: outputName + ".json", directoryHint: .notDirectory)
        case .markdown:
            target = outputFolder.appending(path: outputName + ".md", directoryHint: .notDirectory)
            if AnnotatedMarkdown.isHandEdited(target.path) { return .kept(target.path) }
            bytes = Array(AnnotatedMarkdown.write(article: article, annotations: annotations).utf8)
        }
        if let problem = OutputFile.write(bytes, to: target.path) {
            return .failed("\(file.path): cannot write \(target.path): \(problem)")
        }
        return .written
    }

    /// The content slug of each file: from its name, made unique in input order, as the site build does.
    private static func slugs(_ files: [URL]) -> [String] {
        var taken = Set<String>()
        return files.map { file in
            let slug = Slug.unique(Slug.make(ArticleReader.articleName(file.lastPathComponent)), avoiding: taken)
            taken.insert(slug)
            return slug
        }
    }

    /// For each file, the earlier file whose output would have the same name, if any.
    private static func nameClashes(_ names: [String], _ files: [URL]) -> [String?] {
        var seen: [String: String] = [:]
        return zip(names, files).map { name, file in
            if let earlier = seen[name] { return earlier }
            seen[name] = file.path
            return nil
        }
    }
}
