import Content
import Foundation

/// Where each article's and speaker's piece lies in the site-wide data files (`quotes.jsonl`, `people.jsonl`,
/// `quotes.csv`, `articles.jsonl`, `articles.csv`), kept with the graph cache so that a rebuild copies the pieces
/// of unchanged articles from the files in the output instead of making them again.
///
/// Those files list every quote of the site, article by article: made whole, they were most of a
/// one-article rebuild of a large archive. Each is a run of pieces, one per node, between fixed
/// text (`PiecedFile`), so a piece is the same bytes wherever it lands.
package struct DataPieces: Sendable, Equatable {
    /// A run of pieces in a data file, one per node of one kind.
    enum Part: Int, CaseIterable, Sendable {
        /// `data/quotes.jsonl`: each article's quotes.
        case quotesJSON
        /// `data/quotes.csv`: each article's quote rows.
        case quotesCSV
        /// `data/people.jsonl`: each speaker's line.
        case people
        /// `data/articles.jsonl`: each article's line.
        case articlesJSON
        /// `data/articles.csv`: each article's row.
        case articlesCSV
    }

    /// Where one piece lies in its file.
    struct Place: Sendable, Equatable {
        /// Offset of its first byte.
        var start: Int
        /// How many bytes it has.
        var count: Int
    }

    /// For each part, the places of its nodes' pieces by slug; a node whose piece is empty (an
    /// article without quotes) has none.
    var places: [Part: [String: Place]] = [:]
    /// The size of each data file the places belong to, by path in the site.
    var sizes: [String: Int] = [:]
    /// The search index's state, nil when none was recorded.
    var search: SearchState?

    /// Appends the places to `writer`; `init(from:)` reads them back equal.
    package func write(to writer: inout BinaryWriter) {
        writer.write(sizes) { $0.write($1) }
        writer.write(places.count)
        for part in Part.allCases {
            guard let pieces = places[part] else { continue }
            writer.write(part.rawValue)
            writer.write(unordered: pieces) { writer, place in
                writer.write(place.start)
                writer.write(place.count)
            }
        }
        writer.write(search != nil)
        search?.write(to: &writer)
    }

    /// Reads places that `write(to:)` wrote.
    package init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        for _ in 0..<max(0, try reader.int()) {
            let path = try reader.string()
            sizes[path] = try reader.int()
        }
        for _ in 0..<max(0, try reader.int()) {
            guard let part = Part(rawValue: try reader.int()) else { throw BinaryReader.Damaged() }
            var pieces: [String: Place] = [:]
            let count = try reader.int()
            pieces.reserveCapacity(max(0, count))
            for _ in 0..<max(0, count) {
                let slug = try reader.string()
                pieces[slug] = Place(start: try reader.int(), count: try reader.int())
            }
            places[part] = pieces
        }
        search = try reader.bool() ? try SearchState(from: &reader) : nil
    }

    /// No places.
    package init() {}

    /// Collects the places of the data files as parallel jobs make them.
    package final class Recorder: @unchecked Sendable {
        // Each data file is one job; the lock only guards the few records at their ends.
        private let lock = NSLock()
        private var pieces = DataPieces()

        /// An empty recorder.
        package init() {}

        /// Records that the file at `path`, of `size` bytes, has the pieces `places`.
        func record(path: String, size: Int, places: [Part: [String: Place]]) {
            lock.lock()
            defer { lock.unlock() }
            pieces.sizes[path] = size
            pieces.places.merge(places) { _, new in new }
        }

        /// Records the search index's state.
        func record(search: SearchState) {
            lock.lock()
            defer { lock.unlock() }
            pieces.search = search
        }

        /// What has been recorded.
        package var recorded: DataPieces {
            lock.lock()
            defer { lock.unlock() }
            return pieces
        }
    }
}

/// The data files of the site in the output folder and which of their pieces still hold: a
/// rebuild copies those instead of making them again.
package struct PieceReuse: Sendable {
    /// The output folder holding the previous build's data files.
    package var folder: URL
    /// Where the pieces lie in those files.
    package var pieces: DataPieces
    /// Articles whose pieces are as they were: their node and their quoted speakers' names and
    /// kinds are unchanged (see `SiteGraph.unchangedPieces`).
    var articles: Set<String>
    /// Speakers whose labels (name, kind, roles, aliases) are as they were.
    var speakers: Set<String>
    /// Speakers whose whole node is as it was.
    var wholeSpeakers: Set<String>
    /// The articles whose content changed or went, as they were, by slug: the search index
    /// looks up the words they had.
    package var previousDocuments: [String: Document] = [:]

    /// The pieces of `folder`'s data files that still hold for these articles and speakers.
    package init(folder: URL, pieces: DataPieces, articles: Set<String>, speakers: Set<String>, wholeSpeakers: Set<String>) {
        self.folder = folder
        self.pieces = pieces
        self.articles = articles
        self.speakers = speakers
        self.wholeSpeakers = wholeSpeakers
    }

    /// The previous data file at `path` mapped for copying runs of it, when its size is the one
    /// recorded.
    func mapped(_ path: String) -> MappedFile? {
        guard let size = pieces.sizes[path] else { return nil }
        return MappedFile(folder.appendingPathComponent(path).path, size: size)
    }
}
