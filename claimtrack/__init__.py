"""claimtrack: who said what, via which outlet; is it true; what does the record show."""

__version__ = "0.1.0"
