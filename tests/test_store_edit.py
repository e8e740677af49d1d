"""Surgical edits: the library changes only the lines that must change, and keeps a person's text."""

from __future__ import annotations

import datetime as dt
import difflib

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import StoreError
from claimtrack.model import Claim, DateRange, Evidence, StatusChange
from claimtrack.serialize import claim_to_dict
from claimtrack.store.edit import edit_claim
from claimtrack.store.emit import dump, entry_lines
from claimtrack.store.records import parse_claim
from tests import strategies

HAND_WRITTEN = """\
# Checked by the Tokyo desk; see the ticket FC-112 before changing anything.
schema: 1
id: c-0123456789
status: researching   # waiting for the ministry's figures
text: "Prices rose by ten percent in April"
speaker:
  name: Igor Morgulov
  role: Deputy Foreign Minister

article: a-0123456789
spans: [[12, 47]]
reviewer_notes: keep this key, claimtrack does not know it
history:
- date: 2016-04-02
  from: unverified
  to: researching
  by: ana     # first look
# evidence comes later
evidence: []
"""


def _claim(text: str) -> Claim:
    return parse_claim(text, "c.yaml")[0]


def _changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def test_status_change_touches_only_the_status_line_and_adds_history_lines() -> None:
    old = _claim(HAND_WRITTEN)
    step = StatusChange(date=dt.date(2016, 4, 9), from_="researching", to="false", by="ana", note="no: 2%")
    new = attrs.evolve(old, status="false", history=(*old.history, step))
    after = edit_claim(HAND_WRITTEN, "c.yaml", old, new)
    removed, added = _changed_lines(HAND_WRITTEN, after)
    assert removed == ["status: researching   # waiting for the ministry's figures"]
    assert added == [
        "status: 'false'   # waiting for the ministry's figures",
        "- date: 2016-04-09",  # at the indentation the person's list uses
        "  from: researching",
        "  to: 'false'",
        "  by: ana",
        "  note: 'no: 2%'",
    ]
    # the new history item sits right after the old one, before the comment on the next key
    lines = after.splitlines()
    assert lines.index("  by: ana     # first look") + 1 == lines.index("- date: 2016-04-09")
    assert _claim(after) == new
    assert "reviewer_notes: keep this key, claimtrack does not know it" in lines


def test_evidence_in_flow_style_is_replaced_by_a_block_list() -> None:
    old = _claim(HAND_WRITTEN)
    new = attrs.evolve(old, evidence=(Evidence(url="https://stat.go.jp/cpi", stance="refutes"),))
    after = edit_claim(HAND_WRITTEN, "c.yaml", old, new)
    removed, added = _changed_lines(HAND_WRITTEN, after)
    assert removed == ["evidence: []"]
    assert added[0] == "evidence:"
    assert added[1] == "  - stance: refutes"
    assert _claim(after) == new


def test_nothing_changed_means_no_byte_changed() -> None:
    old = _claim(HAND_WRITTEN)
    assert edit_claim(HAND_WRITTEN, "c.yaml", old, old) == HAND_WRITTEN


def test_a_key_missing_from_the_file_is_added_at_the_end() -> None:
    text = "id: c-1\ntext: x   # short\nspans: [[0, 1]]\narticle: a-1"  # no status, no newline at the end
    old = _claim(text)
    new = attrs.evolve(old, status="true")
    after = edit_claim(text, "c.yaml", old, new)
    assert after.startswith(text + "\n")
    assert _claim(after) == new


def test_appending_after_a_block_scalar_keeps_its_value() -> None:
    text = (
        "id: c-1\ntext: x\nspans: [[0, 1]]\narticle: a-1\nhistory:\n"
        "  - date: 2016-01-01\n    to: unverified\n    note: |\n      two\n      lines\n\n"
        "evidence: []\n"
    )
    old = _claim(text)
    step = StatusChange(date=dt.date(2016, 1, 2), to="true", from_="unverified")
    new = attrs.evolve(old, status="true", history=(*old.history, step))
    after = edit_claim(text, "c.yaml", old, new)
    assert _claim(after) == new
    assert "      lines\n  - date: 2016-01-02\n" in after


def test_flow_mapping_files_are_refused() -> None:
    text = "{id: c-1, text: x, spans: [[0, 1]], article: a-1}\n"
    old = _claim(text)
    with pytest.raises(StoreError, match="block mapping"):
        edit_claim(text, "c.yaml", old, attrs.evolve(old, status="true"))


def _with_comments(text: str, where: list[bool]) -> tuple[str, list[str]]:
    """`text` with a person's comment line before some top-level keys (always valid YAML there)."""
    out, comments = [], []
    for i, line in enumerate(text.splitlines()):
        if line and not line.startswith(" ") and where[i % len(where)]:
            comments.append(f"# note {i}: keep me   ")
            out.append(comments[-1])
        out.append(line)
    return "\n".join(out) + "\n", comments


@given(
    strategies.claims.map(lambda c: attrs.evolve(c, id="c-0000000001")),
    st.lists(st.booleans(), min_size=19, max_size=19),
    strategies.changes,
)
@settings(max_examples=100, deadline=None)
def test_a_persons_file_survives_load_save_and_a_status_change(
    claim: Claim, where: list[bool], step: StatusChange
) -> None:
    text, comments = _with_comments(dump(claim_to_dict(claim)), where)
    old = _claim(text)
    assert old == claim
    assert edit_claim(text, "c.yaml", old, old) == text  # load and save of an untouched file
    new = attrs.evolve(old, status=step.to, history=(*old.history, step))
    after = edit_claim(text, "c.yaml", old, new)
    assert _claim(after) == new
    assert [line for line in after.splitlines() if line.startswith("# note")] == comments
    removed, _ = _changed_lines(text, after)
    # only the status line and the empty history go, as the file writes them: plain, or quoted when the
    # writer fell back to quoting every key (a value such as a lone newline has no plain form; a control
    # character is written with YAML's escape, "\x1b", which no JSON spelling predicts): each removed line
    # reads back as one of the two entries
    allowed = {*entry_lines("status", claim.status, 0), "history: []"}
    entries = ({"status": claim.status}, {"history": []})
    assert all(line in allowed or yaml.safe_load(line) in entries for line in removed), removed


@given(strategies.claims.map(lambda c: attrs.evolve(c, id="c-0000000001")), strategies.changes)
@settings(max_examples=80, deadline=None)
def test_appending_history_to_a_generated_file_changes_only_added_lines(
    claim: Claim, step: StatusChange
) -> None:
    text = dump(claim_to_dict(claim))
    new = attrs.evolve(claim, status=step.to, history=(*claim.history, step))
    after = edit_claim(text, "c.yaml", claim, new)
    assert _claim(after) == new
    removed, _ = _changed_lines(text, after)
    # as above: plain, or quoted when the writer fell back to quoting every key (a "when" text of a
    # lone newline has no plain form), each removed line reading back as one of the two entries
    allowed = {*entry_lines("status", claim.status, 0), "history: []"}
    entries = ({"status": claim.status}, {"history": []})
    assert all(line in allowed or yaml.safe_load(line) in entries for line in removed), removed


def test_a_quoted_file_with_a_control_character_in_its_status_loses_only_its_status_lines() -> None:
    # the case hypothesis drew: a file quoted throughout (a lone newline in "when") whose status is a
    # control character, written with YAML's escape ("\x1b")
    claim = Claim(id="c-0000000001", text="no", spans=((0, 1),), article="no",
                  when=DateRange(start=dt.date(2000, 1, 1), end=dt.date(2000, 1, 1), text="\n"),
                  rule="no", status="\x1b")  # fmt: skip
    text = dump(claim_to_dict(claim))
    step = StatusChange(date=dt.date(2000, 1, 1), to="no")
    new = attrs.evolve(claim, status="no", history=(step,))
    after = edit_claim(text, "c.yaml", claim, new)
    assert _claim(after) == new
    removed, _ = _changed_lines(text, after)
    assert removed
    assert all(yaml.safe_load(line) in ({"status": "\x1b"}, {"history": []}) for line in removed)


def test_crlf_line_ends_and_a_byte_order_mark_are_kept() -> None:
    text = "\ufeff" + HAND_WRITTEN.replace("\n", "\r\n")
    old = _claim(text)
    step = StatusChange(date=dt.date(2016, 4, 9), from_="researching", to="true")
    new = attrs.evolve(old, status="true", history=(*old.history, step))
    after = edit_claim(text, "c.yaml", old, new)
    assert after.startswith("\ufeff# Checked")
    assert "\n" not in after.replace("\r\n", "")
    assert _claim(after) == new


# label: (a line of the file, the claim field that changes, its new value, the lines it must become first)
COMMENT_KEPT_ON_ITS_KEY = {
    "flow list becomes a block list": (
        "evidence: []  # none yet",
        "evidence",
        (Evidence(url="https://stat.go.jp/cpi", stance="refutes"),),
        ["evidence:  # none yet", "  - stance: refutes"],
    ),
    "flow list of history becomes a block list": (
        "history: []   # the desk's steps",
        "history",
        (StatusChange(date=dt.date(2016, 4, 9), to="true"),),
        ["history:   # the desk's steps", "  - date: 2016-04-09"],
    ),
    "null becomes a block mapping": (
        "when: null # about when?",
        "when",
        DateRange(dt.date(2016, 4, 1), dt.date(2016, 4, 30), "in April"),
        ["when: # about when?", "  from: 2016-04-01"],
    ),
    "a scalar stays on its line, comment after it": (
        "said_on: null  # ask the desk",
        "said_on",
        dt.date(2016, 4, 2),
        ["said_on: 2016-04-02  # ask the desk"],
    ),
}


@pytest.mark.parametrize("label", list(COMMENT_KEPT_ON_ITS_KEY))
def test_a_comment_after_a_value_stays_on_its_key_line(label: str) -> None:
    line, field, value, expected = COMMENT_KEPT_ON_ITS_KEY[label]
    key = line.split(":", 1)[0]
    text = "id: c-1\ntext: x\nspans: [[0, 1]]\narticle: a-1\n" + line + "\nrule: manual\n"
    old = _claim(text)
    new = attrs.evolve(old, **{field: value})
    after = edit_claim(text, "c.yaml", old, new)
    assert _claim(after) == new
    lines = after.splitlines()
    start = next(i for i, got in enumerate(lines) if got.startswith(key + ":"))
    assert lines[start : start + len(expected)] == expected
    assert after.count("#") == 1
    assert lines[-1] == "rule: manual"


def test_appending_history_where_the_writer_quoted_every_key() -> None:
    # the case hypothesis found: a "when" text of a lone newline has no plain form, so the writer quotes
    # every key; appending history still removes only the status line and the empty history
    day = dt.date(2000, 1, 1)
    claim = Claim(
        id="c-0000000001", text="no", spans=((0, 1),), article="no", quote="direct", kind="statement",
        when=DateRange(start=day, end=day, text="\n"), rule="no", status="no",
    )  # fmt: skip
    step = StatusChange(date=day, to="no")
    text = dump(claim_to_dict(claim))
    assert '"history": []' in text.splitlines()
    new = attrs.evolve(claim, status=step.to, history=(step,))
    after = edit_claim(text, "c.yaml", claim, new)
    assert _claim(after) == new
    removed, _ = _changed_lines(text, after)
    assert set(removed) <= {'"status": "no"', '"history": []'}
