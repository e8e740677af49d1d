"""`python -m claimtrack` does what the `claimtrack` command does."""

from claimtrack.cli import run

run()
