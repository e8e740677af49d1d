"""Test settings: in CI (HYPOTHESIS_PROFILE=ci) hypothesis draws the same examples every run, so a red
build is reproducible and never depends on luck; elsewhere it keeps exploring new ones. Neither profile
times anything: the examples have no deadline and slow generation is no failure, since a loaded machine
must not turn a build red (speed is measured by the benchmarks, never by tests)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", derandomize=True, print_blob=True, **_UNTIMED)
settings.register_profile("local", **_UNTIMED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "local"))
