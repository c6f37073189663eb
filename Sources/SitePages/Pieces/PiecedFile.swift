import Foundation

/// A data file made of runs of pieces between fixed text: each run is a `head`, then one piece
/// per node (empty ones left out) with a `separator` between them; the file ends with `tail`.
///
/// A full build makes every piece; a rebuild copies the pieces that `PieceReuse` vouches for
/// from the previous file, so the bytes are the same either way and only changed nodes cost
/// rendering. Where each piece landed is recorded for the next rebuild.
struct PiecedFile {
    /// One run of pieces.
    struct Run {
        /// The text before the run.
        var head: [UInt8]
        /// The text between two pieces.
        var separator: [UInt8]
        /// Which part of `DataPieces` the run is.
        var part: DataPieces.Part
        /// Which nodes its pieces belong to, and so which of them `PieceReuse` vouches for.
        var nodes: Nodes
        /// The slugs of its nodes, in file order.
        var slugs: [String]
        /// Makes the piece of the node at a position of `slugs`.
        var piece: (Int) -> [UInt8]
    }

    /// The nodes a run's pieces belong to, and what of them the pieces show.
    enum Nodes {
        /// Articles: a piece holds while the article's node and its quoted speakers' labels do.
        case articles
        /// Speakers, by their name, kind, roles and aliases.
        case speakerLabels
        /// Speakers, by their whole node.
        case wholeSpeakers
    }

    /// Where the file goes in the site.
    var path: String
    /// Its runs, in order.
    var runs: [Run]
    /// The text after the last run.
    var tail: [UInt8]

    /// The file's bytes, with pieces copied from the previous file where `reuse` allows; the
    /// places of the pieces go to `recorder`.
    func make(reusing reuse: PieceReuse?, recorder: DataPieces.Recorder?) -> Data {
        var data = Data()
        write(reusing: reuse, recorder: recorder, to: FileBytes.Output { data.append(contentsOf: $0) })
        return data
    }

    /// `make(reusing:recorder:)`'s bytes handed to `output` in order, piece by piece, so a full
    /// build writes the largest files of the site without holding them. Pieces copied from the
    /// previous file that lay next to each other there (with the separator between them) are
    /// handed over as one run of it: a rebuild that changed one article copies its data files
    /// in a few large runs rather than ten thousand small ones.
    func write(reusing reuse: PieceReuse?, recorder: DataPieces.Recorder?, to output: FileBytes.Output) {
        let previous = reuse?.mapped(path)
        // Bytes of the file so far, the run of the previous file not yet handed over included.
        var size = 0
        var pending: Range<Int>?
        func flush() {
            guard let range = pending, let previous else { return }
            pending = nil
            output.copy(previous, range)
        }
        func put(_ bytes: some DataProtocol) {
            flush()
            for region in bytes.regions { region.withUnsafeBytes(output.bytes) }
            size += bytes.count
        }
        func copy(_ range: Range<Int>) {
            if let run = pending, run.upperBound == range.lowerBound {
                pending = run.lowerBound..<range.upperBound
            } else {
                flush()
                pending = range
            }
            size += range.count
        }
        var places: [DataPieces.Part: [String: DataPieces.Place]] = [:]
        for run in runs {
            put(run.head)
            let old = reuse?.pieces.places[run.part] ?? [:]
            let same: Set<String> =
                switch run.nodes {
                case .articles: reuse?.articles ?? []
                case .speakerLabels: reuse?.speakers ?? []
                case .wholeSpeakers: reuse?.wholeSpeakers ?? []
                }
            var placed: [String: DataPieces.Place] = [:]
            placed.reserveCapacity(run.slugs.count)
            for (position, slug) in run.slugs.enumerated() {
                let start = size + (placed.isEmpty ? 0 : run.separator.count)
                if let previous, same.contains(slug) {
                    // An unchanged node without a piece had an empty one, and still has.
                    guard let place = old[slug] else { continue }
                    if !placed.isEmpty {
                        // The separator before the piece, from the previous file when the piece
                        // followed the one just copied there: the previous file was written by
                        // these runs (its size and, with the output, its identity are the
                        // recorded ones), so the bytes between two pieces of a run are the
                        // separator. They are not read to make sure: that would bring the whole
                        // previous file into memory.
                        if let last = pending, last.upperBound + run.separator.count == place.start {
                            copy(last.upperBound..<place.start)
                        } else {
                            put(run.separator)
                        }
                    }
                    copy(place.start..<place.start + place.count)
                    placed[slug] = DataPieces.Place(start: start, count: place.count)
                } else {
                    let piece = run.piece(position)
                    guard !piece.isEmpty else { continue }
                    if !placed.isEmpty { put(run.separator) }
                    put(piece)
                    placed[slug] = DataPieces.Place(start: start, count: piece.count)
                }
            }
            places[run.part] = placed
        }
        put(tail)
        recorder?.record(path: path, size: size, places: places)
    }
}
