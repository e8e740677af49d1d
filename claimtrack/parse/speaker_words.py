"""The small closed classes of words the readers of speaker phrases share: name particles ("de", "van"),
the possessive ending, the participles that describe a document ("posted", "released"), the words that
open what describes a head noun ("close to", "familiar with"), party labels and determiners."""

from __future__ import annotations

CONNECTORS = frozenset(
    {
        "of",
        "the",
        "de",
        "del",
        "da",
        "van",
        "von",
        "al",
        "bin",
        "la",
        "le",
        "for",
        "and",
        "&",
        "el",
        "ibn",
        "abu",
        "du",
        "dos",
        "das",
        "di",
        "der",
        "den",
        "ter",
        "ten",
    }
)
POSSESSIVE = ("'s", "’s", "´s")  # "´" for the apostrophe too, as some copy writes it: "Iran´s oil minister"
DESCRIBING = frozenset({"posted", "published", "released", "issued", "filed", "sent", "obtained"})
POSTMODIFIERS = frozenset(
    {
        "close",
        "familiar",
        "like",
        "to",
        "with",
        "of",
        "at",
        "in",
        "on",
        "from",
        "for",
        "who",
        "briefed",
        "speaking",
        "present",  # "sources present at the meeting", "officials present": who was there
        # where people named by a plural noun live or work: "Residents near Harbour Beach said", "Traders
        # around the port", "Farmers across the region", "Shopkeepers along the high street"
        "near",
        "around",
        "across",
        "along",
        "throughout",
        "into",  # what an inquiry looks into: "The inquiry into the deaths found C", "a probe into X"
    }  # "another source speaking to Fox News"
)
# words before an occasion's noun that make it a gathering of the press, never a body that speaks: "At
# Monday's press briefing, however, Roe said" (no speaker "Monday's press briefing"; "the bishops'
# conference" stays a body)
PRESS_OCCASIONS = frozenset({"press", "news", "media"})
# articles and possessives opening a noun phrase: "In the video the singer said", "in a statement"
NOUN_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
PARTISANS = frozenset({"republican", "democrat", "independent", "conservative", "liberal"})
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "other",
        "another",
        "many",
        "some",
        "several",
        "both",
    }
)
