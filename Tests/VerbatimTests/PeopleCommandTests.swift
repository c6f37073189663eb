import Foundation
import Testing

/// `verbatim people`, and how `build` and `check` treat a source the article only describes,
/// run as programs on articles built from real news sentences.
@Suite(.serialized) struct PeopleCommandTests {
    /// A BBC Sport article of 2005: one quote from a described source, two from a named one.
    static let athletics = """
        IAAF Forum on Doping

        Two task forces have been set up to examine doping and nutrition issues.
        "Nothing was decided to change things - it was more to have a forum of the stakeholders allowing them to express themselves," said an IAAF spokesman.
        About 60 people attended Sunday's meeting in Monaco, including IAAF chief Lamine Diack.
        "We are the leading Federation in this field and it is our duty to keep our sport clean," said Diack.

        """

    /// Two articles naming one economist differently, and one naming a "Clinton" the site knows two of.
    static let articles = [
        ("tax-plan.txt", "Tax Plan Costs\n\n\"This is a huge tax cut for the rich,\" said Leonard E. Burman, who directs the Tax Policy Center.\n"),
        ("tax-cuts.txt", "Tax Cuts Compared\n\n\"The numbers do not add up,\" said Len Burman of the Urban Institute.\n"),
        ("campaign.txt", "Campaign Trail\n\n\"We will win Ohio,\" said Hillary Clinton. \"I never doubted it,\" said Bill Clinton.\n"),
        ("rally.txt", "Rally Draws Thousands\n\n\"This is our moment,\" Clinton said at the rally.\n"),
    ]

    static func project(_ files: [(String, String)]) throws -> URL {
        let root = try VerbatimProgram.temporaryFolder("people")
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: articles.appendingPathComponent(name)) }
        return root
    }

    @Test(.enabled(if: VerbatimProgram.isBuilt, "needs the built verbatim program"))
    func peopleListsMergesAndNearMissesAsEntriesToConfirm() throws {
        let root = try Self.project(Self.articles)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try VerbatimProgram.run(["build", "--root", root.path]).status == 0)
        let run = try VerbatimProgram.run(["people", "--root", root.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("leonard-e-burman:\n  name: \"Leonard E. Burman\"\n  aliases: [\"Len Burman\"]\n"))
        #expect(run.standardOutput.contains("# Not merged: \"Clinton\" (clinton) may be Bill Clinton or Hillary Clinton."))
        #expect(run.standardOutput.contains("# hillary-clinton:\n#   name: \"Hillary Clinton\"\n#   aliases: [\"Clinton\"]\n"))
        let site = root.appendingPathComponent("site/people")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("leonard-e-burman/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("len-burman").path))
    }

    @Test(.enabled(if: VerbatimProgram.isBuilt, "needs the built verbatim program"))
    func peopleWithoutContentSaysToBuildFirst() throws {
        let root = try Self.project(Self.articles)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try VerbatimProgram.run(["people", "--root", root.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains("run `verbatim build --root \(root.path)` first"))
    }

    @Test(.enabled(if: VerbatimProgram.isBuilt, "needs the built verbatim program"))
    func aDescribedSourceHasNoPageKeepsItsDescriptionAndIsChecked() throws {
        let root = try Self.project([("iaaf-forum.txt", Self.athletics)])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try VerbatimProgram.run(["build", "--root", root.path]).status == 0)
        let site = root.appendingPathComponent("site")
        let people = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("people").path)
        #expect(people.contains("lamine-diack"))
        #expect(!people.contains { $0.contains("spokesman") })
        let article = try String(contentsOf: site.appendingPathComponent("articles/iaaf-forum/index.html"), encoding: .utf8)
        #expect(article.contains(#"data-unattributed="" title="IAAF spokesman" typeof="Quotation">"#))
        let data = try String(contentsOf: site.appendingPathComponent("data/quotes.jsonl"), encoding: .utf8)
        #expect(data.contains(#""speakerDescription":"IAAF spokesman""#))

        let check = try VerbatimProgram.run(["check", root.appendingPathComponent("articles").path])
        #expect(check.standardOutput.contains("iaaf-forum.txt:4: "))
        #expect(check.standardOutput.contains("said by “IAAF spokesman”, which names nobody"))
    }
}
