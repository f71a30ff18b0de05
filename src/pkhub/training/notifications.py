"""Telling a Member State's focal point what became of their nominee (sent after the review commits)."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _



def nomination_outcome_notify(*, nomination_id: int) -> None:
    """E-mails the outcome of a review to whoever nominated the candidate, in their language."""
    from pkhub.training.models import Nomination

    nomination = (
        Nomination.objects.select_related("session__course", "nominated_by", "member_state").filter(pk=nomination_id).first()
    )
    recipient = nomination.nominated_by if nomination else None
    if recipient is None or not recipient.email:
        return
    ui_language = recipient.preferred_language or settings.LANGUAGE_CODE
    with translation.override(ui_language):
        session = nomination.session
        dates = f"{session.start_date:%Y-%m-%d} – {session.end_date:%Y-%m-%d}" if session.start_date else ""
        subject = _("Nomination %(status)s: %(candidate)s, %(course)s") % {
            "status": nomination.get_status_display().lower(),
            "candidate": nomination.candidate_name,
            "course": session.course.title,
        }
        lines = [
            _("Your nomination of %(candidate)s to %(course)s %(dates)s is now: %(status)s.") % {
                "candidate": nomination.candidate_name,
                "course": session.course.title,
                "dates": dates,
                "status": nomination.get_status_display(),
            },
        ]
        if nomination.review_note:
            lines.append(_("Note from the Integrated Training Service: %(note)s") % {"note": nomination.review_note})
        path = reverse("training:my-nominations")
        lines.append(_("All your state's nominations: %(url)s") % {"url": settings.SITE_URL.rstrip("/") + path})
    send_mail(subject, "\n\n".join(lines), None, [recipient.email])
