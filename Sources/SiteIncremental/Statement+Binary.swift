import SiteModel
import SitePages

/// Statements in the graph cache and the graph's digest.
extension Statement {
    /// The statement's digest, for the pages that show it.
    package var digest: GraphDigest.Node {
        var writer = BinaryWriter()
        write(to: &writer)
        let value = writer.digest
        return GraphDigest.Node(
            shown: value, cited: value, whole: value, hasQuotes: false, pages: SiteRenderer.statementPagination(self).count)
    }

    /// Appends every field of the statement; `init(from:)` reads it back equal.
    package func write(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(speakerSlug)
        writer.write(reports.count)
        for report in reports {
            writer.write(report.articleSlug)
            writer.write(report.index)
        }
        writer.write(firstReported)
    }

    /// Reads a statement that `write(to:)` wrote.
    package init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        self.init(
            id: try reader.string(), speakerSlug: try reader.string(),
            reports: try reader.list { reader throws(BinaryReader.Damaged) in
                QuotePlace(articleSlug: try reader.string(), index: try reader.int())
            }, firstReported: try reader.optionalString())
    }
}
