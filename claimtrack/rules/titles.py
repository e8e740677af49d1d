"""Titles and roles that stand before a name ("Deputy Foreign Minister Igor Morgulov") or in apposition
to it ("Ali Khamenei, Iran's supreme leader,"). Data only; matched case-insensitively, word by word.

A speaker phrase is split where its last title word ends: what comes before (with any nationality or
office words) is the role, the capitalised words after it are the name.
"""

from __future__ import annotations

from typing import Final

TITLES: Final = frozenset(
    {
        # Heads of state and government.
        "president", "vice", "premier", "pm", "chancellor", "king", "queen", "prince", "princess",
        "emperor", "sheikh", "emir", "sultan", "monarch", "leader",
        "sheik", "shaikh",  # "Sheik Ahmad Fahad Al-Ahmad Al Sabah": AP's and Gulf papers' spellings
        "ruler",  # "Sheikh Hamad bin Mohammed Al Sharqi, Ruler of Fujairah,": the Emirates' seven rulers
        # Ministers and their deputies.
        "minister", "secretary", "deputy", "undersecretary", "envoy", "ambassador", "consul",
        "treasurer",  # "Treasurer Joe Hockey": Australia's finance minister, a party's or a body's too
        "taoiseach", "tánaiste",  # "Taoiseach Leo Varadkar": Ireland's prime minister and deputy
        "amb.",  # "Amb. Matthew Rycroft": the agencies' abbreviation of "Ambassador"
        "commissioner", "spokesman", "spokeswoman", "spokesperson", "representative",
        # Legislators (US and elsewhere), with the AP abbreviations.
        "senator", "sen", "sen.", "rep", "rep.", "congressman", "congresswoman", "lawmaker", "speaker",
        # members of a US state's assembly: "Republican Assemblyman Tom Hale of Westmere"
        "assemblyman", "assemblywoman", "assemblymember",
        "whip", "chairman", "chairwoman", "chair", "mp", "legislator", "delegate",
        # Members of other parliaments, as their papers abbreviate them: "BJP MLA X" (India's states,
        # Canada's provinces, Northern Ireland), "MPP X" (Ontario), "MNA X" (Quebec, Pakistan), "MHA X"
        # (Newfoundland), "MSP X" (Scotland), "MEP X" (the European Parliament).
        "mla", "mpp", "mna", "mha", "msp", "mep",
        # A member of Ireland's Dáil, as Irish papers write it before a name or after a party and a county:
        # "Kerry TD Tom Hale", "the former Westmere Party TD".
        "td",
        # South Africa's provincial and city executives, as its papers abbreviate them: "Finance MMC X"
        # (a member of a mayoral committee), "Health MEC X" (of a provincial executive council).
        "mmc", "mec",
        # Governors, mayors, judges.
        "governor", "gov", "gov.", "mayor", "judge", "justice", "attorney", "prosecutor", "sheriff",
        "counsel",  # "FBI general counsel James Baker"
        "supervisor",  # "Township Supervisor Tom Hale": a US township's elected head, a county board's member
        # Courts and police, with the ranks' abbreviations: "principal magistrate Jane Roe", "Coroner Tom
        # Hale", "Det Supt Ann Ward", "Sgt. Bo Lind"; court and crime reports name their people by these.
        "magistrate", "coroner", "barrister", "solicitor", "registrar", "detective", "det", "det.",
        "superintendent", "supt", "supt.", "inspector", "insp", "insp.", "sergeant", "sgt", "sgt.",
        "constable", "surgeon",
        # A member of Ireland's police, as its court and crime reports name one before the name: "Garda
        # Mary Poe", "Detective Garda Tom Hale". (Not "advocate" nor "defender": prose calls people "a
        # tireless advocate" or "loyal defenders" of a cause.)
        "garda",
        # Police ranks as Malaysian, Indian and Pakistani copy abbreviates them before a name: "Kedah
        # police chief ACP Ahmad Shukri", "DCP Rohit Meena", "SSP Ali Raza", "IGP Khalid Abu Bakar".
        "acp", "dcp", "dsp", "asp", "ssp", "igp", "dig",
        # ... and higher ones there ("Comm Datuk Seri Tom Hale", "SAC Jane Roe"), and British detective
        # ranks by their initials ("DCI Jane Roe", "DCS Tom Hale"; not "DC" nor "DS", a city's and a
        # product's letters as often).
        "comm", "comm.", "sac", "dci", "dcs",
        # Lay people of a trial, named so by court reports: "Juror Tina Kadisak told the paper".
        "juror", "foreman", "forewoman",
        # Advisers and local councils, both spellings: "State Counselor Erlan Karin", "State Counsellor
        # Aung San Suu Kyi", "city councillor Jane Doe".
        "counselor", "counsellor", "councillor", "councilor",
        # Councillors as local papers abbreviate them: "Cllr Phil Wynn" (UK), "Coun Tina Funnell" (the
        # north of England), "Cr Keith Rhoades" (Australia, New Zealand); and the US forms.
        "cllr", "cllr.", "coun", "coun.", "cr", "cr.", "councilman", "councilwoman", "alderman",
        "alderwoman",
        # ... US papers' word for either ("City councilmember Jane Roe said C"), New England towns'
        # board members ("Selectman Tom Hale"), and a school or hospital board's ("Trustee Jane Roe").
        "councilmember", "selectman", "selectwoman", "trustee",
        # Military and police ranks.
        "general", "gen.", "admiral", "colonel", "col.", "lt.", "captain", "commander", "chief",
        "commandant",  # "Coast Guard Commandant N Saxena": a coast guard's or an academy's head
        "commodore",  # "Navy spokesman Commodore Kabir Aliyu": a navy's rank above a captain
        # Their abbreviations, with a full stop or without as British and South Asian papers write them:
        # "Col X", "Maj Y", "Brig Z", "Lt W", "Navy Capt. V". Not "Gen" alone ("Defence Minister Gen
        # Nakatani" is named Gen); after another rank it is one: `COMPOUND_RANKS`.
        "maj", "maj.", "brig", "brig.", "col", "capt", "capt.", "lt",
        # "Retired" after a rank, as Pakistani and Indian copy abbreviates it, with or without brackets:
        # "Lt Gen Retd Muzammil Hussain", "Lt Gen (retd) Abdul Qayyum".
        "retd", "retd.",
        # Ranks joined by a hyphen, as South African, British and Indian copy writes them
        # ("Lieutenant-Colonel Brenda Muridili", "Major-General X"), and the ranks below a sergeant, with
        # the abbreviations Canadian and British police give ("RCMP Cpl. Wayne Oakes", "Cst. Ann Roe").
        "lieutenant-colonel", "lieutenant-general", "major-general", "brigadier-general", "lt-col",
        "lt.-col.", "corporal", "cpl", "cpl.", "cst", "cst.",
        # Naval ranks, spelt out with a hyphen as Canadian and British copy writes them ("Vice-Admiral
        # Jane Roe", "Rear-Admiral X") and cut short as US copy does ("Cmdr. Jane Roe", "Adm. Tom Hale",
        # "Lt. Cmdr. X", "Navy spokeswoman Cdr. Y").
        "vice-admiral", "rear-admiral", "cmdr", "cmdr.", "cdr", "cdr.", "adm", "adm.",
        # Campaigns and parties: US political news names people by these.
        "candidate", "nominee", "hopeful", "challenger", "incumbent", "frontrunner", "front-runner",
        "manager", "strategist", "pollster", "adviser", "advisor", "aide", "surrogate", "operative",
        "official", "director", "head", "founder", "president-elect", "co-founder", "donor",
        "boss",  # "Bosses of six of the UK's largest breweries said": British copy's word for heads
        # Business, academia, the press.
        "fm",  # "Italian FM Paolo Gentiloni": the foreign minister, as headlines and agencies abbreviate
        "eam",  # "EAM S Jaishankar": India's External Affairs Minister, as Indian agencies abbreviate
        "cs",  # "CS Jane Roe": a Cabinet Secretary, Kenya's minister, as Kenyan papers abbreviate
        "dg",  # "the agency's DG": a director-general, as Nigerian and Indian papers abbreviate
        # Hyphenated offices, written as one word: "UN Secretary-General Antonio Guterres".
        "secretary-general", "director-general", "attorney-general", "governor-general", "vice-president",
        "vice-premier", "under-secretary", "commander-in-chief", "chief-of-staff",
        # ... and the state's auditors, inspectors and law officers, hyphenated as Commonwealth and
        # Nigerian copy writes them: "Auditor-General Jane Roe", "Comptroller-General Tom Hale".
        "auditor-general", "comptroller-general", "inspector-general", "solicitor-general",
        "surveyor-general", "accountant-general", "registrar-general", "postmaster-general",
        # Customs, border and prison officers, by the ranks their services' statements use: "Comptroller
        # Jane Roe" (a customs command's head in Nigeria and the US), "Area Controller Tom Hale", "Warden
        # Odile Marsh"; and the public's watchdog, "Ombudsman Jane Roe".
        "comptroller", "controller", "warden", "ombudsman",
        # Heads of universities and schools: "Vice-Chancellor Jane Roe", "Provost Tom Hale", "Rector
        # Odile Marsh", "Headteacher Jane Roe" (not "Dean", as often a given name or a surname).
        "vice-chancellor", "provost", "rector", "headteacher", "headmaster", "headmistress",
        # Two offices held as one, as Brazilian and Indonesian bodies title their heads ("diretor-presidente":
        # "ANPD director-president Jane Roe"), and a union's or club's "secretary-treasurer".
        "director-president", "president-director", "secretary-treasurer",
        # Who runs a programme or a campaign: "digital rights coordinator Jane Roe", "the UN's
        # humanitarian coordinator".
        "coordinator", "co-ordinator",
        "ceo", "executive", "economist", "analyst", "professor", "researcher", "scientist", "expert",
        "editor", "columnist", "correspondent", "host", "anchor", "commentator", "author", "moderator",
        # Who owns or runs a paper, as local papers title their own ("Publisher Tom Hale said"); "the
        # publisher" alone is still the firm's noun.
        "publisher",
        # People named by what they do or where they live ("Concord resident Jane Doe", "GOP activist Bob
        # Lee", "rally organizer Tim Shaw"): US political news introduces ordinary voices this way.
        "resident", "activist", "organizer", "organiser", "consultant", "lobbyist", "attendee", "voter",
        "supporter", "volunteer", "owner", "businessman", "businesswoman", "lawyer", "historian",
        "proprietor",  # a business's owner, as British copy titles one: "Norvex Care proprietor Tom Hale"
        "chairperson", "superdelegate", "fundraiser", "bundler", "lieutenant", "star", "member", "mogul",
        "billionaire", "filmmaker", "journalist", "reporter", "writer", "blogger", "comedian", "actor",
        "actress", "singer", "entrepreneur", "investor", "developer", "producer", "pundit", "scholar",
        "banker",  # "Iran chief banker says C": a central bank's governor in headlines
        # Music and the arts: the press names musicians by what they play or do in a band ("Bandmate
        # Paddy Macrae", "guitarist Jane Roe", "rapper X", "composer Y"), and any of them as an artist
        # ("Aussie artist Kita Alexander").
        "artist", "bandmate", "guitarist", "drummer", "bassist", "vocalist", "frontman", "frontwoman",
        "rapper", "songwriter", "musician", "pianist", "violinist", "composer",
        # An orchestra's players, as stories on concert halls and strikes name them ("cellist Jane Roe",
        # "a violist with the Westmere Symphony"), and the stage's other makers ("playwright Tom Hale").
        "cellist", "violist", "bassoonist", "oboist", "flautist", "flutist", "clarinettist", "clarinetist",
        "trumpeter", "percussionist", "harpist", "organist", "dancer", "choreographer", "playwright",
        # Work that puts people in the news as witnesses: "a producer for Yahoo Studios told the Times",
        # "a police officer at the scene said".
        "employee", "contractor", "worker", "teacher", "doctor", "nurse", "officer", "agent", "trooper",
        "clerk",
        # Scientists and engineers named by their field, as stories on water, weather and health quote
        # them ("Hydrogeologist Jane Roe of ...", "meteorologist Tim Shaw"), and a city's or a
        # programme's administrator ("City Administrator Jane Roe").
        "engineer", "hydrologist", "hydrogeologist", "geologist", "meteorologist", "climatologist",
        "epidemiologist", "virologist", "biologist", "ecologist", "planner", "administrator",
        # Medicine's specialists and carers, as inquests, court cases and health stories name their
        # witnesses ("Consultant radiologist Dr Jane Roe told the hearing", "paramedic Tom Hale said").
        "pathologist", "toxicologist", "psychiatrist", "psychologist", "cardiologist", "immunologist",
        "paediatrician", "pediatrician", "radiologist", "neurologist", "oncologist", "anaesthetist",
        "anesthesiologist", "midwife", "pharmacist", "veterinarian", "physician", "paramedic",
        "firefighter", "seismologist", "agronomist", "criminologist", "sociologist", "lecturer",
        # Parties to a case, as court reporting in South Asia names them before the name: "Petitioner
        # Muhammad Shehzad said", "complainant Ali Raza told the court".
        "petitioner", "complainant", "plaintiff", "litigant",
        # Sport: match reports name players, coaches and officials by their place in the game ("Bafana
        # coach Hugo Broos", "Sri Lanka skipper Dimuth Karunaratne", "Chelsea striker Nicolas Jackson").
        "coach", "skipper", "striker", "midfielder", "goalkeeper", "winger", "batsman",
        "batter", "bowler", "player", "referee", "umpire", "selector", "athlete", "sprinter",
        "cyclist", "golfer", "swimmer", "jockey",
        # Athletes by their event or their titles: "SA's 800m women's Olympic runner Caster Semenya", "F1
        # driver Lewis Hamilton", "Olympic medallist X". Not "champion": a verb too ("her decision to
        # champion the merger").
        "runner", "driver", "medallist", "medalist", "finalist",
        # Combat sports: "flyweight boxer Muhammad Ali", "UFC fighter X", "promoter Eddie Hearn".
        "boxer", "fighter", "wrestler", "promoter",
        # People in the news for being there, as disaster and accident reports name them: "Passenger Ayse
        # Ozyurt said", "witness Jane Roe told police", "survivor X recalled".
        "passenger", "commuter", "witness", "eyewitness", "survivor",
        # Church.
        "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "reverend", "rev.",
        "pastor", "priest", "mufti", "ayatollah", "chaplain", "patriarch",  # not "Deacon", "Monk": surnames
        # Those close to someone, named by the tie: "Trump's longtime confidant Roger Stone".
        "confidant", "confidante", "friend", "associate", "ally", "protege", "protégé",
        # Family, the way stories name relatives who speak: "his son Donald Jr.", "her husband Bill".
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece",
        "cousin", "uncle", "aunt", "grandson", "granddaughter", "widow", "widower", "stepfather",
        "stepmother", "grandfather", "grandmother", "stepson", "stepdaughter", "fiance", "fiancé",
        "fiancee", "fiancée", "sibling", "grandparent",
        # Publications as roles ("The Japanese publication The Japan Times"): see outlets.PUBLICATIONS.
        "publication", "newspaper", "daily", "magazine", "agency", "broadcaster", "outlet", "website",
        "service", "channel", "network", "tabloid", "weekly",
    }
)  # fmt: skip

PERSONAL_RANKS: Final = frozenset(
    {
        # Ranks a person holds whatever post they fill, written between the post and the name ("Port
        # director Captain Jane Roe" is the port director) and alone before the name
        # later ("Capt Roe", who keeps the post named first). Not "General" ("Attorney General") or
        # "Commander" ("Incident Commander"), which end posts.
        "captain", "capt", "capt.", "colonel", "col", "col.", "lieutenant", "lt", "lt.", "sergeant",
        "sgt", "sgt.", "corporal", "cpl", "brigadier", "brig", "brig.", "commodore", "cdre",
        # a navy's commander cut short, as US copy writes the rank ("Navy spokeswoman Cmdr. Jane Roe")
        "cmdr", "cmdr.", "cdr", "cdr.",
    }
)  # fmt: skip

COMPOUND_RANKS: Final = frozenset(
    {
        # Two-word ranks written without full stops, whose second word alone is no title: "Lt Gen Ahmed
        # Sharif Chaudhry", "Maj Gen Tom Reed", "Rear Adm Ann Cole" (the name starts after the pair).
        "lt gen", "maj gen", "brig gen", "lt-gen", "maj-gen", "rear adm", "vice adm",
        # and with full stops, as US copy writes them: "Rear Adm. Ann Cole", "Lt. Cmdr. Tom Reed"
        "rear adm.", "vice adm.", "lt. cmdr.", "lt. gen.", "maj. gen.", "brig. gen.", "lt. col.",
        # Malaysian honours of two words, whose second word alone opens given names ("Sri Mulyani"):
        # "Chairman Tan Sri Jane Roe Abdullah" is Jane Roe Abdullah, as the readers write her
        "tan sri", "puan sri", "toh puan",
    }
)  # fmt: skip

TITLE_SURNAMES: Final = frozenset(
    {
        # Titles that are also surnames: after a given name ("Angus King", "Matthew Prince", "Amy Pope") the
        # word is the name. Any other title closing a phrase ("Prime Minister", "Russian Envoy") makes the
        # phrase a role with no name, standing for the person the article names with it.
        "king", "prince", "pope", "bishop", "singer", "judge", "cardinal",
        "player", "bowler", "coach",  # "Gary Player", "Rob Bowler"
    }
)  # fmt: skip

LONE_SURNAMES: Final = frozenset(
    {
        # Titles that are also surnames and, capitalised alone, name the person: "King said" after "BoE
        # governor Mervyn King" (the monarch is "the King"). Not "Judge", "Pope", "Coach", "Cardinal":
        # a headline drops their article ("Judge rejects request to unseal file").
        "king", "prince", "bishop", "singer", "player", "bowler",
    }
)  # fmt: skip

TITLE_INITIALS: Final = frozenset(
    {
        # Titles cut to their initials before a surname, as Kenyan, Nigerian, Indian and Malaysian copy
        # writes them: "DP Kindiki" (Deputy President), "CS Wahome" (Cabinet Secretary), "DPM Zahid",
        # "IGP Koome", "CJ Koome", "AG Muturi", "PS Kiptoo", "DG Adeyeye", "CM Stalin". The person is the
        # one the article names in full with that surname. Other initials are given names: "RSN Rayer",
        # "JB Pritzker".
        "dp", "dpm", "pm", "cs", "cas", "ps", "dg", "igp", "dig", "cj", "dcj", "ag", "cm", "dcm", "mp",
        "mla", "mca", "sp", "ssp", "dc", "ceo",
        "cjp",  # Pakistan's Chief Justice: "CJP Nisar"
        "agp",  # Pakistan's Attorney General: "AGP Usman Mansoor Awan"
        "cp",  # a state's Commissioner of Police, as Nigerian copy writes it: "CP Nwonyi Polycarp-Emeka"
        # A company's officers by initials, as Kenyan and Indian copy writes them: "MD Bernard Njiraini"
        # (managing director), "GM Jane Wairimu", "CFO Ravi Kumar".
        "md", "gm", "cfo", "coo",
    }
)  # fmt: skip

POST_NOMINALS: Final = frozenset(
    {
        # Letters after a name for a rank at the bar, a seat or an honour: "Mr Mansfield QC said", "Caroline
        # Lucas MP said", "Helen McEntee TD". They are no part of the name ("Mansfield" is Michael
        # Mansfield named before); "Martin Luther King Jr." keeps its suffix, which is.
        "qc", "kc", "sc", "san", "mp", "mep", "msp", "mla", "mpp", "td", "mbe", "obe", "cbe", "kbe", "dbe",
        "bl",  # a junior barrister in Ireland, as its courts reports write it: "Jane Roe BL said"
    }
)  # fmt: skip

CAPITAL_TITLES: Final = frozenset(
    {
        # Titles only when capitalised before a name, as court reports write them: "Assistant Federal
        # Public Defender Jane Roe", "Senior Advocate Tom Hale" (India's senior bar), "Harbour City Public
        # Advocate Mary Poe", "City Missioner Jane Roe". In lower case they are prose's words for one who
        # backs a cause ("a tireless advocate", "loyal defenders of the old port"), no title.
        "Advocate", "Defender", "Missioner",
    }
)  # fmt: skip

GIVEN_NAME_TITLES: Final = frozenset(
    {
        # Titles after which news refers to a person by the given name: "Sheikh Salem" for "Minister of
        # Foreign Affairs Sheikh Salem Abdullah Al-Sabah", "Prince Faisal" for "Prince Faisal bin Farhan".
        "sheikh", "sheikha", "emir", "prince", "princess", "sultan", "sheik", "shaikh",
        # Courtesy titles with the same use: British knights and dames ("Sir Lindsay" for Sir Lindsay
        # Hoyle), Malaysian honours ("Datuk Halimah" for Datuk Halimah Mohamed Sadique; "Datuk Seri Anwar",
        # "Tan Sri Muhyiddin").
        "sir", "dame", "datuk", "dato", "dato'", "datin", "tun", "seri", "sri",
        # Popes and monarchs, known by the name they reign under and its numeral: "Benedict" for Pope
        # Benedict XVI, "Charles" for King Charles III.
        "pope", "king", "queen",
    }
)  # fmt: skip

PATRONYMIC_LINKS: Final = frozenset(
    {
        # Words joining a given name to a father's name in Malay and Arabic names: "Johari Abdul Ghani",
        # "Faisal bin Farhan", "Siti binti Aziz". News refers to such a person by the given name
        # ("Johari said"), so the first word stands for the full name.
        "bin", "binti", "bint", "ibn", "abdul", "abd",
    }
)  # fmt: skip

SURNAMES_FIRST: Final = frozenset(
    {
        # Common Korean and Chinese surnames, which open a name written surname first with a given name
        # in two words ("Chung Hae Sung", "Yoon Suk Yeol", "Wang Yi" has one): news refers to the person
        # by this first word later ("Chung said"). Not Vietnamese surnames: "Nguyen Xuan Phuc" is "Phuc".
        "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "lim", "han",
        "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "son",
        "bae", "baek", "nam", "noh", "roh", "ha", "kwak", "cha", "choo", "woo", "min", "ryu", "chun",
        "hyun", "byun", "ban", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
        "xu", "sun", "ma", "zhu", "hu", "guo", "gao", "lin", "luo", "zheng", "liang", "xie", "tang",
        "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
        "du", "ye", "cheng", "wei", "lu", "ding", "ren", "shen", "yao", "xi", "qin", "fu", "hua", "wen",
        "geng", "kong", "bai", "cui", "qian", "shi", "zou", "xiong", "meng", "qiu", "hou", "yin", "lei",
        "duan", "hao", "shao", "gu", "lai", "wong", "chan", "leung", "cheung", "lau", "tsang", "lam",
        "yip", "chow", "ng", "tse",
        # Hokkien and Teochew spellings, as Singaporean and Malaysian copy writes Chinese names ("Koh Wei
        # Ming", then "Mr Koh"). Not "Low" or "Ho", which open English phrases in headlines.
        "tan", "ong", "goh", "teo", "koh", "chua", "tay", "yeo", "heng", "seah", "toh", "quek", "chee",
        "chia", "khoo", "neo", "ang", "yap", "liew", "chong", "loh", "soh", "kwek",
    }
)  # fmt: skip

NAME_STYLES: Final = frozenset(
    {
        # Knights' and peers' styles that stay in the canonical name when the article prints them before
        # the full name ("Sir Jane Roe" of "Sir Jane Roe ... Roe said"; the readers of the blind sets kept
        # them for three people of four). Courtesy titles ("Mr", "Dr") are dropped as `HONORIFICS` says.
        "sir", "dame", "lord", "lady", "baroness",
    }
)  # fmt: skip

HONORIFICS: Final = frozenset(
    {
        # Courtesy titles dropped from the canonical name: "Mr. Trump" is "Donald Trump" once known.
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame", "madam", "mme",
        "prof", "prof.",
        # An associate professor's rank before "Prof", as Malaysian copy writes it: "Datuk Assoc Prof Abd
        # Halim Sidek" is Abd Halim Sidek.
        "assoc", "assoc.",
        # British peers, named so in political news: "Lord Monroe Palmer" is Monroe Palmer, "Lord Palmer"
        # again once known; "Baroness Jane Doe".
        "lord", "lady", "baroness",
        # Malaysian and Bruneian honours before a name, which agencies print and fact-checkers drop:
        # "Foreign Minister Datuk Seri Mohamad Hasan" is Mohamad Hasan.
        "datuk", "dato", "dato'", "datin", "seri", "tun",
        # The Omani royal family's honorific: "Foreign Minister Sayyid Badr Albusaidi" is Badr Albusaidi.
        "sayyid",
        # Kenyan and Tanzanian papers' courtesy for an elder: "Mzee George Wilson Njoroge", "Mzee Kibui".
        "mzee",
        # Nigerian papers' courtesy for one who made the pilgrimage: "Alhaji Musa Garba" is Musa Garba.
        "alhaji", "alhaja", "hajiya",
        # A Christian minister's style, as church and British papers print it: "The Rev Jane Roe", "the
        # Revd Tom Hale", "Rev. Odile Marsh" (the degrees before it, "Most", "Rt": `HONORIFIC_DEGREES`); a
        # member's or a judge's "Hon": "the Hon Jane Roe".
        "rev", "rev.", "revd", "revd.", "reverend", "hon", "hon.",
    }
)  # fmt: skip

HONORIFIC_DEGREES: Final = frozenset(
    {
        # Words grading a courtesy title, dropped with it: "The Most Rev Jane Roe" (an archbishop), "the Very
        # Rev Tom Hale" (a dean), "the Right Reverend Odile Marsh" (a bishop), "the Right Hon Alistair Pell".
        # Only before a courtesy title: "Most voters said" keeps its word, "Kremlin-funded RT" its name.
        "most", "very", "right", "rt", "rt.",
    }
)  # fmt: skip

ROLE_WORDS: Final = frozenset(
    {
        # Lower-case words that may sit inside a role before a title ("supreme leader", "press
        # secretary", "former presidential candidate"): modifiers, not names.
        "supreme", "former", "senior", "top", "chief", "foreign", "prime", "press", "presidential",
        "republican", "democratic", "democrat", "vice", "deputy", "acting", "interim", "new", "then",
        "campaign", "party", "state", "national", "security", "defense", "defence", "finance",
        "economic", "political", "communications", "policy", "white", "house", "senate", "u.s.",
        "american", "federal", "longtime", "general", "executive", "news",
        "media", "of", "the", "for", "and", "on", "to", "affairs", "majority", "minority", "leading",
        "its", "his", "her", "their", "our", "a", "an", "retired", "veteran", "independent",
        "conservative", "liberal", "progressive", "libertarian", "green", "labour", "labor",
    }
)  # fmt: skip

PORTFOLIO_MODIFIERS: Final = frozenset(
    {
        # Words before a portfolio in a listed one, no portfolio alone: "Environment, Food and Rural
        # Affairs", "Agriculture and Rural Development", "Housing and Urban Development", "Local
        # Government", "Foreign Affairs", "Home Affairs", "Social Welfare", "Higher Education".
        "rural", "urban", "regional", "local", "municipal", "foreign", "home", "social", "public",
        "higher", "international", "economic", "indigenous", "digital", "northern", "consumer", "natural",
    }
)  # fmt: skip

PORTFOLIOS: Final = frozenset(
    {
        # What a title is "of" when the complement runs straight into the name, so the name starts after
        # the last of these: "Secretary of State John Kerry", "Minister of Foreign Affairs of the Russian
        # Federation Sergey Lavrov". Agencies and translations write titles this way. Bodies
        # (speakers.ORGANISATIONS), countries and capitals end a complement too.
        "affairs", "defense", "defence", "justice", "finance", "health", "security", "interior",
        "treasury", "trade", "commerce", "energy", "education", "labor", "labour", "agriculture",
        "transportation", "transport", "economy", "development", "investment", "federation", "republic",
        "kingdom", "emirates", "staff", "chiefs", "europe", "culture", "environment", "industry",
        "communications", "immigration", "veterans", "intelligence", "relations", "cooperation",
        "integration", "policy", "planning", "resources", "welfare", "housing", "sport", "sports",
        "tourism", "science", "technology", "infrastructure", "emergencies", "media", "information",
        "reserve", "system", "assembly", "duma", "bundestag", "knesset", "majlis", "diet", "nations",
        # Portfolios of the Commonwealth's, Africa's and Asia's cabinets, as their titles list them
        # ("Minister of Migration and Asylum X", "Minister for Fisheries X", "Minister of Higher
        # Education, Science and Technology X").
        "migration", "asylum", "citizenship", "police", "fisheries", "forestry", "forests", "water",
        "mines", "mining", "petroleum", "aviation", "railways", "highways", "shipping",
        "telecommunications", "youth", "women", "children", "gender", "heritage", "arts", "governance",
        "revenue", "customs", "employment", "training", "colleges", "universities", "innovation",
        "research", "climate", "conservation", "disasters", "relief", "rehabilitation", "reconstruction",
        "refugees", "minorities", "enterprise", "livestock", "irrigation", "lands", "works",
        # Utilities and resources, as South Asian and African cabinets name them ("Minister for Water
        # and Power X", "Minister of Power, Works and Housing X", "Minister of Petroleum and Natural Gas X").
        "power", "electricity", "gas", "oil", "minerals", "food", "roads", "ports", "sanitation",
        "manpower", "maritime", "broadcasting", "statistics", "endowments",
        # Malaysia's and others' longer portfolios ("Minister of Natural Resources and Environmental
        # Sustainability X", "Minister of Digital Economy X").
        "sustainability", "wellbeing", "well-being", "cooperatives", "entrepreneurship",
    }
)  # fmt: skip
