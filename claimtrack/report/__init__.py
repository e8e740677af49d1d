"""Reports on a claim store: claim-versus-evidence tables, status summaries, ClaimReview export.

The reporter reads claims and returns text (or, for ClaimReview, dicts); it never prints or writes.
"""

from claimtrack.report.claimreview import Export, export_claimreviews, to_claimreview
from claimtrack.report.errors import NotReviewableError, ReportError
from claimtrack.report.formats import FORMATS
from claimtrack.report.tables import GROUPS, SUMMARY_AXES, Layout, claim_table, due, summary_table

__all__ = [
    "FORMATS",
    "GROUPS",
    "SUMMARY_AXES",
    "Export",
    "Layout",
    "NotReviewableError",
    "ReportError",
    "claim_table",
    "due",
    "export_claimreviews",
    "summary_table",
    "to_claimreview",
]
