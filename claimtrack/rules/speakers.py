"""Words that tell what kind of speaker a phrase names. Data only; matched in lower case.

The head of a speaker phrase (its last word, or the word before "of") decides the kind: an
organisation ("the foreign ministry", "the leadership of Japan"), a document ("Japan's foreign
policy"), anonymous sources ("officials", "two people familiar with the talks"); a capital or a country
standing alone stands for its government ("Moscow believes").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

PRONOUNS: Final = frozenset(
    {
        # Personal pronouns that can be the subject of a cue; resolved to the last named speaker.
        "he", "she", "they", "we", "i", "it",
    }
)  # fmt: skip

ORGANISATIONS: Final = frozenset(
    {
        # Bodies that speak as one: governments and their parts.
        "government", "ministry", "department", "administration", "authorities", "leadership",
        "cabinet", "kremlin", "parliament", "congress", "senate", "house", "council", "commission",
        "committee", "agency", "office", "embassy", "military", "army", "navy", "police", "court",
        # a country's coast guard, as British copy writes it in one word: "Italy's coastguard said C"
        "coastguard",
        # the judges sitting on a case, as Indian copy names them: "A Bench of Justices X and Y said"
        "bench",
        "regime", "state", "states", "opposition", "coalition", "bureau", "service", "fbi", "cia",
        # Parties, campaigns and organisations of all kinds.
        "party", "campaign", "organization", "organisation", "group", "union", "association",
        "foundation", "institute", "company", "corporation", "firm", "bank", "board", "team",
        "alliance", "movement", "network", "center", "centre", "nato", "un", "eu", "gop", "rnc", "dnc",
        "fund", "legion", "authority", "conference", "caucus", "forum", "club", "league", "society",
        "project", "initiative", "action", "pac", "super pac", "trust",
        # Diplomatic and international bodies: "the EU delegation", "the consulate", "the Commonwealth
        # Secretariat", "a UN tribunal". Not "mission": "Rosetta mission: What next ...?" is a spacecraft's.
        "delegation", "consulate", "secretariat", "tribunal",
        # A service's or a force's seat speaking for it: "the Chungbuk Fire Service Headquarters", "police
        # headquarters said"; the name of a body, never a person's.
        "headquarters",
        # Legislatures named so: "the National Assembly", "the Legislative Assembly", "the UN General
        # Assembly" ("Leader of Opposition in the National Assembly Shehbaz Sharif": the name after it).
        "assembly",
        # Federations of farmers, trades and sports: "the American Farm Bureau Federation", "the
        # Confederation of British Industry". (Not "chamber": "Chambers" is a surname, "John Chambers".)
        "federation", "confederation",
        # Regulators by their trade: "South Korea's financial watchdog said C", "the markets regulator".
        "watchdog", "regulator",
        # Firms of music and film, by the word closing their names: "Sony Music Entertainment", "Warner
        # Records", "Marvel Studios" (never a person's name: "a lawyer for Sony Music Entertainment").
        "entertainment", "records", "studios",
        # Campaigning bodies by the word closing their names: "Human Rights Watch", "Amnesty
        # International", "Transparency International" (no person's name closes so).
        "watch", "international",
        # Learned and caring institutions: "the Westmere Academy of Medicine", "Norvale University",
        # "Harbour Hospital", "the City Museum", "the State Library" (not "church": "Church" is a surname
        # too; "college" is read by the body nouns, `body_anaphora`).
        "academy", "university", "hospital", "museum", "library", "clinic", "laboratory", "observatory",
        # A school district speaking as a body, as US local copy calls it: "The district said it will not
        # start school on Wednesday", "the Westmere Unified School District said C".
        "district",
        # The same words cut short, as US papers' style writes them in a name: "the Westmere Rifle Assn.",
        # "the Harbour Police Dept."
        "assn.", "assn", "dept.", "dept",
    }
)  # fmt: skip

FIRM_SUFFIXES: Final = frozenset(
    {
        # Words closing a firm's full name, so that its short name alone is that firm: "Shire PLC ...
        # Shire said", "PPG Industries ... PPG said". Written as the firms write them.
        "PLC", "plc", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "Corp", "Corp.", "Corporation", "Group",
        "Holdings", "Industries", "AG", "SE", "SA", "NV", "LLC", "GmbH",
        # A firm's name closes with them too, and no person's does ("Westmere Foundry Co.", "Lindholm
        # Stal AB", "Harbour Resources Bhd"): they also make the name a body's when it speaks.
        "Co", "Co.", "AB", "ASA", "Oyj", "SpA", "Bhd", "Berhad", "Tbk", "Pty", "Pte", "KK",
        # and the word written in full: "Norvex Insurance Company", "the Westbank Motor Company"
        "Company",
        # a football club's initials ("Westmere FC", "Norvale AFC"), which close no person's name
        "FC", "AFC", "F.C.",
    }
)  # fmt: skip

FIRM_HEADS: Final = frozenset(
    {
        # Words of a trade closing a firm's name, as business copy writes it in full once and then by its
        # first word: "Norvex Bank ... Norvex said", "Westbank Motor Finance ... Westbank said". Unlike
        # the suffixes above they are common nouns too, so they only name the short form's firm (and
        # not when another capitalised word follows: "Norvale Health Department" is no firm).
        # Banking, insurance and money.
        "Bank", "Bancorp", "Insurance", "Assurance", "Reinsurance", "Casualty", "Finance", "Financial",
        "Securities",
        "Capital", "Partners", "Investments",
        # Health and drugs.
        "Health", "Healthcare", "Bio", "Biotech", "Pharma", "Pharmaceuticals", "Therapeutics",
        "Biosciences", "Sciences", "Biologics", "Diagnostics", "Genomics", "Laboratories", "Labs",
        # Goods, trade and transport.
        "Motors", "Airlines", "Airways", "Foods", "Stores", "Brands", "Logistics", "Shipping",
        # (food makers name themselves for what they grow or cook: "Harbour Organics", "Westmere Bakeries")
        "Organics", "Bakeries", "Dairies", "Farms",
        # Energy, mining and industry.
        "Energy", "Mining", "Minerals", "Metals", "Steel",
        # ... and the works and yards that name themselves for what they make ("Westmere Iron Works said
        # on Friday ...", "Harbour Shipbuilding"; not "Mills", a surname too).
        "Works", "Ironworks", "Shipyard", "Shipyards", "Shipbuilding", "Engineering", "Manufacturing",
        "Construction",
        # Technology.
        "Technologies", "Systems", "Telecom", "Software",
        # Utilities, post and transport by rail and road ("Royal Mail", "Westmere Water", "Norvex Rail",
        # "Harbour Freight"; not "Power", a surname too).
        "Mail", "Water", "Gas", "Oil", "Rail", "Railways", "Freight", "Transport", "Homes",
        # The arts and drink, as stories on funding and pubs name their companies ("Westmere Theatre",
        # "Norvale Opera", "Harbour Brewery").
        "Theatre", "Theater", "Orchestra", "Opera", "Ballet", "Museum", "Gallery", "Brewery", "Breweries",
        "Brewing", "Distillery", "Distillers", "Wines",
        # Sports clubs, as sports copy names them once in full and then by the town ("Westmere Rovers
        # ... Westmere said"; "Norvale United said C": a club, not a person). Not "City", "Town" or
        # "County": the names of places and their councils too.
        "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "United",
        # Services and trades of any kind, closing a firm's name in the plural ("Norvex Health Services
        # ... Norvex said", "Harbour Solutions", "Westmere Communications").
        "Services", "Solutions", "Enterprises", "Associates", "Networks", "Communications",
    }
)  # fmt: skip

POSSESSIVE_NAMES: Final = frozenset(
    {
        # Firms whose names are possessives, so "Moody's said" names the firm, not an owner of something:
        # retailers, restaurants, auction houses, rating agencies and insurers, as business news writes
        # them (with a straight apostrophe; a curly one is read as the same).
        "sainsbury's", "moody's", "mcdonald's", "macy's", "kellogg's", "lloyd's", "wendy's", "domino's",
        "sotheby's", "christie's", "dillard's", "kohl's", "lowe's", "denny's", "applebee's", "hershey's",
        "chili's", "arby's", "claire's", "bonham's", "carl's", "nando's", "morrison's", "trader joe's",
        "dick's", "zaxby's", "campbell's", "hardee's",
    }
)  # fmt: skip

SURNAME_PREFIXES: Final = frozenset(
    {
        # Surname prefixes written joined to a capital, so one word with a capital inside is a person's
        # name ("McDonald", "MacArthur", "DeSantis", "LaGuardia", "DiCaprio", "VandeHei"); any other such
        # word is a brand's ("TalkTalk", "BlackRock", "PayPal", "YouTube"): a body, not a person.
        "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "del", "des", "dos", "st", "fitz",
        "vande", "vander", "vanden", "della", "delle", "dalla", "ben", "abu", "ter",
    }
)  # fmt: skip

ANONYMOUS: Final = frozenset(
    {
        # Unnamed sources: plural or generic people whose names the article withholds.
        "officials", "official", "sources", "source", "aides", "aide", "advisers", "advisors",
        "analysts", "experts", "critics", "observers", "insiders", "diplomats", "people", "someone",
        "spokesman", "spokeswoman", "spokesperson", "witnesses", "residents", "staffers", "allies",
        "supporters", "opponents", "democrats", "republicans", "conservatives", "liberals", "voters",
        "strategists", "economists", "scientists", "researchers", "activists", "leaders", "members",
        "lawmakers", "senators", "politicians", "investigators", "prosecutors", "others", "many",
        "some", "protesters", "organizers", "organisers", "participants", "donors", "operatives",
        "historians", "pollsters", "veterans", "workers", "advocates", "candidates", "students",
        "parents", "women", "men", "americans", "citizens", "friends", "neighbors", "delegates",
        "superdelegates", "respondents", "fans", "attendees", "rivals", "colleagues", "backers",
        "person", "insider", "supporter", "critic", "observer", "resident", "voter", "donor", "staffer",
        "boosters", "surrogates", "loyalists", "staff",
        # Heads of firms, as British copy names them together: "Pub bosses said", "Bosses of six of the UK's
        # largest breweries said" (a plural in "-es", which no "-s" rule finds).
        "bosses",
        # People named by their trade or their stake, as local and business stories quote them together:
        # "Truck operators at Port Botany say", "Farmers in the south warn", "Fishermen said".
        "operators", "owners", "drivers", "farmers", "traders", "shippers", "exporters", "importers",
        "retailers", "landlords", "tenants", "passengers", "commuters", "fishermen", "growers", "miners",
        "shopkeepers", "homeowners", "motorists",
        # ... and those of travel, health, money and building stories: "Hoteliers on the coast say",
        # "Nurses at the hospital said", "Investors fear" (not "builders": "Westmere Builders" is a name).
        "hoteliers", "restaurateurs", "nurses", "doctors", "teachers", "pilots", "investors",
        "shareholders", "bankers", "lawyers", "vendors", "merchants", "travellers", "travelers",
        "tourists", "visitors", "holidaymakers", "hauliers", "consumers", "customers", "patients",
        # A family speaking for its own, as stories of deaths and trials quote it: "The family said", "Her
        # family said in a statement", "Relatives told the inquest".
        "family", "families", "relatives",
        # ... and its children: "Jane Roe's grown sons, who believed C", "The children said C".
        "children", "sons", "daughters", "kids",
        # "Another said", "One said": one more of the people just mentioned.
        "another",
        # Those for or against a cause, named by their stance: "Proponents say", "Skeptics argue".
        "proponents", "skeptics", "sceptics", "detractors", "defenders", "opponent", "proponent",
        # A body's spokespeople together, as defence and White House stories quote them: "Pentagon spokesmen
        # said C" (an "-en" plural no "-s" rule finds, so the sentence had no speaker and no claim).
        "spokesmen", "spokeswomen", "spokespeople", "spokespersons",
        # The press unnamed: "South Korean media reported", "Iranian state media said". (Not "press":
        # "Jiji Press" is a name.)
        "media",
    }
)  # fmt: skip

LY_NOUNS: Final = frozenset(
    {
        # Nouns ending as adverbs do ("immediately"), which may head a speaker or describe a body or a
        # title: "The family said", "the assembly voted", "the grain supply agency X", "family firm X".
        "family", "assembly", "supply", "monopoly", "rally", "ally", "anomaly", "homily",
    }
)  # fmt: skip

HEARING: Final = frozenset(
    {
        # Verbs of hearing and learning in lower case inside a phrase before a cue: the phrase is a clause
        # of its own, no speaker. "The tribunal heard the pilot say C" (who is heard speaks, the
        # writer's), "Jurors heard the driver say C", "The panel learned the firm had known C".
        "heard", "hears", "learned", "learnt", "saw", "watched",
    }
)  # fmt: skip

GIVEN_NAMES: Final = frozenset(
    {
        # Document nouns that are also first names: "Bill Clinton", "Bill de Blasio" (a capitalised
        # word follows, perhaps after a particle); "The bill" and "Senate Bill 5" stay documents.
        "bill",
    }
)  # fmt: skip

DOCUMENTS: Final = frozenset(
    {
        # Texts credited with content: "according to the report", "the statement said".
        "policy", "report", "statement", "study", "survey", "poll", "polls", "document", "documents",
        "memo", "letter", "filing", "lawsuit", "complaint", "indictment", "ruling", "analysis",
        "data", "figures", "records", "website", "release", "transcript", "email", "emails",
        "constitution", "law", "bill", "resolution", "decree", "doctrine", "strategy", "platform",
        "book", "article", "editorial", "op-ed", "tweet", "post", "estimates", "estimate", "audit",
        "review", "investigation", "findings", "research", "projections", "census", "budget",
        # Filings: "Trump's new financial disclosure form stated that C".
        "form", "forms", "disclosure", "disclosures",
        # Poll aggregates and models: "POLITICO's Battleground States average shows C".
        "average", "averages", "tally", "forecast", "forecasts", "model", "index",
        # Evidence that "shows" or "finds": polling and its numbers, recordings.
        "polling", "results", "numbers", "surveys", "studies", "reports", "video", "footage",
        "count", "calculations", "statistics",
        # Appraisals by a body: "according to an assessment by industry body Assocham".
        "assessment", "assessments",
        # Press reviews: "The column says C", "the piece argues C" (not "story": "told the story").
        "piece", "column", "commentary",
        # What governments and summits put out: "The G7 leaders issued a declaration saying C".
        "declaration", "communique", "communiqué",
        # What a newsroom's request for public records brings back: "A Freedom of Information request
        # showed C", "FOI requests show C".
        "request", "requests",
        # Inquiries that find: "The inquiry found four deaths were avoidable", "the probe concluded C",
        # "a post-mortem examination showed C" (British, US and court copy).
        "inquiry", "probe", "inquest", "evaluation", "autopsy", "post-mortem",
    }
)  # fmt: skip

CAPITALS: Final = frozenset(
    {
        # Capitals and seats of power that news uses for their governments ("Moscow believes").
        "Moscow", "Washington", "Beijing", "Tokyo", "Tehran", "Brussels", "London", "Paris", "Berlin",
        "Kyiv", "Kiev", "Ankara", "Damascus", "Pyongyang", "Seoul", "Jerusalem", "Riyadh", "Cairo",
        "Delhi", "New Delhi", "Islamabad", "Kabul", "Baghdad", "Ottawa", "Havana", "Caracas",
        "Madrid", "Rome", "Warsaw", "Minsk", "Tbilisi", "Canberra", "Manila", "Hanoi", "Taipei",
        "Kremlin", "White House", "Pentagon", "Downing Street", "Elysee", "Élysée", "Vatican", "Holy See",
        # More capitals news files from, and names for their governments ("Nairobi - The ministry said",
        # "Abuja has rejected"). Not "Lima", "Santiago", "Sofia", "Victoria", "Wellington", "Kingston":
        # surnames or given names as often.
        "Nairobi", "Abuja", "Pretoria", "Addis Ababa", "Kampala", "Kigali", "Kinshasa", "Khartoum",
        "Mogadishu", "Harare", "Lusaka", "Accra", "Dakar", "Rabat", "Algiers", "Tunis", "Tripoli",
        "Dhaka", "Colombo", "Kathmandu", "Jakarta", "Bangkok", "Kuala Lumpur", "Brasilia", "Brasília",
        "Buenos Aires", "Mexico City", "Bogota", "Bogotá", "Doha", "Abu Dhabi", "Beirut", "Amman", "Baku",
        "Yerevan", "Tashkent", "Astana", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Vienna",
        "Budapest", "Prague", "Bucharest", "Belgrade", "Lisbon", "Dublin", "Vilnius", "Riga", "Tallinn",
        # The British press's names for Downing Street: "No 10 said", "Number 10 announced".
        "No 10", "No. 10", "Number 10",
    }
)  # fmt: skip

COUNTRIES: Final = frozenset(
    {
        # Countries and blocs that speak through their governments ("Russia sent a message").
        "Russia", "Japan", "China", "Iran", "Iraq", "Syria", "Israel", "Ukraine", "Turkey", "France",
        "Turkiye", "Türkiye", "Germany", "Britain", "India", "Pakistan", "Mexico", "Canada", "Cuba",
        "Venezuela", "Egypt",
        "North Korea", "South Korea", "Saudi Arabia", "the United States", "United States", "America",
        "the U.S.", "U.S.", "US", "the European Union", "European Union", "the EU", "EU", "NATO",
        "the UN", "UN", "the United Nations", "United Nations", "Italy", "Spain", "Poland", "Brazil",
        # Gulf, Middle Eastern, Central Asian and other states agency copy credits by name ("Bahrain
        # reaffirmed its solidarity", "Minister of Foreign Affairs of Kuwait X"). Not "Jordan" nor "Chad":
        # given names and surnames of US politicians as often.
        "Bahrain", "Kuwait", "Qatar", "Oman", "Yemen", "Lebanon", "Libya", "Tunisia",
        "Algeria", "Morocco", "Sudan", "Afghanistan", "Azerbaijan", "Armenia", "Turkmenistan",
        "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Belarus", "Greece", "Cyprus",
        "Bangladesh", "Indonesia", "Malaysia", "Thailand", "Vietnam", "Singapore", "Australia",
        "Nigeria", "Ethiopia", "Argentina", "Colombia", "Netherlands", "Belgium", "Sweden", "Norway",
        "Finland", "Denmark", "Austria", "Switzerland", "Hungary", "Serbia", "Taiwan", "Palestine",
        "United Arab Emirates", "the United Arab Emirates", "UAE", "the UAE",
        # The other states agency copy names as actors, whose names are no one's given name or surname.
        "Kenya", "Mongolia", "Myanmar", "Philippines", "the Philippines", "New Zealand", "Ireland",
        "Portugal", "Romania", "Bulgaria", "Croatia", "Slovakia", "Slovenia", "Lithuania", "Latvia",
        "Estonia", "Moldova", "Czech Republic", "Czechia", "Chile", "Peru", "Ecuador", "Bolivia",
        "Uruguay", "Paraguay", "Nepal", "Sri Lanka", "Cambodia", "Laos", "Albania", "Kosovo", "Montenegro",
        "North Macedonia", "Bosnia and Herzegovina", "Iceland", "South Africa", "Ghana", "Tanzania",
        "Uganda", "Rwanda", "Somalia", "Eritrea", "Mali", "Niger", "Senegal", "Cameroon", "Angola",
        "Zimbabwe", "Zambia", "Mozambique", "Madagascar", "Brunei", "Haiti", "Nicaragua", "Honduras",
        "Guatemala", "Panama", "Costa Rica", "Luxembourg", "Malta", "Luxemburg", "Sierra Leone", "Liberia",
        "Burkina Faso", "Ivory Coast", "Côte d'Ivoire", "Gabon", "Namibia", "Botswana", "Malawi", "Benin",
        "Togo", "Guinea", "Mauritania", "Djibouti", "Burundi", "Bhutan", "Maldives", "Fiji",
        # The states of the US, which speak through their governments too ("Texas sued"), and are
        # places rather than people when named after a cue ("in some states, say Ohio").
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
        "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York State", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    }
)  # fmt: skip

_NATIONALITY_OF: Final = {
    # A nationality's adjective and other names of a country, to the one word a role noun is matched
    # by: "The Iranian Foreign Ministry spokesman" is "Iran's Foreign Ministry Spokesman", "the Turkish
    # Minister" the "Minister of Energy of Turkiye". (`NATIONALITIES` adds each country's own name.)
    "iranian": "iran", "persian": "iran", "turkish": "turkey", "türkiye": "turkey", "turkiye": "turkey",
    "russian": "russia", "chinese": "china", "japanese": "japan", "korean": "korea", "syrian": "syria",
    "iraqi": "iraq", "israeli": "israel", "ukrainian": "ukraine", "french": "france",
    "german": "germany", "british": "britain", "uk": "britain", "u.k.": "britain", "indian": "india",
    "pakistani": "pakistan", "egyptian": "egypt", "saudi": "saudi", "emirati": "uae", "emirates": "uae",
    "qatari": "qatar", "kuwaiti": "kuwait", "bahraini": "bahrain", "omani": "oman", "yemeni": "yemen",
    "lebanese": "lebanon", "jordanian": "jordan", "afghan": "afghanistan", "azerbaijani": "azerbaijan",
    "azeri": "azerbaijan", "turkmen": "turkmenistan", "kazakh": "kazakhstan", "uzbek": "uzbekistan",
    "greek": "greece", "italian": "italy", "spanish": "spain", "polish": "poland",
    "american": "us", "u.s.": "us", "america": "us", "canadian": "canada", "mexican": "mexico",
    "cuban": "cuba", "venezuelan": "venezuela", "brazilian": "brazil", "australian": "australia",
    "palestinian": "palestine", "taiwanese": "taiwan", "belarusian": "belarus", "armenian": "armenia",
    # More of the world's nations, as agencies write their officials' titles ("the Kenyan Treasury
    # secretary", "Agriculture Minister of Norway"). Left out: names that are also first names or
    # places elsewhere (Chad, Georgia, Niger, Guinea) and countries of two words.
    "kenyan": "kenya", "nigerian": "nigeria", "ethiopian": "ethiopia", "ghanaian": "ghana",
    "tanzanian": "tanzania", "ugandan": "uganda", "rwandan": "rwanda", "sudanese": "sudan",
    "somali": "somalia", "algerian": "algeria", "moroccan": "morocco", "tunisian": "tunisia",
    "libyan": "libya", "zimbabwean": "zimbabwe", "zambian": "zambia", "senegalese": "senegal",
    "angolan": "angola", "mozambican": "mozambique", "cameroonian": "cameroon", "malian": "mali",
    "vietnamese": "vietnam", "thai": "thailand", "malaysian": "malaysia", "indonesian": "indonesia",
    "philippine": "philippines", "filipino": "philippines", "singaporean": "singapore",
    "burmese": "myanmar", "cambodian": "cambodia", "bangladeshi": "bangladesh", "nepalese": "nepal",
    "nepali": "nepal", "mongolian": "mongolia", "kyrgyz": "kyrgyzstan", "tajik": "tajikistan",
    "norwegian": "norway", "swedish": "sweden", "danish": "denmark", "finnish": "finland",
    "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland", "austrian": "austria",
    "portuguese": "portugal", "irish": "ireland", "hungarian": "hungary", "czech": "czechia",
    "slovak": "slovakia", "romanian": "romania", "bulgarian": "bulgaria", "serbian": "serbia",
    "croatian": "croatia", "bosnian": "bosnia", "albanian": "albania", "moldovan": "moldova",
    "lithuanian": "lithuania", "latvian": "latvia", "estonian": "estonia", "slovenian": "slovenia",
    "cypriot": "cyprus", "maltese": "malta", "argentine": "argentina", "argentinian": "argentina",
    "chilean": "chile", "peruvian": "peru", "colombian": "colombia", "ecuadorian": "ecuador",
    "bolivian": "bolivia", "paraguayan": "paraguay", "uruguayan": "uruguay", "nicaraguan": "nicaragua",
    "panamanian": "panama", "guatemalan": "guatemala", "honduran": "honduras", "haitian": "haiti",
    "jamaican": "jamaica",
}  # fmt: skip

# A nationality or another name of a country -> the country; a country's own name (lower case) stands for
# itself: "Iran" as "Iranian", "Norway" as "Norwegian".
NATIONALITIES: Final = MappingProxyType({**_NATIONALITY_OF, **{c: c for c in _NATIONALITY_OF.values()}})

STATE_NOUNS: Final = frozenset(
    {
        # Nouns that with a nationality before them name its country, as translations write a title's
        # complement: "The Deputy Prime Minister of the Russian Federation" is Russia's ("Russian Deputy
        # Prime Minister X"), "the Foreign Minister of the Syrian Arab Republic", "the United Kingdom".
        "federation", "republic", "kingdom",
    }
)  # fmt: skip

LEADING_WORDS: Final = frozenset(
    {
        # Sentence openers that are not part of a speaker phrase: "But Smith said", "Yesterday Smith".
        "but", "and", "so", "yet", "still", "now", "meanwhile", "however", "also", "yesterday",
        "today", "tonight", "later", "earlier", "then", "instead", "separately", "indeed", "in",
        "on", "at", "last", "this", "moreover", "furthermore", "besides", "finally", "previously",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "while", "as",
        "when", "after", "before", "because", "since", "although", "though", "if", "that", "where",
        "what", "which", "who", "whom", "whose", "why", "how", "there", "here", "addition",
        # "Back in December, X made ...": a time phrase like "Earlier this month", no one named "Back".
        "back",
        # Focusing adverbs before the subject: "Even the organizer of the rally said".
        "even", "only", "perhaps",
        # Sentence adverbs and prepositions that open a sentence and, capitalised there, would pass for
        # a one-word name: "Essentially, the lawyers found that", "Despite complaints that C".
        "essentially", "basically", "ultimately",
        "notably", "overall", "specifically", "nevertheless", "nonetheless", "regardless", "otherwise",
        "similarly", "likewise", "additionally", "apparently", "clearly", "obviously", "certainly",
        "interestingly", "ironically", "initially", "eventually", "currently", "recently", "officially",
    }
)  # fmt: skip

TIME_ADJUNCTS: Final = frozenset(
    {
        # Words of a time phrase that may stand between a subject and its cue: "Spicer on Thursday
        # evening said", "Feinstein last week said", "The senator earlier this month wrote". A run of
        # these words right before a cue is skipped when looking for the speaker.
        "on", "last", "this", "earlier", "later", "late", "early", "yesterday", "today", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "past",
    }
)  # fmt: skip

NOT_OPENING: Final = frozenset(
    {
        # Prepositions that open an adverbial phrase, never a speaker phrase: "Despite the perceived media
        # attacks, Carson said", "Amid the protests the mayor said". A phrase opening with one names
        # nobody (stripping the word would leave "the perceived media" looking like a speaker).
        "despite", "amid", "amidst", "unlike", "like", "given", "without", "against", "among",
        # "Regarding the trade policy, he said": the topic named before the speaker, no one.
        "regarding", "concerning",
        # "Besides Rayer, Kasthuriraani also interrupted": someone beside the subject, who is named after.
        "besides",
        # "Ahead of the opening ceremony in Riyadh, Prince Faisal spoke": when, not who.
        "ahead",
        # A figure's change after a comma: "..., down from the 70 percent the board had hoped for", "up from
        # 3 percent a year earlier": what it was, no speaker.
        "down", "up",
        # Imperatives that open a sentence addressed to the reader: "Think of the routines that ...".
        "think", "consider", "imagine", "remember", "picture", "take",
        "recall",  # Nigerian copy's "Recall that ...": the reader is reminded of earlier news
        # An auxiliary opening a question, which claims nothing: "Did the minister say C?" (not "Do",
        # "Will": names such as "Will Hurd").
        "did", "does",
    }
)  # fmt: skip

PEOPLE_ENDINGS: Final = (
    # Endings of plural nouns for people that no surname has: a capitalised word alone before a cue
    # ("Paramedics said C", "Epidemiologists warn C", "Attendees said C", "Executives say C") is people
    # unnamed, not a person called so.
    "ists", "ians", "ics", "eers", "ees", "ives",
)  # fmt: skip

AGENT_ENDINGS: Final = (
    # Endings of nouns for doers that surnames share ("Sanders", "Connors", "Clements", "Bryants"): such a
    # word alone before a cue is people unnamed only where the article also writes it, or one of it, in
    # lower case ("Negotiators said C" after "the negotiators met"; "Firefighters said C" after "a
    # firefighter").
    "ers", "ors", "ents", "ants",
)  # fmt: skip

PEOPLE_OF: Final = frozenset(
    {
        # Nouns for a person of a place, a school or a family before "of": the phrase names that person,
        # so a relative clause after it is theirs ("a graduate of Westmere Law School, who argued C"), unlike
        # a thing's noun before "of" ("the anger of the union, which said C": the union).
        "graduate", "graduates", "alumnus", "alumni", "native", "natives", "son", "daughter", "wife",
        "husband", "mother", "father", "brother", "sister", "widow", "friend", "friends", "children", "child",
    }
)  # fmt: skip

PLACE_OPENERS: Final = frozenset(
    {
        # Prepositions of place that open no speaker phrase before an article or an owner's word: "Tenant
        # groups in Westmere and around the state say C" (the groups speak, not "around the state"), "across
        # the region". Alone they may count: "Around 200 protesters said C" (about 200) names people.
        "around", "across", "throughout", "near", "outside", "inside", "beyond",
    }
)  # fmt: skip

OPENING_CIRCUMSTANCES: Final = frozenset(
    {
        # Prepositions whose phrase, opening a sentence before a comma, sets its scene or topic: the
        # subject follows the comma ("With fresh cases reported from two states, Health Minister X has
        # called a meeting but said C"; "Despite the protests, the mayor opened the bridge and said C"),
        # no one named "With". Inside a sentence "with" may open a speaker's phrase ("..., with Labour
        # adding that C"), so "with" is not `NOT_OPENING`.
        "with", "despite", "amid", "amidst", "unlike", "like", "given", "without", "regarding", "concerning",
        "besides", "ahead",
    }
)  # fmt: skip

OPENING_SCENES: Final = frozenset(
    {
        # Prepositions of a scene's time or place opening a sentence before a comma: a participle's
        # subject later in the sentence is named after the comma ("During the proceedings, Acting Chief
        # Justice X addressed the counsel, saying C"; "At the meeting today, CEO Y outlined the outlook,
        # forecasting C"), when a person is named there in full or a body ("In August, several groups
        # granted X, saying C" names no one who can be told apart). A place's "at" too: "At the ministry
        # in Sejong, Park Min-shik took office, pledging C". A place's "in": "In Geneva, the Kofi Annan
        # Foundation announced his death ..., saying C".
        "during", "at", "in",
    }
)  # fmt: skip

# the role words of whoever heads a body, for the nouns that name them so ("chief", "head", "boss")
_HEADS: Final = ("chief", "head", "boss", "president", "chairman", "chairwoman", "chairperson", "chair",
                 "director", "director-general", "director general", "ceo", "chief executive", "leader",
                 "secretary-general", "secretary general", "general secretary")  # fmt: skip

ROLE_ANAPHORA: Final = MappingProxyType(
    {
        # "The minister added that C": a role noun with "the" stands for the last person named with a
        # role holding one of these words ("Russian Foreign Minister Sergei Lavrov"). Agencies write
        # this way on every second mention.
        "minister": ("minister", "fm", "eam"),
        # Abbreviated titles of headlines and agency copy: "Italian FM X", India's "EAM" (External
        # Affairs Minister), "PM".
        "fm": ("fm", "foreign minister", "minister of foreign affairs"),
        "eam": ("eam", "external affairs minister"),
        "pm": ("pm", "prime minister", "premier"),
        # A diplomat serves abroad or in foreign affairs: a foreign minister ("foreign", "external affairs",
        # "FM", "EAM"), not a prime minister or any other minister.
        "diplomat": ("foreign", "external affairs", "fm", "eam", "ambassador", "envoy", "diplomat", "consul",
                     "spokesman", "spokeswoman", "spokesperson"),
        "spokesman": ("spokesman", "spokesperson", "spokeswoman"),
        "spokeswoman": ("spokeswoman", "spokesperson", "spokesman"),
        "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
        "president": ("president",),
        "premier": ("premier", "prime minister"),
        "ambassador": ("ambassador", "amb."),
        # Agencies call an ambassador "the envoy" on a second mention ("Russian Envoy: ..." in a headline).
        "envoy": ("envoy", "ambassador", "amb."),
        "senator": ("senator", "sen."),
        # Members of parliaments on a second mention, "the Labour MP said" after "Jane Roe MP", "the former
        # Westmere Party TD" (Ireland's Dáil), and a police force's head, "the chief constable".
        "mp": ("mp", "member of parliament"),
        "td": ("td",),
        "mep": ("mep",),
        "constable": ("constable",),
        "officer": ("officer",),  # "the officer said" after "Officer Tom Hale" or "its top officer Tom Hale"
        "governor": ("governor", "gov."),
        "lawmaker": ("senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "lawmaker"),
        "candidate": ("candidate", "nominee"),
        "nominee": ("nominee", "candidate"),
        "chancellor": ("chancellor",),
        # A state counselor, a city councillor, in either spelling: "The State Counselor said" after
        # "State Counselor X", "the councillor said" after "Councillor Y" (both titles: `Rules.titles`).
        "counselor": ("counselor", "counsellor"),
        "counsellor": ("counsellor", "counselor"),
        "councillor": ("councillor", "councilor"),
        "councilor": ("councilor", "councillor"),
        # "The Foreign Ministry official noted", "the diplomat said": a ministry's spokesman, a minister
        # and an envoy are officials, and the foreign service's people diplomats (`GENERAL_ROLES`); so is a
        # governor, of a province or of a central bank ("The official said" after "The governor of the
        # Central Bank of Iran has announced C ... Abdol Nasser Hemmati said").
        "official": ("official", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
                     "undersecretary", "ambassador", "envoy", "diplomat", "commissioner", "director",
                     "adviser", "advisor", "representative", "governor"),
        # "the commander stressed" after "Iran's Army Commander Major General X" or "X, the army's
        # second-in-command,".
        "commander": ("commander", "second-in-command", "commander-in-chief"),
        "secretary": ("secretary",),
        # "the source said": agencies credit "an official source at the ministry" once and call it "the
        # source" (or "The Syrian source") after; it stands for that source credited unnamed before it.
        "source": ("source",),
        # Wires credit "a person with direct knowledge of the matter" (or "familiar with") and call them
        # "the person" after: that source.
        "person": ("person",),
        # Hyphenated offices: "the secretary-general" after "UN Secretary-General X".
        "secretary-general": ("secretary-general", "secretary general"),
        "director-general": ("director-general", "director general"),
        # Regional abbreviations (`Rules.titles`): "The NCDC DG noted" for its Director General, "the CS
        # said" for Kenya's Cabinet Secretary.
        "dg": ("dg", "director general", "director-general"),
        "cs": ("cs", "cabinet secretary"),
        # The other title initials of `Rules.title_initials`, on a second mention after the title written
        # out: "the SP added" after "Superintendent of Police Surendra Kumar Jha", "the IGP said" after
        # "Inspector General of Police X", "the CM told" after "Chief Minister Y".
        "sp": ("sp", "superintendent of police"),
        "ssp": ("ssp", "senior superintendent of police"),
        "igp": ("igp", "inspector general of police", "inspector-general of police"),
        "dig": ("dig", "deputy inspector general", "deputy inspector-general"),
        "dcp": ("dcp", "deputy commissioner of police"),
        "dc": ("dc", "deputy commissioner"),
        "cm": ("cm", "chief minister"),
        "dp": ("dp", "deputy president"),
        "dpm": ("dpm", "deputy prime minister"),
        "cj": ("cj", "chief justice"),
        "cjp": ("cjp", "chief justice"),  # Pakistan's: "The CJP said" after "Chief Justice of Pakistan X"
        "ag": ("ag", "attorney general", "attorney-general"),
        "agp": ("agp", "attorney general"),  # Pakistan's: "The AGP said" after "AGP Usman Mansoor Awan"
        "cp": ("cp", "commissioner of police"),  # Nigerian copy: "The CP said" after its commissioner
        "ps": ("ps", "principal secretary", "permanent secretary"),
        # Courts and police: "the magistrate ruled" after "principal magistrate X", "the superintendent
        # said" after "Det Supt Y".
        "magistrate": ("magistrate",),
        "judge": ("judge", "justice"),
        "justice": ("justice",),  # "the chief justice said" after "Chief Justice of Pakistan X"
        # Monarchs and clergy on a second mention: "the Pope told reporters" after "Pope Francis", "the
        # king said" after "King Abdullah II", "the archbishop" after "Archbishop of Canterbury X".
        "pope": ("pope",),
        "king": ("king",),
        "queen": ("queen",),
        "bishop": ("bishop",),
        "archbishop": ("archbishop",),
        "cardinal": ("cardinal",),
        "coroner": ("coroner",),
        # Sport: "the coach said" after "Bafana coach Hugo Broos"; a club's manager is its coach, a
        # cricket side's skipper its captain.
        "coach": ("coach", "manager"),
        "manager": ("manager", "coach"),
        "skipper": ("skipper", "captain"),
        "captain": ("captain", "skipper"),
        # Combat sports: "The boxer argued" after "flyweight boxer Muhammad Ali"; a boxer is a fighter.
        "boxer": ("boxer",),
        "fighter": ("fighter", "boxer", "wrestler"),
        "promoter": ("promoter",),
        "inspector": ("inspector", "insp", "insp."),
        "superintendent": ("superintendent", "supt", "supt."),
        "detective": ("detective", "det", "det."),
        "leader": ("leader", "prime minister", "president", "premier", "chancellor"),  # "the Japanese leader"
        # Heads of boards, commissions and regulators: "the Deputy Chair said" after "Deputy Chair of the
        # commission, X, said"; "the commissioner noted" after "Privacy Commissioner Y".
        "chair": ("chair", "chairman", "chairwoman", "chairperson"),
        "chairman": ("chairman", "chair", "chairperson"),
        "chairwoman": ("chairwoman", "chair", "chairperson"),
        "chairperson": ("chairperson", "chair", "chairman", "chairwoman"),
        "commissioner": ("commissioner",),
        # "The expert noted": agencies quote one scholar and call them "the expert" after; an office holder
        # ("head of ...", "director") is no expert by title alone.
        "expert": ("expert", "analyst", "professor", "scholar", "researcher", "scientist", "economist"),
        "analyst": ("analyst", "expert"),
        # "the WADA chief said" after "WADA President Craig Reedie", "the agency head" after "Director
        # General X", the British "the Fifa boss": the press's second mention of whoever heads a body.
        "chief": _HEADS,
        "head": _HEADS,
        "boss": _HEADS,
        # A firm's and a city's heads on a second mention: "the Safaricom CEO said" after "Safaricom CEO
        # X", "the chief executive" after "chief executive officer Y", "the managing director", "the
        # mayor".
        "ceo": ("ceo", "chief executive", "chief executive officer"),
        "executive": ("chief executive", "chief executive officer", "ceo", "executive director"),
        "md": ("md", "managing director"),
        "director": ("director", "managing director", "executive director", "director-general",
                     "director general", "director-president"),
        "director-president": ("director-president", "president-director"),
        # "the institute's digital rights coordinator said" after "Jane Roe, digital rights coordinator at
        # the Harbour Institute": one who runs a programme, named again.
        "coordinator": ("coordinator", "co-ordinator"),
        "mayor": ("mayor",),
        # Officers by rank: "the general said" after "Major General X", "the colonel" after "Col. Y".
        "general": ("general", "gen.", "gen", "maj. gen.", "lt. gen."),
        "colonel": ("colonel", "col.", "col", "lt. col."),
        "brigadier": ("brigadier",),
        "prosecutor": ("prosecutor",),
        # Offices of one holder each, named again by the office alone: "the administrator explained"
        # after "The administrator of the Westmere Canal Authority, Tom Hale,"; "the sheriff", "the
        # ombudsman", "the treasurer"; a school's or a faculty's head ("the principal", "the dean"); a
        # firm's founder; an adviser in either spelling.
        "administrator": ("administrator",),
        "sheriff": ("sheriff",),
        "ombudsman": ("ombudsman",),
        "treasurer": ("treasurer",),
        "auditor": ("auditor",),
        "principal": ("principal",),
        "headteacher": ("headteacher", "head teacher", "headmaster", "headmistress"),
        "dean": ("dean",),
        "founder": ("founder", "co-founder", "cofounder"),
        "adviser": ("adviser", "advisor"),
        "advisor": ("advisor", "adviser"),
    }
)  # fmt: skip

EPITHETS: Final = MappingProxyType(
    {
        # The names wire copy gives international bodies on a second mention, lower case and without
        # "the" -> the body's own name: "The UN refugee agency on Friday called on ..." in a story that
        # names UNHCR. Read only when the text names the body too (else the epithet stays as written).
        "un refugee agency": "UNHCR", "u.n. refugee agency": "UNHCR", "un children's agency": "UNICEF",
        "un children’s agency": "UNICEF", "u.n. children's agency": "UNICEF", "un health agency": "WHO",
        "u.n. health agency": "WHO", "un food agency": "WFP", "un migration agency": "IOM",
        "un nuclear watchdog": "IAEA", "u.n. nuclear watchdog": "IAEA", "un atomic watchdog": "IAEA",
        "un human rights office": "OHCHR", "un agriculture agency": "FAO", "un weather agency": "WMO",
        "un labour agency": "ILO", "un labor agency": "ILO", "un cultural agency": "UNESCO",
        "un's refugee agency": "UNHCR", "un's children's agency": "UNICEF",
    }
)  # fmt: skip

HEADS_OF: Final = MappingProxyType(
    {
        # "the head of X" standing for the person holding X's top office, as translations from Russian
        # name someone a second time ("глава Кремля", "глава японского правительства", "глава МИД"): the
        # body (without "the" and a nationality) -> (the role words of that office, the nationality the
        # body implies). "The head of the Kremlin said" after "Russian President Vladimir Putin".
        "kremlin": (("president",), "russian"),
        "government": (("prime minister", "premier"), ""),
        "cabinet": (("prime minister", "premier"), ""),
        "state": (("president",), ""),
        "foreign ministry": (("foreign minister", "minister of foreign affairs"), ""),
        "ministry of foreign affairs": (("foreign minister", "minister of foreign affairs"), ""),
        "diplomacy": (("foreign minister", "minister of foreign affairs"), ""),
        "defense ministry": (("defense minister", "minister of defense", "defence minister"), ""),
        "ministry of defense": (("defense minister", "minister of defense", "defence minister"), ""),
    }
)  # fmt: skip

GOVERNMENT_OFFICES: Final = frozenset(
    {
        # Role words of an office in a government, whose holder speaks for it: "the government plans to
        # livestream its briefings", said by "President X", is the government's word given (a promise).
        "president", "prime minister", "premier", "chancellor", "minister",
        # Heads of departments and regions, and a cabinet's secretaries: "the government would roll out
        # buses", said by a state's Commissioner for Information; "the ministry will scrutinise the
        # firms", by a Principal Secretary (not "Secretary General" of a party or a body: `OUT_OF_OFFICE`).
        "commissioner", "cabinet secretary", "principal secretary", "governor",
    }
)  # fmt: skip

OUT_OF_OFFICE: Final = frozenset(
    {
        # Role words that put a holder of `GOVERNMENT_OFFICES` outside the government now: "former Prime
        # Minister X", "the shadow minister", "opposition ...", who speak of the government as others.
        "former", "ex", "shadow", "opposition",
    }
)  # fmt: skip

ROLE_QUALIFIERS: Final = frozenset(
    {
        # Words that make a role another office than its title: "the president" is not "Vice President Joe
        # Biden" nor "former President Bill Clinton", "the minister" not "Deputy Foreign Minister Igor
        # Morgulov", unless the noun says so too ("the former president", "the deputy minister").
        "vice", "deputy", "former", "assistant",
        # "the minister" is not "Prime Minister Boyko Borissov" (one said "the prime minister", "the
        # premier"): a minister credited after a prime minister is the minister.
        "prime",
    }
)  # fmt: skip

SERVING: Final = frozenset(
    {
        # Words linking a post to the person it serves: "Dmitry Peskov, spokesman for President Vladimir
        # Putin, said", "Jane Doe, an adviser to Prime Minister X, said": when a title follows the word, the
        # name after it is the one served, and the speaker is the name before the apposition.
        "for", "to",
    }
)  # fmt: skip

RELATIONS: Final = frozenset(
    {
        # Nouns naming a person by their relation to another, as a story introduces them before the name:
        # "His British counterpart, Jane Doe, said", "her Republican opponent, John Roe, quipped". With a
        # possessive ("his", "her") only these and titles make such a description ("In his speech, X" no).
        "counterpart", "counterparts", "rival", "rivals", "opponent", "opponents", "successor",
        "predecessor", "colleague", "colleagues", "ally", "allies", "partner",
    }
)  # fmt: skip

GENERAL_ROLES: Final = frozenset(
    {
        # Role nouns that name no office but a kind of person of any rank: "the official" and "the
        # diplomat" may be a deputy minister ("the minister" may not: `ROLE_QUALIFIERS`), "the commander"
        # a deputy commander.
        "official", "diplomat", "commander",
    }
)  # fmt: skip

SOFT_MODIFIERS: Final = frozenset(
    {
        # Words a role noun adds that its person's role need not say: "The senior IRGC commander" after
        # "X, the IRGC's second-in-command", "the top diplomat" after "Foreign Minister X".
        "senior", "top", "high-ranking", "ranking", "veteran", "outspoken", "visiting", "powerful",
        # The government as a whole, which any of its offices belongs to: "the Secretary General of the
        # Japanese Cabinet" after "Secretary General X", "the government spokesman" after "Spokesman X".
        "cabinet", "government",
        # "the new head of the Japanese government", "the new minister": newly in office, the same office.
        "new",
        # A party or a leaning the role noun adds: "The Labour premier said" after "Premier Jane
        # Roe", "the Conservative MP" after "Tom Hale MP" (not "Democratic", "Republican": US copy names
        # the two parties' people side by side, `PARTY_MEMBERS`).
        "socialist", "conservative", "labour", "liberal", "centrist", "leftist", "populist", "nationalist",
        "right-wing", "left-wing",
    }
)  # fmt: skip

PARTY_MEMBERS: Final = MappingProxyType(
    {
        # "the Maryland Democrat said", "the Wyoming Republican said": US political news names a lawmaker
        # a second time by home state and party. The noun -> the words that put someone in another party
        # (a role "Senate Republican Conference Vice Chairman" is no Democrat's).
        "democrat": ("republican", "gop", "r-"),
        "republican": ("democrat", "democratic", "d-"),
    }
)  # fmt: skip

DESCRIBED_OFFICES: Final = MappingProxyType(
    {
        # Offices a noun of `DESCRIPTIONS` also describes: "German Interior Minister X told the paper C1.
        # C2, the politician said" (a minister is a politician; a press secretary is not). The noun -> the
        # words of a role that make its holder one.
        "politician": ("minister", "senator", "lawmaker", "mp", "governor", "mayor", "chancellor",
                       "congressman", "congresswoman", "councillor", "councilor", "legislator", "premier"),
        "lawyer": ("attorney", "barrister", "solicitor", "counsel", "advocate"),
        "economist": ("economist",),
    }
)  # fmt: skip

LONE_ANAPHORA: Final = frozenset(
    {
        # Role nouns that describe what someone knows rather than an office: when the article has named
        # one person before ("Dmitry Streltsov, head of the Department of Oriental Studies, told TASS ...
        # the expert noted"), and never an unnamed one of them ("an expert said"), they stand for that person.
        "expert", "analyst", "scholar",
    }
)  # fmt: skip

DESCRIPTIONS: Final = frozenset(
    {
        # Nouns of what someone is, not an office held, that copy uses for the person just quoted so as not
        # to repeat the name: "Adegboruwa said C1. The human rights lawyer also noted C2", "Mr Coffey told
        # RTE C1. The mountain rescuer urged C2". When no one named has the noun in a role, it stands for
        # the person credited last, in its sentence or the three before.
        "lawyer", "attorney", "barrister", "rescuer", "activist", "campaigner", "veteran", "academic",
        "lecturer", "politician", "businessman", "businesswoman", "tycoon", "billionaire", "mogul",
        "actor", "actress", "singer", "author", "novelist", "writer", "economist", "scientist",
        "researcher", "climber", "mountaineer", "survivor", "entrepreneur", "filmmaker", "broadcaster",
        # The arts' and sport's people, as entertainment copy calls them again: "the pop star said", "the
        # rapper added", "the comedian wrote".
        "star", "rapper", "musician", "songwriter", "comedian", "artist", "footballer", "athlete",
        # ... and sport copy's names for a player just quoted, by position or by a title won: "the striker
        # added", "the league winner said", "the former champion told".
        "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "player", "winner",
        "champion",
        # Clergy and clinicians described, not named by an office: "the cleric said", "the psychiatrist
        # warned" (offices such as "bishop" are roles: `ROLE_ANAPHORA`).
        "cleric", "preacher", "psychiatrist", "psychologist", "surgeon", "clinician",
        # Election copy's names for a candidate just quoted: "Jane Roe said C1. ... the Republican nominee
        # said C2", "the challenger added".
        "nominee", "candidate", "challenger", "frontrunner", "front-runner",
    }
)  # fmt: skip

FINDINGS: Final = frozenset(
    {
        # Documents that find things: "In a poll conducted by X, C" credits C to the poll. Other
        # documents opening a sentence ("In the video, ...", "In his speech, ...") only set a scene.
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "data",
        "census", "audit", "findings", "research", "estimates", "projections", "tally", "average",
        "count", "investigation", "review", "model", "forecast", "index", "polling",
    }
)  # fmt: skip

LABELS: Final = frozenset(
    {
        # Words that open a "Label: text" line without being anyone's name ("Update: ...").
        "note", "update", "updated", "editor's note", "photo", "photos", "photograph", "video", "watch",
        "read",
        "read more", "related", "correction", "source", "via", "image", "credit", "breaking",
        "exclusive", "analysis", "opinion", "live", "warning", "sign up", "more", "see also", "listen",
        "subscribe", "advertisement", "transcript", "caption", "file", "click here", "tags", "topics",
        "the latest", "press review", "review", "editorial", "commentary", "interview", "explainer",
        "fact check", "live updates", "in brief", "at a glance",
        # A standfirst's or a summary box's label: "Synopsis: The platform will also shut ...", "In short:",
        # "Key points:".
        "synopsis", "summary", "in short", "key points", "highlights",
        "share", "comments", "follow", "contact", "email", "by", "published", "posted", "filed under",
        "contributing", "q", "a", "question", "answer", "reporting", "additional reporting",
        # Headline teasers and kickers: "Revealed: ...", "BOOM: ...", "Poll: ...", "Plus: ...".
        "revealed", "boom", "wow", "whoa", "look", "plus", "stat", "flashback", "bombshell",
        "confirmed", "must-see", "just in", "paid notice",
        # A live page's newest entry, as its headline gives it: "Latest: Heckles fly as the inquiry ends".
        "latest",
        # A fact-check's parts: "Claim: ...", "Verdict: The claim is false", "FACT-CHECK: Did X say ...?".
        "fact-check", "claim", "verdict", "verification", "rating", "ruling", "conclusion", "context",
        "background", "findings",
        # A syndicator's boilerplate: "Disclaimer: No Business Standard Journalist was involved ...".
        "disclaimer",
    }
)  # fmt: skip

QUANTITIES: Final = frozenset(
    {
        # Shares and counts that open a phrase standing for people polled or counted: "half of voters",
        # "a third of independents", "at least 40 percent", "two-thirds of Republicans say".
        "half", "third", "thirds", "quarter", "quarters", "fifth", "most", "many", "some", "several",
        "majority", "minority", "plurality", "majorities", "minorities", "few", "both", "all", "more",
        "fewer", "less", "nearly",
        "about", "almost", "roughly", "only", "just", "over", "under", "least", "percent",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        # Vague multitudes.
        "hundreds", "thousands", "dozens", "millions", "scores",
        # Distributives: "each side said", "everyone in the room agreed", "neither campaign said".
        "each", "every", "everyone", "everybody", "neither", "either", "none",
    }
)  # fmt: skip

RELATIVES: Final = frozenset(
    {
        # Words opening a relative clause inside a speaker phrase; the speaker is the phrase before them:
        # "the officials whose laws were struck down say", "voters who backed him say".
        "who", "whose", "whom", "which",
    }
)  # fmt: skip

ISSUING: Final = frozenset(
    {
        # Verbs of putting out a document before a participle cue: "The ministry issued a statement saying
        # C", "the leaders released a declaration calling for C". The one who issued it speaks.
        "issued", "issues", "released", "releases", "published", "publishes", "posted", "posts", "sent",
        "signed", "adopted", "circulated", "distributed", "unveiled", "launched", "launches",
        # Answering or writing in a document: "X replied with a letter saying C", "X wrote a
        # letter warning that C".
        "responded", "replied", "wrote",
    }
)  # fmt: skip

ARMED: Final = frozenset(
    {
        # Those who attack with force, not words: "pirates attacked the vessel", "militants attacked a
        # checkpoint". "attack" is a cue of speech only for speakers ("Trump attacked Clinton").
        "pirates", "militants", "gunmen", "troops", "forces", "rebels", "terrorists", "insurgents",
        "fighters", "soldiers", "jets", "drones", "missiles", "attackers", "bombers", "militia",
        "militias", "army", "warplanes", "aircraft", "police", "mob", "assailants", "extremists",
        "qaeda", "isis", "isil", "taliban", "hijackers", "shooter", "gunman",
    }
)  # fmt: skip

ACRONYM_LINKS: Final = frozenset(
    {
        # Small words inside a body's name that give its acronym no letter: "Intergovernmental Panel on
        # Climate Change" is the IPCC, "Federal Bureau of Investigation" the FBI, "National Association
        # for the Advancement of Colored People" the NAACP (`claimtrack.parse.acronyms`).
        "of", "on", "for", "the", "and",
        # Filipino "of" in names kept untranslated: "Bangko Sentral ng Pilipinas" is the BSP.
        "ng",
    }
)  # fmt: skip

ISSUED_BY: Final = frozenset(
    {
        # Participles before "by" naming who put a document out, who then speaks for it: "a report
        # released by the Water Board", "a poll conducted by X". Not "obtained by", "seen by": a holder.
        "released", "published", "issued", "conducted", "commissioned", "compiled", "prepared",
        "produced", "written", "authored", "carried",
        # "data provided by the council": who gave the figures out.
        "provided",
    }
)  # fmt: skip

LEDE_BODIES: Final = frozenset(
    {
        # Nouns a lede describes a body by, naming it only in the sentences after ("C, the healthcare
        # watchdog has ruled. ... The National Institute for ... said"): the body named next is the
        # lede's speaker (`parse/lede_bodies.py`). Not "agency" nor "ministry": a second body is as often
        # named next ("A UN agency said C1. The World Bank said C2").
        "watchdog", "regulator",
    }
)  # fmt: skip

BODY_DESCRIPTORS: Final = frozenset(
    {
        # Words describing a party before its name, no part of it: "the ruling Bharatiya Janata Party",
        # "Nigeria's ruling All Progressives Congress party", "the main opposition Democratic Party".
        "ruling", "governing", "opposition", "main", "junior",
    }
)  # fmt: skip

COMPOUND_DESCRIPTORS: Final = frozenset(
    {
        # The participle closing a hyphenated word that describes a name before it, no part of the name:
        # "the Westmere-aligned Harbour Front", "State-owned Norvex Energy", "the Norvale-based Westbank",
        # "the Kremlin-linked Norvale Group". Who backs, owns or runs a body, and where it sits.
        "aligned", "backed", "based", "owned", "run", "linked", "funded", "affiliated", "led", "listed",
        "controlled", "headquartered", "allied", "supported", "sponsored", "registered", "founded",
    }
)  # fmt: skip
