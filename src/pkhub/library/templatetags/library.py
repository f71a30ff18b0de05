"""Template helpers of the library pages."""

from django import template
from django.template.defaultfilters import filesizeformat

from pkhub.core.languages import LANGUAGE_LABELS, NATIVE_NAMES, is_rtl

register = template.Library()


@register.simple_tag
def version_in(resource, lang):
    """The version in `lang`, else the original, else any."""
    return resource.version_in(lang)


@register.simple_tag
def original_of(resource):
    return next((v for v in resource.versions.all() if v.lang == resource.original_language), None)


@register.simple_tag
def out_of_date(version, original):
    return version.is_out_of_date(original)


@register.filter
def language_name(code):
    """The language's name in the interface language."""
    return LANGUAGE_LABELS.get(code, code)


@register.filter
def native_name(code):
    return NATIVE_NAMES.get(code, code)


@register.filter
def text_dir(code):
    return "rtl" if is_rtl(code) else "ltr"


@register.filter
def file_facts(document):
    """What a reader needs before the click, e.g. "PDF, 2.3 MB"."""
    return f"{document.format.upper()}, {filesizeformat(document.size)}"


@register.filter
def get_hits(hits_by_resource, resource_id):
    """The matched versions of one resource (search results)."""
    return hits_by_resource.get(resource_id, [])


@register.filter
def hit_for(hits, lang):
    """The hit in `lang` among a resource's matched versions, if any."""
    return next((hit for hit in hits or () if hit.lang == lang), None)


@register.filter
def get_count(counts, key):
    return counts.get(key, 0)
