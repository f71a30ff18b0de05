import pytest

from pkhub.pledges.tests.factories import MinisterialFactory, RequirementFactory, capability_officer, focal_point


@pytest.fixture
def ministerial(db):
    return MinisterialFactory(slug="test-2026", name="Test Ministerial 2026")


@pytest.fixture
def requirement(ministerial):
    return RequirementFactory(ministerial=ministerial, code="UC-99", title="Engineering company",
                              capability="engineering-company")


@pytest.fixture
def france(db):
    return focal_point("FRA", email="fp-fra@example.org")


@pytest.fixture
def ghana(db):
    return focal_point("GHA", email="fp-gha@example.org")


@pytest.fixture
def officer(db):
    return capability_officer(email="sfgc@example.org")
