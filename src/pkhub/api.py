"""The public API, version 1 (DESIGN.md: "The public API"). Each app adds its router."""

from ninja import NinjaAPI

from pkhub.community.api import router as community_router
from pkhub.eguide.api import router as eguide_router
from pkhub.library.api import router as library_router
from pkhub.news.api import router as news_router
from pkhub.pledges.api import router as pledges_router
from pkhub.training.api import router as training_router

api = NinjaAPI(
    title="Peacekeeping Resource Hub API",
    version="1.0.0",
    description="Official peacekeeping guidance and training materials in the six UN languages.",
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api-v1",
)
api.add_router("", library_router)
api.add_router("", training_router)
api.add_router("", pledges_router)
api.add_router("", eguide_router)
api.add_router("", news_router)
api.add_router("", community_router)
