"""Text -> Article with attributed claims. (Stub until the parser lands: finds no claims yet.)"""

from __future__ import annotations

import datetime as dt

from claimtrack.ids import article_id, text_hash
from claimtrack.model import Article


def parse_article(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    options: object | None = None,
) -> Article:
    """Parse one article's text into an `Article` whose `claims` hold every claim found."""
    del options
    return Article(
        id=article_id(text, title=title, outlet=outlet, published=published, url=url),
        text_hash=text_hash(text),
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        text=text,
    )
