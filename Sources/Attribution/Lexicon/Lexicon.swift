/// The word tables attribution reads: cue verbs, titles, roles, organisation words and the
/// capitalised words that never start a name.
///
/// Every table is plain data in one file per concern, so a wrong call can be fixed by editing a
/// list instead of code. Entries are lowercase; lookups lowercase the word first.
public enum Lexicon {
    /// Builds a set from a whitespace-separated list, so tables read like word lists.
    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
