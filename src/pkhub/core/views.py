from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from pkhub.search.backends import get_search_backend


@never_cache
def healthz(request):
    """`{"status": "ok"}` when the database and the search index answer; 503 otherwise."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means "not healthy"
        checks["database"] = f"error: {exc.__class__.__name__}"
    try:
        get_search_backend().search("healthz", limit=1, with_facets=False, with_snippets=False)
        checks["search"] = "ok"
    except Exception as exc:  # noqa: BLE001
        checks["search"] = f"error: {exc.__class__.__name__}"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503)
