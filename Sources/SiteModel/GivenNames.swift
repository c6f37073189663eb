/// Short forms of English given names and the formal names they stand for ("Len" for
/// Leonard, "Joe" for Joseph), so that "Len Burman" and "Leonard E. Burman" can be one person.
///
/// A short form may stand for several names ("Chris": Christopher, Christine); a name is only
/// matched to a formal one that the site actually knows under the same surname.
enum GivenNames {
    /// The formal names `given` (folded, as `PersonName.given`) may be short for; empty when
    /// it is no known short form.
    static func formal(of given: String) -> [String] {
        table[given] ?? []
    }

    private static let table: [String: [String]] = {
        var table: [String: [String]] = [:]
        for line in forms.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard let formal = words.first?.dropLast(), words.count > 1 else { continue }
            for short in words.dropFirst() { table[short, default: []].append(String(formal)) }
        }
        return table
    }()

    /// Each line: a formal name and a colon, then its usual short forms.
    private static let forms = """
        abraham: abe
        albert: al bert
        alexander: alex sandy
        alexandra: alex sandra
        alfred: al alf fred
        andrew: andy drew
        anthony: tony
        antonio: tony
        barbara: barb
        benjamin: ben benny
        bernard: bernie
        catherine: cathy kate katie
        charles: charlie chuck
        christina: chris tina
        christine: chris
        christopher: chris
        daniel: dan danny
        david: dave
        deborah: debbie deb
        donald: don donnie
        douglas: doug
        edward: ed eddie ted ned
        elizabeth: liz beth betsy betty lisa
        frederick: fred
        gregory: greg
        harold: hal
        henry: hank harry
        jacob: jake
        james: jim jimmy jamie
        jeffrey: jeff
        jennifer: jen jenny
        john: jack johnny
        jonathan: jon
        joseph: joe joey
        joshua: josh
        katherine: kate katie kathy
        kenneth: ken kenny
        lawrence: larry
        leonard: len lenny leo
        margaret: maggie peggy meg
        matthew: matt
        maurice: maury
        michael: mike mikey mick
        nicholas: nick
        patricia: pat patty trish
        patrick: pat paddy
        peter: pete
        philip: phil
        raymond: ray
        richard: rick dick rich
        robert: bob bobby rob robbie bert
        ronald: ron ronnie
        samuel: sam
        stephen: steve
        steven: steve
        susan: sue susie
        theodore: ted teddy
        thomas: tom tommy
        timothy: tim
        victoria: vicky
        walter: walt
        william: bill billy will willie
        """
}
