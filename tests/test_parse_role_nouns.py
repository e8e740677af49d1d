"""Role nouns ("the commander", "The Foreign Ministry official", "the Turkish Minister") resolved to the
person the article names with the role, and those that stay as written; one short article per row, the
last claim's speaker checked."""

from __future__ import annotations

import pytest

from claimtrack.parse import parse_article

RESOLVED = [
    # A governor is an official: "The official" after a central bank's governor named ahead.
    pytest.param("Intro.\nThe governor of the Central Bank of Freedonia has announced that mining would be "
                 "allowed. Ana Varga said on Wednesday that the law was approved. The official said the bank "
                 "would not allow other coins.", "Ana Varga", id="the-official-for-a-governor"),
    # A union's general secretary is its boss, named in a sentence with no claim.
    pytest.param("Intro.\nMick Lynch, general secretary of the RMT, arrived at the ministry at 11.30am. On "
                 "his way in, the RMT boss said: “I am expecting a constructive meeting.”", "Mick Lynch",
                 id="the-boss-for-a-general-secretary"),
    # ... though someone named with no role is credited between: "RMT" narrows the noun to his role
    pytest.param("Intro.\nMick Lynch, general secretary of the RMT, arrived at the ministry. He is meeting "
                 "Mark Harper, who yesterday said the government could not afford the rises. On his way in, "
                 "the RMT boss said: “I am expecting a constructive meeting.”", "Mick Lynch",
                 id="the-rmt-boss-after-someone-with-no-role"),
    # A coach on a second mention, and a club's manager called its coach.
    pytest.param("Intro.\nBafana coach Hugo Broos said the team would improve. “We need more matches,” the "
                 "coach added.", "Hugo Broos", id="the-coach"),
    pytest.param("Intro.\nChelsea manager Enzo Maresca said the squad was tired. “We lost our shape,” the "
                 "coach said.", "Enzo Maresca", id="the-coach-for-a-manager"),
    # An office of one holder named again by the office alone: an administrator, a sheriff, a school's
    # principal, a firm's founder, an adviser in the other spelling.
    pytest.param("Intro.\nThe administrator of the Westmere Canal Authority, Tom Hale, admitted the canal "
                 "was short of water. The administrator explained that 120 ships were waiting.", "Tom Hale",
                 id="the-administrator"),
    pytest.param("Intro.\nCounty Sheriff Jane Roe said the road was closed. The sheriff added that two "
                 "people were hurt.", "Jane Roe", id="the-sheriff"),
    pytest.param("Intro.\nJane Roe, principal of Westmere High School, said classes would resume. The "
                 "principal added that the gym stays shut.", "Jane Roe", id="the-principal"),
    pytest.param("Intro.\nNorvex founder Tom Hale said the firm would hire 200 people. The founder added "
                 "that pay would rise.", "Tom Hale", id="the-founder"),
    pytest.param("Intro.\nTom Hale, a senior advisor to the mayor, said the plan was dead. The adviser added "
                 "that talks would go on.", "Tom Hale", id="the-adviser-for-an-advisor"),
    # A nationality as a noun: the person credited last whose role names it.
    pytest.param("Intro.\nOPEC had reached a deal, Kuwaiti oil minister Saud Nasser al-Sabah said here "
                 "Tuesday. “This is an extraordinary meeting,” the Kuwaiti said.", "Saud Nasser al-Sabah",
                 id="the-kuwaiti"),
    # A role "Minister of X Y" is not read again as a title and a name ("Minister of Solid" and a person
    # "Minerals Development"), which would make "the minister" stand for two.
    pytest.param("Intro.\nThe Minister of Solid Minerals Development, Dele Alake, said the titles were "
                 "revoked. “These included 795 exploration titles,” the minister said.", "Dele Alake",
                 id="a-minister-of-a-portfolio-of-several-words"),
    # A portfolio of several words that name a utility ("Water and Power") ends before the name.
    pytest.param("Intro.\nFederal Minister for Water and Power Khawaja Asif apologised for the cuts. Asif "
                 "said the shortfall was 7,000MW. The minister said the plants were old.", "Khawaja Asif",
                 id="a-minister-for-water-and-power"),
    # Two people the noun fits: the one credited last, when the other was not named since.
    pytest.param("Intro.\nAt a news conference with State Minister Abid Ali, Federal Minister Noor Khan said "
                 "the shortfall was 7,000MW. The minister said the plants were old.", "Noor Khan",
                 id="two-ministers-the-one-speaking"),
    # A compound title written apart ("the director general" for "director-general"); someone named
    # with an age since holds no office.
    pytest.param("Intro.\nThe raids went on, Bernama said, citing Mustafar Ali, director-general of the "
                 "immigration department. Mustafar said 500 were held. Nur Ellina, 24, was injured in the "
                 "raid, said the director general.", "Mustafar Ali", id="a-compound-title-written-apart"),
    # monarchs and clergy on a second mention; "the Pope" with its article is a role, no surname
    pytest.param("Intro.\nPope Francis said the camp was terrible. “It makes you weep,” the Pope told "
                 "reporters.", "Francis", id="the-pope"),
    pytest.param("Intro.\nKing Abdullah II said the talks would go on. The king said the border was safe.",
                 "Abdullah II", id="the-king"),
    pytest.param("Intro.\nArchbishop Rowan Williams opened the synod. The archbishop said the dispute had "
                 "damaged the church.", "Rowan Williams", id="the-archbishop"),
    # a firm's and a city's heads and officers (`Rules.role_anaphora`)
    pytest.param("Intro.\nHarbour CEO Peter Ndegwa said the outage was due to two failed cables. Later the "
                 "Harbour CEO said that the firm does not share customer data.", "Peter Ndegwa",
                 id="the-firms-ceo"),
    pytest.param("Intro.\nMayor Jane Roe opened the bridge on Monday. The mayor said the tolls would fall.",
                 "Jane Roe", id="the-mayor"),
    pytest.param("Intro.\nMajor General Tom Akers led the parade. The general said the border was calm.",
                 "Tom Akers", id="the-general"),
    # a name with a particle after the title; a non-breaking space inside a name
    pytest.param("Intro.\nThe crowd was told to leave by Minister Bill de Vries on Sunday. The minister said "
                 "the blast was an intentional act.", "Bill de Vries", id="a-name-with-a-particle"),
    pytest.param("Intro.\nOn the server, Finance Minister James\u00a0Combe met the panel. The minister "
                 "said the data had been lost.", "James Combe", id="a-non-breaking-space-in-the-name"),
    # "the UEFA chief": the press's second mention of whoever heads the body, here its president
    pytest.param("Intro.\nUEFA President Marko Vidic said the rules were clear. “We will enforce them,” the "
                 "UEFA chief said.", "Marko Vidic", id="the-chief-is-the-president"),
    # The noun's head may stand anywhere in the role: "Commander" is not the last word of "Navy
    # Commander Rear Admiral".
    pytest.param("Intro.\nIran's Navy Commander Rear Admiral Karim Tavakoli said the fleet would sail. “We "
                 "will answer any threat,” the commander stressed.", "Karim Tavakoli",
                 id="the-commander-head-not-last"),
    # "official" names any office: a ministry's spokeswoman is one of its officials.
    pytest.param("Intro.\nForeign Ministry spokeswoman Laleh Karimi said talks would resume. The Foreign "
                 "Ministry official noted that the region needed calm.", "Laleh Karimi",
                 id="the-official-is-the-spokeswoman"),
    # A weekday after a titled name dates the sentence: no part of the name the role noun stands for.
    pytest.param("Budget Will Cut the Deficit: Finance Minister\n\nFinance Minister Omar Nadeem Tuesday "
                 "said that the budget would be lean. Speaking at a forum, the finance minister said that "
                 "the deficit would fall.", "Omar Nadeem", id="titled-name-then-weekday"),
    # Court titles: "the judge" and "the magistrate" stand for the one named with the title.
    pytest.param("Intro.\nDistrict Judge Ellen Park heard the motion on Monday. The lawyers argued for an "
                 "hour. “This case has dragged on,” the judge said.", "Ellen Park", id="the-judge"),
    pytest.param("Intro.\nSenior magistrate Ada Mwangi refused bail. The magistrate said that the risk of "
                 "flight was high.", "Ada Mwangi", id="the-magistrate"),
    # A phrase in apposition is a role too, beside the title before the name.
    pytest.param("Intro.\nBrigadier General Reza Tabrizi, the army's second-in-command, said the drills "
                 "would go on. The senior army commander emphasized that the border was safe.",
                 "Reza Tabrizi", id="an-apposition-is-a-role-too"),
    pytest.param("Intro.\n“The drills will go on,” Brigadier General Reza Tabrizi, the army's "
                 "second-in-command, said on Monday. He added that the border was quiet.\nThe senior army "
                 "commander emphasized that the border was safe.", "Reza Tabrizi",
                 id="an-apposition-after-a-quote-is-a-role-too"),
    # A prepositional phrase after the noun is no part of it; a title's complement is ("Minister of State").
    pytest.param("Intro.\nMinister of State for Foreign Affairs Omar Saleh said the war was over. On his "
                 "Twitter account, the minister in Arabic wrote: “Our forces will go on.”", "Omar Saleh",
                 id="the-minister-in-arabic"),
    pytest.param("Intro.\nMinister of State for Foreign Affairs Omar Saleh met the envoys. The Minister of "
                 "State for Foreign Affairs said the troops would stay.", "Omar Saleh",
                 id="a-role-noun-with-its-complement"),
    # A nationality stands for the country a title names after "of", for the world's nations, not only
    # the big ones: "the Norwegian agriculture minister" is the "Agriculture Minister of Norway".
    pytest.param("Intro.\nIt is too early, Agriculture Minister of Norway Lars Berg said. “The talks have "
                 "stalled,” the Norwegian agriculture minister said.", "Lars Berg",
                 id="a-nationality-for-the-country-of-a-title"),
    # Abbreviated titles: "EAM" (India's External Affairs Minister), "FM", "PM".
    pytest.param("Intro.\nExternal Affairs Minister Ravi Mehta said talks would resume. The EAM said India "
                 "had changed a great deal.", "Ravi Mehta", id="the-eam"),
    pytest.param("Intro.\nItalian FM Marco Conti said the talks were useful. The minister added that Rome "
                 "would help.", "Marco Conti", id="the-minister-is-the-fm"),
    # Hyphenated offices: "the secretary-general" after "UN Secretary-General X".
    pytest.param("Intro.\nUN Secretary-General Ana Lopes said the coup was unacceptable. The "
                 "secretary-general added that talks must resume.", "Ana Lopes", id="the-secretary-general"),
    # Written apart, "secretary general" is the same office; the cabinet or the government it belongs to
    # need not be in the person's role.
    pytest.param("Intro.\nUN Secretary General Ana Lopes said the coup was unacceptable. The secretary "
                 "general added that talks must resume.", "Ana Lopes", id="the-secretary-general-apart"),
    pytest.param("Intro.\nThe bans are unacceptable, Secretary General Ken Sato said at a press conference. "
                 "“We will respond,” the Secretary General of the Japanese Cabinet stressed.", "Ken Sato",
                 id="the-secretary-general-of-the-cabinet"),
    # "the head of X", as translations from Russian write it: the person holding X's top office.
    pytest.param("Intro.\nRussian President Ivan Orlov met the envoy on Monday. “We want a treaty,” said the "
                 "head of the Kremlin.", "Ivan Orlov", id="the-head-of-the-kremlin"),
    pytest.param("Intro.\nForeign Minister Ivan Orlov said the talks would resume. The head of Russian "
                 "diplomacy added that the date was not set.", "Ivan Orlov", id="the-head-of-diplomacy"),
    # "the Maryland Democrat", "the South Carolina Republican": US news names the lawmaker just credited
    # by home state and party, though the role it gave names neither; a quote of short sentences may
    # stand between.
    pytest.param("Intro.\nHouse Budget ranking member Dan Novak said the cuts were reckless.\n\n“Should we "
                 "cut? Yes. But not now,” the Maryland Democrat said on a Sunday show.", "Dan Novak",
                 id="the-state-democrat"),
    pytest.param("Intro.\nSenate Republican Conference Vice Chairman Tom Hale said the plan was a blank "
                 "check. “We will not sign it,” the South Carolina Republican said.", "Tom Hale",
                 id="the-state-republican"),
    # A former office is a second description of the one office holder the story has named.
    pytest.param("Intro.\nRoad board chairwoman Jane Roe said deaths rose. “We asked for more police,” added "
                 "the former Westmere Party MP.", "Jane Roe", id="the-former-party-mp"),
    pytest.param("Intro.\nRoad board chairwoman Jane Roe said deaths rose. “We asked for more police,” added "
                 "the former Norvale Democrats TD.", "Jane Roe", id="the-former-td"),
    # "The two officials": the two people last credited together.
    pytest.param("Intro.\nForeign Minister Ali Demir and his Kazakh counterpart Nurlan Abenov said trade "
                 "had grown. “We have signed three deals,” Demir said. The two officials also noted that a "
                 "summit was due.", "Ali Demir and Nurlan Abenov", id="the-two-officials-are-the-pair"),
    # A nationality said as an adjective or as the country's possessive is one modifier.
    pytest.param("Intro.\nIran's Foreign Ministry Spokesman Kamran Dadashi said Iran would stay. The Iranian "
                 "Foreign Ministry spokesman said that the envoys had returned.", "Kamran Dadashi",
                 id="iranian-is-irans"),
    # A bare title with its country's possessive is the role alone, the person named with it before.
    pytest.param("Intro.\nKamran Dadashi, Iran's Foreign Ministry Spokesman, said the islands were Iran's. "
                 "Iran's Foreign Ministry Spokesman categorically rejected the allegations.",
                 "Kamran Dadashi", id="a-bare-title-with-a-country-possessive"),
    pytest.param("Intro.\nMinister of Trade of Turkiye Ahmet Kaya said on Friday that exports had grown. On "
                 "the talks, the Turkish Minister said that trade was strong.", "Ahmet Kaya",
                 id="turkish-is-of-turkiye"),
    # A prime minister named since is no diplomat: "the diplomat" is the foreign ministry's spokeswoman.
    pytest.param("Intro.\nForeign Ministry spokeswoman Anna Petrova said the visit was a mistake. She named "
                 "the cabinet of Prime Minister Ken Sato. According to the diplomat, Tokyo ignores the "
                 "treaty.", "Anna Petrova", id="a-prime-minister-is-no-diplomat"),
    # "of the Russian Federation" names the country "Russian" does.
    pytest.param("Intro.\nRussian Deputy Prime Minister Ivan Orlov said the plan would fail. The Deputy "
                 "Prime Minister of the Russian Federation warned that the market would collapse.",
                 "Ivan Orlov", id="of-the-russian-federation"),
    # A nationality the credited person's role does not name, when that role names no country at all.
    pytest.param("Intro.\nMoscow will not back the moves, Foreign Minister Ivan Orlov said on Monday. “We "
                 "cannot support these ideas,” the top Russian diplomat stated.", "Ivan Orlov",
                 id="the-russian-diplomat-for-a-foreign-minister"),
    pytest.param("Intro.\nTokyo wants a treaty, Prime Minister Kenji Mori told parliament. “We agreed to "
                 "work on my visit,” the Japanese prime minister noted.", "Kenji Mori",
                 id="the-japanese-prime-minister"),
    # A title of two words is found whole where the article names the person in a sentence that is no
    # claim: "Prime Minister" for "the Premier".
    pytest.param("Intro.\nThe speech was given by Japan's Prime Minister Kenji Mori at the opening of the "
                 "session. The Premier noted that trade with the region had grown.", "Kenji Mori",
                 id="the-premier-is-the-prime-minister-named-before"),
    # "Head of" a body with an office in `Rules.heads_of` holds that office: the foreign minister.
    pytest.param("Intro.\nHead of the Ministry of Foreign Affairs of Latvia Janis Berzins said the talks "
                 "were over. The Foreign Minister expressed hope that the border would reopen.",
                 "Janis Berzins",
                 id="the-foreign-minister-is-the-head-of-the-ministry"),
    # An acronym before the noun stands for capitalised words of the role: the MEA is the Ministry of
    # External Affairs.
    pytest.param("Intro.\nSpokesperson in the Ministry of External Affairs Ravi Menon said the talks were "
                 "over. “No message was sent,” the MEA Spokesperson said.", "Ravi Menon",
                 id="an-acronym-before-the-noun"),
    # A prime minister is no "minister": the minister credited after one is the minister.
    pytest.param("Intro.\nThe border stays open, said Prime Minister Lars Holm. Trade will grow, said "
                 "Foreign Minister Eva Berg.\n“We will not be bullied,” the minister explained.", "Eva Berg",
                 id="the-minister-is-no-prime-minister"),
    # A role in apposition before the name after a clause ("reported by the Daily Mail to ..."): the role
    # starts at its title's phrase; "United" is a name's word, no past form ending the phrase.
    pytest.param("Intro.\nThe remarks reported by the Daily Mail to the Omani ambassador to the United "
                 "States, Salim Harthi, were false, Deputy Foreign Minister Ali Nasser said. Harthi was "
                 "quoted as saying that war was near. The deputy foreign minister stressed that the talks "
                 "would go on.", "Ali Nasser", id="an-apposition-after-a-clause-and-the-united-states"),
    # A counselor and a councillor, in either spelling, are named again by the title alone.
    pytest.param("Intro.\nState Counselor Aru Bek said on Friday that the session was useful. The State "
                 "Counselor said: “The speech covered many issues.”", "Aru Bek", id="the-state-counselor"),
    pytest.param("Intro.\nCity Councillor Mia Roth said the park would close. The councillor added that the "
                 "vote was unfair.", "Mia Roth", id="the-councillor"),
    # "he" after "The head of state said C1" is the president the noun stands for, not the noun.
    pytest.param("Intro.\nPresident of the Republic Ana Ruiz said on Monday that gas would reach every "
                 "home. The Head of State said that talks with the firm would go on.\n“We must all "
                 "understand one another,” she added.", "Ana Ruiz", id="a-pronoun-after-the-head-of-state"),
    # Wire copy wraps its lines anywhere: "The\nminister" is the role noun still, no source left unnamed.
    pytest.param("Intro.\nIt is too early, Agriculture Minister of Norway Lars Berg said. The\nminister "
                 "told reporters that the talks had stalled. “We will wait,” the Norwegian\nagriculture "
                 "minister said.", "Lars Berg", id="a-role-noun-across-a-wrapped-line"),
    # A firm credited since (one word, never named in full, no "he" or "she") is no one who might hold
    # the role: the minister is still the one named with it.
    pytest.param("Intro.\nTrade Minister Nora Lund says she was shocked by the decision. Zentrix has also "
                 "confirmed that it is closing its plants. “We will not bow to threats,” the minister said.",
                 "Nora Lund", id="a-firm-credited-since-is-no-minister"),
    # A title opening its sentence, a comma, then the name with no comma closing it: that person's title.
    pytest.param("Intro.\nNorvale Commissioner for Ports, Jane Roe is criticising the plan.\n\nThe port "
                 "said the plan was fine.\n\nThe commissioner said the plan was flawed.", "Jane Roe",
                 id="a-title-a-comma-then-the-name"),
    # Any title stands for the one person named before it when the article gives that person no role.
    pytest.param("Intro.\nJane Roe said the wards were full.\n\nThe roads are shut.\n\nThe chief executive "
                 "added that the target was missed.", "Jane Roe", id="a-title-for-the-one-person-unroled"),
]  # fmt: skip

# Heads of boards and commissions: "the deputy chair", "the commissioner".
RESOLVED.extend([
    # a titled name named in full, then by the title and surname alone: one person for "the judge"
    pytest.param("Intro.\nThe trial was held before Judge Tom Hale in Westmere.\n\nThe juror denied "
                 "wrongdoing.\n\nCounsel asked Judge Hale to recall the witness, but the judge said that "
                 "would not help.", "Tom Hale", id="the-judge-named-in-full-and-by-surname"),
])  # fmt: skip
RESOLVED.extend([
    pytest.param("Intro.\nDana Whitlow, deputy chair of the commission, said losses were a record. "
                 "“Scammers are getting smarter,” the deputy chair said.", "Dana Whitlow",
                 id="the-deputy-chair"),
    pytest.param("Intro.\nPrivacy Commissioner Mara Quill said the rules were clear. The commissioner added "
                 "that fines would follow.", "Mara Quill", id="the-commissioner"),
])  # fmt: skip

# A title's initials after "the" on a second mention, the title written out before (Indian, Kenyan and
# Nigerian copy): "the SP" for the Superintendent of Police, read as a body when no one holds the office.
RESOLVED.extend([
    pytest.param("Intro.\nSuperintendent of Police Surendra Kumar Jha said the bodies were found in a well. "
                 "One girl was 12, the SP said, adding the accused is their cousin.", "Surendra Kumar Jha",
                 id="the-sp"),
    pytest.param("Intro.\nInspector General of Police Musa Adamu said the roads were safe. The IGP said "
                 "crime fell by 20 per cent.", "Musa Adamu", id="the-igp"),
    # A title before the body whose office it is, as if before a surname ("Chairman Wapda", "CEO DRAP"):
    # the body's officer named before.
    pytest.param("Intro.\nWapda chairman Muzammil Hussain said the cost was Rs1.4 trillion. Chairman Wapda "
                 "said the government would pay 30 percent.", "Muzammil Hussain", id="chairman-wapda"),
    pytest.param("Intro.\nThe Chief Executive Officer of DRAP, Aslam Afghani, said the vaccine was "
                 "suspended. CEO DRAP said it was given after a test.", "Aslam Afghani", id="ceo-drap"),
    pytest.param("Intro.\nChief Minister M K Stalin said the dam would be rebuilt. “We will not wait,” the "
                 "CM told reporters.", "M K Stalin", id="the-cm"),
    # ... after "the", the body by its initials: the role was written with the body in full
    pytest.param("Intro.\nChairman, Pakistan Cricket Board, Shaharyar M Khan said the team would tour. The "
                 "Chairman PCB said the board had written to the BCCI.", "Shaharyar M Khan",
                 id="the-chairman-pcb"),
    pytest.param("Intro.\nThe Chief Executive Officer DRAP, Dr. Aslam Afghani said prices were cut. Later "
                 "the CEO DRAP said a list would follow.", "Aslam Afghani", id="the-ceo-drap"),
    # two titled people joined by "and": the first title is the first person's
    pytest.param("Intro.\nPrime Minister Narendra Modi and Union Home Minister Amit Shah on Wednesday "
                 "expressed condolences. The Prime Minister said that the actor will be remembered.",
                 "Narendra Modi",
                 id="the-prime-minister-of-two-titled-people"),
    # a title with its initials in brackets before the name; "the CJP", "the chief justice" after it
    pytest.param("Intro.\nChief Justice of Pakistan (CJP) Mian Saqib Nisar on Saturday granted 15 more days. "
                 "The CJP said the authorities must clear the areas.", "Mian Saqib Nisar", id="the-cjp"),
    pytest.param("Intro.\nChief Justice of Pakistan (CJP) Mian Saqib Nisar on Saturday granted 15 more days. "
                 "The chief justice said the authorities must clear the areas.", "Mian Saqib Nisar",
                 id="the-chief-justice-after-initials-in-brackets"),
    # Titles by their initials: Pakistan's Attorney General, a Nigerian state's Commissioner of Police.
    pytest.param("Intro.\nAGP Usman Mansoor Awan said the commission was set up. The AGP said the notice "
                 "would be amended.", "Usman Mansoor Awan", id="the-agp"),
    pytest.param("Intro.\nThe State Commissioner of Police, Ade Bello, condemned the assault. The CP said "
                 "the officers were held.", "Ade Bello", id="the-cp"),
    # What someone is, not an office (`Rules.descriptions`): the person credited just before, when no
    # one is named so; a quotation of two sentences may stand between.
    pytest.param("Intro.\nOkafor said the panel had named the officers. The human rights lawyer also noted "
                 "that the report was complete.", "Okafor", id="the-lawyer-just-quoted"),
    pytest.param("Intro.\nMr Byrne told RTE the climbers were fine. “They were cold. They were wet.”\n\nThe "
                 "mountain rescuer urged walkers to plan ahead.", "Byrne",
                 id="the-rescuer-after-a-quotation"),
    # the arts' people and clinicians described, as entertainment and health copy calls them again
    pytest.param("Intro.\nJane Roe said the label had betrayed her. In a statement, the pop star said the "
                 "tour would go ahead.", "Jane Roe", id="the-pop-star-just-quoted"),
    pytest.param("Intro.\nDr Tom Hale said the wards were full. The psychiatrist warned that staff were "
                 "leaving.", "Tom Hale", id="the-psychiatrist-just-quoted"),
    # a description of what an office makes its holder (`Rules.described_offices`): a minister is one
    pytest.param("Intro.\nThe plan is sound, Interior Minister Tom Hale told reporters. The port must close, "
                 "the politician said.", "Tom Hale", id="the-politician-after-a-minister"),
    # a role in apposition closed by the body's initials in brackets: "(WAB),"
    pytest.param("Intro.\nTom Hale, chief executive of the Westmere Arts Board (WAB), has faced criticism."
                 "\n\n“The money moves north,” the CEO added.", "Tom Hale",
                 id="the-ceo-named-with-initials-after-the-body"),
])  # fmt: skip

# A role noun after a source credited unnamed and singular ("a senior official", "an official source at
# the ministry") is that source, as the article first wrote it: the last claim's speaker and its kind.
SOURCES = [
    # "The official" after an unnamed official is that one, not the spokesman named before.
    pytest.param("Intro.\nSpokesman Tom Reyes said the plan was sound. A senior official said the talks had "
                 "stalled. The official added that a deal was far off.", "A senior official",
                 id="the-official-after-an-unnamed-official"),
    # ... and after two named people the noun fits, when the unnamed one was credited after both
    pytest.param("Intro.\nTrade Minister Tom Reyes said the plan was sound. Project director Jane Roe said "
                 "the talks would go on.\n\nA European official said the text was weak.\n\n“We took the "
                 "deal on offer,” the official said.", "A European official",
                 id="the-official-after-two-named-people-then-an-unnamed-official"),
    pytest.param("Intro.\nSpokesman Tom Reyes said the plan was sound. A police official familiar with the "
                 "case said the talks had stalled. The official, who asked not to be named, said that a deal "
                 "was far off.", "A police official familiar with the case",
                 id="the-official-after-an-official-familiar-with-it"),
    pytest.param("Intro.\n“The decision is regrettable,” an official at the Kenyan Embassy in Rome "
                 "said.\n“We cannot accept it,” the official continued.",
                 "an official at the Kenyan Embassy in Rome",
                 id="the-official-continued"),
    # "the source", with the country's adjective or not; "according to the official".
    pytest.param("Intro.\nAn official source at the Kenyan Foreign Ministry said the bans were illegal. The "
                 "bans were announced on Monday. The Kenyan source further said the move was reckless.",
                 "An official source at the Kenyan Foreign Ministry", id="the-kenyan-source"),
    pytest.param("Intro.\nThe talks will resume in May, a source close to the talks said. The source added "
                 "that the venue was not yet chosen.", "a source close to the talks", id="the-source-added"),
    pytest.param("Intro.\nThe two leaders agreed to meet again, a senior Kenyan official said. Both sides "
                 "want calm, according to the official.", "a senior Kenyan official",
                 id="according-to-the-official"),
    # Wires' "a person with direct knowledge of the matter", then "the person".
    pytest.param("Intro.\nThe regulator will issue a warning, a person with direct knowledge of the matter "
                 "said. The agency will also file a complaint, the person told Reuters.",
                 "a person with direct knowledge of the matter", id="the-person-told"),
]  # fmt: skip

UNRESOLVED = [
    # A vice president heads nothing: "the UEFA chief" is someone else.
    pytest.param("Intro.\nThe vice president of UEFA, Lina Berg, said the rules were clear. “We will enforce "
                 "them,” the UEFA chief said.", "the UEFA chief", id="a-vice-president-is-no-chief"),
    # Two unnamed officials, or another source named since: the noun stays as written.
    pytest.param("Intro.\nA Kenyan official said the talks had stalled. A Chilean official said they had "
                 "not. The official added that a deal was far off.", "The official",
                 id="two-unnamed-officials"),
    # Two ministers, the other named after the one credited: either may be meant.
    pytest.param("Intro.\nFederal Minister Noor Khan said the shortfall was 7,000MW. He spoke beside State "
                 "Minister Abid Ali. The minister said the plants were old.", "The minister",
                 id="two-ministers-the-other-named-since"),
    # Someone named in full credited since, with no role: either may be meant.
    pytest.param("Intro.\nTrade Minister Nora Lund says she was shocked by the decision. Piet Zentrix has "
                 "also said that he is closing his plants. “We will not bow,” the minister said.",
                 "the minister", id="a-person-named-in-full-since"),
    pytest.param("Intro.\nA source said the talks had stalled. The envoy left, another source said. The "
                 "source added that a deal was far off.", "The source", id="another-source-since"),
    # A minister named since the unnamed official, in no claim of his own: either may be meant.
    pytest.param("Intro.\nAn official source at the ministry said the bans were illegal. Washington said "
                 "it would also impose sanctions on Foreign Minister Ali Demir next week. The move was "
                 "reckless, the official noted.", "the official",
                 id="an-unnamed-official-or-a-minister-named-since"),
    # A vice president is not the head of state.
    pytest.param("Intro.\nVice President Tom Hale said the vote was close. The head of state said the law "
                 "would pass.", "The head of state", id="a-vice-president-is-no-head-of-state"),
    # A nationality names no one credited with nothing ("President Hale" only met someone), nor one
    # whose role names another country.
    pytest.param("Intro.\nPresident Tom Hale had a talk this week with Pierre Dubois. The French president "
                 "expressed his condolences over the attack.", "The French president",
                 id="a-president-credited-with-nothing"),
    pytest.param("Intro.\nRussian Foreign Minister Ivan Orlov said the talks went well. The Japanese "
                 "minister said that the islands were Japan's.", "The Japanese minister",
                 id="another-countrys-minister"),
    # A party noun stands for no one credited with a role in the other party, nor for someone credited
    # paragraphs before.
    pytest.param("Intro.\nSenate Republican Conference Vice Chairman Tom Hale said the plan was a blank "
                 "check. “We will sign it,” the Ohio Democrat said.", "Ohio Democrat",
                 id="a-party-noun-of-the-other-party"),
    pytest.param("Intro.\nSen. Tom Hale said the plan was sound.\n\nThe markets fell.\n\nThe vote is due "
                 "in May.\n\nThe budget grew.\n\n“We will sign it,” the Ohio Democrat said.", "Ohio Democrat",
                 id="a-party-noun-far-from-the-last-speaker"),
    # Two people, but credited apart: no pair.
    pytest.param("Intro.\nForeign Minister Ali Demir said trade had grown. Minister Nurlan Abenov said it "
                 "had not. The two officials also noted that a summit was due.", "The two officials",
                 id="the-two-officials-with-no-pair"),
    # Initials of a title no one named holds: a body's ("MCA" is China's civil affairs ministry).
    pytest.param("Intro.\nThere are 6.97 million left-behind children in China, the MCA said.", "MCA",
                 id="initials-of-a-body"),
    # Another country's spokeswoman is no Iranian spokesman.
    pytest.param("Intro.\nRussian Foreign Ministry spokeswoman Anna Petrova said the talks went well. The "
                 "Iranian Foreign Ministry spokesman said that the envoys had returned.",
                 "The Iranian Foreign Ministry spokesman", id="another-countrys-spokeswoman"),
    # A description after another person opened a sentence since, or after a long stretch: as written.
    pytest.param("Intro.\nOkafor said the panel had named the officers. Governor Ade Bello met the panel on "
                 "Monday. The lawyer said the report was complete.", "The lawyer",
                 id="the-lawyer-after-another-person"),
    pytest.param("Intro.\nOkafor said the panel had named the officers.\n\nThe markets fell.\n\nThe vote is "
                 "due in May.\n\nThe budget grew.\n\nThe lawyer said the report was complete.", "The lawyer",
                 id="the-lawyer-far-from-the-last-speaker"),
    # Another's lawyer, and a description after one the article gives a role: either may be someone else.
    pytest.param("Intro.\nOkafor said the panel had named the officers. Bello's lawyer said the report was "
                 "wrong.", "Bello's lawyer", id="another-persons-lawyer"),
    pytest.param("Intro.\nAri Stone, a former press secretary, said the plan was weak. The businessman said "
                 "his plan was strong.", "The businessman", id="the-businessman-after-one-with-a-role"),
    pytest.param("Intro.\nThe plan is sound, press secretary Tom Hale told reporters. The port must close, "
                 "the politician said.", "the politician", id="the-politician-after-a-press-secretary"),
    # A title after the one person named, who has no role, is that person; not after two people, nor
    # after one with another role (`RESOLVED` has the first).
    pytest.param("Intro.\nJane Roe said the wards were full. Tom Hale said they were not.\n\nThe chief "
                 "executive added that the target was missed.", "The chief executive",
                 id="a-title-after-two-people"),
    pytest.param("Intro.\nUnion leader Jane Roe said the wards were full.\n\nThe chief executive added "
                 "that the target was missed.", "The chief executive", id="a-title-after-one-with-a-role"),
    # a former office stands for the one office holder named, not for one named by what they are
    pytest.param("Intro.\nTom Hale, a resident, said rents rose. “We asked for more homes,” added the former "
                 "Labour MP.", "the former Labour MP", id="a-former-office-after-a-resident"),
    # nor for one holding an office of the same kind (another minister)
    pytest.param("Intro.\nWestmere’s deputy farm minister Jane Roe said exports would stop. Norvale is ready "
                 "to ban exports, the former deputy economy minister told reporters.",
                 "the former deputy economy minister", id="a-former-office-of-the-same-kind"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), RESOLVED)
def test_role_noun_resolved(text: str, speaker: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert claims
    assert claims[-1].speaker is not None
    assert (claims[-1].speaker.name, claims[-1].speaker.kind) == (speaker, "person")


@pytest.mark.parametrize(("text", "speaker"), SOURCES)
def test_role_noun_is_the_unnamed_source(text: str, speaker: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert claims
    assert claims[-1].speaker is not None
    assert (claims[-1].speaker.name, claims[-1].speaker.kind) == (speaker, "anonymous")


# A source left unnamed though read as a person by its title word ("executive", "expert"): the noun is
# that source, of the kind it was first read as; not the one person named before ("Ivan Sokolov").
DESCRIBED_SOURCES = [
    pytest.param("Intro.\nA senior executive of a rival mill, speaking privately, told the Harbour Post that "
                 "one project would move.\n\n“Our board has pulled its budget,” the executive said.",
                 "A senior executive of a rival mill", id="the-executive-after-an-unnamed-executive"),
    pytest.param("Intro.\nPresident Ivan Sokolov visited Tokyo. An expert told TASS that sanctions would "
                 "fail. “They are a milestone,” the expert noted.", "An expert",
                 id="the-expert-introduced-unnamed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_SOURCES)
def test_role_noun_is_a_source_described_as_a_person(text: str, speaker: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.speaker.kind) for c in claims if c.speaker] == [(speaker, "person")] * 2


@pytest.mark.parametrize(("text", "speaker"), UNRESOLVED)
def test_role_noun_left_as_written(text: str, speaker: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert claims
    assert claims[-1].speaker is not None
    assert claims[-1].speaker.name == speaker


def test_a_captions_last_word_above_a_surname_is_no_given_name() -> None:
    # "Image: La Harbour" closing the line above " Roe says C": "Harbour" is no given name of Roe's
    text = "Tom Westmere-Roe. Image: La Harbour\n\n Roe says the port has turned back 300 ferries.\n"
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == ["Roe"]


def test_a_surname_transliterated_two_ways_is_one_person() -> None:
    text = "Defense Minister Sergei Shoigu said the drills would go on. Shoygu said the missiles were ready."
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == ["Sergei Shoigu"] * 2


LATER_MENTIONS = [
    # a given name joined to a father's name: the given name stands for the person later
    pytest.param("Its minister, Datuk Seri Johari Abdul Ghani, stated that exports remain significant. "
                 "Johari said Europe was the largest market.", "Johari Abdul Ghani", id="malay-given-name"),
    # after a courtesy title a name is a person's, though an outlet is called so too
    pytest.param("Rescue at sea\n\nThe lifeboat, with coxswain John Fox at the helm, was launched at 3pm.\n\n"
                 "Mr Fox said the four men were safe.", "John Fox", id="mr-and-an-outlets-name"),
    # a first line telling in the past, a cue and "that", is a lede: the full name in it counts
    pytest.param("Jane Roe denied that Kwame Hale has been misleading the council on Monday.\nA row has "
                 "emerged after Hale alleged that the depot would close.", "Kwame Hale",
                 id="a-full-name-in-a-first-line-lede"),
    # a name of three words after a title (an Ethiopian name: given, father's, grandfather's) goes by its
    # first word; a pope or a monarch by the reign's name, numeral and all
    pytest.param("Health news\n\nThe experts advised the agency's director-general Abebe Kebede Tessema.\n\n"
                 "Abebe said the outbreak was an emergency.", "Abebe Kebede Tessema",
                 id="a-given-name-after-any-title"),
    pytest.param("Church news\n\nPope Clement XV is not ill.\n\n\"I am tired,\" said Clement, 85.",
                 "Clement XV", id="a-popes-name-and-numeral"),
    # a surname of two words opening with a capitalised particle: the given name before it, no title
    pytest.param("Health news\n\nTom Te Hale became chief executive last year.\n\nTe Hale said the "
                 "wards were full.", "Tom Te Hale", id="a-surname-with-a-capitalised-particle"),
    pytest.param("Health news\n\nToday Te Hale spoke. Te Hale said the wards were full.", "Te Hale",
                 id="a-time-word-before-a-particles-surname-is-no-given-name"),
    # a surname in "-s" with its possessive mark alone is the full name's
    pytest.param("Vote news\n\nThe populist Tom Rivers’ hopes of a coalition faded on Friday.\n\n"
                 "Rivers said the talks had gone badly.", "Tom Rivers",
                 id="a-surname-in-s-possessive"),
    # a surname that is a country's or a capital's name, after a given name before: the person
    pytest.param("Vote news\n\nThe result is a blow for Prime Minister Jane Montenegro.\n\nMontenegro said "
                 "she would lead a minority government.", "Jane Montenegro",
                 id="a-surname-that-names-a-country"),
    pytest.param("Vote news\n\nMontenegro said it would join the pact.\n\nJane Montenegro was away.",
                 "Montenegro", id="a-country-named-before-the-person"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), LATER_MENTIONS)
def test_a_later_mention_is_the_person_named_in_full(text: str, speaker: str) -> None:
    speakers = [c.speaker.name for c in parse_article(text).claims if c.speaker]
    assert speakers
    assert speakers[-1] == speaker
    assert all(c.outlet is None for c in parse_article(text).claims)


NAMES_WITHOUT_ACCENTS = [
    pytest.param("Governor Mugur Isărescu said inflation would ease. Mugur Isarescu said rates would hold.",
                 id="the-full-name-without-its-accent"),
    pytest.param("Governor Mugur Isărescu said inflation would ease. Isarescu said rates would hold.",
                 id="the-surname-without-its-accent"),
]  # fmt: skip


@pytest.mark.parametrize("text", NAMES_WITHOUT_ACCENTS)
def test_a_name_written_without_its_accents_is_one_person(text: str) -> None:
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == ["Mugur Isărescu"] * 2


def test_an_arabic_surname_after_abu_spelled_two_ways_is_one_person() -> None:
    # "Abu Zaid" after "Karim Abu Zeid": Arabic transliterated with "ei" or "ai", after the particle
    text = "Spokesman Karim Abu Zeid said the talks went well. Abu Zaid said the dam talks were on track."
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == ["Karim Abu Zeid"] * 2


# The canonical name and role of the last claim's speaker, learned over the article.
NAMES = [
    # A rank and "Retd" (retired) before the name, as Pakistani copy writes them; a titled name before
    # a role noun in apposition is the speaker, not the role noun.
    pytest.param("Intro.\nChairman Wapda, Lt Gen Retd Muzammil Hussain, has said the dam was on time.",
                 "Muzammil Hussain", "Lt Gen Retd", id="rank-and-retd"),
    pytest.param("Intro.\nLt Gen (retd) Abdul Qayyum, the president of PESS, said the society was an NGO.",
                 "Abdul Qayyum", "Lt Gen", id="a-titled-name-before-a-role-noun"),
    # A title and the body whose office it is, then the name, as Pakistani and Nigerian copy sets them
    # off: the body by a comma or by its initials. A place between commas is no body.
    pytest.param("Intro.\nChairman, Pakistan Cricket Board, Shaharyar M Khan said the team would tour.",
                 "Shaharyar M Khan", "Chairman, Pakistan Cricket Board", id="title-comma-body-comma-name"),
    pytest.param("Intro.\nThe Chief Executive Officer DRAP, Dr. Aslam Afghani said prices were cut.",
                 "Aslam Afghani", "Chief Executive Officer DRAP", id="title-initials-comma-name"),
    pytest.param("Intro.\nThe managing director, Lagos State Water Corporation, Muminu Badmus said water "
                 "would flow.", "Muminu Badmus", "managing director, Lagos State Water Corporation",
                 id="role-comma-corporation-comma-name"),
    pytest.param("Intro.\nOn Monday, Lahore, Shaharyar Khan said the team would tour.", "Shaharyar Khan",
                 None, id="a-day-and-a-place-are-no-office"),
    # A ruler of one of the Emirates in apposition: the role, not a name "Ruler" of a place.
    pytest.param("Intro.\nSheikh Hamad bin Mohammed Al Sharqi, Ruler of Fujairah, voiced his sorrow, "
                 "describing him as “one of the world’s greatest leaders.”", "Hamad bin Mohammed Al Sharqi",
                 "Sheikh", id="ruler-of-in-apposition"),
    # A Kenyan paper's courtesy for an elder is no part of the name.
    pytest.param("Intro.\nMzee George Wilson Njoroge said they were promised land.", "George Wilson Njoroge",
                 None, id="mzee"),
    # Musicians by what they do in a band.
    pytest.param("Intro.\nBandmate Paddy Macrae said playing at festivals was a dream.", "Paddy Macrae",
                 "Bandmate", id="bandmate"),
    pytest.param("Intro.\nGuitarist Jane Roe said the tour was off.", "Jane Roe", "Guitarist",
                 id="guitarist"),
    # Ranks joined by a hyphen, and the ranks below a sergeant as police abbreviate them.
    pytest.param("Intro.\nPolice spokesperson Lieutenant-Colonel Brenda Muridili said officers nabbed the "
                 "pair.", "Brenda Muridili", "Police spokesperson Lieutenant-Colonel", id="hyphenated-rank"),
    pytest.param("Intro.\nRCMP Cpl. Wayne Oakes said the matter is being treated as a homicide.",
                 "Wayne Oakes", "RCMP Cpl.", id="corporal-abbreviated"),
    # Lower-case words of a role before its title, after a place: the place opens the role.
    pytest.param("Intro.\nWajir divisional police commander Isaiah Odhiambo confirmed the arrest on "
                 "Thursday, saying the suspect was injured.", "Isaiah Odhiambo",
                 "Wajir divisional police commander", id="lower-case-role-words-after-a-place"),
    # Sport's titles: coaches, captains and players are named by their place in the game.
    pytest.param("Intro.\nSri Lanka skipper Dimuth Karunaratne said the pitch was hard to bat on.",
                 "Dimuth Karunaratne", "Sri Lanka skipper", id="skipper-is-a-title"),
    pytest.param("Intro.\nCoach Nic Pothas said the players should be embarrassed.", "Nic Pothas", "Coach",
                 id="coach-opening-the-sentence-is-a-title"),
    pytest.param("Intro.\nGary Player said the course was too long.", "Gary Player", None,
                 id="player-after-a-given-name-is-a-surname"),
    # Court and police ranks are titles: the name after them is the person, the rank the role.
    pytest.param("Intro.\nMombasa law courts principal magistrate Ada Mwangi said ten days was too long.",
                 "Ada Mwangi", "Mombasa law courts principal magistrate", id="magistrate-is-a-title"),
    pytest.param("Intro.\nOn Monday chief inspector Tom Baraka from the Serious Crime Unit told the court "
                 "that the inquiry was complex.", "Tom Baraka", "chief inspector",
                 id="police-rank-in-lower-case"),
    # Regional abbreviations of ministers' and directors' titles.
    pytest.param("Intro.\nPrices are falling: CS Otieno\nTreasury Cabinet Secretary Peter Otieno opened the "
                 "budget. Additionally CS Otieno noted that inflation had eased to four percent.",
                 "Peter Otieno", "CS", id="cs-is-a-title"),
    # A first line as long as a lede is prose, no headline: the title in it gives the role.
    pytest.param("At a weekly press conference in Tehran on Tuesday, Iran's Foreign Ministry Spokesman "
                 "Kamran Dadashi met reporters from a dozen countries and answered their questions on the "
                 "islands and the talks.\n“We will not accept the claims,” Dadashi said.",
                 "Kamran Dadashi", "Iran's Foreign Ministry Spokesman", id="a-title-in-a-first-prose-line"),
    # Spellings of one name: "Al-Harbi", "Al Harbi", "al-Harbi", "Harbi".
    pytest.param("Intro.\nSaudi Minister of Foreign Affairs Khalid Bin Nasser Al-Harbi said there was no "
                 "blockade. Al Harbi said the operations were lawful.", "Khalid Bin Nasser Al-Harbi",
                 "Saudi Minister of Foreign Affairs", id="al-harbi-is-al-harbi"),
    pytest.param("Intro.\nForeign Minister Khalid al-Harbi said there was no blockade. Harbi said the "
                 "operations were lawful.", "Khalid al-Harbi", "Foreign Minister", id="harbi-is-al-harbi"),
    pytest.param("Intro.\nForeign Minister Khalid al-Harbi said there was no blockade. On Iran, Al Harbi "
                 "described the remarks as false. He said, “Iran is wrong.”", "Khalid al-Harbi",
                 "Foreign Minister", id="he-after-al-harbi-is-al-harbi"),
    # A surname written alone after the full name gave it the Arabic article outside any claim.
    pytest.param("Intro.\nHe met Iraqi Trade Minister Karim al-Nasiri in Basra on Monday.\nNasiri said the "
                 "border crossing would reopen.", "Karim al-Nasiri", None, id="nasiri-is-karim-al-nasiri"),
    # A peer's title is a courtesy title: "Lord Reid" is the "Lord Alan Reid" named in no claim before
    # (the peer's style kept before the full name the article prints with it: `Rules.name_styles`).
    pytest.param("Intro.\nCity Councillor Lord Alan Reid has written to the standards board.\nLord Reid "
                 "told the paper: “The letter is misleading.”", "Lord Alan Reid", "City Councillor",
                 id="lord-reid-is-alan-reid"),
    # A title's complement is no given name: "Affairs" does not go with "Lena Marsh".
    pytest.param("Intro.\nThe talks were led by Minister of Foreign Affairs Lena Marsh and her "
                 "deputy.\nMarsh said the border crossing would reopen.", "Lena Marsh",
                 "Minister of Foreign Affairs", id="affairs-is-no-given-name"),
    # A comma after words in brackets closes an apposition as a comma after the last word would.
    pytest.param("Intro.\nOn Friday, Tom Ward, director of the World Health Organization (WHO), said the "
                 "outbreak was over.", "Tom Ward", "director of the World Health Organization",
                 id="apposition-closed-after-brackets"),
    # What trails a name after an inverted cue is no part of it: "in an article for this outlet".
    pytest.param("Intro.\nThe plan has failed, says Nordpost. The ministry will resign, wrote Jan Kowal in "
                 "an article for this outlet.", "Jan Kowal", None, id="wrote-x-in-an-article"),
    # A relative clause with no commas after the role noun, however long, leaves the noun its speaker.
    pytest.param("Intro.\nForeign Minister Ali Demir met reporters in Ankara on Monday.\nThe foreign "
                 "minister who is currently in Geneva this week to attend a meeting of the Economic and "
                 "Social Council of the United Nations on June 30-July 3 added that trade would grow.",
                 "Ali Demir",
                 "Foreign Minister",
                 id="the-minister-who-is-in-geneva-added"),
    # "Amb." is a title, no part of the name.
    pytest.param("Intro.\n“We are moving fast,” Amb. Laura Benn told reporters.", "Laura Benn", "Amb.",
                 id="amb-is-a-title"),
    # A participle's phrase opening the sentence names no one ("Writing", "Speaking"): the subject follows
    # its comma, past a place set off by commas in it.
    pytest.param("Intro.\nWriting in the daily Sharq, Ali Karimi, a former member of the team, calls for the "
                 "right to be recognised.", "Ali Karimi", "former member of the team",
                 id="writing-in-a-paper-opening"),
    pytest.param("Intro.\nSpeaking to Kanal 9 on Sunday, Foreign Minister Ivan Orlov dismissed the "
                 "sanctions, saying they would fail.", "Ivan Orlov", "Foreign Minister",
                 id="speaking-to-opening"),
    pytest.param("Intro.\nSpeaking at a rally in Salem, New Hampshire, Tom Hale went after his rival, "
                 "calling him weak.", "Tom Hale", None, id="speaking-in-a-town-and-state-opening"),
    # "of the" opens a body's name, whole: no person named "Research" in it.
    pytest.param("Intro.\n“Budgets matter,” said Jane Roe, co-director of the Center for Trade and Policy "
                 "Research.", "Jane Roe", "co-director of the Center for Trade and Policy Research",
                 id="a-body-after-of-the-is-whole"),
    # Two people credited together go by their full names, "Both" no part of them; a side no surname
    # known in full stays as written.
    pytest.param("Intro.\nTreasurer Tom Hale said the cuts were fair. Opposition leader Ann Cole said the "
                 "plan was good.\nBoth Mr Hale and Ms Cole have said savings were found.",
                 "Tom Hale and Ann Cole", None, id="both-mr-and-ms-by-full-names"),
    pytest.param("Intro.\nTreasurer Tom Hale said the cuts were fair.\nHale and Brooks said the budget "
                 "would be in surplus.", "Tom Hale and Brooks", None, id="a-pair-one-known-in-full"),
    # A question naming people in a list is prose, no headline: the names it gives are their full names.
    pytest.param("Intro.\nWhat do New York Sen. Ann Colby, Ohio Gov. Tom Hale and Texas Rep. Zed Brooks "
                 "have in common?\nHale said he would run.", "Tom Hale", "Ohio Gov.",
                 id="a-question-naming-people-is-prose"),
    # A surname alone is the full name given in a sentence that credits no claim (the given name listed).
    pytest.param("Intro.\nFrederick Hale attended the meeting.\nHale said the figures were wrong.",
                 "Frederick Hale", None, id="a-surname-after-a-listed-given-name"),
    pytest.param("Intro.\nSiobhan Poe attended the meeting.\nPoe said the figures were wrong.", "Siobhan Poe",
                 None, id="a-surname-after-an-irish-given-name"),
    # A given name alone that opens one full name the article credits, as South Asian papers call people.
    pytest.param("Intro.\nParty Chairman Tom Hale Westbury said members had been threatened. However, Tom "
                 "warned that the party would not back down.", "Tom Hale Westbury", "Party Chairman",
                 id="the-given-name-alone"),
    # Given names cut to initials before the surname, as agency copy names someone again.
    pytest.param("Intro.\nTrade Minister Oleg Petrenko said exports would grow. According to O. Petrenko, "
                 "the harvest was good.", "Oleg Petrenko", "Trade Minister", id="initial-and-surname"),
    # A name of two words the article gave in full, one word longer, with a title (Malay, Arabic and Hong
    # Kong names go by their first two words); a first line after a dateline ending with a period is a lede.
    pytest.param("KUCHING: Senior Minister Awang Rahman Yusof has filed a report over a false video.\n"
                 "Awang Rahman said the video was dubbed.", "Awang Rahman Yusof", "Senior Minister",
                 id="two-words-of-a-longer-name"),
    pytest.param("Intro.\nThe plan was criticised by council member Peter Lau Wing-kei on Friday.\nLau said "
                 "the plan would fail.\nPeter Lau added that the vote was rigged.", "Peter Lau Wing-kei",
                 "council member", id="two-words-of-a-hong-kong-name"),
    # A noun phrase broken across a hard-wrapped line is one name; a date before the cue is no part of it.
    pytest.param("Intro.\nTrade Minister Oleg Petrenko said the harvest was good. The\nminister on Sept. 20 "
                 "said that exports would grow.", "Oleg Petrenko", "Trade Minister",
                 id="a-wrapped-noun-and-a-date"),
    # A date closing a scene before the subject's comma is no subject's ("in a call on Dec. 2, Col. X").
    pytest.param("Intro.\nBut in a call with reporters on Dec. 2, Col. Mark Dunn, a spokesman in Kabul, "
                 "said, "
                 "“More troops will come.”", "Mark Dunn", "Col.", id="a-scene-closing-with-a-date"),
    # Ranks abbreviated, with a full stop or without, are titles, no part of the name; "Gen" is a name too.
    pytest.param("Intro.\nCol Tariq Nadeem Awan said the border was calm.", "Tariq Nadeem Awan", "Col",
                 id="col-without-a-full-stop"),
    pytest.param("Intro.\nThe port is closed, Brig Idris Bello told reporters.", "Idris Bello", "Brig",
                 id="brig-without-a-full-stop"),
    pytest.param("Intro.\n“We will hold the line,” Navy Capt. Ada Cole said.", "Ada Cole", "Navy Capt.",
                 id="capt-with-a-full-stop"),
    pytest.param("Intro.\nDefence Minister Gen Tanaka said the drills would go on.", "Gen Tanaka",
                 "Defence Minister", id="gen-is-a-given-name-too"),
    # After another rank "Gen" is one too: "Lt Gen", "Maj Gen" (`Rules.compound_ranks`); "Lt" alone is one.
    pytest.param("Intro.\nLt Gen Omar Farid Khan said the border was calm.", "Omar Farid Khan", "Lt Gen",
                 id="lt-gen-without-full-stops"),
    pytest.param("Intro.\nMaj Gen Ann Lowe said the drills would go on.", "Ann Lowe", "Maj Gen",
                 id="maj-gen-without-full-stops"),
    pytest.param("Intro.\nLt Sam Okafor said the road was open.", "Sam Okafor", "Lt", id="lt-alone"),
    # A role in apposition before a courtesy title and the name, in a sentence that credits no one: the
    # surname credited later is that person, with that role ("Prof." ends no sentence).
    # A bracketed qualifier inside a role after the name: "member (non-life) at the IRDAI".
    pytest.param("Intro.\n“Claims will rise,” PJ Joseph, member (non-life) at the IRDAI told the paper.",
                 "PJ Joseph", "member (non-life) at the IRDAI", id="a-bracket-inside-the-role-after-a-name"),
    # A participle's aside between the name and the cue is no role: "based in Paris" tells where.
    pytest.param("Intro.\nJane Roe, based in Paris, said the talks had stalled.", "Jane Roe", None,
                 id="based-in-is-no-role"),
    # "&" inside a body's name in the role before a name
    pytest.param("Intro.\nHarbour Fish & Game chief executive Jane Roe said the season would open late.",
                 "Jane Roe", "Harbour Fish & Game chief executive", id="an-ampersand-in-the-role"),
    # a participle after a relative clause: the relative's antecedent speaks, not the clause's words
    pytest.param("Intro.\nThe reading was disputed by the union's lawyer Tom Hale, who wrote to the "
                 "members accusing the board of “stalling” the talks.", "Tom Hale", "union's lawyer",
                 id="a-participle-after-a-relative-clause"),
    # Another name for the body between commas is no role either: "known as", "formerly", "or".
    pytest.param("Intro.\nThe Westmere Ferry Board, known as WFB, concluded after an inquiry that the "
                 "crew had ignored the warnings.", "The Westmere Ferry Board", None,
                 id="known-as-is-no-role"),
    pytest.param("Intro.\nThe Westmere Ferry Board, or WFB, said the crew had ignored the warnings.",
                 "The Westmere Ferry Board", None, id="or-another-name-is-no-role"),
    pytest.param("Intro.\nThe notice was signed by the agency's Director General, Prof. Moji Adeyeye.\n"
                 "Adeyeye said the product was sold online.", "Moji Adeyeye", "agency's Director General",
                 id="a-role-before-a-courtesy-title"),
    # So before an abbreviated title ("Sen."); and a phrase of occasion between commas is no role.
    pytest.param("Intro.\nThe Minister of State for Industry, Sen. John Enoh, joined the stakeholders.\n"
                 "Enoh said the sector would be revived.", "John Enoh", "Minister of State for Industry",
                 id="a-role-before-an-abbreviated-title"),
    # A title and its portfolio with the article left out, as Pakistani copy writes it, stands for the person.
    pytest.param("Intro.\nMinister for Finance Muhammad Aurangzeb said the liabilities were huge. "
                 "Minister for Finance cited his banking job and said the plan worked.", "Muhammad Aurangzeb",
                 "Minister for Finance", id="a-title-and-portfolio-with-no-article"),
    pytest.param("Intro.\nJane Roe, during a meeting at the bank in Lagos, said the plan would work.",
                 "Jane Roe", None, id="during-a-meeting-is-no-role"),
    # A document's word before a title only says of what: a "law expert" is a person, not a law speaking.
    pytest.param("Intro.\nSports law expert Jane Roe of Harbour University said the league had no choice.",
                 "Jane Roe", "Sports law expert", id="a-law-expert-is-no-law"),
    # A relative clause too long to read with its speaker is left off the speaker's phrase.
    pytest.param("Intro.\nThe deal is worth about $48 million, according to two people familiar with the "
                 "negotiations who were not authorised to speak publicly.",
                 "two people familiar with the negotiations", None, id="a-long-relative-clause-left-off"),
    # "the Paris-based daily" is a paper described by where it is: the one named before.
    pytest.param("Intro.\nLe Monde writes that three clubs want their own channel. According to the "
                 "Paris-based daily, two clubs are pushing for the plan.", "Le Monde", None,
                 id="the-city-based-daily"),
    # A body's noun alone after capitalised words, a title among them, is their body's whole name; a
    # title alone after "a spokesperson for the" names no one.
    pytest.param("Intro.\nThe Harbour Representative Association said many complaints were vexatious.",
                 "The Harbour Representative Association", None, id="a-title-inside-a-bodys-name"),
    pytest.param("Intro.\nA spokesperson for the Health Minister said every platform must comply.",
                 "A spokesperson for the Health Minister", None, id="a-spokesperson-for-a-title"),
    # a title of a body named with its initials in brackets, a comma, then the name
    pytest.param("Intro.\nThe Director-General of the Harbour Centre for Disease Control (HCDC), Dr. Jane "
                 "Roe has urged towns to act.\n\nGiving the latest update, the HCDC boss disclosed that 40 "
                 "cases were confirmed.", "Jane Roe", "Director-General of the Harbour Centre for Disease "
                 "Control (HCDC)", id="a-title-of-a-body-with-initials-then-a-name"),
    # Offices held as one and who runs a programme are titles, and their nouns stand for the person later.
    pytest.param("Intro.\nHDPA director-president Jane Roe fined the firm. “The consumer is not a product,” "
                 "the director-president of the HDPA said.", "Jane Roe", "HDPA director-president",
                 id="a-director-president-named-again"),
    pytest.param("Intro.\nMary Poe, digital rights coordinator at the Harbour Institute, welcomed the fine. "
                 "“This decision shows there is a price,” the institute's digital rights coordinator said.",
                 "Mary Poe", "digital rights coordinator at the Harbour Institute",
                 id="a-coordinator-named-again"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker", "role"), NAMES)
def test_name_and_role(text: str, speaker: str, role: str | None) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert claims
    assert claims[-1].speaker is not None
    assert (claims[-1].speaker.name, claims[-1].speaker.role) == (speaker, role)


# A role no one was named with before stands for the first person the next sentences name with it, and,
# opening the story, for the first person credited next when the article gives that person no role at
# all (agencies name the minister of the lede a sentence later). Every attributed claim's speaker, in order.
AHEAD = [
    # A source the lede leaves unnamed, "a"/"an" and a role noun: the person credited next with a fitting
    # role; not when another such source is named.
    pytest.param("Intro.\nPort operators should keep containers moving, an official with the largest port on "
                 "the East Coast said Tuesday.\n\n“Terminals are not built to store containers,” Sam Ruda, "
                 "director of the Port Department, said.", ["Sam Ruda", "Sam Ruda"],
                 id="an-unnamed-official-named-next"),
    pytest.param("Intro.\nPort operators should keep containers moving, an official at the port said "
                 "Tuesday.\n\nAnother official at the port said ships were waiting. “Terminals are full,” "
                 "Sam Ruda, director of the Port Department, said.",
                 ["an official at the port", "Another official at the port", "Sam Ruda"],
                 id="an-unnamed-official-then-another"),
    # A regional abbreviation of the title, opening the story: the Director General named next.
    pytest.param("Intro.\nThe NCDC DG noted that the risk of spread was high. Cases rose by 30 percent, "
                 "according to the Director General of the Nigeria Centre for Disease Control (NCDC), Ada "
                 "Obi.", ["Ada Obi", "Ada Obi"], id="the-dg-named-next"),
    # Opening the story, the person named in full opening the next sentence, which names the role too.
    pytest.param("Intro.\nNorvale's transport minister has pledged to widen the coast road."
                 "\n\nKenji Sato, named transport minister in May, spoke to the press on Tuesday.\n\nHe said "
                 "the work would start in June.",
                 ["Kenji Sato", "Kenji Sato"], id="the-role-then-a-subject-with-the-role-noun-next"),
    pytest.param("Intro.\nNorvale's transport minister has pledged to widen the coast road."
                 "\n\nKenji Sato spoke to the press on Tuesday.",
                 ["Norvale's transport minister"], id="a-subject-next-without-the-role-noun"),
    # A country's possessive makes the role definite too.
    pytest.param("Intro.\nIran's Foreign Ministry spokesman said Tehran would keep its trade with Syria. "
                 "Reza Amiri, Iran's Foreign Ministry spokesman, called the sanctions illegal.",
                 ["Reza Amiri", "Reza Amiri"], id="a-countrys-role-then-the-person-with-it"),
    pytest.param("Intro.\nThe Turkish defense minister on Wednesday condemned the attack on a border post. "
                 "“We know who did this,” Turkish Defense Minister Kemal Arslan told a veterans' event.",
                 ["Kemal Arslan", "Kemal Arslan"], id="the-minister-named-with-the-role-next"),
    pytest.param("Intro.\nThe Turkish defense minister on Wednesday condemned the attack, saying it would "
                 "not go unanswered.\n\n“We know who did this,” Kemal Arslan told a veterans' event.",
                 ["Kemal Arslan"] * 3, id="the-lede-role-is-the-person-named-next"),
    # the lede on the text's first line, no title above it: a sentence telling in the past what was said
    # is prose, no headline (headlines tell it in the present)
    pytest.param("Norvex's chief executive has cautioned that ferry fares will “almost certainly” rise and "
                 "that routes will be cut.\nSpeaking on Harbour Radio's Morning programme, Tom Hale said "
                 "fuel costs had doubled since May.", ["Tom Hale", "Tom Hale"],
                 id="the-lede-on-the-first-line"),
    # the very next sentence crediting someone named in full with a title of another kind: that person
    pytest.param("Intro.\nNorvale will reopen its consulate in Westmere, the government's chief "
                 "spokesman said Sunday.\n\n“The staff are ready to go back,” Cabinet Secretary Kenji Sato "
                 "told a panel.",
                 ["Kenji Sato", "Kenji Sato"], id="the-lede-role-then-a-titled-name-next"),
    pytest.param("Intro.\nThe EAM said India had changed a great deal.\n\nExternal Affairs Minister Ravi "
                 "Mehta said on Saturday that talks would resume.", ["Ravi Mehta", "Ravi Mehta"],
                 id="the-eam-named-next"),
    pytest.param("Intro.\nThe UAE's Minister of State for Foreign Affairs on Thursday said the war would go "
                 "on.\n\nThe UAE's Minister of State for Foreign Affairs, Omar Saleh, said later that he had "
                 "been misquoted.", ["Omar Saleh", "Omar Saleh"], id="a-complemented-title-named-next"),
    # The lede's role then stands again for the person it was found to be, named next with no role.
    pytest.param("Intro.\nIran's foreign ministry spokesman said the two countries were close.\n\nAt his "
                 "weekly briefing, Reza Amiri called the visit important.\n\n“The region needs calm,” "
                 "Iranian Foreign Ministry Spokesman said.", ["Reza Amiri"] * 3, id="the-ledes-role-again"),
    # A nationality the person's role names no country for ("Oil Minister"), written with "´" for the
    # apostrophe as some copy does.
    pytest.param("Intro.\nSanctions will fail, Iran´s trade minister said on Monday. The talks went on. "
                 "“We will sell our tea,” Trade Minister Ali Demir said.", ["Ali Demir", "Ali Demir"],
                 id="a-countrys-role-named-next-without-the-country"),
    # The next sentence names someone with the role in a sentence that credits nothing: that person.
    pytest.param("Intro.\nJapan's prime minister said Monday that he accepted the defeat.\n\nThe party, "
                 "led by Prime Minister Ken Sato, lost one of two seats.", ["Ken Sato"],
                 id="the-role-titled-next-in-no-claim"),
    # Two people named with it there: either may be meant.
    pytest.param("Intro.\nThe prime minister said Monday that he accepted the defeat.\n\nPrime Minister Ken "
                 "Sato met Prime Minister Ali Demir on Sunday.", ["The prime minister"],
                 id="two-titled-next-in-no-claim"),
    # Someone else named with another role next: the role stays as written.
    pytest.param("Intro.\nThe Turkish defense minister condemned the attack. Interior Minister Ali Kaya said "
                 "the police had acted.", ["The Turkish defense minister", "Ali Kaya"],
                 id="another-role-named-next"),
    # Past the story's opening, a person named next with no role is not taken for the role.
    pytest.param("Intro.\nSen. John Hale said the vote was close. The Turkish defense minister condemned the "
                 "attack. “We know who did it,” Kemal Arslan said.",
                 ["John Hale", "The Turkish defense minister", "Kemal Arslan"], id="no-role-past-the-lede"),
    # Someone credited just before: "the senator" is not the next senator.
    pytest.param("Intro.\n“Would that be you?” the host asked. “Yes,” the senator said. Later, Sen. Ann Cole "
                 "said the bill would pass.", ["the host", "the senator", "Ann Cole"],
                 id="not-ahead-after-someone-credited"),
    # A role credited next is no name: "the host" is not the minister.
    pytest.param("Intro.\n“The budget will not cut pay,” said the economy minister.\n“Will it pass?” the "
                 "host asked.", ["the economy minister", "the host"], id="a-role-credited-next"),
    # Not the minister the next sentences name when unnamed officials spoke before: one of them said it.
    pytest.param("Intro.\nThe leaders agreed to meet, a senior Kenyan official said. A Chilean official said "
                 "they had not. Trade is up, the official added. Prime Minister Ali Demir said trade was "
                 "growing.", ["a senior Kenyan official", "A Chilean official", "the official", "Ali Demir"],
                 id="not-ahead-after-unnamed-officials"),
    # A title that is also a surname, alone: the person named with it, not a role ("the king" is one).
    pytest.param("Intro.\nBank of England governor Mervyn King accused banks of lobbying. King said some "
                 "banks had called the Treasury.", ["Mervyn King", "Mervyn King"],
                 id="king-alone-is-a-surname"),
    # A name joined by a particle, named again by its first part: "Hameed" after "Hameed-ul-Haq".
    pytest.param("Intro.\nHameed-ul-Haq, a former captain, said the board had to decide. “No such thing has "
                 "happened,” said Hameed.", ["Hameed-ul-Haq", "Hameed-ul-Haq"], id="hameed-of-hameed-ul-haq"),
    # The head alone as a title cut short, the one titled so in the very next sentence: that person.
    pytest.param("Intro.\nThe Westmere transport minister announced the port would close the berth. "
                 "Minister Jane Roe said tracking data shows similarities.", ["Jane Roe", "Jane Roe"],
                 id="the-heads-title-alone-next"),
    # An unnamed source of "a"/"an" and a post, then in the very next sentence a name first given there
    # with no role: the wire names the source it introduced by the post.
    pytest.param("Intro.\nA spokeswoman for the Harbour High Commissioner for Ferries said two boats were "
                 "missing. “We are very worried,” Jane Roe told AFP.", ["Jane Roe", "Jane Roe"],
                 id="a-spokeswoman-named-next"),
    # ... not one named before, nor one given a role of her own
    pytest.param("Intro.\nJane Roe met the crews. A spokeswoman for the ferry operator said two boats were "
                 "missing. “We are very worried,” Jane Roe told AFP.",
                 ["A spokeswoman for the ferry operator", "Jane Roe"], id="a-spokeswoman-then-a-name-seen"),
    pytest.param("Intro.\nA spokeswoman for the ferry operator said two boats were missing. Jane Roe, a "
                 "local resident, said she was worried.",
                 ["A spokeswoman for the ferry operator", "Jane Roe"], id="a-spokeswoman-then-a-resident"),
    # "his spokesman" in the lede is the person named in full next, with no role (the wires' way)
    pytest.param("Intro.\nThe bishop is not ill, his spokesman said Tuesday.\n\nThe bishop is resigning "
                 "because he is tired, the Rev. Tom Hale said.", ["Tom Hale", "Tom Hale"],
                 id="his-spokesman-named-next"),
    # Four sentences on is too far.
    pytest.param("Intro.\nThe Turkish defense minister condemned the attack. The army moved. The police "
                 "came. The roads closed. Turkish Defense Minister Kemal Arslan said the army was ready.",
                 ["The Turkish defense minister", "Kemal Arslan"], id="too-far-ahead"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers"), AHEAD)
def test_role_named_ahead(text: str, speakers: list[str]) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker and c.cue]
    assert [c.speaker.name for c in claims if c.speaker] == speakers


BODIES = [
    # a day after "the company" is no name the company goes by
    pytest.param(
        "Intro.\n\nThe union criticised the company Tuesday over the new rota.\n\nThe company "
        "insisted that new hires are needed.",
        "The company",
        None,
        id="a-day-after-the-company-is-no-name",
    ),
    # a name closed by a trade's word is a firm's (`Rules.firm_heads`: "Works"), which "the company"
    # stands for and "the union" does not (`Rules.not_firms`)
    pytest.param(
        "Intro.\n\nWestmere Iron Works said on Friday that its largest union had misled members.\n\n"
        "The company insisted that new hires are needed.",
        "Westmere Iron Works",
        None,
        id="the-company-for-a-works",
    ),
    pytest.param(
        "Intro.\n\nWestmere Iron Works said on Friday that its largest union had misled members.\n\n"
        "The union insisted that its members were told the truth.",
        "The union",
        None,
        id="the-union-is-no-works",
    ),
    # "the group" for the body the sentence before introduced as a group, though it names a firm after it
    pytest.param(
        "Intro.\n\nActivists from Westmere Aid, a group based in Norvale, said the jet was provided by "
        "Norvex Air, a Harbour-based company that runs charter flights.\n\n"
        "The group said the passengers included a retired teacher.",
        "Westmere Aid",
        None,
        id="the-group-introduced-in-apposition",
    ),
    # a body described as a "service" in apposition: "it" after it stands for the body, not the people
    # credited before
    pytest.param(
        "Intro.\n\nMortgage deals were pulled overnight, according to analysts.\n\nNorvex, a price "
        "comparison service, said that 400 deals were withdrawn.\n\nIt said the drop was the largest it "
        "had seen.",
        "Norvex",
        None,
        id="it-after-a-service",
    ),
    # a firm named after a person ("Norvex Lilly"), then by its last word or as "the company"
    pytest.param(
        "Intro.\n\nNorvex Lilly, a maker of cheap tablets, said Wednesday it would cut prices.\n\n"
        "Lilly said the cut would give time for talks.",
        "Norvex Lilly",
        None,
        id="a-firm-by-its-last-word",
    ),
    pytest.param(
        "Intro.\n\nNorvex Lilly, a maker of cheap tablets, said Wednesday it would cut prices.\n\n"
        "Lilly is cutting the price of a tablet to $5 a pack, the company said.",
        "Norvex Lilly",
        None,
        id="the-company-for-a-firm-by-its-last-word",
    ),
    # (not a body's name whose last word is a common noun: "authorities" stays as written)
    pytest.param(
        "Intro.\n\nLocal Authorities said on Friday that the road was closed.\n\n"
        "The road would open on Monday, authorities said.",
        "authorities",
        None,
        id="authorities-stay-authorities",
    ),
    # "the club" for a sports club named before, whether or not its name says so
    pytest.param(
        "Intro.\n\nWestmere Rovers said on Friday that its manager had left.\n\n"
        "The club insisted that a new manager would be named within a week.",
        "Westmere Rovers",
        None,
        id="the-club-for-a-club-named-rovers",
    ),
    pytest.param(
        "Intro.\n\n“Tom Hale has left us,” Norvale Football Club said in a statement.\n\n"
        "The club insisted that a new manager would be named within a week.",
        "Norvale Football Club",
        None,
        id="the-club-for-a-football-club",
    ),
    # "the bureau", "the authority", "the board" for the body named with the noun before
    pytest.param(
        "Intro.\nThe Kenya Bureau of Standards said 14 brands failed. “KEBS shall inform the public,” the "
        "bureau stated.",
        "The Kenya Bureau of Standards",
        None,
        id="the-bureau",
    ),
    # "the firm" after a name described as one in an "according to" aside: the aside is no content,
    # and the name a firm's
    pytest.param(
        "Intro.\nThe changes, according to Cytonn, a Nairobi-based investment firm, would ensure new "
        "listings. The firm called for better investor education.",
        "Cytonn",
        None,
        id="the-firm-after-an-apposition-in-an-according-to-aside",
    ),
    # "the paper" stands for the outlet credited last, named in full, and the claim came through it.
    pytest.param(
        "Intro.\nThe Osaka daily Kansai Shimpo said the port would reopen. The paper added that "
        "the ferry would run again in June.",
        "Kansai Shimpo",
        "Kansai Shimpo",
        id="the-paper-is-the-outlet",
    ),
    pytest.param(
        "TOKYO (Reuters) - The plant will close in May, the Hokkai Times newspaper said. The "
        "company will move to Sapporo, the paper added.",
        "Hokkai Times",
        "Hokkai Times",
        id="the-paper-not-the-dateline-agency",
    ),
    # A broadcaster is no paper, and a paper no channel.
    pytest.param(
        "Intro.\nThe Hokkai Times reported that the mayor had resigned. The channel said the vote "
        "would be held in May.",
        "The channel",
        None,
        id="the-channel-is-no-paper",
    ),
    # A body named again in short stands for its fuller name, and a country's body keeps the country.
    pytest.param(
        "Intro.\nKenya’s Defense Ministry said the reports were false. The Defense Ministry added "
        "that all soldiers were safe.",
        "Kenya’s Defense Ministry",
        None,
        id="the-short-name-of-a-body",
    ),
    pytest.param(
        "Intro.\nThe Ministry of Defense of Chile said the reports were false. Later, the Ministry of "
        "Defense said no posts were there.",
        "The Ministry of Defense of Chile",
        None,
        id="the-name-without-its-country",
    ),
    # (not a pair it opens: the body alone is itself, and so are its initials)
    pytest.param(
        "Intro.\nCases rose by a third last year, the Harbour Water Authority and UNICEF said on Thursday. "
        "The Harbour Water Authority expects the number to stay high.",
        "The Harbour Water Authority",
        None,
        id="a-body-named-in-a-pair-before",
    ),
    pytest.param(
        "Intro.\nCases rose by a third last year, the Harbour Water Authority and UNICEF said on Thursday. "
        "The HWA expects the number to stay high.",
        "Harbour Water Authority",
        None,
        id="initials-of-a-body-named-in-a-pair-before",
    ),
    # "the report" stands for the outlet that just reported, even one that only carried a claim.
    pytest.param(
        "Intro.\nThe agency Hanbit News reported that the leader had praised the talks. The report said "
        "the visit would last a week.",
        "Hanbit News",
        "Hanbit News",
        id="the-report-after-reported",
    ),
    pytest.param(
        "Intro.\nThe Hokkai Times wrote about the new port. The American edition added that the port "
        "would open in May.",
        "The Hokkai Times",
        "The Hokkai Times",
        id="the-american-edition",
    ),
    pytest.param(
        "Intro.\nKenya’s Defense Ministry said the reports were false. Later, the Ministry of Defense "
        "said no posts were there.",
        "Kenya’s Defense Ministry",
        None,
        id="ministry-of-x-is-x-ministry",
    ),
    # A paper opening a sentence that credits it with nothing is the paper the noun stands for.
    pytest.param(
        "Intro.\nThe Osaka newspaper Kansai Shimpo learned of the mayor's plans. According to the "
        "publication, he intends to keep the port open.",
        "Kansai Shimpo",
        "Kansai Shimpo",
        id="the-publication-after-a-paper-opening-a-sentence",
    ),
    pytest.param(
        "Intro.\nEarlier, the Hokkai Times, citing a “military source,” reported that two soldiers died. "
        "The publication claimed that a mine had exploded.",
        "Hokkai Times",
        "Hokkai Times",
        id="the-publication-after-a-paper-whose-claim-was-missed",
    ),
    # "the department" and "the agency" for a ministry (translated from Russian), named in full before.
    pytest.param(
        "Intro.\nThe Ministry of Defense of Chile said the reports were false. Later, the Ministry of "
        "Defense said no posts were there.\n“The reports are rumors,” the department emphasized.",
        "The Ministry of Defense of Chile",
        None,
        id="the-department-is-the-ministry",
    ),
    # A statement issued by a body is the body's word.
    pytest.param(
        "Intro.\nKenya’s Defense Ministry said the reports were false. A statement issued by the "
        "ministry said no soldiers had been hurt.",
        "Kenya’s Defense Ministry",
        None,
        id="a-statement-issued-by-the-ministry",
    ),
    # "The statement" after "X said in a statement", and "it" for a statement issued by a body: the body's
    # word, named in full; a statement no one was credited with making stays a document.
    pytest.param(
        "Intro.\nKenya’s Defense Ministry denied the reports.\n“No soldiers died,” the ministry said in a "
        "statement issued today.\nThe statement stressed that all soldiers were safe.",
        "Kenya’s Defense Ministry",
        None,
        id="the-statement-after-said-in-a-statement",
    ),
    # (past a claim made otherwise since: the body that spoke in a statement)
    pytest.param(
        "Intro.\nThe withdrawal ends the case, the Westmere Fire Authority said in a statement.\n\nTwo "
        "fires were traced to the heaters, the agency said.\n\n“Owners should unplug them at once,” the "
        "statement said.",
        "Westmere Fire Authority",
        None,
        id="the-statement-past-a-claim-made-otherwise",
    ),
    pytest.param(
        "Intro.\nKenya’s Defense Ministry said the reports were false. A statement issued by the ministry "
        "said no soldiers had been hurt. It stressed that all were safe.",
        "Kenya’s Defense Ministry",
        None,
        id="it-after-a-statement-issued-by-the-ministry",
    ),
    pytest.param(
        "Intro.\nThe ministry published a report on the drills. The statement stressed that all soldiers "
        "were safe.",
        "The statement",
        None,
        id="the-statement-no-one-made",
    ),
    pytest.param(
        "Intro.\nA statement released by the Kremlin said the talks would go on.",
        "the Kremlin",
        None,
        id="a-statement-released-by-a-named-body",
    ),
    # "this outlet" is the outlet named before, as "the outlet" is.
    pytest.param(
        "Intro.\nThe plan has failed, says Bloomberg. According to this outlet, the ministry will resign.",
        "Bloomberg",
        "Bloomberg",
        id="according-to-this-outlet",
    ),
    # "the ministry" stands for the body whose name holds the noun.
    pytest.param(
        "Intro.\nThe Kenyan Foreign Ministry said the envoy had been recalled. The Kremlin said it "
        "regretted the move. The ministry added that talks would go on.",
        "The Kenyan Foreign Ministry",
        None,
        id="the-ministry-is-a-ministry",
    ),
    # A noun of any body ("the company", "the watchdog") stands for the nearest body credited or opening a
    # sentence just before, named after such a noun ("Oil giant Norvex") or with no word of another kind
    # of body in its name; a "named" noun too, when no body credited before holds it ("the party").
    pytest.param(
        "Intro.\nOil giant Norvex has made a pledge to cut emissions. The company announced that it "
        "will sell two refineries.",
        "Norvex",
        None,
        id="the-company-after-a-body-opening-a-sentence",
    ),
    # a firm's suffix closing a name makes it a body's ("Westmere Foundry Co."): "the company" stands for it
    pytest.param(
        "Intro.\nWestmere Foundry Co. raised its profit forecast on Friday. Net profit rose 4.6% in the "
        "quarter, the company said.",
        "Westmere Foundry Co.",
        None,
        id="the-company-after-a-name-with-a-firms-suffix",
    ),
    pytest.param(
        "Intro.\nThe app's parent company, Leeds-based Harbour Lending Ltd., said it would comply. Net "
        "profit fell 4.6% in the quarter, the company said.",
        "Harbour Lending Ltd.",
        None,
        id="a-firm-apposed-with-where-it-is-based",
    ),
    pytest.param(
        "Intro.\nNorvale Software Ltd said on Friday that sales were higher. Net profit rose 4.6% in the "
        "quarter, the company said.",
        "Norvale Software Ltd",
        None,
        id="the-company-after-a-firm-credited-before",
    ),
    # a firm's one-word name credited just before, which the cast reads as a surname, is the firm's after a
    # noun of a business (`Rules.firm_nouns`); its fuller form with a suffix elsewhere is its name
    pytest.param(
        "Intro.\nNorvex said on Friday it would cut 900 jobs. The company said profits had fallen.",
        "Norvex",
        None,
        id="the-company-after-a-one-word-name",
    ),
    pytest.param(
        "Intro.\nWestbank said on Friday it would cut 900 jobs. The bank expects the cuts to save $2bn.",
        "Westbank",
        None,
        id="the-bank-after-a-one-word-name",
    ),
    pytest.param(
        "Intro.\nNorvex said it would close the mill. According to the union, 300 jobs will go.",
        "the union",
        None,
        id="the-union-is-no-firms-one-word-name",
    ),
    pytest.param(
        "Intro.\nThe cheese was made by Norvale Dairy Foods Inc. in Westmere. Norvale said it had "
        "recalled every batch.",
        "Norvale Dairy Foods Inc.",
        None,
        id="a-firms-word-before-its-fuller-name",
    ),
    pytest.param(
        "Intro.\nNorvex Bank will pay $12 million to end the case. In a statement, Norvex said it had "
        "stopped charging the fees.",
        "Norvex Bank",
        None,
        id="a-firms-word-before-its-trade",
    ),
    pytest.param(
        "Intro.\nTom Hale took the loan from Westbank Property & Casualty. Westbank said it had paid the "
        "claim in full.",
        "Westbank Property & Casualty",
        None,
        id="a-firms-word-before-words-joined-by-an-ampersand-and-its-trade",
    ),
    pytest.param(  # a spokesperson for a body: the body speaks, as readers name it
        "Intro.\nA spokesperson for Harbour Homes said the site was safe.",
        "Harbour Homes",
        None,
        id="a-spokesperson-for-a-body",
    ),
    pytest.param(
        "Intro.\nThe site was safe, a spokeswoman for the Norvale Department of Health said.",
        "Norvale Department of Health",
        None,
        id="a-spokesperson-for-a-body-named-with-of",
    ),
    pytest.param(  # not for a person named elsewhere in full, nor a former spokesperson
        "Intro.\nTom Pell resigned on Monday. A spokesman for Pell said he was tired.",
        "A spokesman for Pell",
        None,
        id="a-spokesperson-for-a-person",
    ),
    pytest.param(
        "Intro.\nA former spokesman for the Norvale Department of Health said the site was unsafe.",
        "A former spokesman for the Norvale Department of Health",
        None,
        id="a-former-spokesperson-for-a-body",
    ),
    pytest.param(  # a short name of two words, "Company" closing the full name
        "Intro.\nWestbank Harbour Insurance Company sued its reinsurers. The reinsurers wrongly refused to "
        "pay, Westbank Harbour said.",
        "Westbank Harbour Insurance Company",
        None,
        id="a-firms-two-words-before-its-trade-and-company",
    ),
    pytest.param(
        "Intro.\nHarbourline Reinsurance is among the defendants. Harbourline said it would honour its "
        "contracts.",
        "Harbourline Reinsurance",
        None,
        id="a-reinsurers-word-before-its-trade",
    ),
    pytest.param(  # but not a person's name with a listed given name first
        "Intro.\nTom Hale Holdings bought the mill. Tom Hale said the mill would reopen.",
        "Tom Hale",
        None,
        id="a-person-named-like-a-firms-short-name",
    ),
    pytest.param(  # another capitalised word after the trade's word: a department, no firm
        "Intro.\nThe Norvale Health Department closed the pool. Norvale said on Monday that the water was "
        "safe.",
        "Norvale",
        None,
        id="a-trades-word-inside-a-longer-name-is-no-firms-close",
    ),
    pytest.param(  # a country is never the short name of a firm that bears it
        "Intro.\nThe China Development Bank lent the money. China said on Monday that the loan was fair.",
        "China",
        None,
        id="a-country-is-no-firms-short-name",
    ),
    pytest.param(
        "Intro.\nThe Harbour Conduct Authority banned the fees. The HCA delayed the review while it looked "
        "into them. It says it will publish a plan in June.",
        "Harbour Conduct Authority",
        None,
        id="it-after-an-acronym-the-article-spells-out",
    ),
    pytest.param(
        "Intro.\nOn Monday the Navy said the delays were regrettable. The service said the first ship "
        "would sail in 2029.",
        "Navy",
        None,
        id="the-service-for-an-armed-force",
    ),
    pytest.param(
        "Intro.\nThe Norvale Drug Administration said the pill was safe. Its box will list the side effects, "
        "the agency said.",
        "The Norvale Drug Administration",
        None,
        id="the-agency-for-an-administration",
    ),
    pytest.param(
        "Intro.\nNorvex said its trains would run as normal. Passes will not be accepted on its ferries, "
        "the railroad said.",
        "Norvex",
        None,
        id="the-railroad-for-a-rail-operator",
    ),
    pytest.param(
        "Intro.\nMembers of the Norvale Riders' Forum marched on the depot. In a memorandum, the forum said "
        "the hike defeated the purpose of transit.",
        "Norvale Riders' Forum",
        None,
        id="the-forum-for-a-forum-named-before",
    ),
    # a spokesperson's description names the body the noun may stand for
    pytest.param(
        "Intro.\nA spokesperson for Harbour Builders said: “We will study the ruling.” The company pledged "
        "that any new plan would keep the park.",
        "Harbour Builders",
        None,
        id="the-company-a-spokesperson-spoke-for",
    ),
    pytest.param(
        "Intro.\nThe Korean Confederation of Trade Unions launched a strike on Monday. The union said "
        "that 400,000 members would join.",
        "The Korean Confederation of Trade Unions",
        None,
        id="the-union-for-a-body-of-several-words-and-links-opening-a-sentence",
    ),
    pytest.param(
        "Intro.\nThe PDL said in a release that the plan had failed. The party also noted that "
        "the fund was empty.",
        "The PDL",
        None,
        id="the-party-for-a-body-not-named-so",
    ),
    pytest.param(
        "Intro.\nThe Gaming Standards Commission fined Pixaro on Friday. The competition watchdog said "
        "that Pixaro had misled players.",
        "The Gaming Standards Commission",
        None,
        id="the-watchdog-is-a-commission",
    ),
    pytest.param(
        "Intro.\nRights group Civitas said the army fired on villages. According to the rights "
        "watchdog, at least 35 people died.",
        "Civitas",
        None,
        id="the-watchdog-after-a-described-body",
    ),
    # A noun of a kind of body stands for the body last introduced with it, not the nearer one credited;
    # not a noun as broad as "company".
    pytest.param(
        "Intro.\nBA said it would talk to pilots' union Balpa on Monday. BA says it has offered a pay rise "
        "but the union says its members want a bigger share.",
        "Balpa",
        None,
        id="the-union-introduced-as-such",
    ),
    # a body's kind before its name in commas; an airline's name in its plural, inside another phrase
    pytest.param(
        "Intro.\nHousing charity, Westmere Homes, says 40 renters were served with a notice. The charity, "
        "which backs the bill, said there were 11 million renters.",
        "Westmere Homes",
        None,
        id="the-charity-introduced-in-commas",
    ),
    pytest.param(
        "Intro.\nHousing charity, Harbourside, says 40 renters were served with a notice. The charity, "
        "which backs the bill, said there were 11 million renters.",
        "Harbourside",
        None,
        id="the-charity-of-one-word-introduced-in-commas",
    ),
    pytest.param(
        "Intro.\nTravellers on a Norvex Airlines service last week reported a sudden drop. In a letter, the "
        "airline said the crew had followed its rules.",
        "Norvex Airlines",
        None,
        id="the-airline-named-in-the-plural",
    ),
    pytest.param(
        "Intro.\nForbes cut its estimate for the founder of the blood-testing company Theranos. Her stake "
        "was worth $4.5 billion last year. The board met twice. The shares fell. The stake is now worth "
        "nothing. The company says its policy is not to cover its own owners.",
        "The company",
        None,
        id="the-company-is-too-broad-to-tie",
    ),
    # Never a body whose name tells another kind: a ministry is no company.
    pytest.param(
        "Intro.\nThe Finance Ministry said taxes would rise. The company said it would move abroad.",
        "The company",
        None,
        id="a-ministry-is-no-company",
    ),
    # ... nor a people or a movement named by "The" and a plural; a firm credited before it still is.
    pytest.param(
        "Intro.\nNorvex said it was halting its ships. The Harbourites say they are targeting shipping. "
        "“We are pausing all traffic,” the company said.",
        "Norvex",
        None,
        id="a-people-is-no-company",
    ),
    # "The news agency" credited before stands for the body it stood for, so a later one does too.
    pytest.param(
        "Intro.\nForeign Minister Kenji Aso told the Nikkei news service that talks would go on.\nThe "
        "news agency reports the leaders have not spoken since May. Aso said talks would go on. He said "
        "the summit could be held online. He said it was unlikely to be in Osaka. Aso said more. The news "
        "agency said there was opposition in Japan.",
        "Nikkei",
        "Nikkei",
        id="the-news-agency-again",
    ),
    # A body named before its noun in apposition ("Attrakt, the label behind ...") is the one the noun
    # stands for; and a broad noun after ("the company") stands for the body the noun credited before did.
    pytest.param(
        "Intro.\nAttrakt, the label behind rookie group Fifty Fifty, has ended its contracts with three "
        "members. The label said Monday it had notified them.",
        "Attrakt",
        None,
        id="the-label-named-in-apposition",
    ),
    pytest.param(
        "Intro.\nAttrakt, the label behind rookie group Fifty Fifty, has ended its contracts with three "
        "members. The label said Monday it had notified them. “We took this action because of a breach,” "
        "the company said.",
        "Attrakt",
        None,
        id="the-company-after-the-label",
    ),
    pytest.param(
        "Intro.\nNumsa, the biggest union for metal workers, called a strike. The union said 200,000 would "
        "stay home.",
        "Numsa",
        None,
        id="the-union-named-in-apposition",
    ),
    # (after a place's possessive and up to four words; or with "in" after the noun)
    pytest.param(
        "Intro.\nNorvex, Kenya's largest private health insurer, will contact customers. The health insurer "
        "said the leak had taken a turn.",
        "Norvex",
        None,
        id="the-insurer-named-in-apposition-after-a-possessive",
    ),
    pytest.param(
        "Intro.\nNorvex, the biggest insurer in Kenya, will contact customers. The insurer said the leak "
        "was wider.",
        "Norvex",
        None,
        id="the-insurer-in-a-place-named-in-apposition",
    ),
    # A day before a comma is no body's name: "Monday, the union" opens a clause.
    pytest.param(
        "Intro.\nOn Monday, the union of nurses voted to strike. The union said wards would close.",
        "The union",
        None,
        id="a-day-before-the-noun-is-no-name",
    ),
    # A noun closing a body's name stands for the body named so before, though it was credited with
    # nothing; an owner's possessive before the name is not the name's, and the noun alone names no body.
    pytest.param(
        "Intro.\nTeachers will strike unless the Harbour Service Commission releases the funds, union "
        "leaders said. The commission said it had paid every school.",
        "Harbour Service Commission",
        None,
        id="the-commission-named-before",
    ),
    pytest.param(
        "Intro.\nThe miners' lawyers filed papers at Ruritania's High Court on Friday. The court said the "
        "law was void.",
        "High Court",
        None,
        id="the-court-named-before-after-an-owner",
    ),
    # ... or a word the noun also stands for (`Rules.body_synonyms`), with "and" inside the name
    pytest.param(
        "Intro.\nThe Norvale Food and Drug Administration cleared the pill in May. The agency "
        "said the label would carry a warning.",
        "Norvale Food and Drug Administration",
        None,
        id="the-agency-named-before-as-an-administration",
    ),
    # ... or its noun, then "of" and what it is of: the name goes on past "of the"
    pytest.param(
        "Intro.\nThe High Court of the Norvale Region ruled on Monday. The court said the fee had been set "
        "too high.",
        "High Court of the Norvale Region",
        None,
        id="the-court-of-something-named-before",
    ),
    pytest.param(
        "Intro.\nThe Growers Association of Westmere met on Monday. The association said the harvest was "
        "late.",
        "The Growers Association of Westmere",
        None,
        id="the-association-of-a-place-named-before",
    ),
    pytest.param(
        "Intro.\nThe Westmere Road Safety Unit shut the bridge. The unit said the cables had rusted through.",
        "Westmere Road Safety Unit",
        None,
        id="the-unit-named-before",
    ),
    # a firm whose name closes with a plural trade word, named again by "the company" and its seat
    pytest.param(
        "Intro.\nNorvex Health Services said its clinics would stay open.\n\nThe Westmere-based company said "
        "it would hire forty nurses.",
        "Norvex Health Services",
        None,
        id="a-firm-of-services-named-again",
    ),
    # public services and places of learning named a second time by their kind
    pytest.param(
        "Intro.\nThe Westmere Hospitals NHS Trust said the ward would reopen.\n\nIn a statement, the trust "
        "said the ward would shut.",
        "The Westmere Hospitals NHS Trust",
        None,
        id="the-trust-named-before",
    ),
    pytest.param(
        "Intro.\nHarbour General Hospital treated 40 people. The hospital said two patients had died.",
        "Harbour General Hospital",
        None,
        id="the-hospital-named-before",
    ),
    pytest.param(
        "Intro.\nTom Hale works at Norvale University. The university said fees would rise.",
        "Norvale University",
        None,
        id="the-university-named-before",
    ),
    # a firm named by its stock in the sentence before, nearer than a bank credited earlier
    pytest.param(
        "Intro.\nAnalysts at Westbank said losses could reach $5 billion.\n\nShares of Norvex Holdings "
        "dropped 8% on Monday. The company said its lines were not at fault.",
        "Norvex Holdings",
        None,
        id="the-company-after-shares-of-a-firm",
    ),
    # "C, the company said": the firm opening the content, whatever firm was credited last (not a
    # description opening it, nor a person's surname, nor a word no sentence holds inside)
    pytest.param(
        "Intro.\nBuses from Westbank run in Harbour.\n\nNorvex Ltd ordered 124 buses on Monday, the operator "
        "said. Westbank has built 900 ferries since 2010, the company said.",
        "Westbank",
        None,
        id="the-company-opening-the-content",
    ),
    pytest.param(
        "Intro.\nBuses from Westbank run in Harbour.\n\nNorvex Ltd ordered 124 buses, the operator said. "
        "Westbank’s sales rose 5% in May, the company said.",
        "Westbank",
        None,
        id="the-company-owning-the-contents-subject",
    ),
    pytest.param(
        "Intro.\nBuses from Westbank run in Harbour, and German ones.\n\nNorvex Ltd ordered 124 buses, the "
        "operator said. German ferry maker Westbank has built 900 ferries, the company said.",
        "Norvex Ltd",
        None,
        id="a-description-opening-the-content",
    ),
    pytest.param(
        "Intro.\nNorvex Ltd ordered buses from Jane Roe, the operator said. Roe has left the board, the "
        "company said.",
        "Norvex Ltd",
        None,
        id="a-persons-surname-opening-the-content",
    ),
    pytest.param(
        "Intro.\nSales were up on the year.\n\nNorvex Ltd ordered 124 buses, the operator said. Sales rose "
        "5% in May, the company said.",
        "Norvex Ltd",
        None,
        id="a-word-opening-sentences-only",
    ),
    # an alliance, a profession's college, a public corporation
    pytest.param(
        "Intro.\nThe Norvale Health Coalition tracks closures. Most of them were in rural towns, the "
        "coalition said.",
        "The Norvale Health Coalition",
        None,
        id="the-coalition-named-before",
    ),
    pytest.param(
        "Intro.\nThe Harbour College of Nurses backed the plan. The college urged members to write to "
        "the minister.",
        "Harbour College of Nurses",
        None,
        id="the-college-named-before",
    ),
    pytest.param(
        "Intro.\nThe Corporation for Westmere Broadcasting will close. The corporation said most staff would "
        "leave by March.",
        "The Corporation for Westmere Broadcasting",
        None,
        id="the-corporation-named-before",
    ),
    # "the agency" for a body named so before in the same sentence, as its owner
    pytest.param(
        "Intro.\nThree of the Westmere Water Agency's reservoirs are below half full, the agency said.",
        "Westmere Water Agency",
        None,
        id="the-agency-named-before-as-an-owner",
    ),
    # a bank, named so before, and its short name capitalised, then in lower case
    pytest.param(
        "Intro.\nThe Bank of Westmere held rates on Thursday. The Bank said inflation would fall. The bank "
        "said lending had slowed.",
        "Bank of Westmere",
        None,
        id="the-bank-of-a-place-named-before",
    ),
    pytest.param(
        "Intro.\nLawyers wrote to the Commission on Friday. The commission said the law was void.",
        "The commission",
        None,
        id="the-noun-alone-names-no-body",
    ),
    # Translated copy's "the entity" stands for the body credited just before.
    pytest.param(
        "Intro.\nThe Harbour Confederation of Industry criticised the cut. The entity said the rate "
        "penalised investment.",
        "The Harbour Confederation of Industry",
        None,
        id="the-entity-in-translation",
    ),
    # A body's noun capitalised alone, as papers write a body's short name, stands for the body credited
    # before whose name holds it as its head.
    pytest.param(
        "Intro.\nThe Harbour Board of Secondary Education said 88 per cent of pupils passed. Girls did "
        "better than boys, the Board said.",
        "The Harbour Board of Secondary Education",
        None,
        id="the-capitalised-board-credited-before",
    ),
    # A document a body issued stands for its body when a noun of any body follows.
    pytest.param(
        "Intro.\nTwenty people died in custody, according to annual statistics published by the Harbour "
        "Conduct Office. The watchdog said 14 of them had been restrained.",
        "Harbour Conduct Office",
        None,
        id="the-watchdog-after-a-document-it-issued",
    ),
    # A body described by more words before, in lower case, is the one its noun alone stands for.
    pytest.param(
        "Intro.\nThe transport ministry said fares would rise. The ministry said buses were full.",
        "The transport ministry",
        None,
        id="the-ministry-after-the-transport-ministry",
    ),
    # A headline in title case names no body: its words are no antecedent of "the department".
    pytest.param(
        "Fares Rise; Private Operators Keep Transport Board Guessing\n\nThe transport board said there "
        "were fewer than 12 sailings this week.",
        "The transport board",
        None,
        id="no-body-named-in-a-title-case-headline",
    ),
    # A police force named before, with its possessive, is the one "the police" stand for.
    pytest.param(
        "Intro.\nThe Harbour Police's cyber cell arrested six men, officials said on Saturday. According to "
        "the police, the gang posed as officers.",
        "Harbour Police",
        None,
        id="the-police-named-before-with-a-possessive",
    ),
    # A care home named before is the one "the home" stands for, not an acronym credited since.
    pytest.param(
        "Intro.\nThe Westmere Care Board (WCB) said residents at Hale House Nursing Home were ignored. The "
        "WCB also raised concerns about meals. The home said staff had been retrained.",
        "Hale House Nursing Home",
        None,
        id="the-home-for-a-care-home-not-the-acronym-since",
    ),
    pytest.param(
        "Intro.\nThe WCB said residents were ignored. The board said it would visit again.",
        "The WCB",
        None,
        id="a-named-noun-still-stands-for-an-acronym-with-no-body-named-so",
    ),
    # "the network" with no broadcaster credited: a body named so in the sentences before.
    pytest.param(
        "Intro.\nThe Westmere Carers Network says demand has risen. The network says 900 homes are needed.",
        "Westmere Carers Network",
        None,
        id="the-network-for-a-network-named-before",
    ),
    # A charity may be named as a group is: "the charity" after "... Network".
    pytest.param(
        "Intro.\nThe Westmere Carers Network says demand has risen. The charity called on councils to "
        "pay more.",
        "The Westmere Carers Network",
        None,
        id="the-charity-for-a-network",
    ),
    # Two compound adjectives before the noun, with a comma between them.
    pytest.param(
        "Intro.\nNorvex Holdings Inc. announced on Monday that the mill will shut. The Westmere-based, "
        "family-run company added that it had lost $3 million.",
        "Norvex Holdings Inc.",
        None,
        id="the-company-after-two-compound-adjectives",
    ),
    # a paper's short name, its outlet's word alone, is the paper named before; so where a paper of that
    # short name is listed ("The Times")
    pytest.param(
        "Intro.\nThe Westmere Post reported that the bill passed.\n\nThe Post noted that sheriffs object.",
        "The Westmere Post",
        "The Westmere Post",
        id="the-post-after-a-paper-named-so",
    ),
    pytest.param(
        "Intro.\nThe Norvale Times reported that the bill passed.\n\nThe Times said that sheriffs object.",
        "The Norvale Times",
        "The Norvale Times",
        id="the-times-after-a-paper-named-so",
    ),
    # a firm that opened "C, the company said" is the one the article is about, named once
    pytest.param(
        "Hale & Roe Homeware has gone into administration, though its shops keep trading, the company said."
        "\nThe troubled retailer named administrators on Monday.\nIn a note to staff, the company based in "
        "Westmere said wages would be paid.\nThe firm said its 40 Hale & Roe Homeware shops keep trading.",
        "Hale & Roe Homeware",
        None,
        id="the-firm-that-opened-the-lede-named-once",
    ),
    # "the agency" after a commission or an authority named in these sentences, as US copy calls one
    pytest.param(
        "Intro.\nNorvex LLC will withdraw its heaters under a deal struck with the Westmere Fair Trading "
        "Commission, the British agency said on Monday.\n\nTwo fires were traced to the heaters, the agency "
        "said.",
        "Westmere Fair Trading Commission",
        None,
        id="the-agency-after-a-commission-named-in-its-sentence",
    ),
    # a day after a body's noun names no body: "a vote by the council Tuesday"
    pytest.param(
        "Intro.\nTom Hale says the plan was dropped after a vote by the council Tuesday.\n\nThe council "
        "cites falling rates.",
        "The council",
        None,
        id="a-day-after-the-noun-is-no-body",
    ),
]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a club's closing word or initials make a body of a name (`Rules.firm_heads`, `Rules.firm_suffixes`)
        ("Norvale United", "organisation"),
        ("Westmere Rovers", "organisation"),
        ("Harbour Athletic", "organisation"),
        ("Westmere FC", "organisation"),
        # not a place's word: "Norvale City" may be the city's council as well as its club
        ("Tom Hale", "person"),
    ],
)
def test_a_sports_clubs_name_is_a_body(name: str, kind: str) -> None:
    claim = parse_article(f"{name} said on Friday that its manager had left the post.").claims[0]
    assert (claim.speaker.name if claim.speaker else None, claim.speaker.kind if claim.speaker else None) == (
        name,
        kind,
    )


@pytest.mark.parametrize(("text", "speaker", "outlet"), BODIES)
def test_body_noun(text: str, speaker: str, outlet: str | None) -> None:
    claim = parse_article(text).claims[-1]
    assert (claim.speaker.name if claim.speaker else None, claim.outlet.name if claim.outlet else None) == (
        speaker,
        outlet,
    )


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a lede's body described by what it does, named in the next sentences: that body
        pytest.param(
            "Ferry fares failed to fall, a Norvale watchdog has said.\n\nThe Westmere Audit Office said the "
            "plan had cost £3m.",
            ["Westmere Audit Office", "Westmere Audit Office"],
            id="a-watchdog-named-next",
        ),
        pytest.param(
            "Norvale's shipping regulator said on Monday it had fined Norvex £3m for late sailings.\n\nThe "
            "penalty followed 40 complaints, the Harbour Conduct Authority said.",
            ["Harbour Conduct Authority", "Harbour Conduct Authority"],
            id="a-places-regulator-named-after-the-cue",
        ),
        # by the alias the text gives it in brackets
        pytest.param(
            "The new timetable is unsafe, the maritime watchdog has ruled.\n\nThe ruling by the Westmere "
            "Institute for Port Safety (Wips) was welcomed.\n\nWips said the crossings were too crowded.",
            ["Westmere Institute for Port Safety", "Westmere Institute for Port Safety"],
            id="a-watchdog-named-next-by-its-alias",
        ),
        # by the role of its chief credited next, the body before the title
        pytest.param(
            "The state's audit watchdog said ferries were late.\n\nSpeaking in Westmere, Norvale Audit "
            "Commission chair Jane Roe said the board had failed.",
            ["Norvale Audit Commission", "Jane Roe"],
            id="a-watchdog-named-in-its-chiefs-role",
        ),
        # (not a body named sentences further on)
        pytest.param(
            "Ferry fares failed to fall, a Norvale watchdog has said.\n\nRoads were shut.\n\nBuses were late."
            "\n\nThe Westmere Audit Office said the plan had cost £3m.",
            ["a Norvale watchdog", "Westmere Audit Office"],
            id="a-body-named-too-far-on",
        ),
    ],
)
def test_a_ledes_described_body_is_the_one_named_next(text: str, speakers: list[str]) -> None:
    names = [c.speaker.name for c in parse_article(text).claims if c.speaker]
    assert [n.removeprefix("The ") for n in names] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the delayed identification lede: the post first, the person who holds it named next
        pytest.param(
            "Transport minister warns on fares\n\nFares must fall this year, Westmere's new minister for "
            "transport has said.\n\nTom Hale, who became minister for transport in May, said buses would "
            "run later.",
            ["Tom Hale", "Tom Hale"],
            id="a-places-new-minister-named-next",
        ),
        pytest.param(
            "Shipping boss warns on fees\n\nThe port must reopen now, a shipping chief said.\n\nJane Roe, "
            "chief executive of Norvex Shipping, said fees would rise again.",
            ["Jane Roe", "Jane Roe"],
            id="a-shipping-chief-named-in-her-role",
        ),
        pytest.param(
            "Ferry ruling\n\nA judge ruled the fares unlawful on Monday.\n\nCircuit Judge Jane Roe wrote "
            "that the board had ignored its charter.",
            ["Jane Roe", "Jane Roe"],
            id="a-judge-named-by-her-title",
        ),
        # (not a source kept anonymous, nor a person who holds another post, nor one named too far on)
        pytest.param(
            "Ferry news\n\nThe fares will rise in May, an official said.\n\nJane Roe, the official in charge "
            "of fares, said the rise was small.",
            ["an official", "Jane Roe"],
            id="an-anonymous-official-stays-unnamed",
        ),
        pytest.param(
            "Ferry news\n\nThe fares will rise in May, a deputy minister said.\n\nJane Roe, who runs the "
            "Westmere ferry union, said the rise was unfair.",
            ["a deputy minister", "Jane Roe"],
            id="a-person-of-another-post",
        ),
        pytest.param(
            "Ferry news\n\nThe fares will rise in May, a deputy minister said.\n\nRoads were shut.\n\nBuses "
            "were late.\n\nJane Roe, the minister for ferries, said the rise was small.",
            ["a deputy minister", "Jane Roe"],
            id="a-minister-named-too-far-on",
        ),
    ],
)
def test_a_ledes_post_is_the_person_named_next_who_holds_it(text: str, speakers: list[str]) -> None:
    names = [c.speaker.name for c in parse_article(text).claims if c.speaker]
    assert [n.removeprefix("The ") for n in names] == speakers


# Nouns for a candidate, a regulator named a committee and a body described by its region stand for the
# one credited before; a noun credited unnamed is no antecedent of another.
DESCRIBED_AGAIN = [
    # sport's names for a player just quoted: a position, a title won
    pytest.param(
        "Transfer news\n\nTom Hale said he had asked to leave the club.\n\nThe league winner said the "
        "club had agreed.",
        ["Tom Hale", "Tom Hale"],
        id="the-league-winner",
    ),
    pytest.param(
        "Transfer news\n\nTom Hale said he had asked to leave the club. The striker added that the club "
        "had agreed.",
        ["Tom Hale", "Tom Hale"],
        id="the-striker",
    ),
    pytest.param(
        'Rally news\n\nJane Roe said she was puzzled at a rally on Wednesday.\n\n"We have massive '
        'crowds," the Republican nominee said.',
        ["Jane Roe", "Jane Roe"],
        id="the-nominee",
    ),
    pytest.param(
        "Data news\n\nThe Norvale Data Protection Committee said Norvex had set accounts to public. The "
        "regulator also said the booking tool was unsafe for children.",
        ["The Norvale Data Protection Committee", "The Norvale Data Protection Committee"],
        id="the-regulator-named-a-committee",
    ),
    pytest.param(
        'Fine news\n\nThe Westmere Commission said Norvex broke the rules.\n\n"These drops could not be '
        'explained," the European body adds.',
        ["The Westmere Commission", "The Westmere Commission"],
        id="a-body-described-by-its-region",
    ),
    pytest.param(
        "Debate news\n\nTom Hale spoke at the debate.\n\nWhen the moderator pointed out that Hale had not "
        "answered, the candidate said families sue.",
        ["the moderator", "the candidate"],
        id="no-unnamed-noun-as-antecedent",
    ),
    # a party's adjective before the role noun need not stand in the person's role
    pytest.param(
        "Ferry news\n\nPremier Jean Roe made a plea for the bill.\n\nThe Labour premier said "
        "he would be proud if the bill passed.",
        ["Jean Roe"],
        id="the-labour-premier",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DESCRIBED_AGAIN)
def test_described_again(text: str, speakers: list[str]) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [c.speaker.name for c in claims if c.speaker] == speakers
