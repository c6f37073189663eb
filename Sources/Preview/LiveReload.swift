import Foundation

/// The live-reload script the preview adds to the pages it serves (never to the built files).
///
/// The page polls the build-id endpoint; the id changes only after a new site has been swapped
/// in whole, so the page never reloads into a half-written build. The lines after the id are the
/// last build's error or problems, shown in a panel at the foot of the page (as text, never HTML).
public enum LiveReload {
    /// The endpoint that answers with the id of the site being served.
    public static let buildIDPath = "/__verbatim/build-id"

    /// The script, polling once a second.
    static let script = """
        <script>
        (() => {
          let current = null;
          const show = (messages) => {
            let panel = document.getElementById("verbatim-build-messages");
            if (messages.length === 0) { if (panel) panel.remove(); return; }
            if (!panel) {
              panel = document.createElement("aside");
              panel.id = "verbatim-build-messages";
              panel.setAttribute("role", "alert");
              panel.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:9999;max-height:40vh;overflow:auto;" +
                "margin:0;padding:1em;background:#5c1010;color:#fff;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap";
              document.body.appendChild(panel);
            }
            panel.textContent = "Verbatim build: " + messages.join("\\n");
          };
          const poll = async () => {
            try {
              const response = await fetch("\(buildIDPath)", {cache: "no-store"});
              const [id, ...messages] = (await response.text()).split("\\n");
              if (current === null) current = id;
              else if (id !== current) { location.reload(); return; }
              show(messages.filter((line) => line.length > 0));
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
