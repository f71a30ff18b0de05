from django_tasks import task

from pkhub.community.digest import community_digest_send


@task()
def community_digest() -> int:
    """Sends the communities' e-mail digests (run daily by the scheduler or `manage.py community_digest`)."""
    return community_digest_send()
