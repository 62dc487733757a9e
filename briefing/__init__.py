"""briefing: a folder of news articles -> a weekly, sourced briefing PDF."""

__version__ = "0.1.0"
