"""Test settings: in CI (HYPOTHESIS_PROFILE=ci) hypothesis draws the same examples every run, so a red
build is reproducible and never depends on luck; elsewhere it keeps exploring new ones."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
