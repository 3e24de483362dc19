"""The words of the domain that every layer shares: ratings, rankings, kinds of evidence.

The bundle format, the catalogue and the screens all spell them this way; they are codes,
never labels (labels come from the catalogue and the translations).
"""

from __future__ import annotations

from typing import Literal

RATINGS = ("green", "yellow", "red")
RANKINGS = ("slow_progress", "limited_measures", "some_progress", "notable_efforts")
EVIDENCE_KINDS = ("legislation", "policy", "report", "media", "interview", "statistics", "other")

Rating = Literal["green", "yellow", "red"]
Ranking = Literal["slow_progress", "limited_measures", "some_progress", "notable_efforts"]
EvidenceKind = Literal["legislation", "policy", "report", "media", "interview", "statistics", "other"]
