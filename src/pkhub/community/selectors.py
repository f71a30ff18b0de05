"""Reads of communities of practice; private content exists only for members."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from pkhub.community.models import (
    Community,
    DraftReview,
    Membership,
    MemberStatus,
    Post,
    ResourceComment,
    Thread,
    Visibility,
)


def community_list(*, user) -> QuerySet[Community]:
    """Every community (names and descriptions are public; their content may not be)."""
    return Community.objects.annotate(
        member_count=Count("memberships", filter=Q(memberships__status=MemberStatus.ACTIVE), distinct=True)
    ).order_by("name")


def community_get(*, slug: str) -> Community:
    try:
        return Community.objects.get(slug=slug)
    except Community.DoesNotExist:
        raise Http404("No such community") from None


def membership_of(*, user, community: Community) -> Membership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Membership.objects.filter(community=community, user=user).first()


def communities_readable(*, user) -> QuerySet[Community]:
    """The communities whose content `user` may read: public ones and those they are an active member of."""
    readable = Q(visibility=Visibility.PUBLIC)
    if getattr(user, "is_authenticated", False):
        if user.has_perm("community.moderate_community"):  # administrators
            return Community.objects.all()
        readable |= Q(memberships__user=user, memberships__status=MemberStatus.ACTIVE)
    return Community.objects.filter(readable).distinct()


def threads_visible(*, user, community: Community | None = None) -> QuerySet[Thread]:
    """Threads the user may read; hidden ones only for the community's moderators."""
    queryset = Thread.objects.filter(community__in=communities_readable(user=user)).select_related("community", "author")
    if community is not None:
        queryset = queryset.filter(community=community)
        if user.has_perm("community.moderate_community", community):
            return queryset.annotate(reply_count=Count("posts") - 1)
    return queryset.filter(hidden=False).annotate(reply_count=Count("posts") - 1)


def thread_get(*, user, community: Community, pk) -> Thread:
    try:
        return threads_visible(user=user, community=community).get(pk=int(pk))
    except (Thread.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("No such thread") from None


def posts_visible(*, user, thread: Thread) -> QuerySet[Post]:
    queryset = thread.posts.select_related("author").prefetch_related("attachments__document")
    if user.has_perm("community.moderate_community", thread.community):
        return queryset
    return queryset.filter(hidden=False)


def members(*, community: Community, status: str = MemberStatus.ACTIVE) -> QuerySet[Membership]:
    return community.memberships.filter(status=status).order_by("display_name")


def reviews_visible(*, user, community: Community) -> QuerySet[DraftReview]:
    """Drafts opened to this community: for its active members and for editors."""
    if not (user.has_perm("community.post_in_community", community) or user.has_perm("community.open_draft_review")):
        return DraftReview.objects.none()
    comments = ResourceComment.objects.filter(hidden=False).select_related("author")
    return community.reviews.select_related("resource").prefetch_related(Prefetch("comments", queryset=comments))


def review_get(*, user, community: Community, pk) -> DraftReview:
    try:
        review = DraftReview.objects.select_related("resource", "community").get(pk=int(pk), community=community)
    except (DraftReview.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("No such review") from None
    if not user.has_perm("community.view_draft_review", review):
        raise Http404("No such review")
    return review


def draft_comments_for_resource(*, resource_id: int):
    """What communities said about a draft resource (for the editors working on it)."""
    return ResourceComment.objects.filter(review__resource_id=resource_id, hidden=False).select_related("author", "review__community")
