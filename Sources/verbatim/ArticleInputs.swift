import Articles
import Foundation

/// Turns command-line inputs (files and folders) into the article files they name.
enum ArticleInputs {
    /// The article files of `inputs` in the order given (folders expanded in name order), and a
    /// message for each input that is neither a file nor a readable folder.
    static func collect(_ inputs: [String]) -> (files: [URL], errors: [String]) {
        var files: [URL] = []
        var errors: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                errors.append("error: \(input): no such file or folder")
                continue
            }
            if isFolder.boolValue {
                do {
                    files.append(contentsOf: try ArticleReader.articleFiles(in: URL(fileURLWithPath: input)))
                } catch {
                    errors.append("error: \(error)")
                }
            } else {
                files.append(URL(fileURLWithPath: input))
            }
        }
        return (files, errors)
    }
}
