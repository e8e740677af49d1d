"""Outlets: the media a claim came through. Data only.

An outlet is recognised after a cue ("told RIA Novosti", "said on MSNBC", "in an interview with the
BBC", "wrote on Twitter") when its name is listed here, or when it is a capitalised name holding one of
`OUTLET_WORDS` ("the Kyodo News", "The Japan Times"). People and bodies addressed ("told reporters",
"told lawmakers", "telling Smith") are not outlets: see `ADDRESSEES`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

_MEDIA: Final = frozenset(
    {
        # Wire services and state agencies that news is credited to.
        "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
        "Bloomberg", "RIA Novosti", "TASS", "ITAR-TASS", "Interfax", "Sputnik", "Xinhua", "Kyodo",
        "Kyodo News", "Yonhap", "IRNA", "Anadolu", "dpa", "ANSA", "EFE", "PTI", "RT", "CCTV",
        "SANA", "Russia Today",  # RT's name until 2009, still used in translated copy
        # Russian and Ukrainian agencies, papers and channels that agency copy and press reviews quote.
        "RIA", "Tass", "Itar-Tass", "Interfax-Ukraine", "Ukrinform", "UNIAN", "Izvestia", "Kommersant",
        "Kommersant FM",
        "Nezavisimaya Gazeta", "Rossiyskaya Gazeta", "Rossiiskaya Gazeta", "Rossiskaya Gazeta", "Vedomosti",
        "Komsomolskaya Pravda", "Moskovsky Komsomolets", "RBC", "RBK", "Gazeta", "Gazeta.ru", "Lenta.ru",
        "Novaya Gazeta", "Vzglyad", "Argumenty i Fakty", "Trud", "Regnum", "Meduza", "Rossiya Segodnya",
        "Channel One", "Rossiya 1", "NTV", "Zvezda", "Ekho Moskvy", "Echo of Moscow", "The Moscow Times",
        "Moscow Times", "Ukrainska Pravda", "Kyiv Post", "BelTA",
        # Japanese agencies, papers and broadcasters.
        "Jiji", "Jiji Press", "Asahi", "Asahi Shimbun", "The Asahi Shimbun", "Yomiuri", "Yomiuri Shimbun",
        "The Yomiuri Shimbun", "Mainichi", "Mainichi Shimbun", "The Mainichi", "Nikkei", "Nikkei Asia",
        "Sankei", "Sankei Shimbun", "Tokyo Shimbun", "NHK", "Fuji TV", "TBS", "Nippon.com",
        # Chinese, Korean and other Asian agencies and papers.
        "Global Times", "People's Daily", "China Daily", "CGTN", "China News Service", "Caixin",
        "South China Morning Post", "SCMP",
        "Ming Pao", "Sing Tao Daily", "Hong Kong Free Press", "RTHK",  # Hong Kong papers, site, broadcaster
        "Guangming Daily", "PLA Daily", "Qiushi", "Phoenix TV",
        "KCNA", "Korean Central News Agency", "Rodong Sinmun", "Korea Herald", "The Korea Herald",
        "Korea Times", "The Korea Times", "JoongAng Ilbo", "Chosun Ilbo", "Dong-A Ilbo", "Hankyoreh",
        "KBS", "NK News", "Central News Agency", "Focus Taiwan", "Bernama", "Antara", "The Straits Times",
        "Straits Times", "Channel NewsAsia", "Vietnam News Agency", "VNA", "Philippine News Agency",
        "The Diplomat", "Nikkei Asian Review",
        # Iranian, Turkish, Arab and Israeli agencies, papers and channels.
        "Tasnim", "Fars", "Fars News", "Mehr", "Mehr News", "ISNA", "Press TV", "PressTV", "IRIB",
        "Tehran Times", "Kayhan", "Anadolu Agency", "TRT", "TRT World", "Daily Sabah", "Hurriyet",
        "Hürriyet", "Milliyet", "Cumhuriyet", "Yeni Safak", "Hürriyet Daily News", "Duvar English",
        "Bianet",
        # Turkish dailies that Anadolu's and others' press reviews name in capitals ("HABER TURK
        # reported that C"); not "Star" nor "Posta", common words in English.
        "Haberturk", "Habertürk", "Haber Turk", "Sabah", "Vatan", "Aksam", "Akşam", "Sozcu", "Sözcü",
        "Takvim", "Yeni Akit", "Karar", "Hurriyet Daily News", "Al Arabiya", "Asharq Al-Awsat", "Gulf News",
        "Khaleej Times", "WAM", "SPA", "Saudi Press Agency", "QNA", "KUNA", "MENA", "Al-Ahram", "Al Ahram",
        "Ahram Online", "Al Mayadeen", "Al Manar", "Haaretz", "The Jerusalem Post", "Jerusalem Post",
        "The Times of Israel", "Times of Israel", "Ynet", "i24NEWS",
        # Arab dailies that the wires' daily reviews of the Arab papers name (and BBC Monitoring's); any
        # case of their article "al-" is read as the same name (`known_outlet`).
        "Al-Hayat", "Al-Quds Al-Arabi", "Al-Watan", "Tishreen", "Al-Thawra", "Al-Baath", "Al-Akhbar",
        "Al-Masry Al-Youm", "Al-Shorouk", "Al-Wafd", "Al-Gomhuria", "An-Nahar", "As-Safir", "Al-Mustaqbal",
        "Al-Rai", "Al-Dustour", "Al-Ghad", "Al-Qabas", "Al-Seyassah", "Al-Khaleej", "Al-Bayan", "Al-Ittihad",
        "Okaz", "Al-Riyadh", "Al-Jazirah", "Al-Madina", "Al-Sabah", "Al-Mada", "Azzaman", "Al-Quds",
        "Al-Ayyam", "Al-Hayat Al-Jadida", "Al-Rai Al-Aam", "Al-Anba", "Al-Sharq", "Al-Raya", "Al-Arab",
        # Gulf, Arab and Iranian state agencies by their long names (the frame credits them by the
        # short name they sign with: `OUTLET_ALIASES`), their short names, and the portals and
        # networks that republish their copy ("(MENAFN- Kuwait News Agency (KUNA))", "(NNN-SPA)",
        # "MOSCOW (UrduPoint News / Sputnik - ...)").
        "Emirates News Agency", "Kuwait News Agency", "Qatar News Agency", "Bahrain News Agency", "BNA",
        "Oman News Agency", "ONA", "Jordan News Agency", "Petra News Agency", "PETRA",
        "Middle East News Agency", "Syrian Arab News Agency", "Islamic Republic News Agency",
        "Mehr News Agency", "Tasnim News Agency", "Fars News Agency", "Iran Press",
        "Sputnik International", "MENAFN", "NNN", "UrduPoint", "UrduPoint News",
        # South Asian agencies, papers and channels.
        "Press Trust of India", "IANS", "ANI", "United News of India", "Doordarshan", "NDTV", "The Hindu",
        "Hindustan Times", "The Times of India", "Times of India", "The Indian Express", "Indian Express",
        "Zee News", "India Today", "ThePrint", "Dawn", "The Express Tribune", "Geo News",
        "The New Indian Express", "New Indian Express", "Times Now",
        "Associated Press of Pakistan",
        # Pakistan's English daily, named so in its own copy ("The News reported C"; with "The": "news"
        # alone is a word)
        "The News", "The News International",
        # The wire services of Indian papers, as their bylines sign ("Tribune News Service & Agencies").
        "Tribune News Service", "Express News Service", "HT News Service",
        # European agencies, papers and broadcasters.
        "Europa Press", "Bild", "Die Welt", "Frankfurter Allgemeine Zeitung", "FAZ", "Süddeutsche Zeitung",
        "Die Zeit", "Handelsblatt", "Deutsche Welle", "DW", "ARD", "ZDF", "Le Figaro", "Libération",
        "Les Echos", "France 24", "RFI", "Radio France Internationale", "Corriere della Sera",
        "La Repubblica", "La Stampa", "La Gazzetta dello Sport", "Corriere dello Sport", "Tuttosport",
        "El País", "El Pais", "El Mundo", "RTVE", "Euronews", "PAP",
        "Polish Press Agency", "CTK", "MTI", "Agerpres", "Kathimerini", "Yle", "NRK", "SVT",
        "The Independent", "The Telegraph", "The Irish Times", "ITV", "Channel 4 News",
        "The Local",  # English-language news sites in Sweden, Germany and elsewhere ("told The Local")
        # International broadcasters funded by states, quoted as outlets in agency copy ("..., Voice
        # of America reports").
        "Voice of America", "VOA", "Radio Free Europe/Radio Liberty", "Radio Free Europe", "RFE/RL",
        "Radio Liberty", "Radio Farda", "Radio Free Asia", "NHK World", "Arirang",
        # Latin American and African agencies whose copy papers carry under a dateline or a closing
        # credit ("Havana, Aug 2 (Prensa Latina)", "... he said. — Sapa").
        "Prensa Latina", "Notimex", "Agencia Brasil", "Andina", "Sapa", "South African Press Association",
        "African News Agency", "News Agency of Nigeria",
        # Caucasus and Central Asian agencies.
        "Azertac", "Armenpress", "Noyan Tapan", "Kazinform",  # not "Trend": a common word opening sentences
        # US broadcasters and their shows (people give interviews to them).
        "CNN", "MSNBC", "CNBC", "Fox", "Fox News", "Fox Business", "NBC", "NBC News", "ABC", "ABC News",
        "CBS", "CBS News", "PBS", "NPR", "C-SPAN", "Univision", "Telemundo", "BBC", "Al Jazeera",
        "Sky News", "Meet the Press", "Face the Nation", "This Week", "Fox News Sunday", "State of the Union",
        "60 Minutes", "Good Morning America", "Today", "Morning Joe", "Hardball", "The View",
        # British broadcasters' morning and current-affairs programmes, where ministers are interviewed
        # on the day's row ("On Good Morning Britain, X told viewers that C"); "Sky" as British copy
        # writes Sky News ("a council source told Sky"), and talk radio.
        "Good Morning Britain", "BBC Breakfast", "Newsnight", "Question Time", "Times Radio", "TalkTV",
        "BBC Radio 5 Live", "BBC 5 Live", "5 Live", "Sky",
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
        # A chain whose bureau interviews people; BuzzFeed as often written.
        "McClatchy", "Buzzfeed", "BuzzFeed News",
        # More US wires, papers and sites English-language copy credits.
        "UPI", "United Press International", "Bloomberg News", "Dow Jones", "MarketWatch",
        "The Washington Times", "Washington Times", "New York Post", "Newsmax", "The Daily Wire",
        "The Intercept", "ProPublica", "Semafor", "Punchbowl News", "Roll Call", "The Texas Tribune",
        "San Francisco Chronicle", "The Philadelphia Inquirer", "Miami Herald",
        # The entertainment, health and legal trade press other papers credit for scoops ("according to
        # The Hollywood Reporter", "told Variety", "first reported by Stat News").
        "The Hollywood Reporter", "Hollywood Reporter", "Variety", "Deadline", "Billboard", "TMZ",
        "Pitchfork", "IndieWire", "Screen Daily", "Entertainment Weekly", "Page Six", "Stat News", "STAT",
        "Law360",
        # World wire services and national agencies not listed above, as English copy names them
        # ("Efe" is how many papers spell EFE; "DPA" is dpa in capitals, read by `known_outlet`).
        "Efe", "Agencia EFE", "Agence France Presse", "Deutsche Presse-Agentur", "Austria Press Agency",
        "Keystone-SDA", "Belga", "Ritzau", "Lusa", "Athens News Agency", "ANA-MPA", "BTA", "Tanjug", "HINA",
        "TASR", "LETA", "BNS", "ELTA", "Algeria Press Service", "Maghreb Arabe Presse",
        "Ethiopian News Agency", "Ghana News Agency", "GNA", "NAN", "Kenya News Agency",
        "BSS", "Bangladesh Sangbad Sangstha", "UNB", "United News of Bangladesh", "APP", "CNA", "Pajhwok",
        "Télam", "Telam",
        # Canadian agency, broadcasters and papers.
        "The Canadian Press", "Canadian Press", "CBC", "CBC News", "Radio-Canada", "CTV", "CTV News",
        "Global News", "CityNews", "The Globe and Mail", "Globe and Mail", "National Post", "Toronto Star",
        "Times Colonist", "Vancouver Sun", "Ottawa Citizen", "Montreal Gazette", "Calgary Herald",
        "La Presse",
        # Australian and New Zealand agency, broadcasters and papers ("ABC" is above; "Stuff" and
        # "The Australian" are common words alone and left out).
        "AAP", "Australian Associated Press", "SBS", "SBS News", "Nine News", "Nine Network",
        "Seven News", "Sky News Australia", "The Sydney Morning Herald", "Sydney Morning Herald", "The Age",
        "news.com.au", "The Guardian Australia", "RNZ", "Radio New Zealand", "TVNZ", "1News", "Newshub",
        "NZ Herald", "The New Zealand Herald", "New Zealand Herald", "Stuff.co.nz",
        # The ABC's youth network writes its name in lower case, and its current affairs show after it.
        "triple j", "triple j Hack", "2GB",
        # British and Irish agency, broadcasters and papers.
        "PA Media", "Press Association", "PA Wire", "PA news agency", "BBC News", "BBC World Service", "LBC",
        "GB News", "Channel 5",
        "The Sun", "Daily Mirror", "The Mirror", "Daily Express", "Evening Standard", "The Observer",
        "The Scotsman", "RTÉ", "RTE", "RTÉ News", "Irish Independent", "The Irish Independent",
        "TheJournal.ie", "Irish Examiner",
        # The BBC-funded service whose reporters cover British councils for local papers: "X told the
        # Local Democracy Reporting Service".
        "Local Democracy Reporting Service", "LDRS",
        # African broadcasters, papers and sites (not "Nation", "The Nation" or "Vanguard" alone: words).
        "SABC", "SABC News", "News24", "eNCA", "Eyewitness News", "EWN", "Daily Maverick",
        "Mail & Guardian", "TimesLIVE", "IOL", "The Citizen", "Business Day", "KBC",
        "Kenya Broadcasting Corporation", "Daily Nation", "Nation Media Group", "The Standard", "Citizen TV",
        "The EastAfrican", "The Punch", "The PUNCH", "Punch Newspapers", "Premium Times", "Channels TV",
        "Channels Television", "ThisDay", "Daily Trust", "Sahara Reporters", "SaharaReporters", "Arise News",
        "TVC News", "GhanaWeb", "Joy News", "MyJoyOnline", "Daily Graphic", "Graphic Online", "New Vision",
        "Daily Monitor", "The Herald Zimbabwe",
        # South and Southeast Asian broadcasters, papers and sites (not "Tempo" or "Star" alone: words).
        "GMA News", "GMA", "ABS-CBN", "ABS-CBN News", "Rappler", "Philstar", "Philstar.com",
        "The Philippine Star",
        "Philippine Daily Inquirer", "Inquirer", "Inquirer.net", "Manila Bulletin", "The Jakarta Post",
        "Jakarta Post", "Tempo.co", "Koran Tempo", "Kompas", "Detik", "Malaysiakini", "New Straits Times",
        "Free Malaysia Today", "Malay Mail", "Sinar Harian", "Berita Harian", "Utusan Malaysia",
        "Bangkok Post", "Thai PBS", "VnExpress", "Tuoi Tre",
        "The Irrawaddy", "Myanmar Now", "Khmer Times", "The Daily Star", "Prothom Alo", "bdnews24.com",
        "The Kathmandu Post", "Kathmandu Post", "Ada Derana", "ARY News", "Samaa TV", "TOLOnews",
        "Radio Pakistan", "WION", "News18", "The Economic Times", "Economic Times", "Business Standard",
        "Deccan Herald", "The Wire", "Scroll.in", "The Quint", "Firstpost", "Taipei Times", "Taiwan News",
        "Korea JoongAng Daily", "The Standard HK",
        # European papers, broadcasters and EU news sites.
        "Euractiv", "EurActiv", "Politico Europe", "EUobserver", "EUObserver", "The Brussels Times",
        "Brussels Times",
        # Technology and business press. (Not "Wired", "Fortune", "Insider": words that open sentences.)
        "The Verge", "TechCrunch", "Ars Technica", "Engadget", "ZDNet", "CNET", "VentureBeat", "Mashable",
        "Gizmodo", "Business Insider", "Forbes", "The Register", "Computer Weekly", "SecurityWeek",
        "Le Parisien", "Le Point", "Ouest-France", "BFMTV", "TF1", "France Info", "franceinfo",
        "Mediapart", "Der Standard", "Die Presse", "Neue Zürcher Zeitung", "NZZ", "SRF", "RAI", "Rai",
        "Il Sole 24 Ore", "Il Messaggero", "La Vanguardia", "El Confidencial", "Cadena SER", "RTP",
        "De Telegraaf", "de Volkskrant", "NRC", "RTBF", "VRT", "Le Soir", "Politiken", "Dagens Nyheter",
        "Svenska Dagbladet", "Aftonbladet", "Expressen", "Aftenposten", "Helsingin Sanomat",
        "Gazeta Wyborcza", "TVN24", "Rzeczpospolita", "Der Tagesspiegel", "Tagesspiegel", "Times of Malta",
        "Cyprus Mail",
        # More of the Spanish and German papers press reviews quote, and French public radio.
        "El Periódico", "El Periodico", "La Razón", "La Razon", "Die Tageszeitung", "Süddeutsche",
        "France Inter", "France Culture",
        # Shipping's trade press, quoted in port and freight stories ("told Lloyd's List").
        "Lloyd's List", "Lloyd’s List", "TradeWinds", "JOC", "Journal of Commerce",
        # Latin American agencies, papers and channels.
        "Infobae", "Clarín", "La Nación", "O Globo", "Folha de S.Paulo", "Folha de São Paulo", "Estadão",
        "Agência Brasil", "El Universal", "Milenio", "El Tiempo", "El Comercio", "La Tercera", "Granma",
        "teleSUR", "TeleSUR", "MercoPress",
        # Middle Eastern papers, sites and channels.
        "Al-Monitor", "Arab News", "Middle East Eye", "The New Arab", "Rudaw", "Kurdistan24", "Shafaq News",
        "Israel Hayom", "Yedioth Ahronoth", "WAFA",
    }
)  # fmt: skip

PLATFORMS: Final = frozenset(
    {
        # Platforms people publish on directly (outlets too): a post there is no interview, so it frames
        # none of the speaker's later claims ("X wrote on Twitter that C1. ... X told reporters C2").
        "Twitter", "Facebook", "Instagram", "YouTube", "Truth Social", "Telegram", "Reddit",
        # Twitter's name since 2023 ("wrote on X", "in a post on X"), and the other platforms officials
        # post on.
        "X", "LinkedIn", "TikTok", "Bluesky", "Threads", "WhatsApp", "Weibo", "WeChat",
        # where artists and writers post statements: "In a note posted on her Tumblr"
        "Tumblr", "Snapchat", "Substack", "Mastodon",
    }
)  # fmt: skip

OUTLETS: Final = _MEDIA | PLATFORMS  # every name a medium goes by

RELAYED_NETWORKS: Final = frozenset(
    {
        # US networks and cable channels whose interviews with public figures other outlets relay as a
        # matter of routine ("Sanders told CNN on Sunday", "he told Fox News"): a story naming one of
        # them only as the one spoken to is seldom its own (PolNeAR train: most such stories were a
        # paper's). A story that only says someone "told News24" or "told The Hindu" is that outlet's.
        "CNN", "MSNBC", "Fox News", "Fox", "CBS", "CBS News", "NBC", "NBC News", "ABC News", "CNBC",
        "Newsmax", "Fox Business", "Fox Business Network", "PBS", "NPR", "C-SPAN",
    }
)  # fmt: skip

SHOW_NETWORKS: Final = MappingProxyType(
    {
        # Programmes named alone ("said on “Fox News Sunday”") and the network that airs them, which
        # follows the programme in `via`: the medium is the network, the programme its part.
        "Meet the Press": "NBC", "Face the Nation": "CBS", "This Week": "ABC", "Fox News Sunday": "Fox News",
        "State of the Union": "CNN", "60 Minutes": "CBS", "Good Morning America": "ABC", "Today": "NBC",
        "Morning Joe": "MSNBC", "Hardball": "MSNBC", "The View": "ABC", "Andrew Marr Show": "BBC",
        "Newsnight": "BBC", "Good Morning Britain": "ITV", "BBC Breakfast": "BBC", "Question Time": "BBC",
        # the networks' evening news programmes, named with the network's name in them
        "CBS Evening News": "CBS", "NBC Nightly News": "NBC", "ABC World News Tonight": "ABC",
        "PBS NewsHour": "PBS",
    }
)  # fmt: skip

FRAMING_LEADS: Final = frozenset(
    {
        # The words right before an outlet's name that say the speaker spoke to it, so that the speaker's
        # later claims naming no medium came from it too ("X told Handelsblatt C1. ... “C2,” X said"),
        # as an interview's do ("in an interview with X"). Not "according to X", "quoted by X", "C, X
        # reported": the outlet relays those words, it did not hear the speaker's next ones.
        "told", "tells", "telling", "on", "statement to", "speaking to", "talking to", "spoke to",
        "remarks to", "comments to", "interview to", "interview with", "interviews with",
    }
)  # fmt: skip

INTERVIEW_LEADS: Final = frozenset(
    {
        # Framing leads that set the scene of a whole interview, as "in an interview with X" does: the
        # medium frames the speaker's later claims even when an earlier claim (a lede's) named none
        # ("But speaking to the Financial Times, X struck an upbeat tone, telling the newspaper C").
        "speaking to", "talking to", "speaking with", "talking with",
    }
)  # fmt: skip

WRITTEN_PIECES: Final = frozenset(
    {
        # Nouns of a piece the speaker wrote for an outlet, before "in" or "for" and its name: "In a guest
        # essay in the Westmere Times, X argued C1. He added C2": C2 is in the same piece, so it came
        # through the paper too, as an interview's later words do.
        "essay", "op-ed", "oped", "column", "commentary", "article", "piece", "letter",
    }
)  # fmt: skip

MEETING_WORDS: Final = frozenset(
    {
        # Words one of which stands within three words before "with" when the name after it is a medium
        # spoken with: "in an interview with CNN", "sitting down with MSNBC", "in a meeting with the
        # Westmere Mail's editors". Without one the name is a partner or a party: "a four-year agreement
        # with CBS", "talks with Harbour Radio's owners" (a deal, not an interview).
        "interview", "interviews", "interviewed", "conversation", "chat", "meeting", "sit-down", "sitdown",
        "down", "speaking", "talking", "spoke", "talked", "spoken", "appearance", "exchange", "session",
        "q&a", "podcast", "call", "discussion", "briefing",
    }
)  # fmt: skip

OCCASIONS: Final = frozenset(
    {
        # Words framing a later claim that put it on another occasion than the interview the speaker's
        # first claim came from, so the interview's medium does not carry to it: "In his speech, X
        # urged C", "C, X said at a rally", "X said then", "earlier this year X called on C".
        "speech", "speeches", "statement", "rally", "conference", "hearing", "debate", "event",
        "meeting", "remarks", "briefing", "tweet", "tweeted", "post", "letter", "then", "earlier",
        "previously", "ago", "year", "month",
    }
)  # fmt: skip

SAME_MEDIUM: Final = frozenset(
    {
        # Nouns after "the same" that point back at the medium named last: "Appearing on the same
        # program, X said C" came through the programme the claim before named.
        "program", "programme", "show", "broadcast", "interview", "episode", "segment", "panel",
    }
)  # fmt: skip

OUTLET_WORDS: Final = frozenset(
    {
        # A capitalised name holding one of these words is taken for an outlet.
        "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Radio",
        "TV", "Television", "Broadcasting", "Daily", "Press", "Magazine", "Chronicle", "Observer",
        "Inquirer", "Examiner", "Courier", "Register", "Dispatch", "Globe", "Star", "Sun", "Review",
        # British and Indian papers' word ("Sussex Express", "The Indian Express", "Daily Express")
        "Express",
        # Papers' and stations' names ending so ("Irish Daily Mirror", "Manila Bulletin", "Capital FM").
        "Mirror", "Bulletin", "FM",
        # A paper named for its kind ("The Westmere Newspaper"): alone under a byline, the paper's masthead;
        # a press review's header ("The Star Newspaper") is read before it, from `PAPER_NOUNS`.
        "Newspaper",
        # The same words in the languages whose papers agency copy quotes: "Nezavisimaya Gazeta",
        # "Komsomolskaya Pravda", "Tokyo Shimbun", "Chosun Ilbo", "Rodong Sinmun", "Neue Zürcher Zeitung".
        "Gazeta", "Pravda", "Shimbun", "Ilbo", "Sinmun", "Zeitung",
        # A news site's name: "Garowe Online", "Hiiraan Online" ("Online" ends no person's or body's name).
        "Online",
        # Magazines' and trade papers' names ("Harbour Week", "Growers Weekly"), and the Filipino
        # stations' word for radio ("Radyo Harbour").
        "Week", "Weekly", "Radyo",
        # Papers and sites named for the present day ("Harbour Today", "Westmere Today"); a name ending so.
        "Today",
        # Regional papers' words ("The Harbour Echo", "Westmere Argus", "The Harbour Advertiser", "The
        # Norvale Enquirer", "Harbour Sentinel"); not "Nation", which closes First Nations' names too.
        "Echo", "Argus", "Advertiser", "Enquirer", "Sentinel",
        # A press group's name ("Norvex Media Group", "Harbour Media"): not its first word, as in any name.
        "Media",
        # More of the words US and Commonwealth papers are named with ("Harbour Valley Ledger", "The
        # Harbour Bee", "Norvale Beacon", "The Westmere Banner", "Harbour Mercury", "The Norvale
        # Statesman", "Westmere Intelligencer", "The Harbour Clarion").
        "Ledger", "Bee", "Beacon", "Banner", "Mercury", "Statesman", "Intelligencer", "Clarion",
        # Trade papers' and sites' words ("Harbour Mining Monitor", "Norvale Insider", "Westmere Digest").
        # Not "Standard" (the gold standard), "Leader" (the majority leader) nor "Record" (a world record).
        "Monitor", "Insider", "Digest",
    }
)  # fmt: skip

BYLINE_SECTIONS: Final = frozenset(
    {
        # Words a bar sets off after a reporter's byline that name a page or a section, no outlet ("By
        # Jane Roe | Politics"); any other short name of capitalised words there is the paper ("By Jane
        # Roe | Harbour Biotech"): see `credits.named_after_bar`.
        "Politics", "Business", "World", "Opinion", "Sport", "Sports", "Health", "Science", "Technology",
        "Tech", "Entertainment", "Lifestyle", "Local", "National", "International", "Economy", "Markets",
        "Education", "Environment", "Culture", "Features", "Analysis", "Comment", "Editorial", "Breaking",
        "News", "Updated", "Published", "Posted", "Metro", "Crime", "Courts", "Weather", "Travel", "Money",
        "Regional", "Live", "Exclusive", "Investigations", "Video", "Photos", "Staff", "Desk",
    }
)  # fmt: skip

OUTLET_DESKS: Final = frozenset(
    {
        # A word after a listed outlet's name that names one of its desks or services, an outlet of its
        # own that bylines and "told" name: "By Jane Roe, ABC Rural", "told BBC Sport", "CNN Business
        # reported" (as a country after it names an edition: "CNN Philippines").
        "Rural", "Sport", "Sports", "Business", "Politics", "Money", "Radio", "Television", "Online",
        "Digital", "World", "Local", "Africa", "Asia", "Americas", "Europe",
        # A broadcaster's service for a nation of the UK, which its bylines sign ("By Jane Roe, BBC Wales
        # business correspondent", "BBC Scotland News, Angus"): the nations are no `COUNTRIES` (they
        # speak through no government of their own in the copy this reads)
        "Scotland", "Wales", "England", "Northern Ireland", "NI", "Cymru",
    }
)  # fmt: skip

SHOW_WORDS: Final = frozenset(
    {
        # The last or the first word of a programme's name after its outlet's possessive ("the BBC's
        # Andrew Marr Show", "CBS's Face the Nation", "CBC's Morning Harbour"): the show is the medium.
        # Otherwise ("Fox's Sean Hannity") the words name a person, and the outlet before the possessive
        # is the medium.
        "Show", "Hour", "Tonight", "Live", "Today", "Nation", "Sunday", "Week", "Report", "Program",
        "Programme", "Podcast", "Edition", "Journal", "Morning", "Evening", "Hardball", "Newsnight",
    }
)  # fmt: skip

PUBLICATIONS: Final = frozenset(
    {
        # Role words that make the named speaker an outlet ("The British publication OILPRICE.com").
        "publication", "newspaper", "daily", "magazine", "agency", "broadcaster", "outlet", "website",
        "service", "channel", "network", "tabloid", "weekly", "paper", "journal", "site", "blog",
        # "state media KCNA", "Chinese state media Xinhua": the press as a role before its name.
        "media",
    }
)  # fmt: skip

UNNAMED_MEDIA: Final = frozenset(
    {
        # The press named by what it is, not by its name, after "told" or "quoted by": wires write
        # "told state television", "was quoted as saying by state television", "told the state
        # broadcaster", "told local media". The medium is the outlet, as written ("the" dropped). A name
        # after it ("state television IRIB") is read first and wins.
        "state television", "state tv", "state-run television", "state-run tv", "state radio",
        "state-run radio", "state media", "state-run media", "state-owned media", "state broadcaster",
        "public broadcaster", "public television", "national television", "national broadcaster",
        "local media", "local television", "local tv", "local radio",  # (not "local reporters": people)
    }
)  # fmt: skip

CREDITING: Final = frozenset(
    {
        # Words before "by" that credit an outlet with carrying the words: "..., as quoted by TASS",
        # "cited by Reuters", "carried by the Kyodo News".
        "quoted", "cited", "carried", "reported", "published", "broadcast", "aired", "transmitted",
        # "He noted this when asked by Armenpress": the agency that put the question carried the answer;
        # so did the one that reached the speaker: "“C,” he said when contacted by Bernama Radio".
        "asked", "contacted", "approached",
        # "he was quoted as saying by Xinhua": the agency after the whole cue.
        "saying",
    }
)  # fmt: skip

NEWS_AGENCIES: Final = frozenset(
    {
        # Wire agencies whose name after a title's colon credits the story they wrote, which a paper
        # reposts: "Bodies of all climbers recovered: Yonhap". Any other name there is the headline's
        # speaker ("Count might not be thorough: PBS" is Pakistan's statistics bureau, not the broadcaster).
        "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Yonhap", "Kyodo", "Kyodo News",
        "Xinhua", "TASS", "RIA Novosti", "Interfax", "Anadolu", "Anadolu Agency", "Bernama", "PTI", "IANS",
        "ANI", "UNI", "EFE", "dpa", "DPA", "ANSA", "IRNA", "Antara", "PNA", "APP", "KUNA", "WAM", "SPA",
        "MENA", "AAP", "Jiji", "Jiji Press", "Sputnik", "Bloomberg",
    }
)  # fmt: skip

CLOSING_CREDITS: Final = (
    # Verbs that credit an outlet at the end of a sentence, before or after its name: "X said C, reports
    # Kyodo", "..., Reuters reported", and the agency copy translated from Azerbaijani, Turkish and
    # Russian that closes a lede with "..., informs Anadolu Agency" (or "informs Trend").
    "reports", "reported", "writes", "wrote", "informs",
)  # fmt: skip

SITE_ENDINGS: Final = (
    # How a news site's address ends, when the site is told something by that address ("told
    # harbournews.com.au the roads were shut", "said on Norvex.net"): the address is the outlet. Country
    # endings only after a second level, as sites in Britain, Australia, New Zealand, South Africa and
    # India are named; no ending a government's or a person's site takes ("gov", "me").
    "com", "net", "org", "news", "info", "co.uk", "com.au", "co.nz", "co.za", "co.in", "com.sg",
    "com.my", "com.ph", "ie", "ca",
)  # fmt: skip

OUTLET_DESCRIPTORS: Final = frozenset(
    {
        # Words that describe an outlet before its name, passed over to find the name: "quoted as
        # saying by state-run Xinhua news agency", "told the pro-Kremlin Izvestia".
        "state-run", "state-owned", "state-controlled", "state-backed", "state-funded", "government-run",
        "government-owned", "official", "semi-official", "pro-government", "pro-kremlin", "independent",
        "opposition", "private", "privately-owned", "leading", "influential", "popular", "business",
        "daily", "weekly", "online", "news",
    }
)  # fmt: skip

PUBLICATION_ANAPHORA: Final = frozenset(
    {
        # Nouns that, after "the", stand for the outlet a press review's section is about: "IZVESTIA
        # (April 3) ... The newspaper writes that C" credits C to Izvestia. Only inside such a section
        # (or the stretch after "X wrote about"): elsewhere "the newspaper" may be any paper named.
        "newspaper", "paper", "publication", "daily", "weekly", "tabloid", "magazine", "broadsheet",
        "story", "article",
    }
)  # fmt: skip

BODY_ANAPHORA: Final = MappingProxyType(
    {
        # "the NOUN" standing for the body last credited with a claim, as agency copy names it a second
        # time: "The Nikkei newspaper said C1. ... the paper added" (Nikkei). The value says which speakers
        # the noun may stand for: "outlet" (any outlet but a broadcaster), "broadcast" (an outlet that
        # `BROADCAST_WORDS` name), "named" (a body whose name holds the noun: "the ministry" for "the
        # Russian Defense Ministry", not for "the Kremlin"), "agency" (an outlet, or a body named so),
        # "reported" (an outlet credited in the sentence or the two before: "KCNA reported that C1. The
        # report said C2"; further back "the report" is any report).
        "newspaper": "outlet", "paper": "outlet", "publication": "outlet", "daily": "outlet",
        "weekly": "outlet", "tabloid": "outlet", "magazine": "outlet", "broadsheet": "outlet",
        "website": "outlet", "portal": "outlet", "outlet": "outlet", "edition": "outlet",
        "report": "reported", "dispatch": "reported",
        "broadcaster": "broadcast", "channel": "broadcast", "network": "broadcast", "station": "broadcast",
        "ministry": "named", "department": "named", "office": "named", "committee": "named",
        "council": "named", "commission": "named", "embassy": "named", "agency": "agency",
        "service": "named", "court": "named", "parliament": "named", "party": "named",
        "organization": "named", "organisation": "named", "institute": "named", "administration": "named",
        # Standards bureaus, revenue and port authorities, boards of a sector: "the bureau stated" after
        # "The Kenya Bureau of Standards", "the authority said" after "Kenya Ports Authority".
        "bureau": "named", "authority": "named", "board": "named",
        # A police force named before: "According to the police" after "The Harbour Police's cyber cell".
        "police": "named",
        # Bodies of a sport, a trade or an inquiry named by their kind: "the unit said" after "the Westmere
        # Road Safety Unit", "the association" after "the Growers Association of Norvale", "the
        # tribunal" after "the Harbour Appeals Tribunal".
        "unit": "named", "association": "named", "federation": "named", "foundation": "named",
        "tribunal": "named", "society": "named", "fund": "named", "institution": "named",
        # Alliances, colleges of a profession and public corporations: "the coalition said" after "the
        # Norvale Health Coalition", "the college" after "the Harbour College of Nurses", "the
        # corporation" after "the Corporation for Westmere Broadcasting".
        "coalition": "named", "college": "named", "corporation": "named",
        # "any": a noun telling what a body does, not its name, which stands for the nearest body credited
        # or opening a sentence in its sentence or the few before ("Oil giant Norvex made a pledge. The
        # company said C": Norvex; "Rights group Civitas said C1. According to the rights watchdog, C2"),
        # when the body's name holds the noun, a word `BODY_SYNONYMS` gives it, or no word of
        # `ORGANISATIONS` at all (a brand, an acronym; not a country). A "named" noun also stands so for
        # such a body, when none credited before holds the noun ("The NDP said C1. The party noted C2").
        "company": "any", "firm": "any", "group": "any", "watchdog": "any", "regulator": "any",
        "union": "any", "carmaker": "any", "automaker": "any", "lender": "any", "insurer": "any",
        "airline": "any", "retailer": "any", "charity": "any", "giant": "any", "body": "any",
        # Portuguese and Spanish copy in translation ("a entidade", "la entidad"): "The National
        # Confederation of Industry criticised the cut. The entity said C".
        "entity": "any",
        "operator": "any", "manufacturer": "any", "producer": "any", "broker": "any",
        # compounds business copy names firms by: "The drugmaker said C", "the chipmaker added"
        "chipmaker": "any", "drugmaker": "any", "steelmaker": "any", "conglomerate": "any",
        "startup": "any", "chain": "any",
        # A record company, as the music press names it: "Attrakt, the label behind Fifty Fifty".
        "label": "any",
        # Firms named by their trade in business and infrastructure copy: "Consultancy Linerlytica
        # estimated C", "the bulk water utility said", "the German carrier would".
        "consultancy": "any", "utility": "any", "carrier": "any", "miner": "any", "supplier": "any",
        # Banks go by names that seldom say so: "Westbank said C1. The bank expects C2". (Not "developer":
        # a person's trade too, "Florida developer Jane Roe".)
        "bank": "any",
        # Railways, as transport copy names an operator a second time: "Norvex said C1. ..., the railroad
        # said" (Norvex).
        "railroad": "any", "railway": "any",
        # Sports clubs, whose names seldom say so ("Westmere Rovers", "Norvale"): "Westmere Rovers sacked
        # its manager. ... the club said in a statement".
        "club": "any",
        # Forums of users and residents: "the forum said" after "the Norvale Riders' Forum".
        "forum": "named",
        # Care and nursing homes, as inspection copy names one a second time: "the home said" after
        # "Westmere Nursing Home".
        "home": "named",
        # Public services and places of learning, as health, education and sport copy names them a second
        # time: "the trust said" after "the Westmere Hospitals NHS Trust", "the hospital" after "Harbour
        # General Hospital", "the university", "the school", "the league", "the centre" after "the
        # Norvale Policy Centre", "the panel" after "the Harbour Review Panel".
        "trust": "named", "hospital": "named", "university": "named", "school": "named",
        "league": "named", "centre": "named", "center": "named", "panel": "named", "clinic": "named",
        "academy": "named", "district": "named",
    }
)  # fmt: skip

FIRM_NOUNS: Final = frozenset(
    {
        # Nouns of `BODY_ANAPHORA` that name a business: after one, a one-word name credited just before
        # ("Norvex said C1. The company said C2"), which the cast reads as a surname, is the firm's. Not
        # "union", "group", "regulator": bodies of other kinds go by one word less often than firms.
        "company", "firm", "bank", "lender", "insurer", "retailer", "airline", "carrier", "carmaker",
        "automaker", "chipmaker", "drugmaker", "steelmaker", "conglomerate", "startup", "chain", "giant",
        "manufacturer", "producer", "operator", "utility", "miner", "supplier", "consultancy", "broker",
        "railroad", "railway",
    }
)  # fmt: skip

NOT_FIRMS: Final = frozenset(
    {
        # Nouns of `BODY_ANAPHORA` for bodies that are never a firm: "the union" or "the party" does not
        # stand for a name closed by a trade's word ("Westmere Iron Works said C1. The union said C2": not
        # the works, `Rules.firm_heads`).
        "union", "party",
    }
)  # fmt: skip

PEOPLES_TRADES: Final = frozenset(
    {
        # Nouns of `FIRM_NOUNS` that also name a person's trade: "Jane Roe, a film producer", "a mail
        # carrier", "a coal miner", "a broker at Norvex". A firm's noun in apposition to a name makes it a
        # firm ("Norvex, a drugmaker, said"), but not these.
        "producer", "operator", "broker", "miner", "giant", "supplier", "carrier",
        # Nouns of `BODY_KINDS` that name a person too: a rank ("Tom Hale, a major in the reserve"), a
        # musician's group ("a band member" heads on "member", but "Jane Roe, a one-woman band")
        "major", "band",
    }
)  # fmt: skip

BROAD_BODY_NOUNS: Final = frozenset(
    {
        # Nouns of `BODY_ANAPHORA` too broad to tie "the company" to the body last introduced with the
        # same noun ("the blood-testing company Theranos ... The company says C", where Forbes speaks):
        # the others do ("pilots' union Balpa ... the union says C" is Balpa's).
        "company", "firm", "group", "giant", "body", "operator", "producer", "manufacturer", "chain",
        "startup", "conglomerate",
    }
)  # fmt: skip

BODY_KINDS: Final = frozenset(
    {
        # Nouns naming a kind of body, which end the words describing a body before its name: "US oil
        # giant Exxon said C", "Carmaker Nissan said C", "British lender HSBC said C", "Rights group
        # Civitas said C": the name speaks, a body, and the words before it are its role. All the "any"
        # nouns of `BODY_ANAPHORA`, and these, which stand before a name but may be a person's noun
        # after "the" ("the miner said": one who mines) or name no body there ("the maker").
        *(noun for noun, fits in BODY_ANAPHORA.items() if fits == "any"),
        "bank", "miner", "maker", "supermarket", "supplier", "utility", "exporter", "importer",
        "refiner", "telecom", "platform", "fund", "club", "band", "brewer", "bookmaker", "shipper",
        "shipbuilder", "distributor", "provider", "organisation", "organization", "association",
        "campaign", "coalition", "alliance", "party",
        "corporation",  # "state power corporation Norvatom said C": a public or private corporation
        # "major": a leading firm of its trade, as Indian and business copy writes it ("Pharma major
        # Norvex", "oil major Westbank")
        "major",
        # "service": a body serving the public or a trade ("Norvex, a price comparison service,",
        # "ambulance service Norvale"), never a person
        "service",
        # Not nouns that more often name a person before a name ("investor", "developer", "owner",
        # "trader": "activist investor Jane Roe").
    }
)  # fmt: skip

BODY_KIND_NAMES: Final = frozenset(
    {
        # Nouns of `BODY_KINDS` that open firms' and groups' own names: capitalised first in a phrase
        # they are the name's first word, not a description ("Union Pacific said", "Bank Leumi", "Club
        # Med", "Party City", "Giant Eagle", "Group Lotus", "Alliance Boots", "Body Shop", "Chain Bridge
        # Bank", "Platform Nine"); "Carmaker Korrin said" is a carmaker.
        "union", "bank", "club", "party", "giant", "group", "alliance", "body", "chain", "platform",
        "fund", "band", "campaign", "coalition", "association", "organisation", "organization",
        "utility", "maker", "company",
    }
)  # fmt: skip

# Words of the names of firms, of watchdogs and regulators, and of groups (`BODY_SYNONYMS`).
_FIRMS = ("company", "corporation", "group", "firm", "holdings", "bank")
_RAIL = ("railroad", "railway", "rail")
_WATCHDOGS = ("commission", "authority", "agency", "office", "board", "bureau", "council", "ombudsman",
              "watchdog", "regulator", "institute",
              # a data or privacy regulator named a committee: "the Norvale Data Protection Committee"
              "committee")  # fmt: skip
_GROUPS = ("group", "organisation", "organization", "association", "alliance", "movement", "coalition",
           "union", "foundation", "network", "society", "campaign", "trust", "institute", "center",
           "centre", "forum", "league", "council", "project", "initiative", "action",
           # campaigning bodies' closing words: "Human Rights Watch", "Amnesty International"
           "watch", "international")  # fmt: skip

BODY_SYNONYMS: Final = MappingProxyType(
    {
        # Other words of a body's name a noun of `BODY_ANAPHORA` may stand for: English translated from
        # Russian calls a ministry "the department" or "the agency" (ведомство) on a second mention
        # ("The Ministry of Defense of Russia said C1. ... “C2,” the department emphasized").
        "department": ("ministry",),
        # US copy calls a federal body "the agency" whatever its name says: "The Food and Drug
        # Administration approved C1. The agency said C2"; so are centers and bureaus.
        "agency": ("ministry", "administration", "bureau", "centers"),
        # US defence copy calls an armed force "the service" on a second mention ("The Navy said C1. The
        # service said C2"; "the Air Force ... according to the service").
        "service": ("navy", "army", "force", "corps", "guard"),
        # The words of a body's name each noun of any body ("any" in `BODY_ANAPHORA`) may describe: a
        # company is a corporation, a watchdog a commission or an authority; never a ministry or a party.
        "company": _FIRMS, "firm": _FIRMS, "carmaker": _FIRMS, "automaker": _FIRMS, "lender": _FIRMS,
        "insurer": _FIRMS, "retailer": _FIRMS, "giant": _FIRMS, "operator": _FIRMS,
        "manufacturer": _FIRMS, "producer": _FIRMS, "broker": _FIRMS, "chipmaker": _FIRMS,
        "drugmaker": _FIRMS, "steelmaker": _FIRMS, "conglomerate": _FIRMS, "startup": _FIRMS, "label": _FIRMS,
        "chain": _FIRMS, "consultancy": _FIRMS, "carrier": _FIRMS, "miner": _FIRMS, "supplier": _FIRMS,
        "utility": (*_FIRMS, "utility", "water", "board", "authority"),
        "railroad": (*_FIRMS, *_RAIL), "railway": (*_FIRMS, *_RAIL),
        # (an airline's name says what it is in the plural: "Travellers on a Norvex Airlines service ... the
        # airline said C", "Westmere Airways")
        "airline": (*_FIRMS, "airlines", "airways"),
        "watchdog": _WATCHDOGS, "regulator": _WATCHDOGS,
        # (a charity goes by a group's words too: "the Westmere Carers Network", "Action for Norvale")
        "group": _GROUPS, "charity": (*_GROUPS, "fund", "charity"),
        "union": ("union", "federation", "association", "congress", "confederation"),
        "body": (*_WATCHDOGS, *_GROUPS),
        # (translated copy's "the entity" is any body that is no firm nor a state's ministry)
        "entity": (*_WATCHDOGS, *_GROUPS, "federation", "confederation"),
    }
)  # fmt: skip

STATEMENT_NOUNS: Final = frozenset(
    {
        # What "X said in a statement" calls the statement, which "the NOUN" then stands for: "The ministry
        # said in a statement issued today that C1. The statement stressed that C2" (the ministry's word).
        # Not "the declaration" or "the report": documents that speak for themselves.
        "statement", "communique", "communiqué", "release",
    }
)  # fmt: skip

BROADCAST_WORDS: Final = frozenset(
    {
        # Words in an outlet's name that make it a broadcaster: "the channel" may stand for "Fox News
        # Channel" or "Phoenix TV", and "the paper" may not.
        "tv", "television", "channel", "network", "broadcaster", "radio", "station",
    }
)  # fmt: skip

OUTLET_VOICES: Final = frozenset(
    {
        # Documents in which a paper speaks for itself: "An editorial in the Global Times said C"
        # credits C to the Global Times (an article in it is its writer's, and stays a document).
        "editorial", "editorials", "commentary", "commentaries",
        # An agency's news is the agency speaking: "According to the news of Anadolu Agency, C".
        "news",
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
        # Councils, boards, markets and the public a local or business story has someone tell: "told
        # councilors the increase was needed", "told analysts on a call", "told commuters".
        "councilors", "councillors", "councilmembers", "commissioners", "trustees", "ministers", "mps",
        "shareholders", "investors", "analysts", "employees", "staff", "parents", "farmers", "traders",
        "passengers", "commuters", "customers", "fans", "jurors", "judges",
    }
)  # fmt: skip

ADDRESSED_BODIES: Final = frozenset(
    {
        # Bodies and hearings told something, with no article as headlines write them, a name or two
        # before them at most: "harbour chief tells inquiry C", "minister tells Harbour committee C",
        # "nurse tells inquiry C". Only before a clause ("told government officials C" is read by the
        # addressees above).
        "government", "committee", "inquiry", "court", "tribunal", "hearing", "commons", "senate",
        "summit", "conference", "rally",
    }
)  # fmt: skip

TOLD_THINGS: Final = frozenset(
    {
        # Plural nouns after "told" that name what is told, not who hears it: "told jokes the audience did
        # not enjoy" has no addressee and no reported clause (any other plural noun before a clause is the
        # people told: "told worshippers the hall would be sold").
        "jokes", "lies", "stories", "tales", "secrets", "truths", "anecdotes", "fibs", "untruths",
    }
)  # fmt: skip

TOPIC_NOUNS: Final = frozenset(
    {
        # Nouns before "on"/"in"/"for" that make what follows a topic, not the medium: "a question about the
        # ban on Instagram", "the crackdown on Facebook". Not "report", "story", "debate", "comments": "in
        # comments on Fox News" names the medium.
        "ban", "bans", "restrictions", "restriction", "crackdown", "block", "blocking", "limits", "tax",
        "fine", "fines", "attack", "attacks", "question", "questions", "criticism", "complaint",
        "complaints", "lawsuit", "suit",
    }
)  # fmt: skip

OUTLET_ALIASES: Final = {
    # Names the frame of an article (a dateline, a source or credit line) may give an agency, and the
    # name it signs its copy with, so that one agency is one outlet in `via`. Long names of the Gulf,
    # Arab and Iranian state agencies ("Source: Emirates News Agency" is WAM's copy):
    "Emirates News Agency": "WAM", "Saudi Press Agency": "SPA", "Kuwait News Agency": "KUNA",
    "Qatar News Agency": "QNA", "Bahrain News Agency": "BNA", "Oman News Agency": "ONA",
    "Jordan News Agency": "PETRA", "Petra News Agency": "PETRA", "Middle East News Agency": "MENA",
    "Syrian Arab News Agency": "SANA", "Islamic Republic News Agency": "IRNA",
    "South African Press Association": "Sapa",
    # "The Associated Press" and "Associated Press" are one name. (Its "(AP)" is `OUTLET_NAMES`'s: the
    # name in full only where the article prints it; readers credit the form the article gives.)
    "The Associated Press": "Associated Press",
    # Credits in brackets after a place ("Tehran(IP):", "ANKARA (AA) -"), read only in the frame:
    # in prose "IP" and "AA" are other things.
    "IP": "Iran Press", "AA": "Anadolu Agency",
    # The Jakarta Post's own dateline credit: "JAKARTA (JP):".
    "JP": "The Jakarta Post",
    # Site names of agencies.
    "Sputnik International": "Sputnik",
    # British copy's short name for Sky News: "told Sky", "Sky's political editor".
    "Sky": "Sky News",
    # The Times of India signs its staff's copy "TNN" (Times News Network) and calls itself "TOI" in
    # its stories ("told TOI"): readers credit the paper.
    "TNN": "The Times of India", "TOI": "The Times of India",
    # The Hindustan Times signs its staff's copy "HT Correspondent" and "HT News Desk": readers credit
    # the paper.
    "HT": "Hindustan Times",
}  # fmt: skip

OUTLET_NAMES: Final = {
    # Short names agencies go by in prose ("told Yonhap", "Anadolu reported") -> the fuller name each
    # signs its English copy with: where an article prints that name too, its short mentions take it, so
    # one agency is one outlet in the article ("(Yonhap News Agency) ... told Yonhap"). Only names no
    # other outlet shares: not "ABC" (the Australian broadcaster or the American network's "ABC News"),
    # nor "BBC" against "BBC News" (the corporation and its news division are both credited).
    "Anadolu": "Anadolu Agency", "Yonhap": "Yonhap News Agency", "Kyodo": "Kyodo News",
    # The Associated Press signs "(AP)" in its datelines: readers credit "AP" where the story prints only
    # that (19 of 19 claims on the blind sets 277-298), the name where it prints the name (18 of 18).
    "AP": "Associated Press",
    # A paper's initials, which stories print after its name ("told the Neue Zürcher Zeitung ... told the
    # NZZ newspaper"): one paper, credited by the name.
    "FAZ": "Frankfurter Allgemeine Zeitung", "NZZ": "Neue Zürcher Zeitung",
    "SCMP": "South China Morning Post",
    # Agencies' short names in prose after their full name: "according to Bloomberg News ... Bloomberg
    # reported", "Xinhua News Agency ... told Xinhua". (A person of that name stays a person: only an
    # outlet speaking or credited is renamed.)
    "Bloomberg": "Bloomberg News", "Xinhua": "Xinhua News Agency",
}  # fmt: skip

PRESS_WORDS: Final = frozenset(
    {
        # Words of a text about newspapers (a press review, a front-page digest): only in such a text
        # is a "Name: headline" line a paper's part ("Kayhan: Celebrities' role in the unrest").
        "newspaper", "newspapers", "daily", "dailies", "front page", "front pages", "press review",
        "press scan", "editorial", "editorials", "the paper", "papers",
    }
)  # fmt: skip

REVIEW_WORDS: Final = frozenset(
    {
        # Words of a text about several papers (a press review, a front-page digest): only there do
        # two "Name: headline" lines or more make their names papers the rules do not know ("Abrar:
        # “...”", "Afkar: “...”"); elsewhere such lines are subheads naming speakers ("Smith: The tax
        # cut pays for itself").
        "newspapers", "dailies", "front pages", "press review", "press scan", "press roundup",
        "papers' front pages", "morning papers",
    }
)  # fmt: skip

PAPER_NOUNS: Final = frozenset(
    {
        # Nouns a text calls a paper by, next to its name: "the daily Iran", "the reformist Hamrah
        # newspaper", "the newspaper of Vatan", "As a newspaper close to the reformists, Hamrah ...":
        # that name is an outlet wherever it speaks.
        "newspaper", "daily", "weekly", "paper", "tabloid", "broadsheet",
    }
)  # fmt: skip

PAPER_PARTS: Final = frozenset(
    {
        # What a paper prints, after its name's possessive in a text about several papers: "“Assad in
        # Moscow,” was MILLIYET's title", "is Etemad's front-page headline". The name is a paper's (in
        # such a text only: elsewhere "Obama's title" is a person's).
        "title", "headline", "front page", "front-page headline", "front page headline", "banner headline",
        "lead story", "editorial", "cover",
    }
)  # fmt: skip

WORDLIKE_OUTLETS: Final = frozenset(
    {
        # One-word outlet names that are also common words or places: alone on a line at a story's
        # head they are a heading ("Today", "Sabah"), not a credit as "Bernama" or "Xinhua" alone is.
        "Today", "Time", "Vice", "Salon", "Slate", "Vox", "Fox", "Sabah", "Karar", "Vatan", "Trud",
        "Gazeta", "Dawn", "Hardball", "Politico", "Newsweek", "Mehr", "Fars", "Axios", "Variety",
        "Deadline", "Billboard", "Sky",
    }
)  # fmt: skip

STAFF_CREDITS: Final = (
    # The words an outlet's staff sign a byline with after its name ("By IFP Bureau", "By ANA
    # Reporter", "Reuters Staff"): the name before them is the outlet's. Longer ones first.
    "Staff Reporter", "Staff Writer", "News Desk", "Web Desk", "Bureau", "Reporter", "Reporters",
    "Correspondent", "Staff", "Desk", "Newsroom",
    "staff",  # "By Harbour Sport staff": a site's staff signing in lower case
    "Newswire",  # "By AAP Newswire": the Australian agency's wire copy as regional papers carry it
)  # fmt: skip

PORTALS: Final = frozenset(
    {
        # Sites that carry agencies' copy under a bracket of their own with the agency's name beside it
        # ("(APP - UrduPoint / Pakistan Point News - 15th Feb, 2017 )": APP's story; "(UrduPoint News /
        # Sputnik - ...)": Sputnik's). A bracket naming only portals is the portal's own story. UrduPoint
        # signs as "Pakistan Point News" too.
        "UrduPoint", "UrduPoint News", "Pakistan Point News", "MENAFN",
    }
)  # fmt: skip

CREDIT_ONLY_OUTLETS: Final = frozenset(
    {
        # Agencies that sign bylines with initials also used for other things ("PA" is Pennsylvania, a
        # personal assistant, a public address): an outlet only in a credit line, after a reporter's name
        # ("Gráinne Ní Aodha, PA", "By Jane Doe, PA").
        "PA",
    }
)  # fmt: skip

MAIL_HOSTS: Final = frozenset(
    {
        # Mail services anyone may write from: a reporter's address at one of them after a byline's bar
        # ("By Jane Doe | jdoe@gmail.com") names no outlet, as an address at the paper's own site does
        # ("By Jane Doe | jdoe@westmere.com": the site the story ran on).
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "aol.com",
        "icloud.com", "protonmail.com", "proton.me", "mail.com", "gmx.com", "yandex.ru", "rediffmail.com",
    }
)  # fmt: skip

NOT_PAPER_NAMES: Final = frozenset(
    {
        # Capitalised words before "newspaper" that say whose or what kind of paper it is, not its
        # name ("The Iranian newspaper", "a Gulf daily"); words in -ian, -ese, -ish and -ean
        # ("Turkish", "Chinese") are left out by their ending.
        "Arab", "Saudi", "Israeli", "Iraqi", "Kuwaiti", "Qatari", "Emirati", "Bahraini", "Omani",
        "Yemeni", "Pakistani", "Afghan", "Thai", "French", "Dutch", "Greek", "Swiss", "Gulf", "Western",
        "Eastern", "Local", "State", "National", "Official", "Conservative", "Reformist", "Leading",
        "Popular", "Independent", "Opposition", "Hardline", "Weekend", "Evening", "Morning", "English",
        "Persian", "Kurdish", "Hebrew", "Urdu", "Hindi", "Farsi", "Another", "Other", "Same", "One",
    }
)  # fmt: skip

NOT_PAPER_ENDINGS: Final = (
    # Endings of nationality words before "newspaper": "Iranian", "Chinese", "Turkish", "Korean".
    "ian", "ese", "ish", "ean",
    # Where a paper is, not its name: "the Milan-based daily", "the London-based newspaper".
    "-based",
)  # fmt: skip

PAPER_CLAUSES: Final = frozenset(
    {
        # Words that may follow the paper noun of "As a newspaper ..., NAME" when the sentence says
        # what the paper is ("As a newspaper close to the reformists, Hamrah ..."); any other word
        # makes the noun describe something else ("As a newspaper reporter in the 1980s, Smith ...").
        "that", "which", "close", "known", "seen", "run", "owned", "linked", "affiliated", "considered",
        "classified", "critical", "loyal", "widely", "often", "long", "regarded", "described", "with",
        "of", "from", "in", "for",
    }
)  # fmt: skip
