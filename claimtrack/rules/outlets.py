"""Outlets: the media a claim came through. Data only.

An outlet is recognised after a cue ("told RIA Novosti", "said on MSNBC", "in an interview with the
BBC", "wrote on Twitter") when its name is listed here, or when it is a capitalised name holding one of
`OUTLET_WORDS` ("the Kyodo News", "The Japan Times"). People and bodies addressed ("told reporters",
"told lawmakers", "telling Smith") are not outlets: see `ADDRESSEES`.
"""

from __future__ import annotations

from typing import Final

OUTLETS: Final = frozenset(
    {
        # Wire services and state agencies that news is credited to.
        "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
        "Bloomberg", "RIA Novosti", "TASS", "ITAR-TASS", "Interfax", "Sputnik", "Xinhua", "Kyodo",
        "Kyodo News", "Yonhap", "IRNA", "Anadolu", "dpa", "ANSA", "EFE", "PTI", "RT", "CCTV",
        "SANA",
        # US broadcasters and their shows (people give interviews to them).
        "CNN", "MSNBC", "CNBC", "Fox", "Fox News", "Fox Business", "NBC", "NBC News", "ABC", "ABC News",
        "CBS", "CBS News", "PBS", "NPR", "C-SPAN", "Univision", "Telemundo", "BBC", "Al Jazeera",
        "Sky News", "Meet the Press", "Face the Nation", "This Week", "Fox News Sunday", "State of the Union",
        "60 Minutes", "Good Morning America", "Today", "Morning Joe", "Hardball", "The View",
        # US and world newspapers and sites.
        "The New York Times", "New York Times", "The Washington Post", "Washington Post",
        "The Wall Street Journal", "Wall Street Journal", "USA Today", "Politico", "Breitbart",
        "Breitbart News", "The Huffington Post", "Huffington Post", "HuffPost", "BuzzFeed", "Axios",
        "The Hill", "Los Angeles Times", "The Guardian", "The Times", "The Daily Telegraph",
        "Financial Times", "The Economist", "Der Spiegel", "Le Monde", "The Japan Times",
        "OILPRICE.com", "Western Journalism", "The Atlantic", "Newsweek", "Time", "Vox", "Slate",
        "The Daily Beast", "Daily Mail", "The Boston Globe", "Chicago Tribune", "Rolling Stone",
        "The New Yorker", "Yahoo News", "Vice", "Salon", "National Review", "The Weekly Standard",
        "Des Moines Register", "The Des Moines Register", "Talking Points Memo", "Mother Jones",
        # Platforms people publish on directly.
        "Twitter", "Facebook", "Instagram", "YouTube", "Truth Social", "Telegram", "Reddit",
    }
)  # fmt: skip

OUTLET_WORDS: Final = frozenset(
    {
        # A capitalised name holding one of these words is taken for an outlet.
        "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Radio",
        "TV", "Television", "Broadcasting", "Daily", "Press", "Magazine", "Chronicle", "Observer",
        "Inquirer", "Examiner", "Courier", "Register", "Dispatch", "Globe", "Star", "Sun", "Review",
    }
)  # fmt: skip

SHOW_WORDS: Final = frozenset(
    {
        # The last word of a programme's name after its outlet's possessive ("the BBC's Andrew Marr
        # Show", "CBS's Face the Nation"): the show is the medium. Otherwise ("Fox's Sean Hannity") the
        # words name a person, and the outlet before the possessive is the medium.
        "Show", "Hour", "Tonight", "Live", "Today", "Nation", "Sunday", "Week", "Report", "Program",
        "Programme", "Podcast", "Edition", "Journal", "Morning", "Evening", "Hardball", "Newsnight",
    }
)  # fmt: skip

PUBLICATIONS: Final = frozenset(
    {
        # Role words that make the named speaker an outlet ("The British publication OILPRICE.com").
        "publication", "newspaper", "daily", "magazine", "agency", "broadcaster", "outlet", "website",
        "service", "channel", "network", "tabloid", "weekly", "paper", "journal", "site", "blog",
    }
)  # fmt: skip

CREDITING: Final = frozenset(
    {
        # Words before "by" that credit an outlet with carrying the words: "..., as quoted by TASS",
        # "cited by Reuters", "carried by the Kyodo News".
        "quoted", "cited", "carried", "reported", "published", "broadcast", "aired",
    }
)  # fmt: skip

ADDRESSEES: Final = frozenset(
    {
        # People told something: the listener, never the medium.
        "reporters", "journalists", "lawmakers", "legislators", "supporters", "voters", "students",
        "the", "a", "an", "his", "her", "their", "him", "them", "me", "us", "crowd", "audience",
        "congress", "colleagues", "members", "delegates", "donors", "attendees", "parliament",
        "senators", "workers", "residents", "participants", "viewers", "listeners", "readers",
        "the crowd", "the audience", "officials", "investigators", "police", "friends",
    }
)  # fmt: skip
