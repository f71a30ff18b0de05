"""Pages of the communities of practice. Private content is a 404 for anyone who is not a member."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from pkhub.community import selectors, services
from pkhub.community.forms import CommentForm, JoinForm, ReplyForm, ThreadForm
from pkhub.community.models import Attachment, Membership, MemberStatus, Post
from pkhub.ingest.services import IngestError
from pkhub.library import selectors as library_selectors


def _error(request, exc: ValidationError) -> None:
    messages.error(request, " ".join(exc.messages))


@require_safe
def index(request):
    return render(request, "community/index.html", {"communities": selectors.community_list(user=request.user)})


@require_safe
def community(request, slug):
    found = selectors.community_get(slug=slug)
    can_read = request.user.has_perm("community.view_community", found)
    moderator = request.user.has_perm("community.moderate_community", found)
    return render(request, "community/community.html", {
        "community": found,
        "membership": selectors.membership_of(user=request.user, community=found),
        "can_read": can_read,
        "can_post": request.user.has_perm("community.post_in_community", found),
        "can_join": request.user.has_perm("community.join_community", found),
        "moderator": moderator,
        "threads": selectors.threads_visible(user=request.user, community=found) if can_read else [],
        "reviews": selectors.reviews_visible(user=request.user, community=found),
        "pending": selectors.members(community=found, status=MemberStatus.PENDING) if moderator else [],
        "thread_form": ThreadForm(), "join_form": JoinForm(),
    })


@login_required
@require_POST
def join(request, slug):
    found = selectors.community_get(slug=slug)
    form = JoinForm(request.POST)
    if form.is_valid():
        try:
            membership = services.community_join(actor=request.user, community=found, display_name=form.cleaned_data["display_name"])
        except PermissionDenied:
            messages.error(request, _("You cannot join this community."))
        else:
            messages.success(request, _("Welcome.") if membership.status == MemberStatus.ACTIVE else _("Your request was sent to the moderators."))
    return redirect(found)


@login_required
@require_POST
def thread_new(request, slug):
    found = selectors.community_get(slug=slug)
    if not request.user.has_perm("community.post_in_community", found):
        raise Http404
    form = ThreadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "community/thread_new.html", {"community": found, "form": form}, status=400)
    try:
        thread = services.thread_create(actor=request.user, community=found, files=form.cleaned_data["files"],
                                        title=form.cleaned_data["title"], body=form.cleaned_data["body"])
    except (IngestError, ValidationError) as exc:
        _error(request, exc)
        return render(request, "community/thread_new.html", {"community": found, "form": form}, status=400)
    return redirect(thread)


def _thread_context(request, found, thread, reply_form=None):
    return {
        "community": found, "thread": thread,
        "posts": selectors.posts_visible(user=request.user, thread=thread),
        "can_reply": request.user.has_perm("community.reply_to_thread", thread),
        "moderator": request.user.has_perm("community.moderate_community", found),
        "form": reply_form or ReplyForm(),
    }


@require_safe
def thread(request, slug, pk):
    found = selectors.community_get(slug=slug)
    found_thread = selectors.thread_get(user=request.user, community=found, pk=pk)
    return render(request, "community/thread.html", _thread_context(request, found, found_thread))


@login_required
@require_POST
def reply(request, slug, pk):
    found = selectors.community_get(slug=slug)
    found_thread = selectors.thread_get(user=request.user, community=found, pk=pk)
    form = ReplyForm(request.POST, request.FILES)
    status = 400
    if not request.user.has_perm("community.reply_to_thread", found_thread):
        messages.error(request, _("This thread is locked, or you are not a member."))
        status = 403
    elif form.is_valid():
        try:
            post = services.reply_create(actor=request.user, thread=found_thread, body=form.cleaned_data["body"], files=form.cleaned_data["files"])
        except PermissionDenied:  # locked since the check
            messages.error(request, _("This thread is locked, or you are not a member."))
            status = 403
        except (IngestError, ValidationError) as exc:
            _error(request, exc)
        else:
            return redirect(f"{found_thread.get_absolute_url()}#post-{post.pk}")
    return render(request, "community/thread.html", _thread_context(request, found, found_thread, form), status=status)


@login_required
@require_POST
def moderate(request, slug):
    """One moderation action: hide/unhide a post or thread, lock/unlock a thread, ban, approve or refuse a member."""
    found = selectors.community_get(slug=slug)
    if not request.user.has_perm("community.moderate_community", found):
        raise Http404
    action, target, reason = request.POST.get("action", ""), request.POST.get("target", ""), request.POST.get("reason", "")[:300]
    try:
        target_id = int(target)
    except ValueError:
        raise Http404 from None
    try:
        if action in ("hide-post", "unhide-post"):
            post = get_object_or_404(Post, pk=target_id, thread__community=found)
            services.post_hide(actor=request.user, post=post, hidden=action == "hide-post", reason=reason)
            return redirect(post.thread)
        if action in ("lock", "unlock", "hide-thread", "unhide-thread"):
            found_thread = selectors.thread_get(user=request.user, community=found, pk=target_id)
            if action in ("lock", "unlock"):
                services.thread_lock(actor=request.user, thread=found_thread, locked=action == "lock", reason=reason)
            else:
                services.thread_hide(actor=request.user, thread=found_thread, hidden=action == "hide-thread", reason=reason)
            return redirect(found_thread)
        membership = get_object_or_404(Membership, pk=target_id, community=found)
        if action == "ban":
            services.member_ban(actor=request.user, membership=membership, reason=reason)
        elif action in ("approve", "refuse"):
            services.membership_decide(actor=request.user, membership=membership, approve=action == "approve")
        else:
            raise Http404
    except ValidationError as exc:
        _error(request, exc)
    return redirect(found)


@require_safe
def attachment(request, slug, pk):
    """A post's file, for whoever may read the thread (a 404 for anyone else); always a download."""
    found = selectors.community_get(slug=slug)
    item = get_object_or_404(Attachment.objects.select_related("post__thread", "document"), pk=pk, post__thread__community=found)
    selectors.thread_get(user=request.user, community=found, pk=item.post.thread_id)
    if item.post.hidden and not request.user.has_perm("community.moderate_community", found):
        raise Http404
    response = FileResponse(item.document.file.open("rb"), as_attachment=True, filename=item.name,
                            content_type=item.document.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def review_open(request, slug):
    """An editor opens one of the library's drafts (by its slug) to this community's comments."""
    found = selectors.community_get(slug=slug)
    if not request.user.has_perm("community.open_draft_review"):
        raise Http404
    draft = library_selectors.resource_visible(user=request.user).filter(slug=request.POST.get("resource", "")[:120]).first()
    if draft is None:
        messages.error(request, _("No resource of the library has this slug."))
        return redirect(found)
    try:
        opened = services.draft_review_open(actor=request.user, community=found, resource=draft, note=request.POST.get("note", "")[:5000])
    except ValidationError as exc:
        _error(request, exc)
        return redirect(found)
    return redirect(opened)


@login_required
@require_http_methods(["GET", "POST"])
def review(request, slug, pk):
    """A draft material opened to the community: its members comment, editors read the comments."""
    found = selectors.community_get(slug=slug)
    found_review = selectors.review_get(user=request.user, community=found, pk=pk)
    form = CommentForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.resource_comment_add(actor=request.user, review=found_review, body=form.cleaned_data["body"])
            except PermissionDenied:
                raise Http404 from None
            except ValidationError as exc:
                _error(request, exc)
            else:
                return redirect(found_review)
    return render(request, "community/review.html", {
        "community": found, "review": found_review, "form": form,
        "comments": found_review.comments.filter(hidden=False).select_related("author"),
        "can_comment": request.user.has_perm("community.comment_on_draft", found_review) and found_review.open,
    })
