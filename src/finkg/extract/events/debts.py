"""What befalls a company's debt: a default, a redemption before maturity, a cut in a convertible bond's conversion
price. The event vocabulary has no type for them, so they are `other`, the company's own doing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...records import Company, EventType, Span
from .drafts import Draft, Named, event_status

# "defaulted on", "became the first issuer to default", "missed principal and interest", "failed to pay holders",
# "decided to redeem its bonds early", "lowered its conversion price" (not "no default", "avoided a default").
_DEBT_EVENT = re.compile(
    r"\b(?:defaulted|(?<!no )(?<!avoid a )(?<!avoided a )default(?:s|ing)? on|to default\b|"
    r"missed (?:\w+ ){0,3}?(?:principal|interest|payments?|coupons?)|failed to (?:re)?pay|"
    r"redeem(?:s|ed|ing)? (?:[\w,.-]+ ){0,8}?early|early redemption|"
    r"(?:cut|cuts|lowered|lowers|reduced|reduces|revised down) (?:the |its |their )?(?:\w+ )?conversion price)\b"
)


def debt_events(clause: Span, inside: list[Named]) -> Iterator[Draft]:
    """A default, an early redemption or a conversion price cut of the company named last before its wording."""
    for match in _DEBT_EVENT.finditer(clause.text):
        at = clause.start + match.start()
        company = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.start < at),
                       None)
        if company is not None:
            yield Draft(event_type=EventType.OTHER, clause=clause, agent=company, object=company,
                        object_label=company.label, amount=None,
                        status=event_status(EventType.OTHER, clause.text[: match.end()]))
