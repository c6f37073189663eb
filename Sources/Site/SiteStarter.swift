import Foundation

/// Starts a new site folder: the layout `verbatim build` expects, with a README that says what goes where.
public struct SiteStarter: Sendable {
    /// Why a site folder could not be started.
    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        /// The folder exists and already holds files; starting there could mix two sites.
        case folderNotEmpty(path: String)
        /// A file or folder could not be created.
        case notWritten(path: String, reason: String)

        /// A message that names the folder and says what to do.
        public var description: String {
            switch self {
            case .folderNotEmpty(let path):
                return "\(path): the folder is not empty; choose a new folder name, or add articles to this one and run `verbatim build --root \(path)`."
            case .notWritten(let path, let reason):
                return "\(path): cannot create it (\(reason)); check that the parent folder is writable."
            }
        }
    }

    /// The folder to start.
    public var folder: URL

    /// Creates a starter for `folder`.
    public init(folder: URL) {
        self.folder = folder
    }

    /// The files a new site starts with, by path relative to the folder.
    public static let files: [(path: String, text: String)] = [
        ("README.md", readme),
        ("articles/welcome.txt", exampleArticle),
        ("people.yml", peopleFile),
    ]

    /// Creates the folder and its starting files; refuses a folder that already holds anything.
    public func create() throws(Error) {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw .folderNotEmpty(path: folder.path)
        }
        for subfolder in ["articles", "content", "templates"] {
            let url = folder.appendingPathComponent(subfolder)
            do {
                try manager.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw .notWritten(path: url.path, reason: error.localizedDescription)
            }
        }
        for file in Self.files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw .notWritten(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    // MARK: - Starting files

    private static let readme = """
        # A Verbatim site

        Put news articles in `articles/` and run `verbatim build` in this folder: Verbatim finds every
        direct quote and who said it, writes each article as annotated Markdown in `content/`, and
        builds the site into `site/`. Preview it with live reload with `verbatim serve`.

        ## What goes where

        | path | what |
        |---|---|
        | `articles/` | your articles: `.txt` copied from a news page, or a title line and paragraphs; `.md` Markdown with YAML front matter (`title`, `source`, `date`, `topics`, `standfirst`); `.html`, `.htm` or `.html.gz` a web page as your browser saved it |
        | `content/` | annotated Markdown, one file per article, written by Verbatim. Edit a quote's link label to change who said it; Verbatim never overwrites a file you have edited |
        | `people.yml` | who is who across articles: canonical names, aliases, person or organisation, role |
        | `templates/` | optional Mustache templates; a file here replaces the built-in template of the same name |
        | `site/` | the built site: plain files with relative links, ready for any static host or to open from disk |

        ## Commands

        ```sh
        verbatim build                    # articles/ → content/ → site/
        verbatim serve --port 8000        # build, serve on http://127.0.0.1:8000, rebuild on change
        verbatim check                    # attributions worth a second look
        verbatim build --base-url https://example.org/quotes/   # absolute links in the feed and sitemap
        ```

        `articles/welcome.txt` shows the copied-news-page layout; replace it with your own articles.

        """

    private static let exampleArticle = """
        Example

        Welcome to Your Verbatim Site

        This is an invented article that shows the layout Verbatim reads. Replace it with your own.
        Verbatim Example

        Verbatim reads a section line, a headline, a one-paragraph summary and the outlet's name, then one paragraph per line.
        "Every direct quote is found and linked to the person who said it," said Mara Quill, an invented editor at an invented newspaper.
        Quill said the site shows a page for every speaker, with "everything they said, across every article".
        Fiction: an invented article for a new Verbatim site.

        """

    private static let peopleFile = """
        # Who is who across articles. Each entry's key is the speaker's page name (slug).
        # A speaker in any article whose name matches `name` or one of the `aliases` becomes this entry.
        #
        # mara-quill:
        #   name: Mara Quill
        #   kind: person            # or organization
        #   role: editor
        #   aliases: [Quill, M. Quill]

        """
}
