"""Abbreviation tables read by the sentence segmenter (`claimtrack.parse.segment`), and the frozen
`Abbreviations` value that carries them. Data only: no logic lives here.

How an entry is matched: the segmenter takes the word just before a period (without the period, so
"U.S." is looked up as "U.S"). An entry written in lower case matches any capitalisation ("etc" matches
"etc", "Etc", "ETC"); an entry written with capitals matches only that spelling ("Ill" is Illinois, but
"ill." ends a sentence as any word does).

The tables answer one question each:

- `NEVER_FINAL`: abbreviations that always introduce something, so a period after them is never the end
  of a sentence ("Mr. Smith", "Sen. Warren", "e.g. wheat").
- `MAY_END`: abbreviations that can close a sentence. After one of them the segmenter splits only if the
  next word is capitalised *and* is one of `SENTENCE_STARTERS` ("the U.S. The" splits; "the U.S.
  Government" does not), and only if the sentence so far has at least `MIN_WORDS_BEFORE_FINAL_ABBREVIATION`
  words ("At 5 a.m. Mr. Smith left" does not split after "a.m.").  Multi-letter initialisms not listed
  here ("E.U.", "U.S.A.") and single-letter initials ("George W. Bush", "you and I.") get the same
  treatment without being listed.
- `USUALLY_FINAL`: abbreviations after which any capitalised word starts a new sentence, except one of
  `CONTINUATIONS` ("at 8 p.m. Results" splits; "at 8 p.m. Tuesday" and "8 p.m. ET" do not). The
  `MIN_WORDS_BEFORE_FINAL_ABBREVIATION` rule applies here too.
- `BEFORE_NUMBER`: words that are abbreviations only when a number follows ("No. 2", "p. 55"); before a
  word they are ordinary words ("No. He left." splits). Any listed abbreviation, and any token that is
  not a plain word, never ends a sentence when a digit follows ("Jan. 5", "N°. 1026").
- `SENTENCE_STARTERS`: capitalised words that usually begin a sentence rather than continue a name.
- `CONTINUATIONS`: capitalised words that continue a sentence after a `USUALLY_FINAL` abbreviation.

To extend: add to these sets, or pass the segmenter an `Abbreviations` built with your own, e.g.
``attrs.evolve(DEFAULT_ABBREVIATIONS, may_end=DEFAULT_ABBREVIATIONS.may_end | {"Gov't"})``.
The value lives here rather than in the segmenter so that `claimtrack.rules` never imports the parser.
"""

from __future__ import annotations

import attrs

NEVER_FINAL: frozenset[str] = frozenset(
    {
        # Courtesy titles: always followed by a name.
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
        # Political titles (AP style abbreviates them before a full name).
        "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Amb", "Pres", "Supt", "Atty", "Insp", "Det",
        # Military and police ranks.
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cmdt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Spc",
        # Religious titles.
        "Rev", "Msgr", "Fr", "Hon",
        # Place-name prefixes: "Mt. Fuji", "Ft. Worth".
        "Mt", "Ft",
        # Latin and scholarly connectives: always something after them.
        "e.g", "i.e", "cf", "viz", "ca", "approx",
        # "Ohio State vs. Michigan", "Roe v. Wade" ("v" would otherwise be a single-letter initial).
        "vs", "v",
    }
)  # fmt: skip

MAY_END: frozenset[str] = frozenset(
    {
        # Company suffixes, which often end a sentence: "a deal with Pitt, Briggs & Co."
        "inc", "corp", "co", "ltd", "bros", "assn", "dept", "cos", "mfg",
        # Name suffixes: "John Smith Jr." ends sentences too.
        "Jr", "Sr", "Esq", "Ph.D", "M.D",
        # Saint before a name, street after a number ("5th St."): both can be last in a sentence.
        "st", "ave", "blvd", "rd",
        "St",  # capitalised too, so that a word keeps its period: "the Federal Reserve Bank of St. Louis"
        # "Smith et al." can end a sentence.
        "al",
        # Countries and blocs written with periods (others of this shape are recognised as initials).
        "U.S", "U.K", "U.N", "U.S.A", "E.U",
        # Months, AP style (May, June, July are never abbreviated).
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        # Days of the week.
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        # US states, AP style; capitalised so the words "ill", "mass", "wash" stay words.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
        "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo", "D.C",
    }
)  # fmt: skip

USUALLY_FINAL: frozenset[str] = frozenset(
    {
        # Times of day: "at 8 p.m. Results are due" ends, "at 8 p.m. Tuesday" and "8 p.m. ET" do not.
        "a.m", "p.m",
        # "etc." is rarely followed by anything but a new sentence.
        "etc",
    }
)  # fmt: skip

CONTINUATIONS: frozenset[str] = frozenset(
    {
        # Days and months follow a time: "8 p.m. Tuesday", "9 a.m. Sept. 12".
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        # Time zones: "8 p.m. ET", "8 p.m. Eastern".
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST",
        "CET", "Eastern", "Central", "Mountain", "Pacific", "Atlantic",
    }
)  # fmt: skip

BEFORE_NUMBER: frozenset[str] = frozenset(
    {
        # Numbering: "No. 2", "Nos. 3 and 4", "N°. 5"; "No. He left." is a sentence end.
        "no", "nos", "n°", "nº",
        # References into documents: "p. 55", "pp. 3-9", "Vol. 2", "Art. 5", "Fig. 3", "Sec. 4".
        "p", "pp", "vol", "vols", "art", "fig", "ch", "sec", "para", "op", "pt",
        # Currencies written before the amount in South Asian copy: "Rs. 162 billion" (rupees), "Tk.
        # 500" (taka).
        "rs", "tk",
    }
)  # fmt: skip

SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        # Pronouns.
        "I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those", "There", "Here",
        # Determiners and quantifiers.
        "The", "A", "An", "Some", "Many", "Most", "All", "Each", "Every", "Both", "No", "Our", "His",
        "Her", "Its", "Their", "My", "Your", "Such", "Several", "Few", "Other", "Another",
        # Conjunctions and sentence adverbs.
        "But", "And", "Yet", "So", "Or", "Nor", "However", "Meanwhile", "Still", "Also", "Instead",
        "Then", "Now", "Today", "Yesterday", "Tomorrow", "Later", "Earlier", "Last", "Next", "Since",
        "Although", "Though", "Because", "While", "When", "After", "Before", "If", "As", "Thus",
        "Indeed", "Moreover", "Nevertheless", "Nonetheless", "Even", "Only", "Not", "Despite",
        # Question words.
        "What", "Why", "How", "Who", "Whom", "Whose", "Where", "Which", "Whether", "Did", "Do", "Does",
        "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Should", "Has", "Have", "Had",
        # Prepositions that open a sentence: "In 2020, ...", "According to ...".
        "In", "On", "At", "For", "From", "With", "Without", "By", "Under", "Over", "During", "Among",
        "According", "Asked", "Unlike", "Like",
        # Courtesy titles open sentences ("... at 6 P.M. Mr. Smith then went"); ranks such as "Sen."
        # are left out because "U.S. Sen. Warren" is one name.
        "Mr", "Mrs", "Ms", "Dr",
    }
)  # fmt: skip

# A sentence ending in a MAY_END abbreviation must have at least this many words; shorter, the
# abbreviation belongs to an opening phrase ("At 5 a.m. Mr. Smith went ...").
MIN_WORDS_BEFORE_FINAL_ABBREVIATION: int = 4


@attrs.frozen
class Abbreviations:
    """The tables above as one value, which the segmenter takes as `abbreviations=`."""

    never_final: frozenset[str] = attrs.field(default=NEVER_FINAL, converter=frozenset)
    may_end: frozenset[str] = attrs.field(default=MAY_END, converter=frozenset)
    usually_final: frozenset[str] = attrs.field(default=USUALLY_FINAL, converter=frozenset)
    before_number: frozenset[str] = attrs.field(default=BEFORE_NUMBER, converter=frozenset)
    sentence_starters: frozenset[str] = attrs.field(default=SENTENCE_STARTERS, converter=frozenset)
    continuations: frozenset[str] = attrs.field(default=CONTINUATIONS, converter=frozenset)
    min_words: int = MIN_WORDS_BEFORE_FINAL_ABBREVIATION


DEFAULT_ABBREVIATIONS = Abbreviations()
"""The tables as written above."""
