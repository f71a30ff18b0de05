"""The certificate of completion as PDF, laid out by WeasyPrint.

WeasyPrint shapes text with Pango and HarfBuzz and finds fonts through fontconfig, so a name in
Arabic is joined and set right to left, and Chinese or Cyrillic names use the Noto fonts
installed on the machine (fonts-noto-core, fonts-noto-cjk; see bin/system-deps).
"""

from django.template.loader import render_to_string
from django.utils import translation

from pkhub.core.languages import content_language, is_rtl
from pkhub.eguide.models import Certificate


def certificate_pdf(*, certificate: Certificate, verify_url: str, lang: str | None = None) -> bytes:
    """The PDF bytes of `certificate`, in the UI language `lang` (the active one by default)."""
    from weasyprint import HTML  # imported here: loading Pango costs time and only this needs it

    with translation.override(lang or translation.get_language()):
        code = content_language()
        html = render_to_string(
            "eguide/certificate_pdf.html",
            {"certificate": certificate, "verify_url": verify_url, "rtl": is_rtl(code), "lang": code},
        )
    return HTML(string=html).write_pdf()
