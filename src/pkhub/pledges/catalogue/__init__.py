"""The requirements catalogue of the pledging guide for the 2025 Berlin Peacekeeping Ministerial.

Structured data transcribed from `content/pledging_guide_berlin_2025.txt`: one record per
requirement the guide asks Member States to pledge against, in the guide's order. A bullet that
only introduces the bullets under it (e.g. "Aviation units", "Measures at the national level"),
the figures that belong to one requirement (the five gender targets), and the conditions on
hosting training are not requirements of their own; requirements the guide states in prose
(the RDL workshop, staff officers, the justice and corrections paragraph, integrated planning)
are. `manage.py loaddemo_pledges` loads them.
"""

from pkhub.pledges.catalogue import accountability, communications, training, uniformed, wps
from pkhub.pledges.catalogue.record import R

BERLIN_2025: list[R] = [
    *uniformed.REQUIREMENTS,
    *accountability.REQUIREMENTS,
    *communications.REQUIREMENTS,
    *wps.REQUIREMENTS,
    *training.REQUIREMENTS,
]

__all__ = ["BERLIN_2025", "R"]
