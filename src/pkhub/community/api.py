"""The communities API: communities for everyone; threads and posts only where the user may read them.

Reads use the browser session when there is one (a visitor reads public communities only); the LCM
roster is public without its contacts; survey answers need a signed-in user and follow the same
rules as the pages (a focal point reads their own state's answers only).
"""

import datetime

from django.http import Http404
from ninja import Router, Schema
from ninja.security import django_auth

from pkhub.community import lcm_selectors, selectors

router = Router(tags=["community"])


class CommunityOut(Schema):
    slug: str
    name: str
    description: str
    joining: str
    visibility: str
    url: str

    @staticmethod
    def resolve_url(obj):
        return obj.get_absolute_url()


class PostOut(Schema):
    id: int
    author: str
    body: str
    created_at: datetime.datetime

    @staticmethod
    def resolve_author(obj):
        return obj.author.display_name


class ThreadOut(Schema):
    id: int
    community: str
    title: str
    author: str
    locked: bool
    created_at: datetime.datetime
    last_post_at: datetime.datetime | None
    url: str

    @staticmethod
    def resolve_community(obj):
        return obj.community.slug

    @staticmethod
    def resolve_author(obj):
        return obj.author.display_name

    @staticmethod
    def resolve_url(obj):
        return obj.get_absolute_url()


class ThreadDetail(ThreadOut):
    posts: list[PostOut]

    @staticmethod
    def resolve_posts(obj):
        return obj.visible_posts  # set by the view: hidden posts only for moderators


class RosterOut(Schema):
    id: int
    kind: str
    name: str
    member_state: str
    areas: list[str]
    languages: list[str]
    team_size: int | None
    available_from: datetime.date
    available_until: datetime.date

    @staticmethod
    def resolve_member_state(obj):
        return obj.member_state.iso3


class SurveyAnswerOut(Schema):
    round: str
    member_state: str
    provides: bool
    provided_areas: list[str]
    receives: bool
    needed_areas: list[str]
    submitted_at: datetime.datetime

    @staticmethod
    def resolve_round(obj):
        return str(obj.round)

    @staticmethod
    def resolve_member_state(obj):
        return obj.member_state.iso3


@router.get("/communities", response=list[CommunityOut], summary="Communities of practice")
def community_list(request):
    return list(selectors.community_list(user=request.user))


@router.get("/communities/threads", response=list[ThreadOut], summary="Threads you may read, latest first")
def thread_list(request, community: str | None = None):
    queryset = selectors.threads_visible(user=request.user)
    if community:
        queryset = queryset.filter(community__slug=community)
    return list(queryset[:100])


@router.get("/communities/threads/{thread_id}", response=ThreadDetail, summary="One thread with its posts")
def thread_detail(request, thread_id: int):
    thread = selectors.threads_visible(user=request.user).filter(pk=thread_id).first()
    if thread is None:
        raise Http404("No such thread")
    thread.visible_posts = list(selectors.posts_visible(user=request.user, thread=thread))
    return thread


@router.get("/lcm/roster", response=list[RosterOut], summary="The LCM roster (no contact addresses)")
def roster_list(request, area: str | None = None):
    return list(lcm_selectors.roster_list(area=area))


@router.get("/lcm/survey-answers", auth=django_auth, response=list[SurveyAnswerOut], summary="LCM survey answers you may read")
def survey_answers(request):
    return list(lcm_selectors.survey_answers_visible(user=request.user))
