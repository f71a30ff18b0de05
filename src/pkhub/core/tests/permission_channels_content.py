"""Channels of the permission matrix for content and communities: library resources, community threads,
the LCM, e-Guide attempts, the ITS update and news. Each function does one cell's action through one
page, API call, search, download, feed or admin page."""

import datetime

from django.utils import timezone

from pkhub.community.lcm_models import RosterEntry, SurveyAnswer, TrainingRequest
from pkhub.community.models import Post, Thread
from pkhub.core.tests.permission_probe import channel, watch
from pkhub.eguide.models import Attempt
from pkhub.library.models import LanguageVersion, Resource, Status
from pkhub.news.models import NewsItem, NewsletterIssue, NewsletterItem

watch("resource", Resource, LanguageVersion)
watch("thread", Thread, Post)
watch("survey", SurveyAnswer)
watch("roster", RosterEntry)
watch("training-request", TrainingRequest)
watch("attempt", Attempt)
watch("newsletter", NewsletterIssue, NewsletterItem)
watch("news", NewsItem)


# Library resources ------------------------------------------------------------------------------

@channel("resource", "view", "page")
def resource_page(probe):
    probe.read(f"/en/resources/{probe.obj.slug}/")


@channel("resource", "view", "api")
def resource_api(probe):
    probe.read(f"/api/v1/resources/{probe.obj.slug}")


@channel("resource", "view", "browse")
def resource_browse(probe):
    probe.listed("/en/resources/")


@channel("resource", "view", "api-list")
def resource_api_list(probe):
    probe.listed("/api/v1/resources")


@channel("resource", "view", "search")
def resource_search(probe):
    # The page repeats the query: the resource's own address says whether it was found.
    probe.listed("/en/search/", q=probe.secret, marker=f"/resources/{probe.obj.slug}/")


@channel("resource", "view", "api-search")
def resource_api_search(probe):
    probe.listed("/api/v1/resources", q=probe.secret, marker=f"/resources/{probe.obj.slug}/")


@channel("resource", "view", "admin-list")
def resource_admin_list(probe):
    # The admin is for staff: it may refuse a role the rule allows, never show what the rule refuses.
    probe.listed("/en/admin/library/resource/", exact=False)


@channel("resource", "export-file-download", "download")
def resource_download(probe):
    version_file = probe.world.extra[f"{probe.cell.subject.key}-file"]
    probe.read(f"/files/{version_file.pk}/{version_file.download_name}", marker="")


@channel("resource", "create", "admin")
def resource_create(probe):
    changes = {"slug": "pmx-new-resource", "kind": probe.world.objects["resource-draft"].kind,
               "status": Status.DRAFT, "original_language": "en"}
    probe.write(lambda: probe.admin_save("/en/admin/library/resource/add/", changes),
                lambda: Resource.objects.filter(slug="pmx-new-resource").exists())


@channel("resource", "change", "admin")
def resource_change(probe):
    resource = probe.obj
    probe.write(lambda: probe.admin_save(f"/en/admin/library/resource/{resource.pk}/change/", {"edition": "pmx 2nd"}),
                lambda: Resource.objects.get(pk=resource.pk).edition == "pmx 2nd")


@channel("resource", "delete", "admin")
def resource_delete(probe):
    probe.deleted_in_admin()


@channel("resource", "publish", "admin-action")
def resource_publish(probe):
    data = {"action": "publish", "_selected_action": [probe.obj.pk], "index": 0}
    probe.write(lambda: probe.post("/en/admin/library/resource/", data),
                lambda: Resource.objects.get(pk=probe.obj.pk).status == Status.PUBLISHED)


# Community threads ------------------------------------------------------------------------------

@channel("thread", "view", "page")
def thread_page(probe):
    probe.read(probe.obj.get_absolute_url())


@channel("thread", "view", "community-page")
def thread_on_community_page(probe):
    probe.listed(probe.obj.community.get_absolute_url())


@channel("thread", "view", "api")
def thread_api(probe):
    probe.read(f"/api/v1/communities/threads/{probe.obj.pk}")


@channel("thread", "view", "api-list")
def thread_api_list(probe):
    probe.listed("/api/v1/communities/threads")


@channel("thread", "view", "search")
def thread_search(probe):
    # Threads are not in the hub's search: whatever it finds, a thread must not leak into it.
    for url in ("/en/search/", "/api/v1/resources"):
        probe.listed(url, exact=False, q=probe.secret, marker=f"/threads/{probe.obj.pk}/")


@channel("thread", "create-thread", "page")
def thread_create(probe):
    data = {"title": "Thread pmxnewthread", "body": "Who teaches it?"}
    probe.write(lambda: probe.post(f"/en/communities/{probe.obj.slug}/threads/new/", data),
                lambda: Thread.objects.filter(title="Thread pmxnewthread").exists())


@channel("thread", "create-reply", "page")
def thread_reply(probe):
    thread = probe.obj
    probe.write(lambda: probe.post(f"{thread.get_absolute_url()}reply/", {"body": "Reply pmxnewreply"}),
                lambda: Post.objects.filter(thread=thread, body="Reply pmxnewreply").exists())


def _moderate(probe, action: str, field: str):
    thread = probe.obj
    data = {"action": action, "target": thread.pk}
    probe.write(lambda: probe.post(f"/en/communities/{thread.community.slug}/moderate/", data),
                lambda: getattr(Thread.objects.get(pk=thread.pk), field))


@channel("thread", "change-lock", "page")
def thread_lock(probe):
    _moderate(probe, "lock", "locked")


@channel("thread", "delete-hide", "page")
def thread_hide(probe):
    _moderate(probe, "hide-thread", "hidden")


# The Light Coordination Mechanism ---------------------------------------------------------------

@channel("survey", "view", "api")
def survey_answer_api(probe):
    # The API gives the answer's state and areas, not its text.
    probe.listed("/api/v1/lcm/survey-answers", marker=f'"{probe.obj.member_state.iso3}"')


@channel("survey", "view", "survey-page")
def survey_answer_page(probe):
    probe.listed("/en/communities/lcm/survey/", exact=False)


@channel("survey", "view", "results-page")
def survey_answer_on_results(probe):
    probe.listed(f"/en/communities/lcm/survey/{probe.obj.round_id}/results/", exact=False)


@channel("survey", "view-results", "page")
def survey_results(probe):
    probe.read(f"/en/communities/lcm/survey/{probe.obj.pk}/results/", marker="")


@channel("survey", "create", "page")
def survey_answer(probe):
    data = {"provides": "on", "provided_areas": [probe.world.extra["area"]], "activities": "Courses pmxnewanswer"}
    probe.write(lambda: probe.post("/en/communities/lcm/survey/", data),
                lambda: SurveyAnswer.objects.filter(round=probe.obj, activities="Courses pmxnewanswer").exists())


@channel("roster", "view-contact-address", "page")
def roster_contact(probe):
    probe.listed("/en/communities/lcm/roster/")


@channel("roster", "view-contact-address", "api")
def roster_contact_api(probe):
    # The API's roster is public and has no contact addresses, for anyone.
    probe.listed("/api/v1/lcm/roster", exact=False)


def _dates(days: int) -> tuple[str, str]:
    today = timezone.localdate()
    return today.isoformat(), (today + datetime.timedelta(days=days)).isoformat()


@channel("roster", "create", "page")
def roster_register(probe):
    start, end = _dates(60)
    data = {"kind": "trainer", "name": "Trainer pmxnewtrainer", "areas": [probe.world.extra["area"]],
            "available_from": start, "available_until": end,
            "member_state": probe.world.objects["roster-a"].member_state_id}
    probe.write(lambda: probe.post("/en/communities/lcm/roster/", data),
                lambda: RosterEntry.objects.filter(name="Trainer pmxnewtrainer").exists())


@channel("training-request", "view", "page")
def request_page(probe):
    probe.read(f"/en/communities/lcm/requests/{probe.obj.pk}/")


@channel("training-request", "view", "list")
def request_list(probe):
    probe.listed("/en/communities/lcm/requests/", marker=f"/lcm/requests/{probe.obj.pk}/")


@channel("training-request", "create", "page")
def request_create(probe):
    start, end = _dates(30)
    data = {"area": probe.world.extra["area"], "wanted_from": start, "wanted_until": end,
            "description": "Needed pmxnewrequest"}
    probe.write(lambda: probe.post("/en/communities/lcm/requests/", data),
                lambda: TrainingRequest.objects.filter(description="Needed pmxnewrequest").exists())


# e-Guide attempts -------------------------------------------------------------------------------

@channel("attempt", "view", "page")
def attempt_page(probe):
    probe.read(f"/en/e-guide/attempts/{probe.obj.pk}/")


@channel("attempt", "create", "page")
def attempt_submit(probe):
    question, choice = probe.world.extra["question"], probe.world.extra["choice"]
    before = Attempt.objects.count()
    probe.write(lambda: probe.post(f"/en/e-guide/{probe.obj.number}/assessment/", {f"q{question.pk}": choice.pk}),
                lambda: Attempt.objects.count() == before + 1)


# The ITS update ---------------------------------------------------------------------------------

def _issue_link(probe) -> str:
    return f"its-update/{probe.obj.number}/"


@channel("newsletter", "view", "page")
def issue_page(probe):
    probe.read(f"/en/news/its-update/{probe.obj.number}/")


@channel("newsletter", "view", "lists")
def issue_lists(probe):
    for url in ("/en/news/its-update/", "/en/news/"):
        probe.listed(url, marker=_issue_link(probe))


@channel("newsletter", "view", "api-list")
def issue_api(probe):
    probe.listed("/api/v1/newsletter-issues", exact=False, marker=_issue_link(probe))


@channel("newsletter", "view", "feeds")
def issue_feeds(probe):
    for url in ("/news.rss", "/news.atom", "/en/news/feed.rss"):
        probe.listed(url, exact=False, marker=_issue_link(probe))


@channel("newsletter", "view", "admin-list")
def issue_admin_list(probe):
    probe.listed("/en/admin/news/newsletterissue/", exact=False, marker=f"/newsletterissue/{probe.obj.pk}/change/")


@channel("newsletter", "create", "page")
def issue_propose(probe):
    before = NewsletterIssue.objects.count()
    probe.write(lambda: probe.post("/en/news/its-update/propose/"),
                lambda: NewsletterIssue.objects.count() == before + 1)


@channel("newsletter", "change", "page")
def issue_edit(probe):
    issue = probe.obj
    probe.write(lambda: probe.post(f"/en/news/its-update/{issue.number}/edit/?lang=en",
                                   {"intro": "Changed pmxchangedintro", "lang": "en"}),
                lambda: NewsletterIssue.objects.get(pk=issue.pk).intro_en == "Changed pmxchangedintro")


@channel("newsletter", "publish", "page")
def issue_publish(probe):
    issue = probe.obj
    probe.write(lambda: probe.post(f"/en/news/its-update/{issue.number}/publish/"),
                lambda: NewsletterIssue.objects.get(pk=issue.pk).status == "published")


@channel("newsletter", "delete", "admin")
def issue_delete(probe):
    probe.deleted_in_admin()


# News items -------------------------------------------------------------------------------------

@channel("news", "view", "page")
def news_page(probe):
    probe.read(f"/en/news/items/{probe.obj.slug}/")


@channel("news", "view", "index")
def news_index(probe):
    probe.listed("/en/news/")


@channel("news", "view", "api-and-feeds")
def news_api_and_feeds(probe):
    for url in ("/api/v1/news", "/news.rss", "/news.atom"):
        probe.listed(url, exact=False)


@channel("news", "view", "admin-list")
def news_admin_list(probe):
    probe.listed("/en/admin/news/newsitem/", exact=False)


@channel("news", "create", "admin")
def news_create(probe):
    changes = {"slug": "pmx-new-news", "title_en": "News pmxnewnews", "status": "draft"}
    probe.write(lambda: probe.admin_save("/en/admin/news/newsitem/add/", changes),
                lambda: NewsItem.objects.filter(slug="pmx-new-news").exists())


@channel("news", "change", "admin")
def news_change(probe):
    item = probe.obj
    probe.write(lambda: probe.admin_save(f"/en/admin/news/newsitem/{item.pk}/change/", {"title_en": "Changed pmxnews"}),
                lambda: NewsItem.objects.get(pk=item.pk).title_en == "Changed pmxnews")


@channel("news", "delete", "admin")
def news_delete(probe):
    probe.deleted_in_admin()
