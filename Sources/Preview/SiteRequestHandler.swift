import FlyingFox
import Foundation

/// Answers the preview's requests: site files (with the live-reload script in HTML pages),
/// the build id, and the site's 404 page for anything else.
public struct SiteRequestHandler: HTTPHandler {
    /// Where files come from.
    public let resolver: StaticFileResolver
    /// The build being served.
    public let status: BuildStatus

    /// Creates a handler for the site at `root`.
    public init(root: URL, status: BuildStatus) {
        self.resolver = StaticFileResolver(root: root)
        self.status = status
    }

    /// Handles one request.
    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path()
        if path == LiveReload.buildIDPath {
            return HTTPResponse(
                statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: Data(await status.report.utf8))
        }
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        switch resolver.resolve(path) {
        case .file(let url):
            return respond(with: url, status: .ok)
        case .redirect(let location):
            let headers: HTTPHeaders = [.location: location]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .badRequest:
            return HTTPResponse(
                statusCode: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: Data("Bad request: the path is malformed or leaves the site.\n".utf8))
        case .notFound:
            if let page = resolver.notFoundPage { return respond(with: page, status: .notFound, atRoot: true) }
            return HTTPResponse(statusCode: .notFound)
        }
    }

    /// Sends a file; `atRoot` pages (the 404 page, sent for any missing path) get `<base href="/">`
    /// so their links, written relative to the site root, work at any depth.
    private func respond(with url: URL, status: HTTPStatusCode, atRoot: Bool = false) -> HTTPResponse {
        guard var data = FileManager.default.contents(atPath: url.path) else {
            return HTTPResponse(statusCode: .notFound)
        }
        let type = ContentTypes.type(forFileNamed: url.lastPathComponent)
        if type.hasPrefix("text/html") {
            var html = LiveReload.inject(into: String(decoding: data, as: UTF8.self))
            if atRoot, !html.contains("<base "), let head = html.range(of: "<head>") {
                html.insert(contentsOf: "\n<base href=\"/\">", at: head.upperBound)
            }
            data = Data(html.utf8)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-cache"], body: data)
    }
}
