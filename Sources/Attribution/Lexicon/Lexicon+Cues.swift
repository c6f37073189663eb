extension Lexicon {
    /// Verbs that introduce speech or writing ("said", "told", "tweeted"), in all the forms news
    /// text uses. A quote next to one of these, with a name on the other side, is attributed.
    public static let cueVerbs: Set<String> = words(
        """
        said says say saying told tells tell telling added adds add adding stated states stating
        remarked remarks remarking claimed claims claim claiming warned warns warning wrote writes
        write writing tweeted tweets tweeting posted posts reported reports reporting explained
        explains explaining noted notes noting asked asks asking replied replies replying responded
        responds answered answers declared declares declaring concluded concludes continued continues
        continuing recalled recalls recalling argued argues arguing insisted insists insisting
        acknowledged acknowledges admitted admits admitting announced announces announcing
        suggested suggests suggesting urged urges urging predicted predicts promised promises
        pledged pledges vowed vows boasted boasts complained complains complaining conceded concedes
        countered counters observed observes quipped quips joked jokes jokingly shouted shouts yelled
        cried exclaimed exclaims whispered mused muses recounted recounts described describes
        describing called calls calling labeled labelled branded termed dubbed accused accuses
        accusing charged charges emphasized emphasised emphasizes stressed stresses stressing
        reiterated reiterates confirmed confirms denied denies told testified testifies maintained
        maintains contended contends asserted asserts assured assures agreed agrees cautioned
        cautions lamented laments wondered wonders demanded demands chanted chanting read reads
        thundered fumed seethed snapped sniped scoffed blasted slammed praised praises hailed
        opined opines recommended mocked derided touted touts proclaimed proclaims estimated
        estimates figured reasoned pointed begged pleaded texted emailed e-mailed messaged
        speculated speculates interjected retorted declaring insisting pondered wondering questioned
        questioning quoted quoting barked elaborated chimed laughed sighed sings sang singing pressed prodded interrupted quip quipped quips reacted reacting
        replying responding answering telling retaliated riffed vented commented beamed gushed groused
        griped grumbled scolded confided confessed muttered murmured screamed hollered bellowed exulted
        ranted raved marveled deadpanned echoed remembered lambasted lambasts lambasting slamming
        blasting criticized criticised criticizes criticises criticizing criticising
        """)

    /// Phrases of two or three words that work as a cue ("according to", "in a statement").
    /// Each entry is the lowercase words in order.
    public static let cuePhrases: [[String]] = [
        ["according", "to"],
        ["in", "a", "statement"],
        ["in", "an", "interview"],
        ["in", "a", "tweet"],
        ["in", "an", "email"],
        ["in", "an", "e-mail"],
        ["in", "a", "post"],
        ["went", "on"],
        ["pointed", "out"],
        ["shot", "back"],
        ["fired", "back"],
        ["hit", "back"],
        ["puts", "it"],
        ["put", "it"],
    ]

    /// First words of the cue phrases that are prepositional phrases ("in a statement"), which
    /// follow a whole clause rather than its subject.
    public static let prepositionalCueStarts: Set<String> = words("in")

    /// Words that may stand between a speaker and the cue verb without breaking the pattern
    /// ("Iftikhar, however, added", "Khan has claimed", "Clark later said").
    public static let cueModifiers: Set<String> = words(
        """
        also has have had will would could may might did does do was is were are been then later
        further however meanwhile previously once again earlier recently repeatedly simply just
        subtly quickly flatly bluntly publicly privately initially finally often frequently
        still even already first last today yesterday tonight now never not only separately
        """)

    /// Nouns in -ly, which are no manner adverbs before a cue ("a Clinton ally said", "a Trump
    /// rally chanted").
    public static let nounsInLy: Set<String> = words(
        "ally family rally assembly supply reply daily weekly monthly quarterly anomaly monopoly homily bully")

    /// Nouns for something said, which after a name's possessive attribute the quote they
    /// introduce ("Trump’s pledge to be "neutral"").
    public static let speechNouns: Set<String> = words(
        """
        claim claims assertion assertions statement statements pledge pledges promise promises vow
        vows accusation accusations remark remarks comment comments words rhetoric warning warnings
        declaration insistence suggestion description characterization boast quip threat slogan
        contention admission prediction lament complaint
        """)

    /// Cue verbs whose object is the listener ("…, told AFP."), so the name after them never speaks.
    public static let listenerCues: Set<String> = words(
        """
        told tells tell telling asked asks ask asking assured assures warned warns informed informs
        briefed briefs reminded reminds
        """)

    /// Cue verbs that may open a sentence with the speaker after them ("Said Dorothy Poynter, who
    /// grew up with Ali, "…""); others opening a sentence are participles ("Asked about …").
    public static let openingCues: Set<String> = words("said says added adds explained wrote writes noted recalled replied")

    /// Nouns for a poll, which speaks for the share of people it counts ("In a CNN/ORC poll, 31%
    /// of Republicans said they were "…"").
    public static let pollNouns: Set<String> = words("poll polls survey surveys")

    /// Words before a participle cue whose speaker is the sentence's subject ("before asking her").
    public static let participleLinks: Set<String> = words("before after while by when without")

    /// Forms of "be" that make a following cue passive ("were asked"), so it has no speaker before it.
    public static let passiveAuxiliaries: Set<String> = words("is was are were be been being")

    /// Auxiliaries that open a clause's verb ("said the candidate could be"), so the words
    /// before them are the subject of what was said.
    public static let clauseAuxiliaries: Set<String> = words(
        "could would will can may might must should shall was is were are has have had did does")

    /// Prepositions that open a phrase of place, time or affiliation set off by commas after a
    /// name ("Clinton, during a town hall meeting in Columbus, Ohio, said").
    public static let settingPrepositions: Set<String> = words("in at on during of from after before")

    /// Day and time words that may sit between a speaker and the cue ("Iftikhar on Thursday said").
    public static let timeWords: Set<String> = words(
        """
        monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
        afternoon evening night week month year weekend
        """)
}
