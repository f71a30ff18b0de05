"""Writes of the pledges app: pledges and their life cycle, the catalogue, PCRS units and levels."""

from pkhub.pledges.services.pledges import (
    GUIDE_FINANCIAL_REASON,
    PledgeConflict,
    financial_refusal,
    pledge_announce,
    pledge_create,
    pledge_report_progress,
    pledge_return,
    pledge_submit,
    pledge_update,
    pledge_validate,
    pledge_withdraw,
    requirement_update,
)
from pkhub.pledges.services.units import unit_register, unit_set_level, unit_update

__all__ = [
    "GUIDE_FINANCIAL_REASON",
    "PledgeConflict",
    "financial_refusal",
    "pledge_announce",
    "pledge_create",
    "pledge_report_progress",
    "pledge_return",
    "pledge_submit",
    "pledge_update",
    "pledge_validate",
    "pledge_withdraw",
    "requirement_update",
    "unit_register",
    "unit_set_level",
    "unit_update",
]
