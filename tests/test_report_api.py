"""The Python side of the reporter: `claim_table`, `summary_table`, `due`, `to_claimreview` on claims built
by hand, with no store."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack import DEFAULT_VOCABULARY, Appearance, Claim, DateRange, Evidence, Speaker, StatusChange
from claimtrack.report import (
    Layout,
    NotReviewableError,
    ReportError,
    claim_table,
    due,
    export_claimreviews,
    summary_table,
    to_claimreview,
)
from claimtrack.report.rows import short_ids

WHEN = DateRange(dt.date(2024, 1, 1), dt.date(2024, 6, 30), "in the first half of 2024")


def make(cid: str, status: str = "unverified", **fields: object) -> Claim:
    return Claim(
        id=cid, text=f"Claim {cid}.", spans=[(0, 10)], article="a-0000000000", status=status, **fields
    )  # type: ignore[arg-type]


def test_short_ids_grow_like_git() -> None:
    assert short_ids(["c-0123456789"]) == 7
    assert short_ids(["c-0123456789", "c-0123499999"]) == 8
    assert short_ids(["c-0123456789", "c-0123456780"]) == 12
    assert short_ids([]) == 7


def test_claim_table_defaults() -> None:
    claim = make("c-aaaaaaaaaa", "kept", kind="promise", speaker=Speaker("Jo Park", role="mayor"))
    assert claim_table([claim]) == (
        "id       claim                speaker         outlet    date    status\n"
        "-------  -------------------  --------------  --------  ------  --------\n"
        "c-aaaaa  Claim c-aaaaaaaaaa.  Jo Park, mayor                    Kept\n"
        "         no evidence cited\n"
    )


def test_layout_note_and_ascii() -> None:
    claim = make("c-bbbbbbbbbb", evidence=[Evidence("https://x.example", "supports", publisher="X")])
    out = claim_table([claim], "plain", layout=Layout(ascii=True, note="Example data."))
    assert "+ supports" in out
    assert out.endswith("\n\nExample data.\n")


def test_empty() -> None:
    assert claim_table([]) == "No claims match.\n"
    assert claim_table([], "csv") == "row,claim,text,speaker,role,outlet,date,status,stance,source,url\n"
    assert claim_table([], "json") == "[]\n"
    assert "No claims match." in claim_table([], "html")
    assert summary_table([]) == "No claims match.\n"


def test_bad_requests() -> None:
    with pytest.raises(ReportError, match="unknown format 'xml'"):
        claim_table([], "xml")
    with pytest.raises(ReportError, match="cannot group by 'colour'"):
        claim_table([make("c-cccccccccc")], layout=Layout(group_by="colour"))
    with pytest.raises(ReportError, match="cannot summarise by 'status'"):
        summary_table([], by="status")


def test_due() -> None:
    claims = [
        make("c-1111111111", kind="prediction", when=WHEN),
        make("c-2222222222", "broken", kind="promise", when=WHEN),
        make("c-3333333333", "pending", kind="promise", when=WHEN),
        make("c-4444444444", kind="statement", when=WHEN),
        make("c-5555555555", kind="promise"),
    ]
    assert [c.id for c in due(claims, DEFAULT_VOCABULARY, dt.date(2024, 6, 30))] == []
    assert [c.id for c in due(claims, DEFAULT_VOCABULARY, dt.date(2024, 7, 1))] == [
        "c-1111111111",
        "c-3333333333",
    ]


def test_claimreview_refuses_what_it_cannot_say() -> None:
    with pytest.raises(NotReviewableError, match="not a final verdict"):
        to_claimreview(make("c-6666666666"), DEFAULT_VOCABULARY, url="https://r.example")
    with pytest.raises(NotReviewableError, match="no rating"):
        to_claimreview(make("c-7777777777", "unproven"), DEFAULT_VOCABULARY, url="https://r.example")
    with pytest.raises(NotReviewableError, match="no url"):
        to_claimreview(make("c-8888888888", "false"), DEFAULT_VOCABULARY)
    with pytest.raises(NotReviewableError, match="not in the vocabulary"):
        to_claimreview(make("c-9999999999", "fake"), DEFAULT_VOCABULARY, url="https://r.example")


def test_claimreview_of_an_organisation_with_appearances() -> None:
    claim = make(
        "c-abababab00",
        "false",
        speaker=Speaker("Ministry of Ports", kind="organisation", role="government department"),
        appearances=[
            Appearance("a-0000000002", "Harbour News", "https://h.example/2", dt.date(2024, 3, 2)),
            Appearance("a-0000000001", "Port Daily", "https://p.example/1", dt.date(2024, 3, 1), first=True),
            Appearance("a-0000000003"),
        ],
        history=[StatusChange(dt.date(2024, 4, 1), "false", "unverified", by="Sam")],
    )
    review = to_claimreview(
        claim,
        DEFAULT_VOCABULARY,
        review_author="Desk",
        review_date=dt.date(2024, 4, 2),
        url="https://r.example/{id}",
    )
    item = review["itemReviewed"]
    assert item["author"] == {
        "@type": "Organization",
        "name": "Ministry of Ports",
        "description": "government department",
    }
    assert item["datePublished"] == "2024-03-01"
    assert [a["url"] for a in item["appearance"]] == ["https://h.example/2", "https://p.example/1"]
    assert item["firstAppearance"]["url"] == "https://p.example/1"
    assert review["author"] == {"@type": "Organization", "name": "Desk"}
    assert review["datePublished"] == "2024-04-02"
    assert review["url"] == "https://r.example/c-abababab00"
    assert review["reviewRating"]["ratingValue"] == 1


def test_export_lists_what_it_skips() -> None:
    export = export_claimreviews(
        [make("c-0000000001", "true"), make("c-0000000002")], DEFAULT_VOCABULARY, url="https://r.example"
    )
    assert [r["claimReviewed"] for r in export.reviews] == ["Claim c-0000000001."]
    assert export.skipped == (("c-0000000002", "status 'unverified' is not a final verdict"),)
