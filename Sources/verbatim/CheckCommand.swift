import ArgumentParser
import Articles
import Attribution
import Foundation

/// `verbatim check`: list the attributions a person should review, with file and line.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List doubtful attributions for review.",
        discussion: """
            Reads articles (files, or folders of *.txt, *.md and *.html; default: articles) and prints one \
            line per doubtful quote as FILE:LINE: a speaker given with low confidence, no speaker \
            although a cue such as "said" is next to the quote, or a source the article only \
            describes ("a spokesman"), which gets no speaker page. Fix them by editing the annotated \
            Markdown, or add names to people.yml. For a saved web page, LINE counts in the text \
            that `verbatim read` prints for it.

            Example: verbatim check articles/
            """
    )

    /// Article files or folders.
    @Argument(help: "Article files or folders (default: articles).")
    var inputs: [String] = ["articles"]

    /// The site-wide people file.
    @Option(help: "A people.yml file that gives speakers site-wide ids, names and aliases.")
    var people: String?

    func run() async throws {
        var directory = PeopleDirectory.empty
        if let people {
            do {
                directory = try PeopleDirectory(yaml: String(contentsOfFile: people, encoding: .utf8), path: people)
            } catch let error as AttributionError {
                throw ValidationError(error.description)
            } catch {
                throw ValidationError("Cannot read the people file \(people): \(error.localizedDescription)")
            }
        }
        let (files, inputErrors) = ArticleInputs.collect(inputs)
        var failed = !inputErrors.isEmpty
        for message in inputErrors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        var total = 0
        for file in files {
            do {
                let (article, text) = try ArticleReader.readWithSource(fileAt: file)
                let lines = LineIndex(text)
                let annotations = Attributor.attribute(article, people: directory)
                var listed = Set<Int>()
                for doubt in annotations.doubts() {
                    total += 1
                    listed.insert(doubt.quote.range.start)
                    let line = lines.line(ofScalar: doubt.quote.range.start)
                    print("\(file.path):\(line): \(Explanation.shorten(doubt.quote.text)) — \(doubt.reason)")
                }
                // A source the article only describes gets no speaker page; a person may know the name.
                for quote in annotations.quotes where !listed.contains(quote.range.start) {
                    guard let id = quote.speakerID, let speaker = annotations.speaker(withID: id), !speaker.named else { continue }
                    total += 1
                    let line = lines.line(ofScalar: quote.range.start)
                    print(
                        "\(file.path):\(line): \(Explanation.shorten(quote.text)) — said by “\(speaker.name)”, which names nobody, "
                            + "so the quote has no speaker page; give the name in the annotated article or people.yml")
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
        }
        print("\(total) doubtful attribution\(total == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")")
        if failed { throw ExitCode(1) }
    }
}

/// Line numbers of scalar offsets in a text.
struct LineIndex {
    /// Scalar offsets where each line starts.
    private var starts: [Int] = [0]

    /// Indexes the lines of `text`.
    init(_ text: String) {
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\n" { starts.append(offset) }
        }
    }

    /// The 1-based line holding scalar `offset`.
    func line(ofScalar offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}
