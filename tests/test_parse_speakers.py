"""Speaker phrases: what `classify` makes of the words before a cue (name, role, kind), one row each."""

from __future__ import annotations

import pytest

from claimtrack.parse import parse_article
from claimtrack.parse.speakers import classify
from claimtrack.parse.tokens import tokenize
from claimtrack.rules import DEFAULT_RULES

SPEAKERS = [
    # An outlet's word closing a given name is a surname; after "The" it names the paper.
    ("Jane Post", "Jane Post", None, "person"),
    ("The Harbour Times", "The Harbour Times", None, "outlet"),
    # a publication's word capitalised inside a name is the name's; "Daily" opening a name, a paper's
    ("The Norvale Service Journal", "The Norvale Service Journal", None, "outlet"),
    ("The Daily Harbour", "The Daily Harbour", None, "outlet"),
    # Campaigning bodies by their names' closing word.
    ("Harbour Rights Watch", "Harbour Rights Watch", None, "organisation"),
    ("Amnesty International", "Amnesty International", None, "organisation"),
    ("the news service Kyodo", "Kyodo", "news service", "outlet"),
    # Firms whose names are possessives (`Rules.possessive_names`), with a curly apostrophe too.
    ("Moody's", "Moody's", None, "organisation"),
    ("British supermarket Sainsbury's", "Sainsbury's", "British supermarket", "organisation"),
    ("McDonald’s", "McDonald’s", None, "organisation"),
    # A description of up to six words before a full name, a figure among them, is the role.
    ("Former national 800 metres record holder Tom Hale", "Tom Hale",
     "Former national 800 metres record holder", "person"),
    # One word with a capital inside is a brand's name, unless a surname's prefix opens it.
    ("NorvexTel", "NorvexTel", None, "organisation"),
    ("MacArthur", "MacArthur", None, "person"),
    ("VandeHale", "VandeHale", None, "person"),
    # A minister's style, and the degree an archbishop's, a dean's or a bishop's gives it, are dropped.
    ("The Rev Jane Roe", "Jane Roe", None, "person"),
    ("The Most Rev Jane Roe", "Jane Roe", None, "person"),
    ("the Very Rev. Tom Hale", "Tom Hale", None, "person"),
    ("The Right Reverend Odile Marsh", "Odile Marsh", None, "person"),
    ("The Rt Revd Odile Marsh, Bishop of Westmere", "Odile Marsh", "Bishop of Westmere", "person"),
    # People named by a plural noun and where they live or work, after "near", "around", "across".
    ("Residents near Harbour Beach", "Residents near Harbour Beach", None, "anonymous"),
    ("Traders around the port", "Traders around the port", None, "anonymous"),
    ("Farmers across the region", "Farmers across the region", None, "anonymous"),
    # Shares in the plural, and a share after an adjective of size, are people counted.
    ("Majorities of voters in Norvale", "Majorities of voters in Norvale", None, "anonymous"),
    ("Large majorities of voters in six states", "Large majorities of voters in six states", None,
     "anonymous"),
    # Customs, prison and university officers, the state's auditors, by the ranks their statements use.
    ("Comptroller Jane Roe", "Jane Roe", "Comptroller", "person"),
    ("Area Controller Tom Hale", "Tom Hale", "Area Controller", "person"),
    ("Auditor-General Odile Marsh", "Odile Marsh", "Auditor-General", "person"),
    ("Vice-Chancellor Jane Roe", "Jane Roe", "Vice-Chancellor", "person"),
    ("Ombudsman Tom Hale", "Tom Hale", "Ombudsman", "person"),
    ("Elizabeth Warden", "Elizabeth Warden", None, "person"),
    # A firm named in full and its town after "of": the firm, no person of a place.
    ("Norvex Pharmaceuticals of Westmere", "Norvex Pharmaceuticals", None, "organisation"),
    ("Jane Roe of Westmere", "Jane Roe", "Westmere", "person"),
    # Two titles joined by a slash, as business copy writes them: the role keeps both.
    ("Norvex’s founder/CEO Jane Roe", "Jane Roe", "Norvex’s founder/CEO", "person"),
    ("Harbour chairman/president Tom Hale", "Tom Hale", "Harbour chairman/president", "person"),
    # The Omani royal family's honorific is dropped.
    ("Omani Foreign Minister Sayyid Badr Albusaidi", "Badr Albusaidi", "Omani Foreign Minister", "person"),
    # South African executives by their papers' initials.
    ("Finance MMC Jane Roe", "Jane Roe", "Finance MMC", "person"),
    ("Health MEC Tom Hale", "Tom Hale", "Health MEC", "person"),
    # A specialist's trade before an honorific and the name: the trade is the role, the honorific dropped.
    ("Consultant radiologist Dr Jane Roe", "Jane Roe", "Consultant radiologist", "person"),
    ("Paramedic Tom Hale", "Tom Hale", "Paramedic", "person"),
    # A participle describing the noun, before a preposition or at the end: still a source.
    ("The people affected by the floods", "The people affected by the floods", None, "anonymous"),
    ("The families displaced", "The families displaced", None, "anonymous"),
    # A firm's name with a possessive inside, closed by a firm's suffix: the firm, whole.
    ("Poe's Fine Foods Ltd", "Poe's Fine Foods Ltd", None, "organisation"),
    ("Hale's Mill Corp", "Hale's Mill Corp", None, "organisation"),
    # A source described by what it knows, in nouns a cue may spell ("plans", "thinking").
    ("A person familiar with the firm's plans", "A person familiar with the firm's plans", None, "anonymous"),
    ("people familiar with his plans", "people familiar with his plans", None, "anonymous"),
    # A family speaks for its own: "-ly" ends a noun here, no adverb (`Rules.ly_nouns`).
    ("The family", "The family", None, "anonymous"),
    ("Tom's family", "Tom's family", None, "anonymous"),
    # Clergy titles before a name.
    ("Pastor So Gang-suk", "So Gang-suk", "Pastor", "person"),
    ("Grand Mufti Shawki Allam", "Shawki Allam", "Grand Mufti", "person"),
    # Police ranks as South and South-East Asian copy abbreviates them.
    ("Kedah police chief ACP Ahmad Shukri Mat Akhir", "Ahmad Shukri Mat Akhir", "Kedah police chief ACP",
     "person"),
    ("DCP Rohit Meena", "Rohit Meena", "DCP", "person"),
    ("Russian Deputy Foreign Minister Igor Morgulov", "Igor Morgulov", "Russian Deputy Foreign Minister",
     "person"),
    ("Republican front-runner Donald Trump", "Donald Trump", "Republican front-runner", "person"),
    ("FBI general counsel James Baker", "James Baker", "FBI general counsel", "person"),
    ("billionaire hedge fund manager Paul Singer", "Paul Singer", "billionaire hedge fund manager", "person"),
    ("Conservative radio host Hugh Hewitt", "Hugh Hewitt", "Conservative radio host", "person"),
    ("the CDC's Dr. Michael Jhung", "Michael Jhung", "CDC", "person"),
    ("NBC’s Dante Chinni", "Dante Chinni", "NBC", "person"),
    ("The CDC", "The CDC", None, "organisation"),
    # a listed outlet whose name reads like a described head ("the press of ..."): the outlet, whole
    ("the Associated Press of Pakistan", "the Associated Press of Pakistan", None, "outlet"),
    ("the Press Trust of India", "the Press Trust of India", None, "outlet"),
    # a listed paper whose first word is an article in its language is no person's name with a particle
    ("El País", "El País", None, "outlet"),
    ("The Washington Post", "The Washington Post", None, "outlet"),
    # an agency that is no news agency: a body ("weather agency"); a news agency stays an outlet
    ("The Spanish weather agency AEMET", "AEMET", "Spanish weather agency", "organisation"),
    ("the state news agency Xinhua", "Xinhua", "state news agency", "outlet"),
    ("Harbour PAC's Lee", "Lee", "Harbour PAC", "person"),  # a body's name owning someone: its man
    # a Nigerian courtesy dropped; scientists by their field and a city's administrator as titles; a firm
    # named after its trade
    ("Alhaji Musa Garba", "Musa Garba", None, "person"),
    ("Hydrogeologist Jane Roe", "Jane Roe", "Hydrogeologist", "person"),
    ("City Administrator Dale Whitcomb", "Dale Whitcomb", "City Administrator", "person"),
    ("Consultancy Linerlytica", "Linerlytica", "Consultancy", "organisation"),
    ("the foreign ministry", "the foreign ministry", None, "organisation"),
    ("officials", "officials", None, "anonymous"),
    ("28 percent of voters", "28 percent of voters", None, "anonymous"),
    ("Mr. Grassley and Mr. Leahy", "Grassley and Leahy", None, "person"),
    ("Martin Luther King Jr.", "Martin Luther King Jr.", None, "person"),
    # an age in apposition is no role
    ("Mr. Grant, then 38", "Grant", None, "person"),
    ("Jane Roe, aged 45", "Jane Roe", None, "person"),
    # a plain description with its own "of" phrase before the name is the role
    ("A co-author of the report, Jane Roe", "Jane Roe", "co-author of the report", "person"),
    ("her husband Bill", "Bill", "her husband", "person"),
    ("The former president Bill Clinton", "Bill Clinton", "former president", "person"),
    ("The ministry's spokesman Gao Feng", "Gao Feng", "ministry's spokesman", "person"),
    ("Chinese Vice Premier Liu He", "Liu He", "Chinese Vice Premier", "person"),
    ("The American Legion", "The American Legion", None, "organisation"),
    ("Democrat Hillary Clinton", "Hillary Clinton", "Democrat", "person"),
    # a place before the party, as a district names its member; the state assembly's title
    ("Westmere Republican Jane Roe", "Jane Roe", "Westmere Republican", "person"),
    ("New Westmere Democrat Tom Hale", "Tom Hale", "New Westmere Democrat", "person"),
    ("Republican Assemblyman Tom Hale", "Tom Hale", "Republican Assemblyman", "person"),
    ("The Westmere Republican Party", "The Westmere Republican Party", None, "organisation"),
    # a noun cue word before a title is part of the role; a long role with no comma and no "and"
    ("Norvex Insurance claims director Jane Roe", "Jane Roe", "Norvex Insurance claims director", "person"),
    ("Harbour Westmere Port Police Marine Fraud Unit chief Comm Datuk Seri Tom Hale Norvex",
     "Tom Hale Norvex", "Harbour Westmere Port Police Marine Fraud Unit chief Comm", "person"),
    # a trade's noun capitalised before a given name and a surname (not a given name itself)
    ("Economist Tom Hale", "Tom Hale", "Economist", "person"),
    ("Retailer Jane Roe", "Jane Roe", "Retailer", "person"),
    # police ranks by their initials: British detectives', Malaysian commissioners'
    ("DCI Jane Roe", "Jane Roe", "DCI", "person"),
    ("Comm Tom Hale", "Tom Hale", "Comm", "person"),
    ("Donald Trump’s longtime confidant Roger Stone", "Roger Stone", "Donald Trump’s longtime confidant",
     "person"),
    ("de Blasio", "de Blasio", None, "person"),
    ("Staff for the House Select Committee on Benghazi", "Staff for the House Select Committee on Benghazi",
     None, "anonymous"),
    ("Trump’s new PFD form", "Trump’s new PFD form", None, "document"),
    # a document's name in capitals after its owner's possessive: the whole, no person and no role
    ("Westbank's Weekly Home Loan Survey", "Westbank's Weekly Home Loan Survey", None,
     "document"),
    ("Another intelligence source speaking to Fox News", "Another intelligence source speaking to Fox News",
     None, "anonymous"),
    ("Republican National Committee", "Republican National Committee", None, "organisation"),
    ("Conservative Political Action Conference", "Conservative Political Action Conference", None,
     "organisation"),
    ("Jo Coelbart, a retired Belgian general who works at the Egmont Foundation,", "Jo Coelbart",
     "retired Belgian general", "person"),
    ("Sen. Cruz and Gov. John Kasich", "Cruz and John Kasich", None, "person"),
    ("Officials, including the mayor,", "Officials", None, "anonymous"),
    # a description in brackets after a name, opening with "a" or "an", is no part of it
    ("Sen. Tom Hale (a Westmere Democrat)", "Tom Hale", "Sen.", "person"),
    ("Jane Roe (an economist at Norvex)", "Jane Roe", None, "person"),
    # a body's plural before its examples with no comma speaks, named with them
    ("Rights groups including Harbour Watch", "Rights groups including Harbour Watch", None, "organisation"),
    ("groups such as Norvale Aid", "groups such as Norvale Aid", None, "organisation"),
    ("Clinton, without naming him,", "Clinton", None, "person"),  # an aside, no role
    ("Proponents", "Proponents", None, "anonymous"),
    # A plural for people alone, by its ending or as a title's plural: people unnamed, no one's name.
    ("Paramedics", "Paramedics", None, "anonymous"),
    ("Epidemiologists", "Epidemiologists", None, "anonymous"),
    ("Attendees", "Attendees", None, "anonymous"),
    ("Executives", "Executives", None, "anonymous"),
    ("Bishops", "Bishops", None, "anonymous"),
    ("Westmere spokesmen", "Westmere spokesmen", None, "anonymous"),
    ("The district", "The district", None, "organisation"),  # a school district, as US copy calls it
    # US papers' title for a city council's member, and a board's
    ("City councilmember Jane Roe", "Jane Roe", "City councilmember", "person"),
    ("Trustee Jane Roe", "Jane Roe", "Trustee", "person"),
    # ... but a surname that ends as a doer's noun does, with nothing saying otherwise, stays a name
    ("Sanders", "Sanders", None, "person"),
    ("Francis", "Francis", None, "person"),
    ("officials familiar with the count", "officials familiar with the count", None, "anonymous"),
    # A title with what it is of, as agencies and translations write it: the name follows the last word
    # naming a body, a portfolio or a country, else it is the last two words.
    ("Deputy Minister of Foreign Affairs of the Russian Federation Sergei Vershinin", "Sergei Vershinin",
     "Deputy Minister of Foreign Affairs of the Russian Federation", "person"),
    ("Secretary of State John Kerry", "John Kerry", "Secretary of State", "person"),
    # a portfolio in lower case after "for", a capital after "in": the name follows
    ("Chief executive for mining Lucas Dow", "Lucas Dow", "Chief executive for mining", "person"),
    ("Iranian Ambassador in Islamabad Mash-Allah Shakeri", "Mash-Allah Shakeri",
     "Iranian Ambassador in Islamabad", "person"),
    ("The ambassador in Islamabad", "The ambassador in Islamabad", None, "person"),
    ("Kazakh State Counselor Aibek Nurlan", "Aibek Nurlan", "Kazakh State Counselor", "person"),
    ("city councillor Jane Doe", "Jane Doe", "city councillor", "person"),
    # a title or honorific right before the name opens it, however long the name
    ("Minister of Transport Sheikh Nasser Hamad Al-Mutairi", "Nasser Hamad Al-Mutairi",
     "Minister of Transport Sheikh", "person"),
    ("Spokesperson of the Foreign Office Dr Ahmed Karim Nadeem", "Ahmed Karim Nadeem",
     "Spokesperson of the Foreign Office", "person"),
    ("Secretary of State Kerry", "Kerry", "Secretary of State", "person"),
    ("Secretary of Agriculture Tom Vilsack", "Tom Vilsack", "Secretary of Agriculture", "person"),
    # an initialism ends the complement as a body's word does, also after "and"
    ("Minister of State for Farming and IT Pradeep Rao", "Pradeep Rao",
     "Minister of State for Farming and IT", "person"),
    ("Head of the NRC Lena Marsh", "Lena Marsh", "Head of the NRC", "person"),
    ("the head of the Russian Direct Investment Fund Kirill Dmitriev", "Kirill Dmitriev",
     "head of the Russian Direct Investment Fund", "person"),
    ("Official representative of the Chinese foreign ministry Hua Chunying", "Hua Chunying",
     "Official representative of the Chinese foreign ministry", "person"),
    ("Russian Ambassador to the US Anatoly Antonov", "Anatoly Antonov", "Russian Ambassador to the US",
     "person"),
    # A title placed "in" or "at" a body, its name running into the person's: the body's last word ends
    # the role. With no body's word before the name, no person ("Center's Policy Unit" is no one).
    ("Spokeswoman in the Ministry of Foreign Affairs Lena Marsh", "Lena Marsh",
     "Spokeswoman in the Ministry of Foreign Affairs", "person"),
    ("press officer at the Foreign Ministry Tom Ward", "Tom Ward", "press officer at the Foreign Ministry",
     "person"),
    ("adviser in the Hill Center's Policy Unit", "adviser in the Hill Center's Policy Unit", None,
     "anonymous"),
    ("Tom Ward, adviser in the Hill Center's Policy Unit", "Tom Ward",
     "adviser in the Hill Center's Policy Unit", "person"),
    # "of" and "and" inside the complement; the country it ends with (Gulf and Turkish copy) ends it.
    ("Minister of Trade and Industry of Turkiye Ahmet Kaya", "Ahmet Kaya",
     "Minister of Trade and Industry of Turkiye", "person"),
    ("Minister of State for Foreign Affairs Omar Saleh", "Omar Saleh",
     "Minister of State for Foreign Affairs", "person"),
    ("Italian FM Paolo Gentiloni", "Paolo Gentiloni", "Italian FM", "person"),
    ("remarks by President Ebrahim Raisi", "Ebrahim Raisi", "President", "person"),
    ("Minister of Energy and Natural Resources of Turkiye Alparslan Bayraktar", "Alparslan Bayraktar",
     "Minister of Energy and Natural Resources of Turkiye", "person"),
    ("president of the Center for American Progress", "president of the Center for American Progress", None,
     "anonymous"),
    ("the Deputy Foreign Minister Andrei Rudenko", "Andrei Rudenko", "Deputy Foreign Minister", "person"),
    # a body named by its noun with a post inside its name: no title and name of a person
    ("The Office of the Director of Public Prosecutions", "The Office of the Director of Public Prosecutions",
     None, "organisation"),
    ("Harbour County Prosecutor's Office", "Harbour County Prosecutor's Office", None, "organisation"),
    ("Ontario's Ministry of the Attorney General", "Ontario's Ministry of the Attorney General", None,
     "organisation"),
    ("Ministry of Health Spokesman Tom Lee", "Tom Lee", "Ministry of Health Spokesman", "person"),
    ("A Bench of Justices Jane Roe and Mary Poe", "A Bench of Justices Jane Roe and Mary Poe", None,
     "organisation"),
    # a post and its department, then the name with a courtesy title after the last comma
    ("The General Manager, Public Affairs, Mrs Jane Roe", "Jane Roe", "General Manager, Public Affairs",
     "person"),
    # a post, its place, then a person named in full with no courtesy title
    ("A lecturer at Norvale College, Westmere, Obi Hale", "Obi Hale",
     "lecturer at Norvale College, Westmere", "person"),
    ("A lecturer in law, Jane Roe", "Jane Roe", "lecturer in law", "person"),
    ("a spokesman for the United Mine Workers of America",
     "a spokesman for the United Mine Workers of America", None, "anonymous"),
    # A role alone, capitalised as agencies write it: the person is found when the article is read.
    ("the Deputy Minister", "the Deputy Minister", None, "person"),
    ("Turkish Deputy PM", "Turkish Deputy PM", None, "person"),
    ("The International Atomic Energy Agency", "The International Atomic Energy Agency", None,
     "organisation"),
    # A role with no name, however capitalised, is no person's name ("Prime Minister" is nobody's): the
    # phrase stands for the person the article names with that role.
    ("Turkish Deputy Prime Minister", "Turkish Deputy Prime Minister", None, "person"),
    ("the Japanese Foreign Minister", "the Japanese Foreign Minister", None, "person"),
    ("Russian Envoy", "Russian Envoy", None, "person"),
    # A country's possessive and a body's words before the title: still a role, no body named
    # "Foreign Ministry Spokesman".
    ("Iran's Foreign Ministry Spokesman", "Iran's Foreign Ministry Spokesman", None, "person"),
    ("Foreign Ministry Spokesman", "Foreign Ministry Spokesman", None, "person"),
    # A role with "a" or "an" is someone unnamed, no person named "Iranian MP".
    ("an Iranian MP", "an Iranian MP", "Iranian MP", "anonymous"),
    # A title that is also a surname, after a given name or a courtesy title, is the name.
    ("Angus King", "Angus King", None, "person"),
    ("Mr. King", "King", None, "person"),
    # A country's possessive says where a person is from, not what they are: no role.
    ("Japan's Kenji Tanabe", "Kenji Tanabe", None, "person"),
    # Malaysian honours are dropped from the name and the role.
    ("Foreign Minister Datuk Seri Aziz Rahman", "Aziz Rahman", "Foreign Minister", "person"),
    # A rank after an office is the person's, not the office's; with no office before it, it is the role.
    ("Saudi Foreign Minister Prince Saud al-Faisal", "Saud al-Faisal", "Saudi Foreign Minister", "person"),
    ("Kuwaiti oil minister Sheikh Saud Nasser al-Sabah", "Saud Nasser al-Sabah", "Kuwaiti oil minister",
     "person"),
    ("Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "Saudi Crown Prince", "person"),
    # A title's initials in capitals before a full name are the role; "Md" before a Bangladeshi name is
    # the name's ("Mohammad").
    ("MD Bernard Njiraini", "Bernard Njiraini", "MD", "person"),
    ("Md Shahidul Alam", "Md Shahidul Alam", None, "person"),
    # "Bill" is a document's word and a first name: before a name it is the name.
    ("Bill Clinton", "Bill Clinton", None, "person"),
    ("Mayor Bill de Blasio", "Bill de Blasio", "Mayor", "person"),
    ("The bill", "The bill", None, "document"),
    # Titles of other governments: Australia's "Treasurer", Ireland's "Taoiseach".
    ("Treasurer Joe Hale", "Joe Hale", "Treasurer", "person"),
    ("Taoiseach Leo Brennan", "Leo Brennan", "Taoiseach", "person"),
    # "Both" before two people is no part of them.
    ("Both Mr Hale and Ms Cole", "Hale and Cole", None, "person"),
    # A document's word naming a body, then a title and a name: the person holds an office there; a
    # word saying who made or sent the document keeps it one.
    ("House Budget ranking member Dan Novak", "Dan Novak", "House Budget ranking member", "person"),
    ("Census Bureau director Ann Cole", "Ann Cole", "Census Bureau director", "person"),
    ("A survey conducted by pollster Ann Cole", "A survey conducted by pollster Ann Cole", None, "document"),
    ("A letter from Senator Ann Cole", "A letter from Senator Ann Cole", None, "document"),
    # A document's word before a title says what the person works on: the person speaks.
    ("a former budget adviser", "a former budget adviser", None, "person"),
    ("The report author", "The report author", None, "person"),
    # Two particles before a surname.
    ("European Commission President Ursula von der Leyen", "Ursula von der Leyen",
     "European Commission President", "person"),
    ("von der Leyen", "von der Leyen", None, "person"),
    # A nation's people in the plural: unnamed many, not a person a later "he" could stand for.
    ("Russians", "Russians", None, "anonymous"),
    ("The Iranians", "Iranians", None, "anonymous"),
    ("many Syrians", "many Syrians", None, "anonymous"),
    # A peer's title is dropped as a courtesy title is.
    ("Lord Alan Reid", "Alan Reid", None, "person"),
    ("Baroness Jane Holm", "Jane Holm", None, "person"),
    # A post serving a titled person: the name before the apposition speaks, not the one served.
    ("Lena Holt, spokeswoman for Finnish President Karl Aho", "Lena Holt",
     "spokeswoman for Finnish President Karl Aho", "person"),
    ("Tom Reed, an adviser to Prime Minister Ann Cole", "Tom Reed", "adviser to Prime Minister Ann Cole",
     "person"),
    ("Olaf Lind, Minister for Foreign Affairs", "Olaf Lind", "Minister for Foreign Affairs", "person"),
    # A possessive description before the name, when its noun is a person's (a relation or a title).
    ("Her Swedish counterpart, Eva Lund", "Eva Lund", "Her Swedish counterpart", "person"),
    ("his Republican opponent, Dan Webb", "Dan Webb", "his Republican opponent", "person"),
    # A body named after words telling what it is, ending in a noun of a kind of body (`Rules.body_kinds`):
    # the name is the speaker, a body; the words are its role. Not a person named after a person's noun.
    ("Dutch oil giant Norvex", "Norvex", "Dutch oil giant", "organisation"),
    ("Carmaker Korrin", "Korrin", "Carmaker", "organisation"),
    ("Freedonia's biggest lender Halden", "Halden", "Freedonia's biggest lender", "organisation"),
    ("Rights group Civitas Watch", "Civitas Watch", "Rights group", "organisation"),
    ("the state-owned chipmaker Veltra Systems", "Veltra Systems", "state-owned chipmaker", "organisation"),
    ("Public broadcaster ZTV", "ZTV", "Public broadcaster", "outlet"),
    ("film producer Jane Roe", "Jane Roe", "film producer", "person"),
    ("Union Arcadia", "Union Arcadia", None, "organisation"),  # a firm's name opening with such a noun
    ("Freedonian lender Bank Halden", "Bank Halden", "Freedonian lender", "organisation"),
    # Hyphenated words describing a name before it (`Rules.compound_descriptors`) are no part of it; with
    # an article, one word after them is a body.
    ("The Westmere-aligned Harbour Front", "Harbour Front", None, "organisation"),
    ("State-owned Norvex Energy", "Norvex Energy", None, "organisation"),
    # A body's name before a spokesperson's noun names the body that speaks; not a plain noun, a
    # nationality or a person's given name.
    ("A Norvex spokesperson", "Norvex", None, "organisation"),
    ("An HVN spokeswoman", "HVN", None, "organisation"),
    ("A Department of Ports and Harbours spokesperson", "Department of Ports and Harbours", None,
     "organisation"),
    ("a company spokesperson", "a company spokesperson", None, "anonymous"),
    ("a Russian spokesman", "a Russian spokesman", None, "anonymous"),
    # two names joined by an ampersand name a firm; after a noun of its kind, the name alone
    ("Westmere & Hale", "Westmere & Hale", None, "organisation"),
    ("Retailer Westmere & Hale", "Westmere & Hale", "Retailer", "organisation"),
    ("the Norvale-based Westbank", "Westbank", None, "organisation"),
    ("Harbour-based Jane Roe", "Jane Roe", None, "person"),
    ("the Norvale-based company", "the Norvale-based company", None, "organisation"),
    # A firm's noun heading a role in apposition makes the name a firm's, though it reads as a person's;
    # not a post of a body, nor a noun that is a person's trade too (`Rules.peoples_trades`).
    ("Ada Norvex, a drugmaker,", "Ada Norvex", "drugmaker", "organisation"),
    ("Ada Norvex, one of two firms that run the network,", "Ada Norvex",
     "one of two firms that run the network", "organisation"),
    ("Tom Hale, director of public utilities,", "Tom Hale", "director of public utilities", "person"),
    # a body's kind heading the role describes a body named so
    ("Norvex Pharmaceuticals, one of two makers of cheap tablets,", "Norvex Pharmaceuticals",
     "one of two makers of cheap tablets", "organisation"),
    ("Jane Roe, a film producer,", "Jane Roe", "film producer", "person"),
    # any kind of body heading the role (`Rules.body_kinds`), before its complement; not a rank
    ("Tom Hale, the league's governing body,", "Tom Hale", "league's governing body", "organisation"),
    ("Harbour Aid, a charity run by volunteers,", "Harbour Aid", "charity run by volunteers", "organisation"),
    ("Tom Hale, a lawmaker from the Westmere Party,", "Tom Hale", "lawmaker from the Westmere Party",
     "person"),
    ("Tom Hale, a major in the reserve,", "Tom Hale", "major in the reserve", "person"),
    # a firm's noun describing where the person works, named after "of", is no firm's role of the person
    ("Jane Roe of Westbank, a consulting firm,", "Jane Roe", "Westbank", "person"),
    # "NAME, of FIRM,": where the person works is the role, the name before it speaks
    ("Ruth Mbeki, of consultants Grant Lowry,", "Ruth Mbeki", "of consultants Grant Lowry", "person"),
    # a time's possessive after "This" or "Last" says whose document, no sentence's opening
    ("Last year's report", "Last year's report", None, "document"),
    ("this week's survey", "this week's survey", None, "document"),
    # a document's word before a body's noun only says what the body deals with: the body speaks
    ("the budget office", "the budget office", None, "organisation"),
    ("The nonpartisan Westmere Budget Office", "Westmere Budget Office", None, "organisation"),
    ("Tom Hale of the Harbour Policy Center", "Tom Hale", "the Harbour Policy Center", "person"),
    # (but the body issuing a document, or the body's document, is the document)
    ("A report by the budget office", "A report by the budget office", None, "document"),
    ("The audit office report", "The audit office report", None, "document"),
    # inquiries find, and what they look into describes them
    ("The inquiry", "The inquiry", None, "document"),
    ("Hale's inquiry into the fire", "Hale's inquiry into the fire", None, "document"),
    ("The probe into the crash", "The probe into the crash", None, "document"),
    ("An autopsy", "An autopsy", None, "document"),
    # two people, each with a description in apposition, joined by "and": both speak
    ("Tom Hale, the chairman, and Jane Roe, the ranking member,", "Tom Hale and Jane Roe", None, "person"),
    # plural trade words close a firm's name, never a person's (`Rules.firm_suffixes`)
    ("Norvex Health Services", "Norvex Health Services", None, "organisation"),
    ("Westmere Airlines", "Westmere Airlines", None, "organisation"),
    # one of a group described, then the name in apposition: the person, the description the role
    ("One of the released prisoners, Tom Hale,", "Tom Hale", "One of the released prisoners", "person"),
    ("Another of the released prisoners, Tom Hale,", "Tom Hale", "Another of the released prisoners",
     "person"),
    # a state just entered before a name is no part of it
    ("newly-appointed Tom Hale", "Tom Hale", None, "person"),
    ("newly elected mayor Tom Hale", "Tom Hale", "mayor", "person"),
    ("the newly elected mayor", "the newly elected mayor", None, "person"),
    # a document from a person, then the author's post in apposition: the document
    ("The letter from Jane Roe, head of the Westmere fund,", "The letter from Jane Roe", None, "document"),
    # a role, then the name with where the person works in lower case: the name speaks
    ("his lawyer, Tom Hale of the public defender's office,", "Tom Hale", "the public defender's office",
     "person"),
    ("Number 10", "Number 10", None, "organisation"),  # Downing Street, as the British press name it
    # two titles joined by "and" before the name are one person's role
    ("Harbour president and CEO Jane Roe", "Jane Roe", "Harbour president and CEO", "person"),
    # a country owning a body's own name says where it is; owning a body's noun, whose it is
    ("Japan's HVN", "HVN", None, "organisation"),
    ("Japan's Health Ministry", "Japan's Health Ministry", None, "organisation"),
    # A title's complement naming a body in lower case, then the name: the body is the role's
    ("The chairman of the electoral commission Jane Roe", "Jane Roe",
     "chairman of the electoral commission", "person"),
    ("the chief executive of the state oil company Ada Obi", "Ada Obi",
     "chief executive of the state oil company", "person"),
    # a body called a "service" in a title's complement is no outlet ("news service" is)
    ("the head of the national police service John Doe", "John Doe",
     "head of the national police service", "person"),
    # a title's complement placed in a body: "in the National Assembly"
    ("Leader of Opposition in the National Assembly Tariq Khan", "Tariq Khan",
     "Leader of Opposition in the National Assembly", "person"),
    # a body's name holding a document's word ("Data"), then a title with what it is of, then the name
    ("PropMetric RP Data head of research Tim Lawson", "Tim Lawson", "PropMetric RP Data head of research",
     "person"),
    # a party and seat in brackets after a name are no part of it
    ("P.Kasthuri (PH-Batu Kawan)", "P.Kasthuri", None, "person"),
    # a body's seat ends its name: someone unnamed of that body, no one called "Headquarters"
    ("an official of the Arden Fire Service Headquarters",
     "an official of the Arden Fire Service Headquarters", None, "anonymous"),
    # a title word inside a Chinese or Malaysian name ("King") after a word of the name; after a
    # nationality or a rank it is a title
    ("Padungan assemblyman Wong King Hong", "Wong King Hong", "Padungan assemblyman", "person"),
    ("Senator Lau King Ming", "Lau King Ming", "Senator", "person"),
    ("Thai King Maha Vajiralongkorn", "Maha Vajiralongkorn", "Thai King", "person"),
    ("Former King Juan Carlos", "Juan Carlos", "Former King", "person"),
    # a weekday after a body's name is no part of it ("... Interior Thursday strongly condemned")
    ("The Harbour Committee on Interior Thursday", "The Harbour Committee on Interior", None, "organisation"),
    ("The Harbour Council on Friday", "The Harbour Council", None, "organisation"),
    # a name's suffix after its comma; a paper's capitalised noun opening its name
    ("Art Samaniego, Jr.", "Art Samaniego, Jr.", None, "person"),
    ("The Daily Times", "The Daily Times", None, "outlet"),  # (whole, as "The Harbour Times")
    # after a country's possessive, a capitalised paper's noun opens the paper's name
    ("Britain’s Daily Telegraph", "Daily Telegraph", None, "outlet"),
    ("Nigeria’s Daily Trust", "Daily Trust", None, "outlet"),
    # athletes by their event; a portfolio of Malaysia's cabinet before the name
    ("Kenya’s 800m women’s Olympic runner Jane Roe", "Jane Roe", "Kenya’s 800m women’s Olympic runner",
     "person"),
    ("Minister of Natural Resources and Environmental Sustainability Nik Nazmi Nik Ahmad",
     "Nik Nazmi Nik Ahmad", "Minister of Natural Resources and Environmental Sustainability", "person"),
    # a body's name in title case with "of" inside, ending in a body's noun; a title before "of" stays one
    ("The Gift of the Givers Foundation", "The Gift of the Givers Foundation", None, "organisation"),
    ("Director of the Heritage Foundation", "Director of the Heritage Foundation", None, "anonymous"),
    ("James Roe of the Heritage Foundation", "James Roe", "the Heritage Foundation", "person"),
    # a title opening a body's name is of the name
    ("the General Insurance Council", "the General Insurance Council", None, "organisation"),
    # a phrase opening with "a" after a titled name names no one: "a Michigan Republican" describes him
    ("Former Representative Peter Hoekstra, a Michigan Republican", "Peter Hoekstra", "Former Representative",
     "person"),
    # a headline's "Iran chief banker": a central bank's governor, unnamed
    ("Iran chief banker", "Iran chief banker", None, "anonymous"),
    # titles only when capitalised (`Rules.capital_titles`), Ireland's police rank, a junior barrister
    ("Assistant Federal Public Defender Jane Roe", "Jane Roe", "Assistant Federal Public Defender", "person"),
    ("Senior Advocate Tom Hale", "Tom Hale", "Senior Advocate", "person"),
    ("Harbour City Missioner Mary Poe", "Mary Poe", "Harbour City Missioner", "person"),
    ("Some loyal defenders of the old port", "Some loyal defenders of the old port", None, "anonymous"),
    ("Detective Garda Mary Poe", "Mary Poe", "Detective Garda", "person"),
    ("Jane Roe BL", "Jane Roe", None, "person"),
    # some titles that are surnames, alone, are names ("the King" is a role)
    ("King", "King", None, "person"),
    # a music or film firm's name closes with its word: no person named "Music Entertainment"
    ("Sony Music Entertainment India", "Sony Music Entertainment India", None, "organisation"),
    ("the counsel for Sony Music Entertainment", "the counsel for Sony Music Entertainment", None, "person"),
    # a trade's word closing capitalised words names a firm, whatever title a word before it spells
    ("Norvale General Insurance", "Norvale General Insurance", None, "organisation"),
    ("Westbank Property & Casualty", "Westbank Property & Casualty", None, "organisation"),
    ("A spokesman for General Motors", "A spokesman for General Motors", None, "anonymous"),
    ("an official of Norvale General Insurance", "an official of Norvale General Insurance", None,
     "anonymous"),
    # naval ranks spelt out with a hyphen or cut short, and ranks of two words, are no part of the name
    ("Vice-Admiral Tom Hale", "Tom Hale", "Vice-Admiral", "person"),
    ("Cmdr. Jane Roe", "Jane Roe", "Cmdr.", "person"),
    ("Rear Adm. Tom Hale", "Tom Hale", "Rear Adm.", "person"),
    ("Lt. Col. Jane Roe", "Jane Roe", "Lt. Col.", "person"),
    # a rank between the post and the name is the person's, not the post's
    ("Navy spokeswoman Cmdr. Jane Roe", "Jane Roe", "Navy spokeswoman", "person"),
    ("Army spokesman Lt. Col. Tom Hale", "Tom Hale", "Army spokesman", "person"),
    # a body's name after an owner named by a common noun is the name alone
    ("The state’s Office of Budgets", "Office of Budgets", None, "organisation"),
    ("the islands’ Office of Statistics", "Office of Statistics", None, "organisation"),
    # a party's letter and a home town after a legislator's name, as state papers write it
    ("State Rep. Jane Roe, R-Norvale Springs,", "Jane Roe", "State Rep.", "person"),
    ("Sen. Tom Hale, D-San Antonio,", "Tom Hale", "Sen.", "person"),
    # who owns or runs a paper, as a local paper titles its own
    ("Publisher Tom Hale", "Tom Hale", "Publisher", "person"),
    # a corporation, a trade's leading firm ("major") and a union whose members a plural possessive names,
    # described before the name; a firm's name closing with a possessive; a person's rank stays a role
    ("Norvale's state power corporation Norvatom", "Norvatom", "Norvale's state power corporation",
     "organisation"),
    ("The dock workers' union Westbank", "Westbank", "dock workers' union", "organisation"),
    ("Pharma major Harbour's", "Harbour's", "Pharma major", "organisation"),
    ("retired army major Tom Hale", "Tom Hale", "retired army major", "person"),
    # a medium's name after its noun and what it carries (not a document posted on a site)
    ("Business news website Westbank", "Westbank", "Business news website", "outlet"),
    ("A statement posted on the website Westbank.com", "A statement posted on the website Westbank.com", None,
     "document"),
    # a US township's elected head; what a title is "of" in plain words before the name (not a medium a
    # columnist writes for, nor a document a title's words hold)
    ("Township Supervisor Tom Hale", "Tom Hale", "Township Supervisor", "person"),
    ("HVN director of regional freight planning Tom Hale", "Tom Hale",
     "HVN director of regional freight planning", "person"),
    ("Norvex vice president of global sales Jane Roe", "Jane Roe", "Norvex vice president of global sales",
     "person"),
    ("Norvex director of policy Jane Roe", "Jane Roe", "Norvex director of policy", "person"),
    ("a columnist for the tech news site Westmere", "a columnist for the tech news site Westmere", None,
     "person"),
    ("The report of Special Counsel Tom Hale", "The report of Special Counsel Tom Hale", None, "document"),
    # a government's agency named by its field and its country; a given name opens a person's
    ("Transport Canada", "Transport Canada", None, "organisation"),
    ("Forests Kenya", "Forests Kenya", None, "organisation"),
    ("Michael Jordan", "Michael Jordan", None, "person"),
    # A participle's phrase opening the sentence, then a post and a titled name in apposition, as court
    # reporters write a judge passing sentence: the judge named last, the post between
    ("Sentencing Hale, the Recorder of Westmere, Judge Jane Roe,", "Jane Roe", "Recorder of Westmere",
     "person"),
    # (a name, then the post: the participle's phrase is cut, the name before the post speaks)
    ("Irving Hale, the chairman of Norvex,", "Irving Hale", "chairman of Norvex", "person"),
    # places opening the sentence with no comma after them are no part of the body's name
    ("Across Westmere, Norvale and Harbour the Ferries Association", "Ferries Association", None,
     "organisation"),
    ("Norvale and Harbour the Ferries Association", "Ferries Association", None, "organisation"),
    ("In Westmere the council", "the council", None, "organisation"),
    # a month after "in" with no comma is when, no given name: "In July Norvex said C"
    ("In July Tom Hale", "Tom Hale", None, "person"),
    # what a title is for, one word closing the phrase, is no one's name
    ("A spokeswoman for the Harbour High Commissioner for Ferries",
     "A spokeswoman for the Harbour High Commissioner for Ferries", None, "anonymous"),
    # "WHO" in capitals is the World Health Organization, no relative pronoun opening the phrase
    ("WHO chief", "WHO chief", None, "anonymous"),
    # a title joined by "and" inside a body's name is no role before a name ("Driver", "Vehicle")
    ("The Norvale Driver and Ferry Licensing Agency", "The Norvale Driver and Ferry Licensing Agency",
     None, "organisation"),
    # a food maker's plural closing its name: a firm, "it" after it
    ("Westmere Organics", "Westmere Organics", None, "organisation"),
    # where a photo shows the person, in brackets after the name, is no part of the name or the role
    ("Jane Roe (pictured centre), chief of Norvex Telecom", "Jane Roe", "chief of Norvex Telecom", "person"),
    ("Tom Hale (second from left), head of Harbour Rail", "Tom Hale", "head of Harbour Rail", "person"),
    # two titles joined by a hyphen are a title ("Commissioner-General", as "Director-General")
    ("Norvex Commissioner-General Jane Roe", "Jane Roe", "Norvex Commissioner-General", "person"),
    # a firm named after its kind owns what follows its possessive ("Danish firm Harbour Energy’s plans")
    ("Danish firm Harbour Energy’s", "Harbour Energy", "Danish firm", "organisation"),
    # a body's name without what it is of in lower case; the noun alone keeps it ("the Ministry of health")
    ("The Norvale Reef Alliance of diving clubs", "The Norvale Reef Alliance", None, "organisation"),
    ("the Ministry of health", "the Ministry of health", None, "organisation"),
    # where a body is based is no part of its name; nor is the country it is in (a city stays)
    ("the company based in Westmere", "the company", None, "organisation"),
    ("The Westmere Fire Authority in Britain", "The Westmere Fire Authority", None, "organisation"),
    ("The EU Delegation in Kyiv", "The EU Delegation in Kyiv", None, "organisation"),
    # learned and caring institutions are bodies: "Academy" closes no person's name
    ("the Westmere Academy of Medicine", "the Westmere Academy of Medicine", None, "organisation"),
    # a listed paper whose last word is also a trade's (`Rules.firm_heads`: "Mail"), and a firm so named
    ("Daily Mail", "Daily Mail", None, "outlet"),
    ("Westmere Mail", "Westmere Mail", None, "organisation"),
    ("Norvale Water", "Norvale Water", None, "organisation"),
    ("Harbour Theatre", "Harbour Theatre", None, "organisation"),
    # a country's "Post" with no "The" is its postal service; with "The", a paper
    ("Japan Post", "Japan Post", None, "organisation"),
    ("Swiss Post", "Swiss Post", None, "organisation"),
    ("The Westmere Post", "The Westmere Post", None, "outlet"),
    # a day of a month closing the phrase is when it was said, no part of the speaker (not after a
    # participle: a document's day)
    ("a council spokesperson 14 Oct.", "a council spokesperson", None, "anonymous"),
    ("The ministry Sept. 22", "The ministry", None, "organisation"),
    ("a poll released 22 Sept.", "a poll released 22 Sept.", None, "document"),
    # a titled name and the body it works at after "from": the person, with the title
    ("head of communications Tom Hale from Norvex", "Tom Hale", "head of communications", "person"),
    # a body described by its noun and a participle after it: the noun makes it a body, a person's trade
    # does not
    ("Westmere Aid, a charity supporting migrants,", "Westmere Aid", "charity supporting migrants",
     "organisation"),
    ("Jane Roe, a nurse working with migrants,", "Jane Roe", "nurse working with migrants", "person"),
]  # fmt: skip

NOT_SPEAKERS = [
    "Newspaper",  # a publication's word alone ("Newspaper: C" heads a story)
    "the firm owed customers an apology",  # a past form after the noun, then its object: a clause
    "This prompted the Federation of Westmere Grocers",  # a clause pointing back, its verb and object
    "The agency raised its",
    "Trump's",  # "Trump's repeated accusations": an owner, no firm
    "Anderson Cooper's",
    "November 11th",  # "But on November 11th, the ministry revised ...": a day, with its ordinal
    "the past",  # "who has in the past voiced the desire": a time
    "the same time",  # "but at the same time recalled": a time
    "The day before",
    "His British",  # "His British counterpart, X, ...": a description cut short before its noun
    "their Chinese",
    "Regarding EU’s farm subsidies",  # a topic opening the sentence ("Regarding X, he said")
    "Concerning Iran’s offer",
    "comes",  # "This comes a day after ...": a verb
    "The contrast with Trump",  # a thing and what it is about
    "the crowd cheered as Secretary John Smith",  # a clause, not a phrase
    "September 27",  # a date
    "Oct. 23",  # a date with the month cut short
    "Sept. 5, 2015",
    "September 27 they published the results of their",  # a clause with a subject pronoun
    "Trump's",
    "which",
    "Writing in Sharq",  # "Writing in Sharq, X calls for C": a participle, no one named "Writing"
    "Speaking to reporters",
    "the company Monday",  # "The company Monday said": a day, no name
    "Measuring 900",  # "Measuring 900 kilometres wide, the storm ...": a participle and a figure
    "Around 30",  # "Around 30 to 70 people would come": a figure
    "on Thursday in Abuja",  # "Dalung, on Thursday in Abuja said": a time and a place
    "at Geneva",
    "no terrorist organization",  # "no X has claimed responsibility": no one spoke
    "none of those three",
    "Judge",  # "Judge rejects request to unseal file": a headline's role without its article
    "down from the 70 percent the board",  # "..., down from the 70 percent the board had hoped for": a figure
    "up from 3 percent a year earlier",
]


@pytest.mark.parametrize(("phrase", "name", "role", "kind"), SPEAKERS, ids=[row[0] for row in SPEAKERS])
def test_speaker_phrase(phrase: str, name: str, role: str | None, kind: str) -> None:
    mention = classify(phrase, tokenize(phrase, 0, len(phrase)), DEFAULT_RULES)
    assert mention is not None
    assert (mention.name, mention.role, mention.kind) == (name, role, kind)


@pytest.mark.parametrize("phrase", NOT_SPEAKERS)
def test_not_a_speaker(phrase: str) -> None:
    assert classify(phrase, tokenize(phrase, 0, len(phrase)), DEFAULT_RULES) is None


def test_no_words_name_no_one() -> None:
    # (a reading that was left no words once raised IndexError on PolNeAR articles)
    assert classify("said", [], DEFAULT_RULES) is None


def test_saint_keeps_its_period_in_a_name() -> None:
    # "St." before a place name is no sentence end: the body's name goes on ("of St. Louis")
    text = "Intro.\n\nJobs have grown by about 4,000, according to the Federal Reserve Bank of St. Louis."
    speakers = [c.speaker.name for c in parse_article(text).claims if c.speaker]
    assert speakers == ["the Federal Reserve Bank of St. Louis"]


# An acronym speaker is the body the article spells out, in brackets after its name or anywhere in it;
# small linking words give no letter. Where nothing spells it out, or the name speaks in full, as written.
ACRONYMS = [
    # an acronym of a word's first two letters ("KEBS") for the name opening a run of capitals
    (
        "The Kenya Bureau of Standards on Wednesday ordered a recall. KEBS said 14 brands failed.",
        "Kenya Bureau of Standards",
    ),
    # an acronym in brackets that is not the name's initials stands for the name it follows
    (
        "The Korea Exchange (KRX), the sole operator of the market, is reviewing rules. The KRX said it "
        "will tighten them.",
        "Korea Exchange",
    ),
    # one that is, for the name first spelt out, whatever its spelling in the brackets
    (
        "Experts of the World Health Organization met in Geneva. The World Health Organisation (WHO) logo "
        "is seen there. Cases rose by 79% last year, according to WHO.",
        "World Health Organization",
    ),
    (
        "The National Farmers Council (NFC) met on Monday. The NFC said prices would fall.",
        "National Farmers Council",
    ),
    # the initials written as a word in brackets, as South African and British copy does
    (
        "The Independent Police Investigative Directorate (Ipid) made arrests. According to Ipid, the "
        "officers assaulted a man.",
        "Independent Police Investigative Directorate",
    ),
    # ... some of them left out, as British copy writes its watchdogs' names
    (
        "The ruling of the National Institute for Harbour and Coastal Excellence (Nice) drew protests. "
        "Nice said on Friday the scheme was too costly.",
        "National Institute for Harbour and Coastal Excellence",
    ),
    (
        "Delegates met the Federal Office of Water Safety in May. FOWS said the pipes were safe.",
        "Federal Office of Water Safety",
    ),
    (
        "A report by the Regional Panel on Coastal Erosion came out. The RPCE said the dunes were shrinking.",
        "Regional Panel on Coastal Erosion",
    ),
    # an acronym with no body's word read as a one-word name after a clause is the body too
    (
        "Delegates met the National Disaster Risk Reduction and Management Council (NDRRMC) in May. Only "
        "five deaths were confirmed, the NDRRMC said.",
        "National Disaster Risk Reduction and Management Council",
    ),
    # an acronym issuing a document that speaks ("said a release by the ICG")
    (
        "An Indian Coast Guard (ICG) ship arrived on Thursday. A Dornier aircraft was sent from Porbandar to "
        "assess the situation, said a release by the ICG on Wednesday.",
        "Indian Coast Guard",
    ),
    # a name spelt out with a possessive ("Organisation's first mission") is the name without it
    (
        "It is the Indian Space Research Organisation's first mission. The study of the Moon is the aim, "
        "according to ISRO.",
        "Indian Space Research Organisation",
    ),
    # a one-word name the article gives a body with ", or NAME," stands for that body
    (
        "The Japanese Trade Union Confederation, or Rengo, adopted a plan. According to Rengo, wages rose "
        "5.25 pct.",
        "Japanese Trade Union Confederation",
    ),
    ("Donald Fox, or Foxy, won a prize. Foxy said prices would fall.", "Foxy"),
    (
        "TOKYO, Nov. 28 (Jiji Press)–The Japanese Trade Union Confederation, or Rengo, adopted a plan. "
        "According to Rengo, wages rose 5.25 pct.",
        "Japanese Trade Union Confederation",
    ),
    # a wire's epithet for an international body the story names ("The UN refugee agency"), and as
    # written when the story never names it
    ("GENEVA - The UN refugee agency said borders must stay open. UNHCR staff were at the border.", "UNHCR"),
    ("The UN health agency said the outbreak was over.", "The UN health agency"),
    ("Nobody spelled it out. The NFC said prices would fall.", "The NFC"),
    # Filipino "ng" ("of") gives no letter: "Bangko Sentral ng Pilipinas" is the BSP
    (
        "The Bangko Sentral ng Pilipinas will investigate. The BSP said consumers may escalate concerns.",
        "Bangko Sentral ng Pilipinas",
    ),
    ("The Farmers Council met on Monday. The NFC said prices would fall.", "The NFC"),
    # "and" and one word closing the name spelt out are the name's, though the initials leave them out
    (
        "The Centers for Ferry Safety and Prevention met on Monday. The CFS said fares would fall.",
        "Centers for Ferry Safety and Prevention",
    ),
    # initials that spell a word are no pronoun: "WHO", "the WHO"
    ("WHO said the outbreak was over.", "WHO"),
    ("The outbreak was over, the WHO said.", "the WHO"),
    ("The WHO expects the outbreak to end soon.", "The WHO"),
    # a possessive closing the name before the brackets is no part of it
    (
        "The launch of Westmere's Space Exploration Agency's (WSXA) newest rocket failed. “A destruct "
        "command was sent,” WSXA said.",
        "Westmere's Space Exploration Agency",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ACRONYMS)
def test_acronym_speaker_is_the_body_spelt_out(text: str, speaker: str) -> None:
    speakers = [c.speaker.name for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert speakers == [speaker]


# A document put out by a named body speaks as that body, and so does the document named again ("the
# report", "the document"); a document with no body named is itself, "the study" its first mention.
# Not the holder ("obtained by"), nor a person's work ("an analysis by Jane Doe").
DOCUMENTS = [
    # a paper no table lists, by its outlet's word, after "by" or "from"; not two of them, nor a person
    ("The drug did not help, according to reports from the Harbour Times.", ["Harbour Times"]),
    ("The drug did not help, according to a report by the Westmere Post.", ["Westmere Post"]),
    (
        "The drug did not help, according to reports by the Harbour Times and the Westmere Post.",
        ["reports by the Harbour Times and the Westmere Post"],
    ),
    ("The drug did not help, according to an analysis by Jane Post.", ["an analysis by Jane Post"]),
    # a request for public records brings back a document
    ("A Freedom of Information request found that waits had doubled.", ["A Freedom of Information request"]),
    # the issuer described in apposition before the cue
    (
        "A report by the Norvale Audit Office, the council's watchdog, found that the depot had begun "
        "work early.",
        ["Norvale Audit Office"],
    ),
    # a body's kind in lower case before its name; "provided by" gives figures out
    (
        "Losses could reach Rs 15,000 crore, according to an assessment by industry body Assocham.",
        ["Assocham"],
    ),
    (
        "Half were for motor damages, according to data provided by the Road Insurance Council.",
        ["Road Insurance Council"],
    ),
    (
        "Rivers will rise, according to a report released on Monday by the Regional Water Board. "
        "The report said wells were drying up. “Farms will suffer,” says the document.",
        ["Regional Water Board"] * 3,
    ),
    (
        "Fish are dying, according to the study by the Coastal Research Institute. "
        "Nets are empty, the study said.",
        ["Coastal Research Institute"] * 2,
    ),
    (
        "A major new study warns that the lakes are shrinking. Rain will not help, according to the study.",
        ["A major new study"] * 2,
    ),
    (
        "The plan is failing, according to an analysis by Jane Doe of the Coastal Research Institute.",
        ["an analysis by Jane Doe of the Coastal Research Institute"],
    ),
    # (a paper that obtained a memo issued nothing: the memo speaks, through the paper,
    # `test_a_document_obtained_by_an_outlet`)
    (
        "Rates will rise, according to a memo obtained by the Daily Courier.",
        ["a memo"],
    ),
    # a document that ran on or in a listed outlet is the outlet's; one on anything else is itself
    (
        "Reports on Iran's Press TV said at least 40 people had been killed.",
        ["Press TV"],
    ),
    (
        "Coin flips decided six counties, according to a report in the Des Moines Register.",
        ["Des Moines Register"],
    ),
    (
        "Reports on the economy said growth would slow.",
        ["Reports on the economy"],
    ),
    # figures "from" a body are the body's; a body's possessive owns its document; a country's does not
    (
        "Sales declined in June, according to data from the Freedonian Real Estate Association.",
        ["Freedonian Real Estate Association"],
    ),
    (
        "Exports rose 3 per cent, figures from the Office for National Statistics showed on Friday.",
        ["Office for National Statistics"],
    ),
    ("Prices rose 0.9 per cent, the URA's flash estimate showed.", ["URA"]),
    ("Prices rose 0.9 per cent, according to the URA's flash estimate for the third quarter.", ["URA"]),
    (
        "There are now 10,805 people homeless, according to the Department of Housing's monthly tally.",
        ["Department of Housing"],
    ),
    ("Trade will grow, according to Freedonia's foreign policy.", ["Freedonia's foreign policy"]),
    ("Taxes will fall, according to Jane Doe's budget.", ["Jane Doe's budget"]),
    ("Rents will fall, according to figures from last year.", ["figures from last year"]),
    # a firm named by its initials, or alone after a participle of putting out, issued the document
    (
        "Prices have come off the boil, according to a new report by PropMetric RP Data.",
        ["PropMetric RP Data"],
    ),
    ("Home prices fell 2 per cent in May, according to the data compiled by Arnova.", ["Arnova"]),
    # a body or a person named before the document's noun put it out; a nation's adjective names no one
    ("A Westmere Council statement said the library would close.", ["Westmere Council"]),
    ("A Roe Lanterns statement said: “We are shocked.”", ["Roe Lanterns"]),
    ("A Japanese statement said the talks had failed.", ["A Japanese statement"]),
    # a document's title in apposition after "The report" is the document, whole
    (
        "The report, Safety of Harbour Streets, concluded that a curfew would do little.",
        ["Safety of Harbour Streets"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DOCUMENTS)
def test_document_speaks_for_its_issuer(text: str, speakers: list[str]) -> None:
    found = [c.speaker.name for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert found == speakers


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A local daily reported that the mayor had resigned.", "outlet"),
        ("The Daily Mail reported the mayor had resigned.", "outlet"),  # listed; "Mail" a trade's word too
        ("The newspaper said the council would meet on Monday.", "outlet"),
        ("A research paper found that the lake was shrinking.", "document"),
        ("The minister said the council would meet on Monday.", "person"),
    ],
)
def test_an_outlet_named_by_its_kind_is_shown_as_an_outlet(text: str, kind: str) -> None:
    (claim,) = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert claim.speaker is not None
    assert claim.speaker.kind == kind


# A party's name past the words describing it ("ruling", "opposition", a country's possessive, a
# lower-case "party" after it) is the party; a court's ruling stays a document.
DESCRIBED_BODIES = [
    ("The ruling Green Unity Party accused the mayor of lying.", "Green Unity Party"),
    (
        "Freedonia’s ruling People’s Progress Congress party said the vote would go ahead.",
        "People’s Progress Congress",
    ),
    ("The main opposition Rural Alliance said taxes would rise.", "Rural Alliance"),
    ("The ruling said the contract was void.", "The ruling"),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_BODIES)
def test_described_party_is_its_name(text: str, speaker: str) -> None:
    found = [c.speaker.name for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert found == [speaker]


# A sentence whose subject is a body described before its name speaks for that body, in every form: a
# cue after it, an inverted cue, "according to", an outlet relaying it.
KIND_NAMED = [
    ("US oil giant Norvex said the deal was off.", "Norvex", "US oil giant", None),
    ("Carmaker Korrin said the plant would close.", "Korrin", "Carmaker", None),
    ("Profits rose by a third, said Freedonian lender Halden.", "Halden", "Freedonian lender", None),
    ("According to consumer group Fair Shop, prices rose.", "Fair Shop", "consumer group", None),
    ("Software giant Veltra announced Monday that it will cut 900 jobs, Reuters reports.", "Veltra",
     "Software giant", "Reuters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "role", "outlet"), KIND_NAMED, ids=[row[1] for row in KIND_NAMED])
def test_body_named_after_its_kind(text: str, name: str, role: str, outlet: str | None) -> None:
    claims = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert [(c.speaker.name, c.speaker.role, c.speaker.kind) for c in claims] == [
        (name, role, "organisation")
    ]
    assert (claims[0].outlet.name if claims[0].outlet else None) == outlet


# A body introduced by the name given it ("a group called Harbour Watch") speaks by that name, whatever
# the cue after it, a body by its noun; "called" is then no cue of the phrase. A speaker calling someone a
# name keeps the speaker.
NAMES_GIVEN = [
    pytest.param("A conservation group called Harbour Watch denounced the fleet for fishing near the reef.",
                 [("Harbour Watch", "organisation", "denounced")], id="called-then-a-cue"),
    pytest.param("A conservation group called Harbour Watch said the fleet was fishing near the reef.",
                 [("Harbour Watch", "organisation", "said")], id="called-then-said"),
    pytest.param("A charity named Westmere Aid said the fleet was fishing near the reef.",
                 [("Westmere Aid", "organisation", "said")], id="named-a-body"),
    pytest.param("A man called Tom Hale said he saw the fleet near the reef.",
                 [("Tom Hale", "person", "said")], id="called-a-person"),
    pytest.param("Tom Hale called Westmere's plans to close the reef “a disgrace,” and the council agreed.",
                 [("Tom Hale", "person", "called")], id="an-owner-after-called-is-named"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers"), NAMES_GIVEN)
def test_a_body_introduced_by_its_given_name(text: str, speakers: list[tuple[str, str, str]]) -> None:
    claims = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert [(c.speaker.name, c.speaker.kind, c.cue.text if c.cue else None) for c in claims] == speakers


# A subject phrase read whole: a person or a body joined by "and" to people by their plural noun, a place
# after "and around", a figure counted "more than"; "and" between clauses and "Around 200" are unchanged.
SUBJECT_PHRASES = [
    pytest.param("The Alliance and activists say 30 tenants have been evicted.",
                 "The Alliance and activists", id="a-body-and-people"),
    pytest.param("The mayor and residents say 40 tenants have been evicted.", "The mayor and residents",
                 id="a-titled-person-and-people"),
    pytest.param("Labour and campaigners say 10 tenants have been evicted.", "Labour and campaigners",
                 id="a-name-and-people"),
    pytest.param("The mayor resigned and officials say 80 tenants have been evicted.", "officials",
                 id="and-between-clauses"),
    pytest.param("Tenant groups in Westmere and around the state say the law helps boost costs.",
                 "Tenant groups in Westmere and around the state", id="and-around-a-place"),
    pytest.param("Around 200 protesters said the law was unfair.", "Around 200 protesters",
                 id="around-a-figure"),
    # a noun repeated about "by" opening the sentence is an adverb: the subject follows its comma
    pytest.param("One by one, the tenants stood up inside the hall and said they had been evicted.",
                 "the tenants", id="one-by-one-then-and-said"),
    pytest.param("Step by step, the tenants stood up and said they had been evicted.", "the tenants",
                 id="step-by-step-then-and-said"),
    pytest.param("The poll of more than 1,500 adults by Norvex Polling found many adults did not know.",
                 "The poll of more than 1,500 adults by Norvex Polling", id="more-than-a-figure"),
    pytest.param("Hale has won more than 30 states and officials say he will win.", "officials",
                 id="more-than-in-another-clause"),
    # bodies joined by "and", by their nouns or a name, closing a sentence or opening it
    pytest.param("Workers have accepted an offer, the union and the government said.",
                 "the union and the government", id="two-bodies-closing"),
    pytest.param("The union and the government said workers had accepted an offer.",
                 "The union and the government", id="two-bodies-opening"),
    pytest.param("Workers accepted a plan, Norvex and the government said.", "Norvex and the government",
                 id="a-name-and-a-body"),
    pytest.param("Two fishermen are missing off the cape, Westmere's coastguard said Wednesday.",
                 "Westmere's coastguard", id="a-coastguard-in-one-word"),
    # people after a verb's preposition, before "who" and a cue: they speak, not the clause before them
    pytest.param("The paper has heard from 40 nurses who say they have worked while unwell.", "40 nurses",
                 id="heard-from-people-who-say"),
    pytest.param("The paper spoke to nurses who say they have worked while ill.", "nurses",
                 id="spoke-to-people-who-say"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), SUBJECT_PHRASES)
def test_a_subject_phrase_read_whole(text: str, speaker: str) -> None:
    claims = [c for c in parse_article("Intro.\n\nThe council met on Monday.\n\n" + text).claims if c.speaker]
    assert [c.speaker.name for c in claims] == [speaker]


# A name of two words credited after the article gives it one word longer with a title: the longer name
# (the word before it too: "Abdul Rahim Malik"), but not a style, an owner or a plural title.
LONGER_NAMES = [
    pytest.param("The committee met with its chairman Senator Abdul Rahim Malik. Rahim Malik said that the "
                 "data was stolen.", "Abdul Rahim Malik", id="one-word-before"),
    pytest.param("Senior Minister Ismail Sabri Yaakob lodged a report on Monday. Ismail Sabri said that the "
                 "report was lodged with the police.", "Ismail Sabri Yaakob", id="one-word-after"),
    pytest.param("Spain's former King Don Juan Carlos arrived on Monday. Juan Carlos said that he felt very "
                 "well.", "Juan Carlos", id="a-spanish-style-before"),
    pytest.param("The pollster Democracy Corps’ Stan Greenberg ran the poll. Stan Greenberg said that the "
                 "race was close.", "Stan Greenberg", id="an-owner-before"),
]  # fmt: skip


# A peer known by the title and one name keeps the title ("Lord Hale"); a knight's style before a given
# name alone stays a given name; a person behind a statement is named in full as the article named them.
STYLED_AND_ISSUING = [
    pytest.param("Vote news\n\nLord Hale, the chair of the inquiry, said the scheme had failed.\n\n"
                 "Hale said the report was final.", ["Lord Hale", "Lord Hale"], id="a-peer-by-one-name"),
    pytest.param("Vote news\n\nSir Keir told reporters the ruling was final.", ["Keir"],
                 id="a-knight-by-the-given-name"),
    pytest.param("Vote news\n\nThe court blocked the plan, leaving Tom Hale's plan in tatters.\n\n"
                 "A statement from Mr Hale said he is “committed to the plan”.\n\n"
                 "“The court has confirmed the principle is lawful,” he said.", ["Tom Hale", "Tom Hale"],
                 id="a-statement-from-a-surname"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers"), STYLED_AND_ISSUING)
def test_styled_names_and_statements_issued_by_people(text: str, speakers: list[str]) -> None:
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == speakers


@pytest.mark.parametrize(("text", "speaker"), LONGER_NAMES)
def test_a_name_given_one_word_longer(text: str, speaker: str) -> None:
    (claim,) = [c for c in parse_article(text).claims if c.speaker]
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


def test_a_rank_between_the_post_and_the_name_is_no_part_of_the_post() -> None:
    # "Captain" is the person's rank, not the post's; "Capt Roe" later keeps the post named first
    text = (
        "Port director Captain Jane Roe said the port handled 1.7 million containers last year. "
        "“We have invested heavily,” Capt Roe said."
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.speaker.role) for c in claims if c.speaker] == [
        ("Jane Roe", "Port director"),
        ("Jane Roe", "Port director"),
    ]


# Who speaks when a sentence opens with a time, a place or an occasion, an age or a two-word honour, and
# a surname whose full name stands only inside someone else's quotation.
OPENINGS_AND_NAMES = [
    # a press conference is an occasion, no speaker; the person after the comma speaks, with no role
    pytest.param(
        "Ferry news\n\nJane Roe spoke on Monday.\n\nAt Monday's news conference, however, Roe said the "
        "tests were slow and added, \"Patience is the word.\"",
        [("Jane Roe", None), ("Jane Roe", None)],
        id="after-a-press-conference-and-however",
    ),
    pytest.param(
        "Ferry news\n\nJane Roe spoke.\n\nAt the hearing, Roe said the tests were slow and added, "
        "\"Patience.\"",
        [("Jane Roe", None), ("Jane Roe", None)],
        id="the-occasion-before-the-comma-is-no-role",
    ),
    # after the name a prepositional phrase is where the person works, still the role
    pytest.param(
        "Professor Jane Roe, from the Norvale Institute, Westmere, who led the trial, said: \"It is "
        "disappointing.\"",
        [("Jane Roe", "Professor")],
        id="from-a-body-after-the-name-is-no-opening-scene",
    ),
    # an age before the name is no part of it; "a 35-year-old man" stays a description
    pytest.param(
        "Ferry news\n\n\"I had two bad encounters with him,\" 35-year-old Hale, who sailed for years, "
        "wrote on his page.",
        [("Hale", None)],
        id="an-age-before-a-surname",
    ),
    pytest.param(
        "Ferry news\n\nA 35-year-old man said the ferry was late.",
        [("A 35-year-old man", None)],
        id="an-age-before-a-noun",
    ),
    # "Tan Sri" is a Malaysian honour of two words, dropped like "Datuk"; "Sri" alone opens given names
    pytest.param(
        "Vote news\n\nElection Commission chairman Tan Sri Jane Roe Abdullah said the polling went "
        "smoothly.\n\nAsked on the issue, Jane Roe said a report could be lodged.",
        [("Jane Roe Abdullah", "Election Commission chairman")] * 2,
        id="tan-sri-dropped",
    ),
    pytest.param(
        "Rates news\n\nSri Mulyani Indrawati said rates rose.", [("Sri Mulyani Indrawati", None)],
        id="sri-opening-a-given-name",
    ),
    # the full name inside a representative's quotation gives the surname its given name
    pytest.param(
        "Film news\n\n\u201cTom Hale is taking the time to seek treatment,\u201d a representative said.\n\n"
        "Hale wrote later that he did not recall the voyage.",
        [("a representative", None), ("Tom Hale", None)],
        id="a-full-name-opening-a-quotation",
    ),
    # a time opening the sentence, after a sentence adverb, is no role, and "the very" no speaker
    pytest.param(
        "Party news\n\nJane Roe spoke on Monday.\n\nHowever, the very next week of the talks, Jane Roe had "
        "withdrawn the bid and said that fares would fall.",
        [("Jane Roe", None)],
        id="the-very-week-after",
    ),
    # a given name spelt two ways in one story, its other words the same: one person as first written
    pytest.param(
        "Party news\n\nParty leader Khawaja Muhammad Roe on Saturday said the report was true.\n\nOn his "
        "page, senior leader Khwaja Muhammad Roe said the minister had called.",
        [("Khawaja Muhammad Roe", "Party leader"), ("Khawaja Muhammad Roe", "senior leader")],
        id="a-given-name-spelt-two-ways",
    ),
    # "she" after a quoted woman is not the man named between (a South Asian given name tells)
    pytest.param(
        "Party news\n\n\"It is shameful,\" Jane Roe told NDTV after the row.\n\nAnanth Hale, the "
        "parliamentary affairs minister, had named Jane Roe.\n\n\"We have sat patiently,\" she said to NDTV.",
        [("Jane Roe", None), ("Jane Roe", None)],
        id="she-after-a-man-named-between",
    ),
    # a Korean name written surname first, its hyphenated given name capitalised after the hyphen
    pytest.param(
        "Port news\n\nSeated beside Chief Executive Kang Do-Hyun, Hale said the berth was ready.\n\nKang "
        "admitted the talks were hard.",
        [("Hale", None), ("Kang Do-Hyun", "Chief Executive")],
        id="a-surname-first-with-a-capitalised-hyphenated-given-name",
    ),
    # the place opening the sentence before its comma names no one, though capitalised; a star shares
    # a clause with followers
    pytest.param(
        "Music news\n\nEarlier this week, Jane Roe shared in a Norvex Live that the label had blocked her "
        "songs.\n\nIn the Norvex Live, the Westmere singer talked about the gaps in her deal.",
        [("Jane Roe", None), ("Jane Roe", "Westmere singer")],
        id="in-a-live-stream-the-singer",
    ),
    # a union by its initials and the noun in lower case is the initials
    pytest.param(
        "Strike news\n\nThe HFW union said it would strike on Friday.", [("HFW", None)],
        id="a-union-by-its-initials",
    ),
    # a surname that is also a time word closes no time opening the sentence
    pytest.param(
        "Party news\n\nThe party's county chairman, Tom Early, a former mayor who joined the team last "
        "weekend, said he had not studied the rules.",
        [("Tom Early", "former mayor")],
        id="a-surname-like-a-time-word",
    ),
    # after an inverted cue, a role whose head stands before "of", then the name holding it
    pytest.param(
        "Ferry news\n\n\"It imposes an unfair fee,\" said the port's deputy head of safety, Jane Roe.",
        [("Jane Roe", "port's deputy head of safety")],
        id="an-inverted-role-with-of-then-the-name",
    ),
    # a body named with its country after "of" is the one its name without the country stands for
    pytest.param(
        "Ferry news\n\nThe Harbour Commission of Norway fined the firm on Thursday.\n\nIn 2019, the Harbour "
        "Commission had said that the firm broke the rules.",
        [("Harbour Commission of Norway", None)],
        id="a-body-named-with-its-country",
    ),
    # a ministry named by its field is its formal name where the text writes it (countries agreeing)
    pytest.param(
        "Rights news\n\nThe row began when the Kenyan Ministry of Ports fined the group.\n\nOn Monday "
        "Kenya's ports ministry said the fine was lawful.",
        [("Kenyan Ministry of Ports", None)],
        id="a-ministry-by-its-field-is-its-formal-name",
    ),
    pytest.param(
        "Rights news\n\nThe row began when the Kenyan Ministry of Ports fined the group.\n\nOn Monday "
        "Norway's ports ministry said the fine was lawful.",
        [("Norway's ports ministry", None)],
        id="another-countrys-ministry-keeps-its-name",
    ),
    # a name, a comma, then a spokesman's role with an owner and no comma after it: the person named
    pytest.param(
        "Gov news\n\nAfter the meeting, Tom Hale, Roe’s spokesman in a letter wrote that the governor asked "
        "how they cope.",
        [("Tom Hale", "Roe’s spokesman")],
        id="a-name-then-an-owners-spokesman",
    ),
    pytest.param(
        "Gov news\n\nTom Hale, the governor's spokesman said the governor asked how they cope.",
        [("Tom Hale", "governor's spokesman")],
        id="a-name-then-the-owners-spokesman",
    ),
    # a one-word name written elsewhere with a capital inside is a brand's: "it" after it is the firm's
    pytest.param(
        "Ferry news\n\nThe port fined NorVex on Monday.\n\n\"We disagree with the fine,\" Norvex said. It "
        "said the port's rules were out of date.",
        [("Norvex", None), ("Norvex", None)],
        id="a-brand-written-two-ways",
    ),
    # an opening phrase with no comma before the subject: a capital or a determiner opens it
    pytest.param(
        "Port news\n\nIn her statement Roe said the report was untruthful.", [("Roe", None)],
        id="an-unclosed-opening-before-a-name",
    ),
    pytest.param(
        "Port news\n\nIn the video the singer said the song was old.", [("the singer", None)],
        id="an-unclosed-opening-before-a-determiner",
    ),
    # (not a phrase going on with a preposition: no subject opens there)
    pytest.param(
        "Port news\n\nIn the aftermath of the storm the minister said the roads were safe.",
        [("the aftermath of the storm the minister", None)],
        id="an-opening-going-on-with-of",
    ),
    # a body named before the occasion after an inverted cue
    pytest.param(
        "Vote news\n\n“We will vote against the budget,” said the Harbour Reform Party in a statement.",
        [("Harbour Reform Party", None)],
        id="a-body-then-in-a-statement",
    ),
    pytest.param(
        "Vote news\n\nThe plan will fail, said the Norvale Health Service in the capital.",
        [("Norvale Health Service", None)],
        id="a-body-then-in-the-capital",
    ),
    # a name, a comma, then a title and its complement with no comma after it ("ruling" no document)
    pytest.param(
        "Vote news\n\nTom Hale, chair of the ruling coalition said the budget would pass in May.",
        [("Tom Hale", "chair of the ruling coalition")],
        id="a-name-then-a-title-of-the-ruling-coalition",
    ),
    # "the group" passes over a state's organ to the body credited before it
    pytest.param(
        "Rights news\n\nHarbour Rights Watch hit back on Monday, saying it had been misrepresented.\n\n"
        "The row began after the Norvale justice ministry accused the organisation of bias.\n\n"
        "“We stand by our work,” the group said.",
        [("Harbour Rights Watch", None), ("the Norvale justice ministry", None),
         ("Harbour Rights Watch", None)],
        id="the-group-after-a-ministry",
    ),
    # (not over another body: "the group" may be either)
    pytest.param(
        "Rights news\n\nHarbour Rights Watch said the talks had failed.\n\nThe Norvale Farmers "
        "Alliance accused the council of bias.\n\n“We stand by our work,” the group said.",
        [("Harbour Rights Watch", None), ("The Norvale Farmers Alliance", None),
         ("The Norvale Farmers Alliance", None)],
        id="the-group-after-another-body",
    ),
    # (not a surname written so: "McRoe said C. He said C2")
    pytest.param(
        "Race news\n\nTom McRoe said the vote was close. He said the count would end on Friday.",
        [("Tom McRoe", None), ("Tom McRoe", None)],
        id="a-surname-with-a-capital-inside",
    ),
]  # fmt: skip


# Who speaks past a participle's phrase with its object, a mood before the name, a state after a town.
SUBJECTS_PAST_DESCRIPTIONS = [
    pytest.param("Calling the recall a “dark day” for the carmaker, the company’s head apologized "
                 "and said he would lead a committee.", [("the company’s head", None)],
                 id="a-participle-and-its-object-before-the-subject"),
    pytest.param("“The plan failed,” a grim Tom Hale, the company’s president, said.",
                 [("Tom Hale", "company’s president")], id="a-mood-before-a-name-and-its-apposition"),
    pytest.param("“This is a setback,” analyst Jane Roe of Norvex Motors in Lexington, Massachusetts, said.",
                 [("Jane Roe", "analyst")], id="a-state-after-a-town-is-no-name"),
    pytest.param("Former chief executive of Norvex Jane Roe was told early. Roe said she knew nothing.",
                 [("Jane Roe", "Former chief executive of Norvex")], id="a-body-before-a-given-name"),
    # a title capitalised only before a name is no given name of the surname said alone
    pytest.param("Jail to close, city says\n\nA rally was held on Monday by Public Advocate Jane Roe and "
                 "others.\n\n“We will close it,” Roe said.", [("Jane Roe", None)],
                 id="a-capital-title-before-a-name-named-again"),
    # an advert's slot left in a page's text ("Hide Ad", `Rules.page_widgets`) names no one "He" stands for
    pytest.param("Port to shut\n\nTom Hale, the harbour master, said the port would close on Monday.\n\n"
                 "Hide Ad\nHide Ad\n\nHe warned that the ferries would stop for a week.",
                 [("Tom Hale", "harbour master"), ("Tom Hale", "harbour master")], id="an-advert-slot"),
    # a title joined to when it was held: "Then-Mayor", "Ex-Minister"
    pytest.param("Then-Mayor Tom Hale declared, “This era is over.”", [("Tom Hale", "Then-Mayor")],
                 id="a-title-then-held"),
    # "who" after a thing of a person named in full stands for the person
    pytest.param("At the court, the trial of Tom Hale, who denies murdering his neighbour, was halted.",
                 [("Tom Hale", None)], id="who-after-a-thing-of-a-person"),
    # a description in lower case after an inverted cue, then the name holding it
    pytest.param("“The hall must stay open,” says 30-year violist with the Harbour Symphony, Tom Hale.",
                 [("Tom Hale", "30-year violist with the Harbour Symphony")],
                 id="a-description-then-the-name"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers"), SUBJECTS_PAST_DESCRIPTIONS)
def test_subjects_past_descriptions(text: str, speakers: list[tuple[str, str | None]]) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.speaker.role) for c in claims if c.speaker] == speakers


@pytest.mark.parametrize(("text", "speakers"), OPENINGS_AND_NAMES)
def test_opening_phrases_and_names(text: str, speakers: list[tuple[str, str | None]]) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.speaker.role) for c in claims if c.speaker] == speakers


# A document obtained or seen by an outlet speaks through that outlet; one seen by anyone else keeps it.
OBTAINED = [
    pytest.param("The ministers agreed, according to a draft report obtained by Reuters.",
                 "a draft report", "Reuters", id="obtained-by-an-agency"),
    pytest.param("Fares will rise, according to a memo seen by the Harbour Times.",
                 "a memo", "the Harbour Times", id="seen-by-a-paper"),
    pytest.param("Fares will fall, according to a letter seen by the court.",
                 "a letter seen by the court", None, id="seen-by-no-outlet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker", "outlet"), OBTAINED)
def test_a_document_obtained_by_an_outlet(text: str, speaker: str, outlet: str | None) -> None:
    (claim,) = parse_article(text).claims
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.outlet.name if claim.outlet else None) == (speaker, outlet)


def test_a_name_holding_a_title_word_is_no_description_before_a_name() -> None:
    # "King" is a title's word, but "Tom King" names the speaker: the apposition after it is no name
    text = "“We need to keep playing,” said Tom King, a prominent Westmere Democrat."
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == ["Tom King"]


def test_where_someone_in_apposition_is_based_keeps_the_name() -> None:
    # "based in" inside an apposition is the apposition's; the name before it speaks
    text = "Jane Roe, a Norvex customer based in Westmere, said she was frustrated when she called the firm."
    claims = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert [(c.speaker.name, c.cue.text if c.cue else None) for c in claims if c.speaker] == [
        ("Jane Roe", "said")
    ]


def test_a_persons_participle_aside_keeps_the_person() -> None:
    # "X, opening the museum on Monday, said": the participle's object is no speaker
    text = "President Tom Hale, opening the Westmere Museum of Art on Monday, said the doors would stay open."
    claims = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert [c.speaker.name for c in claims if c.speaker] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Westmere Rifle Assn. said it would fight the ban in court.", "The Westmere Rifle Assn."),
        ("The Harbour Police Dept. said the road was closed.", "The Harbour Police Dept."),
    ],
)
def test_a_bodys_word_cut_short_names_a_body(text: str, speaker: str) -> None:
    # "Assn." and "Dept.", as US style cuts "Association" and "Department"
    (claim,) = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A doer's plural alone before a cue is people where the article writes the noun in lower case ...
        (
            "The negotiators met for ten hours.\n\nNegotiators said the talks would resume on Monday.",
            "anonymous",
        ),
        ("A firefighter was hurt.\n\nFirefighters said the blaze was under control.", "anonymous"),
        # ... and a person's surname where it does not.
        ("Tom Sanders spoke first.\n\nSanders said the talks would resume on Monday.", "person"),
    ],
)
def test_a_doers_plural_alone_is_people_where_the_article_writes_it_in_lower_case(
    text: str, kind: str
) -> None:
    (claim,) = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert claim.speaker is not None
    assert claim.speaker.kind == kind


def test_spokesmen_of_a_body_speak() -> None:
    # "-men": a plural no "-s" rule finds; the sentence had no claim at all, attributed or not
    (claim,) = parse_article(
        "Intro.\n\nHarbour Board spokesmen said the ferry would resume on Monday."
    ).claims
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.cue and claim.cue.text) == ("Harbour Board spokesmen", "said")
