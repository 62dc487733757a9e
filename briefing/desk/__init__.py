"""The desk's own hand, a stage between merging and assembly.

``corrections.py`` reads ``corrections.toml``; ``apply.py`` applies it to an extraction;
``nearest.py`` names the ids a stale entry may have meant; ``notes.py`` turns ``notes.md``
into the analyst comment; ``step.py`` is what a build calls; ``review.py`` writes the
review sheet (``briefing review``).
"""
