import Foundation

/// The live-reload script the preview adds to the pages it serves (never to the built files).
///
/// The page polls the build-id endpoint; the id changes only after a new site has been swapped
/// in whole, so the page never reloads into a half-written build.
public enum LiveReload {
    /// The endpoint that answers with the id of the site being served.
    public static let buildIDPath = "/__verbatim/build-id"

    /// The script, polling once a second.
    static let script = """
        <script>
        (() => {
          let current = null;
          const poll = async () => {
            try {
              const response = await fetch("\(buildIDPath)", {cache: "no-store"});
              const id = await response.text();
              if (current === null) current = id;
              else if (id !== current) { location.reload(); return; }
            } catch (error) {}
            setTimeout(poll, 1000);
          };
          poll();
        })();
        </script>
        """

    /// `html` with the script before `</body>`, or at the end when there is no `</body>`.
    public static func inject(into html: String) -> String {
        guard let close = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + script
        }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: script + "\n")
    }
}
