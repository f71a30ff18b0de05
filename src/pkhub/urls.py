from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from pkhub.api import api
from pkhub.core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("pkhub.library.download_urls")),
    path("", include("pkhub.training.feed_urls")),
    path("", include("pkhub.news.feed_urls")),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("training/", include("pkhub.training.urls")),
    path("pledging/", include("pkhub.pledges.urls")),
    path("e-guide/", include("pkhub.eguide.urls")),
    path("news/", include("pkhub.news.urls")),
    path("communities/", include("pkhub.community.urls")),
    path("", include("pkhub.library.urls")),
    prefix_default_language=True,
)

admin.site.site_header = admin.site.site_title = "Peacekeeping Resource Hub"
