# ruff: noqa: E501  (expected tables are as wide as the report draws them)
"""The report's table layouts, exactly: run through `claimtrack.cli.main` on a store built in a temporary
folder (tests/report_store.py). A change of layout shows here as a changed expected text."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.cli import main
from tests import report_store

LAYOUTS = {
    "simple_80": (
        "--width 80",
        """\
id          claim          speaker         outlet      date        status
----------  -------------  --------------  ----------  ----------  -------------
c-0f134     The harbour    Ana Diaz,       Daily Tide  2024-01-15  Mostly false
            bridge         Mayor of Port
            carried        Vale
            40,000 cars a
            day in 2023
✘ refutes   The bridge     Port Vale                   2024-02-20
            averaged       statistics
            31,200         office
            vehicles a
            day in 2023.
• context   Counts         https://tide.e
            exclude        xample/archive
            lorries.
c-10e13     to open a      Ana Diaz,       Daily Tide  2024-01-15  Kept
            second bridge  Mayor of Port
            by 2025        Vale
✔ supports  Second bridge  Council                     2025-12-01
            opened 30      minutes
            November
            2025.
c-b23ee     fares would    Port Vale       Daily Tide  2024-01-15  Researching
            fall by March  council
            2024
            no evidence
            yet
c-ccfb9     <script>alert  (unattributed)  Vale Post   2024-02-01  Unverified
            (1)</script>
            the vote was
            rigged
            no evidence
            yet
c-24911     It is a shame  Ben Ode         Vale Post   2024-02-01  Not checkable
            no evidence
            cited
""",
    ),
    "grid_72_diaz": (
        "--format grid --width 72 --speaker diaz",
        """\
+------------+------------+------------+------------+------------+--------------+
| id         | claim      | speaker    | outlet     | date       | status       |
+============+============+============+============+============+==============+
| c-0f134    | The        | Ana Diaz,  | Daily Tide | 2024-01-15 | Mostly false |
|            | harbour    | Mayor of   |            |            |              |
|            | bridge     | Port Vale  |            |            |              |
|            | carried    |            |            |            |              |
|            | 40,000     |            |            |            |              |
|            | cars a day |            |            |            |              |
|            | in 2023    |            |            |            |              |
+------------+------------+------------+------------+------------+--------------+
| ✘ refutes  | The bridge | Port Vale  |            | 2024-02-20 |              |
|            | averaged   | statistics |            |            |              |
|            | 31,200     | office     |            |            |              |
|            | vehicles a |            |            |            |              |
|            | day in     |            |            |            |              |
|            | 2023.      |            |            |            |              |
+------------+------------+------------+------------+------------+--------------+
| • context  | Counts     | https://ti |            |            |              |
|            | exclude    | de.example |            |            |              |
|            | lorries.   | /archive   |            |            |              |
+------------+------------+------------+------------+------------+--------------+
| c-10e13    | to open a  | Ana Diaz,  | Daily Tide | 2024-01-15 | Kept         |
|            | second     | Mayor of   |            |            |              |
|            | bridge by  | Port Vale  |            |            |              |
|            | 2025       |            |            |            |              |
+------------+------------+------------+------------+------------+--------------+
| ✔ supports | Second     | Council    |            | 2025-12-01 |              |
|            | bridge     | minutes    |            |            |              |
|            | opened 30  |            |            |            |              |
|            | November   |            |            |            |              |
|            | 2025.      |            |            |            |              |
+------------+------------+------------+------------+------------+--------------+
""",
    ),
    "plain_vale": (
        "--format plain --width 0 --outlet vale",
        """\
id       claim                                          speaker         outlet     date        status
c-ccfb9  <script>alert(1)</script> the vote was rigged  (unattributed)  Vale Post  2024-02-01  Unverified
         no evidence yet
c-24911  It is a shame                                  Ben Ode         Vale Post  2024-02-01  Not checkable
         no evidence cited
""",
    ),
    "markdown_promise": (
        "--format markdown --width 0 --kind promise",
        """\
| id         | claim                                  | speaker                      | outlet     | date       | status   |
|------------|----------------------------------------|------------------------------|------------|------------|----------|
| c-10e13    | to open a second bridge by 2025        | Ana Diaz, Mayor of Port Vale | Daily Tide | 2024-01-15 | Kept     |
| ✔ supports | Second bridge opened 30 November 2025. | Council minutes              |            | 2025-12-01 |          |
""",
    ),
    "by_status_final": (
        "--group-by status --width 0 --final",
        """\
Status: Mostly false (1 claim)

id         claim                                                 speaker                       outlet      date        status
---------  ----------------------------------------------------  ----------------------------  ----------  ----------  ------------
c-0f134    The harbour bridge carried 40,000 cars a day in 2023  Ana Diaz, Mayor of Port Vale  Daily Tide  2024-01-15  Mostly false
✘ refutes  The bridge averaged 31,200 vehicles a day in 2023.    Port Vale statistics office               2024-02-20
• context  Counts exclude lorries.                               https://tide.example/archive

Status: Kept (1 claim)

id          claim                                   speaker                       outlet      date        status
----------  --------------------------------------  ----------------------------  ----------  ----------  --------
c-10e13     to open a second bridge by 2025         Ana Diaz, Mayor of Port Vale  Daily Tide  2024-01-15  Kept
✔ supports  Second bridge opened 30 November 2025.  Council minutes                           2025-12-01

Status: Not checkable (1 claim)

id       claim              speaker    outlet     date        status
-------  -----------------  ---------  ---------  ----------  -------------
c-24911  It is a shame      Ben Ode    Vale Post  2024-02-01  Not checkable
         no evidence cited
""",
    ),
    "summary": (
        "--summary",
        """\
speaker              Unverified    Researching    Mostly false    Kept    Not checkable    total
-----------------  ------------  -------------  --------------  ------  ---------------  -------
Ana Diaz                      0              0               1       1                0        2
Ben Ode                       0              0               0       0                1        1
Port Vale council             0              1               0       0                0        1
(unattributed)                1              0               0       0                0        1
total                         1              1               1       1                1        5
""",
    ),
    "summary_outlet_github": (
        "--summary --group-by outlet --format github",
        """\
| outlet     |   Unverified |   Researching |   Mostly false |   Kept |   Not checkable |   total |
|------------|--------------|---------------|----------------|--------|-----------------|---------|
| Daily Tide |            0 |             1 |              1 |      1 |               0 |       3 |
| Vale Post  |            1 |             0 |              0 |      0 |               1 |       2 |
| total      |            1 |             1 |              1 |      1 |               1 |       5 |
""",
    ),
    "due": (
        "--due --today 2026-01-01 --width 80",
        """\
id       claim                speaker    outlet      date        status
-------  -------------------  ---------  ----------  ----------  -----------
c-b23ee  fares would fall by  Port Vale  Daily Tide  2024-01-15  Researching
         March 2024           council
         no evidence yet

Predictions and promises due for follow-up on 2026-01-01: 1.
""",
    ),
    "csv": (
        "--format csv",
        """\
row,claim,text,speaker,role,outlet,date,status,stance,source,url
claim,c-0f13465835,"The harbour bridge carried 40,000 cars a day in 2023",Ana Diaz,Mayor of Port Vale,Daily Tide,2024-01-15,mostly-false,,,
evidence,c-0f13465835,"The bridge averaged 31,200 vehicles a day in 2023.",,,,2024-02-20,,refutes,Port Vale statistics office,https://stats.example/traffic-2023
evidence,c-0f13465835,Counts exclude lorries.,,,,,,context,,https://tide.example/archive
claim,c-10e13efe5e,to open a second bridge by 2025,Ana Diaz,Mayor of Port Vale,Daily Tide,2024-01-15,kept,,,
evidence,c-10e13efe5e,Second bridge opened 30 November 2025.,,,,2025-12-01,,supports,Council minutes,https://council.example/minutes
claim,c-b23ee40869,fares would fall by March 2024,Port Vale council,,Daily Tide,2024-01-15,researching,,,
claim,c-ccfb9c91a7,<script>alert(1)</script> the vote was rigged,,,Vale Post,2024-02-01,unverified,,,
claim,c-249112a0c9,It is a shame,Ben Ode,,Vale Post,2024-02-01,not-checkable,,,
""",
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("layouts") / "store"
    report_store.build(root)
    return root


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layout(name: str, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args, expected = LAYOUTS[name]
    assert main(["report", "--store", str(store), *args.split()]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == expected


def test_layouts_are_distinct() -> None:
    assert len({args for args, _ in LAYOUTS.values()}) == len(LAYOUTS)
