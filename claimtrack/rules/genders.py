"""Words that tell whether a person named in an article is "he" or "she". Data only; lower case.

Pronoun resolution (`claimtrack.parse.pronouns`) sends "he" and "she" to the nearest person named before
them whose gender agrees, when the article tells the gender: by a courtesy title ("Mrs. Clinton"), by a
title that carries it ("Congresswoman Jane Doe"), or by a common first name. A person whose gender is not
told agrees with either pronoun. First names are the common ones of English-language news; a name used
for both ("Jordan", "Taylor") is in neither list.
"""

from __future__ import annotations

from typing import Final

MALE_WORDS: Final = frozenset(
    {
        # Courtesy titles and titles that say "he".
        "mr", "mr.", "sir", "congressman", "spokesman", "chairman", "businessman", "king", "prince",
        "emperor", "sultan", "sheikh", "emir", "pope", "cardinal", "father", "brother", "husband", "son",
        "grandson", "uncle", "nephew", "actor", "councilman", "assemblyman", "anchorman", "lord",
        "grandfather", "stepfather", "stepson", "widower",
    }
)  # fmt: skip

FEMALE_WORDS: Final = frozenset(
    {
        # Courtesy titles and titles that say "she".
        "mrs", "mrs.", "ms", "ms.", "miss", "madam", "mme", "dame", "lady", "congresswoman", "spokeswoman",
        "chairwoman", "businesswoman", "queen", "princess", "empress", "mother", "sister", "wife",
        "daughter", "granddaughter", "aunt", "niece", "actress", "councilwoman", "assemblywoman",
        "grandmother", "stepmother", "stepdaughter", "widow",
        "first lady",
    }
)  # fmt: skip

OPEN_OFFICES: Final = frozenset(
    {
        # Words after "Lord" that make an office a woman holds too: "Lord Mayor Clover Moore ... She added",
        # "Lord Provost", "Lord Chancellor", "Lord Justice", "Lord Advocate".
        "mayor", "provost", "chancellor", "justice", "advocate",
    }
)  # fmt: skip

FEMALE_PARTICLES: Final = frozenset(
    {
        # Irish surname particles a woman's name takes ("daughter of"; a man's are "Ó" and "Mac"): "Chris
        # Ní Bhriain" is "she" whatever her given name tells. Inside the name only, never its first word.
        "ní", "nic",
    }
)  # fmt: skip

MALE_NAMES: Final = frozenset(
    {
        # Common male first names in English-language news, and those of much-quoted men.
        "aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony", "arthur", "barack", "ben",
        "benjamin", "bernie", "bill", "bob", "boris", "brad", "brian", "bruce", "carl", "charles", "chris",
        "christopher", "chuck", "craig", "dan", "daniel", "david", "dennis", "dick", "donald", "doug",
        "douglas", "ed", "edward", "emmanuel", "eric", "frank", "fred", "gary", "george", "gerald", "greg",
        "gregory", "harry", "henry", "howard", "ian", "igor", "jack", "james", "jason", "jeb", "jeff",
        "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "john", "johnny", "jon", "jonathan",
        "joseph", "josh", "joshua", "juan", "justin", "keith", "ken", "kenneth", "kevin", "larry", "lee",
        "lindsey", "mark", "marco", "martin", "matt", "matthew", "michael", "mike", "mitch", "mitt",
        "narendra", "nicholas", "nick", "olaf", "patrick", "paul", "peter", "phil", "philip", "ralph",
        "randy", "raymond", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald",
        "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "sergey", "stephen",
        "steve", "steven", "ted", "thomas", "tim", "timothy", "todd", "tom", "tony", "vladimir", "walter",
        "wayne", "william", "xi", "yuri",
        # Other common given names of English-language news across the English-speaking world and
        # beyond (Britain and Ireland, South Asia, Africa, Europe), so that bylines of any reporter and
        # pronouns after them read right. Not names that are as often words, places or brands
        # ("Will", "May", "Chad", "Troy", "Max", "Hugo", "Christian", "Stanley", "Mercy", "Dean").
        "abdul", "abdullah", "ahmed", "aidan", "alasdair", "alastair", "alessandro", "alexei", "alfred",
        "alistair", "allan", "amit", "anand", "andre", "andrei", "andres", "andrzej", "angus", "anil",
        "antonio", "arjun", "arnold", "ashok", "barry", "bernard", "billy", "bobby", "brendan", "brett",
        "bryan", "callum", "calvin", "carlos", "cedric", "chinedu", "clive", "colin", "connor", "conor",
        "curtis", "cyril", "damian", "damien", "darren", "darryl", "dave", "declan", "deepak", "derek",
        "desmond", "diego", "dmitri", "dmitry", "dominic", "don", "duncan", "dwayne", "eamon", "eamonn",
        "edwin", "elijah", "elliot", "emeka", "enrique", "ernest", "ethan", "evan", "fabian", "felix",
        "fergus", "fernando", "francesco", "francis", "francisco", "francois", "friedrich", "gareth", "gavin",
        "geoffrey", "gerard", "gilbert", "giovanni", "giuseppe", "glen", "glenn", "gordon", "graham",
        "gustavo", "hamid", "hamish", "hans", "harold", "harvey", "hassan", "hector", "heinrich", "herbert",
        "hiroshi", "hugh", "ibrahim", "isaac", "ivan", "jacob", "jacques", "jake", "jamal", "jared", "javier",
        "jay", "jens", "jerome", "jesse", "joel", "jorge", "jose", "julian", "karl", "kenji", "khalid",
        "kieran", "klaus", "kofi", "kwame", "lars", "leon", "leonard", "liam", "louis", "luca", "luis",
        "luke", "malcolm", "manuel", "marcus", "mario", "marvin", "matteo", "matthias", "maurice", "melvin",
        "michel", "miguel", "mohamed", "mohammed", "muhammad", "mustafa", "nathan", "neil", "nigel",
        "nikolai", "noel", "norman", "oliver", "olivier", "omar", "owen", "pablo", "paolo", "pedro",
        "philippe", "pierre", "piotr", "rahul", "rajesh", "rajiv", "ramesh", "rashid", "raul", "ravi",
        "reginald", "rhys", "ricardo", "roberto", "rodney", "rohit", "roland", "ross", "roy", "rupert",
        "sanjay", "seamus", "sebastian", "segun", "shane", "shaun", "simon", "sipho", "stefan", "stuart",
        "sunil", "suresh", "takeshi", "tariq", "thabo", "themba", "theo", "thierry", "trevor", "tunde",
        "tyler", "victor", "vijay", "vikram", "vincent", "warren", "wesley", "winston", "wolfgang", "yusuf",
        "yves", "zachary",
        # More that scientists and officials in health and court stories go by (not "Dylan", "Lawrence",
        # "Clarence", "Cecil": as often surnames or places).
        "frederick", "brandon", "willie", "eugene", "noah", "horace",
        # South Asian given names common in the region's political copy, so that "she" after a quoted
        # woman is not the minister named between ("Jane Roe told a channel C1. Ananth Hale had
        # accused ... “C2,” she said"; not "Kiran", given to either, nor names as often a father's or a
        # surname after the given name: "Nawaz", "Asif", "Javed", "Zafar").
        "ajay", "ajit", "akhilesh", "amar", "ananth", "anurag", "arvind", "ashish", "bilawal", "gaurav",
        "harish", "imran", "jairam", "kapil", "manish", "manoj", "mukesh", "nitin", "nitish", "pankaj",
        "piyush", "prakash", "rajeev", "rakesh", "sachin", "sandeep", "sanjeev", "shashi", "shehbaz",
        "vinod", "yogesh",
        # More given names common across international copy (Roman, Slavic, Turkish, Arabic and West
        # African forms), so that such a name opening a sentence before a surname reads as a name.
        "julius", "usman", "dario", "adrian", "bilal", "hamza", "mikhail", "oleg", "viktor", "dmytro",
        "mehmet", "emre", "kwesi", "chukwuma", "ahmad", "youssef", "karim", "tobias", "lukas",
    }
)  # fmt: skip

FEMALE_NAMES: Final = frozenset(
    {
        # Common female first names in English-language news, and those of much-quoted women.
        "alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "betty", "carly",
        "carol", "caroline", "catherine", "charlotte", "cheryl", "christine", "claire", "daniela",
        "deborah", "debbie", "diana", "diane", "dianne", "donna", "dorothy", "elizabeth", "ellen", "emily",
        "emma", "elena", "elaine", "elise", "grace", "heather", "hillary", "hope", "huma", "ivanka",
        "jane", "janet", "jennifer", "jessica", "jill", "joan", "joanna", "judith", "judy", "julia",
        "julie", "kamala", "karen", "kate", "katherine", "kathleen", "kathy", "kelly", "kellyanne",
        "kimberly", "kirsten", "laura", "lauren", "linda", "lisa", "loretta", "lynn", "maria", "marie",
        "marine", "martha", "mary", "megyn", "melania", "melanie", "melissa", "michelle", "nancy", "natalie",
        "nicole", "nikki", "olga", "pamela", "patricia", "rachel", "rebecca", "ruth", "sandra", "sarah",
        "sharon", "sheryl", "sonia", "stephanie", "susan", "susana", "theresa", "tulsi", "ursula",
        "valerie", "victoria", "virginia", "wendy", "yulia",
        # Other common given names of English-language news across the English-speaking world and
        # beyond (Britain and Ireland, South Asia, Africa, Europe), so that bylines of any reporter and
        # pronouns after them read right. Not names that are as often words, places or brands
        # ("Will", "May", "Chad", "Troy", "Max", "Hugo", "Christian", "Stanley", "Mercy", "Dean").
        "abigail", "adriana", "agnes", "aisha", "alexandra", "alicia", "alison", "allison", "amelia", "amina",
        "andrea", "angelina", "anita", "anjali", "annette", "antonia", "audrey", "beatrice", "belinda",
        "bernadette", "beth", "bethany", "beverly", "birgit", "brenda", "bridget", "brigitte", "camilla",
        "carla", "carmen", "cassandra", "cecilia", "chioma", "chloe", "christina", "cindy", "clara",
        "claudia", "colleen", "cynthia", "daisy", "danielle", "deepika", "deirdre", "denise", "dolores",
        "edith", "eileen", "eleanor", "elisabeth", "eliza", "ella", "eloise", "elsie", "emilia", "erica",
        "erin", "esther", "eva", "eve", "evelyn", "fatima", "felicity", "fiona", "frances", "francesca",
        "gabriela", "gabrielle", "gail", "geraldine", "gillian", "gina", "gloria", "greta", "gwen", "hannah",
        "harriet", "helen", "holly", "ingrid", "irene", "isabel", "isabella", "isabelle",
        "jacqueline", "janice", "jeanne", "jenny", "joanne", "jocelyn", "josephine", "joyce", "juliet",
        "justine", "kara", "katharine", "kathryn", "katie", "katrina", "keiko", "kristen", "kristin",
        "lakshmi", "leah", "leila", "lesley", "lily", "lindiwe", "lorraine", "louise", "lucia", "lucy",
        "lydia", "madeleine", "maggie", "margaret", "margot", "marian", "marianne", "marilyn", "marina",
        "marion", "marjorie", "marta", "maureen", "meera", "megan", "meghan", "mia", "miriam", "moira",
        "monica", "nadia", "naomi", "natasha", "ngozi", "nicola", "nina", "nirmala", "nomvula", "nora",
        "norah", "olivia", "paula", "pauline", "penelope", "penny", "philippa", "phoebe", "pooja",
        "priscilla", "priya", "renee", "rita", "roberta", "rosemary", "sabrina", "sally", "samantha", "sara",
        "shirley", "silvia", "simone", "sophia", "sophie", "sunita", "sushma", "suzanne", "sylvia", "tamara",
        "tanya", "teresa", "thandi", "tina", "vanessa", "vera", "veronica", "vivian", "wanda", "wanjiru",
        "yuko", "yvonne", "zainab", "zoe",
        # More, and Irish names as Irish papers print them (not "Brittany", a place).
        "debra", "carolyn", "doris", "kayla", "lori", "niamh", "siobhan", "aoife", "ciara", "saoirse",
        # South Asian given names common in the region's political copy (as the men's above).
        "smriti", "mamata", "priyanka", "ayesha", "benazir", "hina", "shazia", "kavita", "rekha",
        "sushila", "mehbooba", "supriya", "jyoti",
        # More given names common across international copy (as the men's above).
        "rochelle", "leyla", "layla", "sofia", "ines", "elif", "zeynep", "amal", "noura", "yasmin",
        "oksana", "svetlana", "natalia", "adwoa", "folake", "chiamaka", "ingeborg", "astrid",
    }
)  # fmt: skip
