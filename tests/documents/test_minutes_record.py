"""The minutes come from one read of the meeting (``minutes_record``) and then pure
assembly; a deferred recommendation is not written as answered."""

from __future__ import annotations

from datetime import date

from sro_desktop.documents.minutes import assemble_minutes, minutes_context
from sro_desktop.domain.enums import RecommendationState


def _item_with_recommendation(store):
    for meeting in store.meetings.list():
        for item in store.agenda.list(meeting.id):
            if item.recommendation_id:
                return meeting, item
    raise AssertionError("the demo has a recommendation on an agenda")


def test_minutes_assemble_from_the_record_alone(demo_store):
    meeting, _item = _item_with_recommendation(demo_store)
    record = demo_store.meetings.minutes_record(meeting.id)
    expected = minutes_context(demo_store, meeting.id, today=date(2026, 11, 25))
    demo_store.close()  # nothing more may be read
    assembled = assemble_minutes(record, public=False, results_only=False,
                                 today=date(2026, 11, 25))
    assert assembled == expected
    assert [i["number"] for i in assembled["items"]] == [i.position for i in
                                                         record.context.items]


def test_a_deferred_recommendation_is_not_written_as_answered(demo_store):
    meeting, item = _item_with_recommendation(demo_store)
    demo_store.recommendations.answer(item.recommendation_id, RecommendationState.DEFERRED,
                                      "Erst nach der Haushaltsberatung.",
                                      responded_on=meeting.date)
    answer = next(i["answer"] for i in minutes_context(demo_store, meeting.id)["items"]
                  if i["number"] == item.position)
    assert answer["state"] == ""
    assert answer["response"] == ""

    demo_store.recommendations.answer(item.recommendation_id, RecommendationState.ADOPTED,
                                      "Wird umgesetzt.", responded_on=meeting.date)
    answer = next(i["answer"] for i in minutes_context(demo_store, meeting.id)["items"]
                  if i["number"] == item.position)
    assert answer["state"] == "angenommen"
    assert answer["response"] == "Wird umgesetzt."
