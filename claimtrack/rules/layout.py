"""The frame of an article: datelines, credit lines, subheads and captions. Data only.

`claimtrack.parse.structure` reads these to tell the lines around the prose (where the story was
filed, whose copy it is, what a section is about, what a photo shows) from the prose itself.
"""

from __future__ import annotations

from typing import Final

COLON_DATELINES: Final = frozenset(
    {
        # Cities Indian agencies and the papers carrying them (PTI, IANS, ANI) open a story with,
        # followed by a colon: "Beijing: Chinese President Xi Jinping said ...". Only a place listed
        # here makes such a dateline, and only before a long paragraph: "Moscow: Sanctions Will Not
        # Work" is a headline crediting Moscow. Seats of power that speak ("Kremlin:") are left out.
        "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad",
        "Ahmedabad", "Pune", "Lucknow", "Jaipur", "Patna", "Bhopal", "Chandigarh", "Srinagar", "Jammu",
        "Guwahati", "Thiruvananthapuram", "Kochi", "Islamabad", "Lahore", "Karachi", "Kabul", "Dhaka",
        "Kathmandu", "Colombo", "Male", "Thimphu", "Beijing", "Shanghai", "Hong Kong", "Taipei",
        "Tokyo", "Seoul", "Pyongyang", "Singapore", "Bangkok", "Jakarta", "Kuala Lumpur", "Manila",
        "Hanoi", "Moscow", "Kyiv", "Kiev", "Minsk", "Washington", "New York", "United Nations",
        "London", "Paris", "Berlin", "Brussels", "Geneva", "Rome", "Madrid", "Ankara", "Istanbul",
        "Tehran", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Tel Aviv", "Riyadh", "Dubai",
        "Abu Dhabi", "Doha", "Muscat", "Kuwait City", "Cairo", "Nairobi", "Johannesburg", "Canberra",
        "Sydney", "Ottawa", "Toronto", "Brasilia", "Mexico City",
        # The Gulf papers' (Gulf News, Khaleej Times) emirates and cities: "Fujairah: Another oil slick ..."
        "Sharjah", "Ajman", "Fujairah", "Ras Al Khaimah", "Umm Al Quwain", "Al Ain", "Manama", "Jeddah",
        # African and Pakistani cities whose papers and agencies (NAN, APP) open stories so: "Lagos: The
        # Minister of State for Industry on Friday joined ...".
        "Lagos", "Abuja", "Port Harcourt", "Kano", "Ibadan", "Accra", "Kampala", "Dar es Salaam",
        "Addis Ababa", "Peshawar", "Quetta", "Rawalpindi", "Multan", "Faisalabad",
        # Malaysian cities, as The Star and Bernama open a story in capitals: "IPOH: Police have arrested ..."
        # (a short name in capitals needs listing: "KUCHING:" does not)
        "Ipoh", "George Town", "Johor Bahru", "Johor Baru", "Kota Kinabalu", "Kuching", "Shah Alam",
        "Alor Setar", "Melaka", "Seremban", "Kuantan", "Kota Bharu", "Kuala Terengganu", "Putrajaya",
        "Petaling Jaya",
    }
)  # fmt: skip

CREDIT_OPENINGS: Final = (
    # Lines at the foot (or head) of a story naming the outlets its copy came from: the first outlet
    # named becomes the article's ("Based on reporting by AP and Reuters" gives AP). People named
    # in such a line ("With reporting by Jane Doe") are no outlet and are passed over.
    "based on reporting by", "based on reports by", "based on reports from", "based on reporting from",
    "with inputs from", "with input from", "inputs from", "with reporting by", "with reporting from",
    "with additional reporting by", "additional reporting by", "compiled from reports by",
    "compiled from wire reports by", "with agency inputs from", "courtesy of",
    # Reuters' foot "Reporting by X; Editing by Y" (here an outlet only when it names one, "Reporting by
    # Reuters" on a repost; the note's own form credits Reuters: `WIRE_FOOTERS`), and a repost's note of
    # where the story ran first.
    "reporting by", "originally published by", "originally published in", "originally published on",
    "first published by", "first published in", "first published on", "this story first appeared in",
    "this article first appeared in", "this story was originally published by",
    "this article was originally published by", "this article was originally published in",
    "this article was first published by", "this article was first published in",
    "this story was first published by", "this story was first published in",
    "this story first appeared on", "this article first appeared on",
    # A reposting portal's foot naming the agency: "News by Reuters."
    "news by",
    # A paper's own foot, with the day it ran: "Published in Dawn, October 24th, 2014".
    "published in",
    # A copyright line at the foot names whose copy the story is: "Copyright 2023 The Associated
    # Press. All rights reserved.", "© Reuters", "Copyright PUNCH." (the year after it is passed over).
    "copyright ©", "copyright (c)", "copyright", "©", "(c)",
)  # fmt: skip

LINK_LABELS: Final = frozenset(
    {
        # The label of a link to the story's first page, after "Source:" on a repost ("Source: Read Full
        # Article"): no outlet's name, and no story starts there.
        "read full article", "read the full article", "full article", "read more", "read full story",
        "original article", "click here", "here", "link", "source link",
    }
)  # fmt: skip

OTHER_STORIES: Final = frozenset(
    {
        # Labels of a line linking to another story, before a colon: "Read more: Budget to pass, Roe
        # says", "Related: Rates rise again". The headline after the label is that story's, no claim of
        # this one.
        "read more", "related", "also read", "read also", "see also", "more on this", "related stories",
        "related articles", "recommended", "you may also like", "more from", "further reading",
    }
)  # fmt: skip

SCOOP_PHRASES: Final = frozenset(
    {
        # What an outlet says of its own finding in the story's first paragraphs: "Ministers have delayed
        # the bill, the Westmere Times has learned." A paper names itself so only in its own story, so
        # the story is that outlet's.
        "has learned", "has learnt", "can reveal", "can disclose", "understands",
    }
)  # fmt: skip

REPORTER_VERBS: Final = (
    # The verb closing a broadcaster's or a paper's blog byline before the story ("ABC News’ Jane Doe
    # reports:", "NBC's John Roe writes:"): the outlet before the possessive is the article's.
    "reports", "writes", "reported", "wrote",
)  # fmt: skip

TITLE_SECTIONS: Final = frozenset(
    {
        # A site's section named between bars in a page's title, before the site's own name:
        # "Talks go on | News | ANDEAN SITE". After one of these the last part names the outlet,
        # though the rules do not list it.
        "news", "latest news", "politics", "world", "nation", "national", "business", "economy",
        "local", "regional", "international",
    }
)  # fmt: skip

COPY_NOUNS: Final = (
    # What a line at the foot calls the copy after naming an outlet: "Anadolu Agency story with
    # additional input from Global Village Space", "Xinhua report". The outlet named first is the
    # article's.
    "story", "report", "copy", "dispatch",
)  # fmt: skip

BULLETS: Final = (
    # Marks a byline may open with before an outlet's name: "• Kyodo", "— Reuters".
    "•", "·", "—", "–", "-", "|",
)  # fmt: skip

OUTLET_PROMPTS: Final = (
    # A site's prompt before its own name on a line of the page's furniture: "Watch CBS News", "Listen to
    # Harbour Radio". The name after it is the outlet, as the name alone would be.
    "Watch ", "Listen to ", "Listen live to ",
)  # fmt: skip

SUBHEAD_OPENINGS: Final = (
    # Short lines without a final full stop that open with these words are the topics of a briefing
    # transcript or a digest ("On Syria talks in Lausanne", "Regarding the grain deal"), not claims.
    "On", "Regarding", "Concerning", "As regards", "With regard to",
)  # fmt: skip

CAPTION_MARKS: Final = frozenset(
    {
        # Where a person stands in a photo: a short paragraph holding one of these is a caption
        # ("Kishida (right) with his counterpart Lavrov in Tokyo on November 1."), not a claim. A
        # bare "(R)" or "(L)" is left out: US news writes a party that way ("Sen. Ted Cruz (R)").
        "(right)", "(left)", "(center)", "(centre)", "(2nd L)", "(2nd R)", "(1st L)", "(1st R)",
        "(3rd L)", "(3rd R)", "(second left)", "(second right)", "(second from left)",
        "(second from right)", "(far left)", "(far right)", "(centre left)", "(centre right)",
        "(center left)", "(center right)", "(front row)", "(pictured)", "(file photo)",
    }
)  # fmt: skip

PHOTO_SOURCES: Final = frozenset(
    {
        # Picture libraries and agencies a photo's credit names beside the photographer, after "via"
        # or a slash: "Scott Olson via Getty Images.", "John Moore/Getty Images.", "AP Photo/Evan
        # Vucci", "REUTERS/Kevin Lamarque". A short line of names holding one credits a photo and is no
        # prose; a name no table lists ("Orlando Sentinel via Getty Images") rides on the library's.
        "getty images", "getty", "ap photo", "ap", "afp", "afp photo", "reuters", "epa", "epa-efe",
        "efe", "shutterstock", "alamy", "pa", "pa images", "pa wire", "pa media", "aap", "aap image",
        "nurphoto", "sipa", "sipa usa", "zuma press", "zuma wire", "corbis", "istock", "istockphoto",
        "flickr", "wikimedia commons", "anadolu agency", "xinhua", "tass", "sputnik", "ria novosti",
        "bloomberg", "pool", "handout", "file", "supplied",
        # Before a colon in the ABC's bracketed credits: "(ABC News: Jane Doe)", "(Facebook: Victoria
        # Police)"; the agencies above take it too ("(AAP: Dean Lewins, file photo)", "(Reuters: X)").
        "abc news", "abc", "facebook", "twitter", "instagram",
    }
)  # fmt: skip

PHOTO_LABELS: Final = (
    # How a photo's credit line opens, as written ("Photo: Reuters", "Photo by Jane Doe/AFP", "Image
    # copyright Getty Images"): a short line opening so is no prose. "Image caption" is left out: a
    # BBC caption after it may give someone's words.
    "Photo:", "Photo by", "Photos:", "Photo credit", "PHOTO:", "Photograph:", "Photograph by",
    "Picture:", "Pictures:", "Pic:", "Image:", "Image credit", "Image copyright", "Credit:",
)  # fmt: skip

STAMP_LABELS: Final = (
    # Labels a page template prints before the time a story was put online ("Updated: 2019-04-02
    # 09:15", "Published May 4,2021", "Updated on: Feb 3, 2015 08:12 am IST"): a line holding one
    # before a date, or a date beside a clock time, is a timestamp, never a claim.
    "Updated", "Published", "Posted", "Modified", "Last updated", "Last modified", "First published",
    "UPDATED", "PUBLISHED", "POSTED",
    # as older news sites capitalise it: "Last Updated: Monday, 3 March, 2003, 10:15 GMT"
    "Last Updated", "Last Modified",
)  # fmt: skip

EDITOR_NOTES: Final = (
    # How an agency's note to the editors opens, in brackets on a line of its own ("(ATTN: RECASTS
    # headline, lead; ADDS details)" at Yonhap, "(Eds: Updates with ...)" at AP): no prose, no claim.
    "(ATTN:", "(ATTN :", "(EDS:", "(Eds:", "(EDITORS:", "(Editors:", "(EDITOR'S NOTE:",
)  # fmt: skip

END_MARKS: Final = (
    # Marks closing an agency's story at the end of its last paragraph ("... in this domain. (end)" at
    # KUNA): cut off the prose, so that no claim's content runs into them.
    "(end)", "(END)", "(End)", "(ends)", "(ENDS)",
)  # fmt: skip

DECK_LABELS: Final = (
    # Labels a page prints before the summary under its headline ("Synopsis: The platform will also shut
    # its meat marketplace, as ..."): the line is the story's deck, no prose of it, full stop or not.
    "Synopsis:", "Summary:", "In short:", "Standfirst:",
)  # fmt: skip

TRAILERS: Final = (
    # Lines a syndicating site prints after the story, below the agency's credit line ("--IANS", "MENA"):
    # passed over to find that credit. allAfrica's "Read the original article on Egypt Online.", Business
    # Standard's "Disclaimer: No Business Standard Journalist was involved ...", and the editors' initials
    # as Indian agencies sign their copy ("sm/vt") are matched apart (`structure.py`).
    "Read the original article on", "Disclaimer:", "(Only the headline", "This story has not been edited",
)  # fmt: skip

PAGE_WIDGETS: Final = frozenset(
    {
        # Lines a page's widgets leave in its scraped text, alone on their line: an advert's slot and its
        # button ("Hide Ad", twice in a row between paragraphs of the Scotsman's and its sister papers'
        # pages). No prose and no one's name: "He warned ..." after them is not theirs.
        "Hide Ad", "Skip Ad", "Skip advert", "Advertisement", "ADVERTISEMENT", "Sponsored content",
    }
)  # fmt: skip

OUTLET_ASKS: Final = (
    # What a story says its outlet did to hear from someone, the outlet named first: "Sky News has reached
    # out to the Singapore government for comment", "Reuters could not immediately reach the firm". The
    # name before these words is the article's outlet when nothing else names it (a listed outlet, or a
    # name ending in an outlet's word: "Norvale News has asked the firm whether it will appeal").
    "has reached out to", "have reached out to", "has contacted", "has approached", "has asked",
    "could not immediately reach", "could not reach", "was unable to reach", "could not immediately contact",
)  # fmt: skip

THE_PLACES: Final = frozenset(
    {
        # Places whose names open with "The", as a byline gives the place filed from after the reporter's
        # name ("By Jane Doe, The Hague"): no outlet, though outlets' names open so ("By Jane Doe, The
        # Westmere Eagle").
        "The Hague", "The Bronx", "The Gambia", "The Bahamas", "The Netherlands", "The Philippines",
        "The Valley", "The Woodlands", "The Villages", "The Pas", "The Entrance", "The Rocks",
    }
)  # fmt: skip

WIRE_FOOTERS: Final = {
    # The note a wire agency closes its copy with, naming only its staff, and the words that make it the
    # agency's: Reuters ends every story "(Reporting by Jane Doe in Nairobi; Editing by Tom Hale)". A line
    # among the last paragraphs opening with the first words and holding all of them credits the agency,
    # on a site that reposts the story without its dateline too.
    "Reuters": ("reporting by", "editing by"),
}  # fmt: skip

STAFF_NOUNS: Final = frozenset(
    {
        # What a reporter is, closing the line under a byline or in a foot's credit after the paper's name:
        # "Westmere Times business reporter", "Pulse Staff Writer", "Westmere Times staff reporter Jane Doe
        # contributed to this report". The capitalised words before the desk are the article's outlet.
        "reporter", "writer", "correspondent", "editor", "columnist", "journalist", "photographer",
        # A newsroom's desk signing a byline: "By Jane Doe, Norvex Media Group Regional News Desk".
        "desk",
    }
)  # fmt: skip

STAFF_DESKS: Final = frozenset(
    {
        # Words between a paper's name and its reporter's noun that name the desk or the rank, in any
        # case ("Pulse Staff Writer", "Westmere Times senior political reporter"): no part of the name.
        "staff", "senior", "chief", "political", "politics", "business", "education", "health", "science",
        "sports", "sport", "crime", "courts", "legal", "foreign", "economics", "economy", "technology",
        "tech", "environment", "environmental", "climate", "investigative", "city", "state", "local",
        "national", "international", "special", "contributing", "associate", "deputy", "managing",
        "news", "digital", "data", "social", "affairs", "general", "assignment", "metro", "features",
        "arts", "culture", "entertainment", "energy", "transport", "transportation", "housing",
        "agriculture", "defence", "defense", "security", "diplomatic", "world", "markets", "finance",
        "financial", "medical", "religion", "property", "media", "photo", "video",
        "statehouse", "capitol", "county", "regional", "parliamentary", "legislative", "breaking",
        "content",
    }
)  # fmt: skip

SPOKEN_TO_HOUSE: Final = (
    # Words before an outlet's name that say the story's own reporters heard or saw something: "told
    # Harbour Sport that C", "speaking to the Westmere Mail", "a letter seen by Norvale Weekly". A name a
    # byline gives after the reporter's ("By Jane Doe, Harbour Sport"; or alone on the next line) that
    # the story names so is the article's outlet, though the rules do not list it. ("According to" is
    # left out: a story cites another outlet so.)
    "told", "telling", "tells", "speaking to", "spoke to", "talking to", "talked to", "interview with",
    "seen by", "obtained by", "reviewed by", "contacted by",
)  # fmt: skip

REPORTER_BIO: Final = frozenset(
    {
        # Words of the line a paper prints under a story about its reporter, which ends with the paper:
        # "Jane Doe covers city hall for The Westmere Mail.", "Tom Hale is a senior reporter at the
        # Norvale Post." The paper ending such a line is the article's outlet.
        "covers", "covered", "writes", "reports", "reporter", "correspondent", "writer", "editor",
        "journalist", "columnist", "critic", "producer",
    }
)  # fmt: skip

BIO_CONTACTS: Final = frozenset(
    {
        # First words of the sentences that may follow a reporter's line on the same line, telling the
        # reader how to reach the reporter: "Jane Doe covers courts for The Westmere Mail. Reach her at
        # jdoe@example.com." The line is still the reporter's, no prose of the story.
        "reach", "email", "e-mail", "contact", "follow", "call", "write",
    }
)  # fmt: skip

OUTSIDE_WRITERS: Final = frozenset(
    {
        # Words in such a line for one who writes for others too: "teaches law at Norvale University and is
        # a contributing editor at Westmere Quarterly" names the writer's other outlet, not the one
        # printing the piece.
        "contributing", "contributor", "guest", "former", "freelance", "author",
    }
)  # fmt: skip

OUTLET_LEARNS: Final = (
    # What a story says its own outlet found out, the outlet named first: "Sky News understands the board
    # will meet again", "Harbour Radio has learned", "the Herald can reveal". A paper says so of its
    # own reporting only (another's is "reported"), so the listed outlet named so in any paragraph is the
    # article's when nothing else names it. (Not "has obtained": "documents CNN has obtained" is cited by
    # other outlets too.)
    "understands", "has learned", "has learnt", "can reveal", "can now reveal", "has been told",
    # and what a court lets it print: "The Harbour Chronicle is allowed to publish the names ...", "the
    # Post can now report" (court copy in Britain, Ireland and New Zealand)
    "is allowed to publish", "can now publish", "can report", "can now report", "is able to report",
    "is able to reveal",
)  # fmt: skip
