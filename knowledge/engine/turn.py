"""One question being answered: the mixins that read it and answer each kind of question,
and the steps around the route table (a second question, the frame, the context kept)."""

from __future__ import annotations

from dataclasses import replace

from ..answer import Answer, Intent, Status
from ..fields import Role
from ..frame import Asked
from .agency_cells import AgencyCellsMixin
from .agency_pairs import AgencyPairsMixin
from .body_dates import BodyDatesMixin
from .carried import CarriedMixin
from .claims import ClaimsMixin
from .columns import ColumnsMixin
from .common import BESIDES_IT
from .compare import CompareMixin
from .described import DescribedMixin
from .dialogue import DialogueMixin
from .filters import FiltersMixin
from .items import ItemsMixin
from .joints import JointsMixin
from .lookups import LookupsMixin
from .named import NamedMixin
from .outline import OutlineMixin
from .overseer import OverseerMixin
from .papers import PapersMixin
from .places import PlacesMixin
from .plan_facts import PlanFactsMixin
from .reading import ReadingMixin
from .schedule import ScheduleMixin
from .scope import TurnBase
from .section_lookups import SectionLookupsMixin
from .titles import TitlesMixin
from .topic_words import TopicWordsMixin
from .topics import TopicsMixin
from .unnamed import UnnamedMixin
from .unstated import UnstatedMixin


class Answering(
    NamedMixin,
    OutlineMixin,
    ClaimsMixin,
    JointsMixin,
    DialogueMixin,
    PlacesMixin,
    LookupsMixin,
    SectionLookupsMixin,
    ItemsMixin,
    BodyDatesMixin,
    TitlesMixin,
    PlanFactsMixin,
    UnstatedMixin,
    PapersMixin,
    FiltersMixin,
    AgencyPairsMixin,
    AgencyCellsMixin,
    UnnamedMixin,
    ColumnsMixin,
    CompareMixin,
    TopicsMixin,
    DescribedMixin,
    TopicWordsMixin,
    CarriedMixin,
    OverseerMixin,
    ScheduleMixin,
    ReadingMixin,
    TurnBase,
):
    """One question being answered: the query, the context, and the plans in scope; the
    route table picks the answer (:meth:`Turn.dispatch` in :mod:`.routes`)."""

    def dispatch(self) -> Answer:
        raise NotImplementedError  # the route table's, in .routes

    def run(self) -> Answer:
        answer = self.both_questions(self.dispatch())
        # The question, for "còn kế hoạch 87 thì sao?": one that stands on its own, or a
        # follow-up made into one ("thời hạn?" about I.1 is "thời hạn nhiệm vụ I.1").
        asked = self.q.text if self.self_contained else None
        if not self.self_contained and self.q.fields and answer.tasks and len(answer.tasks) <= 3:
            refs = ", ".join(t.ref for t in answer.tasks)
            asked = f"{self.q.text.rstrip(' ?.')} nhiệm vụ {refs}"
        if asked and answer.status is not Status.NOT_FOUND:
            answer = replace(answer, context=answer.context.with_(asked=asked))
        marked = self.kb.marked_items
        cited = (
            t.ref.rsplit(".", 1)[0] if (t.plan, t.ref) in marked else t.ref for t in answer.tasks
        )
        answer = replace(answer, cited=tuple(dict.fromkeys(cited)))
        frame = self.frame()
        if frame.asked is Asked.TALK:  # small talk leaves the chat as it was
            return replace(answer, frame=frame)
        context = answer.context.with_(answered=frame.asked.value)
        return replace(answer, frame=frame, context=context)

    # ------------------------------------------------------------ route answers

    def small_talk(self) -> Answer:
        return self.courtesy() if self.q.has("thanks") else self.help(Status.FOUND)

    def filtered_first(self) -> Answer | None:
        filtered = self.filtered()
        self.filter_missed = filtered is None
        if filtered is None or filtered.intent is not Intent.AGENCY:
            return filtered
        if not filtered.found:
            # none in the role asked: its other roles, and its part in the text
            return self.with_duties_in_the_body(self.with_other_roles(filtered))
        filtered = self.with_documents_naming(filtered)
        # "Ngoài việc đó, bộ này còn được giao gì?": its tasks and its part in the text.
        besides = BESIDES_IT.search(self.q.folded)
        if self.q.has("duties") or besides:
            return self.with_duties_in_the_body(filtered)
        return self.said_in_the_body_instead(filtered)

    def with_columns_of_context(self) -> Answering:
        self.q.fields = [Role(c) for c in self.context.columns]
        return self
