"""Root-level training URLs (outside the language prefix): the iCalendar feed."""

from django.urls import path

from pkhub.training.feeds import calendar_ics

urlpatterns = [path("calendar.ics", calendar_ics, name="calendar-ics")]
