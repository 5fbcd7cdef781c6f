"""Extract: events (deals, plans, issues, approvals, milestones) with agent, object, amount and status.

Each rule is a trigger wording of market reports read clause by clause; the agent is a company
named in the clause before the trigger, the object a company, product or organization after it,
the amount the id of the first money quantity of the clause (fact ids are "q1", "q2" ... in the
order of `quantities`). Status comes from the verbs: "plans to" is planned, "submitted an
application" applied, "continues to" ongoing, a past tense completed. Company news refers back more
than it names: a clause that names no company but says "It", "its", "The company" or "The board
proposed" has the company its paragraph was last about as agent.

The clause loop is here; each family of rules has its module (`triggers`, `deals`, `payouts`, `milestones`,
`disclosures`), what a clause refers back to is `references`' and the event records are `drafts`'.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from ...records import (
    Cohort,
    Company,
    Document,
    Entity,
    Event,
    EventType,
    Fact,
    Kind,
    Organization,
    Product,
    Quantity,
    Span,
)
from ..numbers import MONEY
from ..periods import ESTIMATES
from .approvals import approvals_received, authority_approvals, regulator_nods, shareholder_votes
from .deals import licences, licences_granted, loans, sales_to_buyers, sell_offs, takeovers
from .debts import debt_events
from .disclosures import index_releases, published_reports, rule_changes
from .drafts import Draft, Named, to_events
from .milestones import market_milestones, plant_openings, project_events
from .payouts import STATED_EVENTS, bonus_issues, cohort_events, stated_events
from .references import antecedent, institution_antecedent, paragraph_company, starting_in
from .triggers import TRIGGERS, bond_kinds, kind_named_before, triggered

# A sentence closed by a stop; a title or heading ("Payouts, buybacks and deals") has none.
_CLOSED = re.compile(r"[.!?…\"”’')\]]\s*$")


def find_events(
    document: Document,
    quantities: tuple[Quantity, ...],
    companies: tuple[Company, ...],
    organizations: tuple[Organization, ...],
    products: tuple[Product, ...],
    facts: tuple[Fact, ...] = (),
    cohorts: tuple[Cohort, ...] = (),
) -> tuple[Event, ...]:
    """Events of `document` in text order, one per (type, agent, object) and clause; a payout its facts state that
    no wording of its clause names is an event too."""
    companies = _not_products(companies, products)
    named = sorted(
        (Named(e, s) for e in (*companies, *organizations, *products) for s in e.mentions), key=lambda n: n.span.start
    )
    by_ref: dict[str, Entity] = {c.ref: c for c in companies}
    money = [(f"q{i + 1}", q.span.start) for i, q in enumerate(quantities) if q.unit in MONEY]
    drafts: list[Draft] = []
    clauses = list(_clauses(document))
    for clause in clauses:
        inside = [n for n in starting_in(named, clause) if n.span.end <= clause.end]
        about = _told_of(clause, facts, by_ref)
        inside = sorted(
            (*antecedent(document, clause, named, about), *institution_antecedent(clause, named), *inside),
            key=lambda n: n.span.start,
        )
        amounts = [(fact, start) for fact, start in money if clause.start <= start < clause.end]
        drafts.extend(_clause_events(clause, inside, amounts, organizations, by_ref, _last_deal(drafts)))
        topic = paragraph_company(document, clause, named)
        drafts.extend(project_events(clause, inside, topic, [fact for fact, _ in amounts]))
        drafts.extend(sales_to_buyers(clause, inside, topic, [fact for fact, _ in amounts]))
    if any(_of_no_kind(d) for d in drafts):  # the report's kinds of debt, read once
        kinds = bond_kinds(document.text)
        drafts = [replace(d, object_label=kind_named_before(kinds, d.clause.start)) if _of_no_kind(d) else d
                  for d in drafts]
    stated = [d for d in drafts if d.event_type in STATED_EVENTS.values()]
    told = [c for c in clauses if not any(d.clause.start == c.start for d in stated)]
    done = {(d.event_type, d.agent.ref) for d in stated if d.agent is not None}
    drafts.extend(stated_events(facts, {e.ref: e for e in (*companies, *cohorts)}, done, told))
    drafts.sort(key=lambda d: d.clause.start)
    seen: set[tuple[EventType, str, str, int]] = set()
    unique = []
    for draft in drafts:
        key = (draft.event_type, _ref(draft.agent), _ref(draft.object) or draft.object_label, draft.clause.start)
        if key not in seen:
            seen.add(key)
            unique.append(draft)
    return to_events(unique)


def _told_of(clause: Span, facts: tuple[Fact, ...], by_ref: dict[str, Entity]) -> Company | None:
    """The company the first figure of `clause` is about, when it is a company: the fact stage has followed the
    report's topic from sentence to sentence, and a clause that refers back ("It proposed a dividend of ...") is
    about what its figures are about."""
    at = bisect_left(facts, clause.start, key=lambda f: f.quantity.span.start)  # facts come in text order
    while at < len(facts) and facts[at].quantity.span.start < clause.end:
        fact = facts[at]
        if fact.kind is not Kind.DATE and fact.subject:
            entity = by_ref.get(fact.subject)
            return entity if isinstance(entity, Company) else None
        at += 1
    return None


def _of_no_kind(draft: Draft) -> bool:
    """True for a bond issue that names no kind of debt ("Bank of China sold 20 billion yuan at 1.65%"): it is of the
    kind the report named last."""
    return draft.event_type is EventType.BOND_ISSUE and draft.object is None and not draft.object_label


def _not_products(companies: tuple[Company, ...], products: tuple[Product, ...]) -> tuple[Company, ...]:
    """Companies but those once written where a product is named: a brand name in capitals after its kind ("its
    cancer drug ZANIRA") looks like a company name everywhere else, but neither acts nor is acted on."""
    spans = {(s.start, s.end) for p in products for s in p.mentions}
    return tuple(c for c in companies if not any((s.start, s.end) in spans for s in c.mentions))


def _last_deal(drafts: list[Draft]) -> Entity | None:
    """The company the deal told of last was about: what "the merger" or "the deal" refers back to."""
    deals = (EventType.ACQUISITION, EventType.CONTROL_CHANGE)
    return next((d.object for d in reversed(drafts) if d.event_type in deals and isinstance(d.object, Company)), None)


def _ref(entity: Entity | None) -> str:
    return entity.ref if entity else ""


def _clauses(document: Document) -> Iterator[Span]:
    """Sentences cut at semicolons: a report packs one event per clause. A title or heading (a paragraph of one
    sentence with no closing stop) names topics ("Payouts, buybacks and deals") and reports no event."""
    sizes = Counter(s.paragraph for s in document.sentences)
    for sentence in document.sentences:
        if sizes[sentence.paragraph] == 1 and not _CLOSED.search(sentence.span.text):
            continue
        text, start = sentence.span.text, sentence.span.start
        for match in re.finditer(r"[^;]+", text):
            if match.group().strip():
                yield Span(document.doc_id, start + match.start(), start + match.end(), match.group())


def _clause_events(
    clause: Span,
    inside: list[Named],
    amounts: list[tuple[str, int]],
    organizations: tuple[Organization, ...],
    by_ref: dict[str, Entity],
    last_deal: Entity | None,
) -> Iterator[Draft]:
    """Every event of one clause: deals and control changes, then the first trigger type that fires, and unless
    that was a deal or plan of its own, a dividend or repurchase of a group of companies; index releases and
    approvals besides (`last_deal` is the company of the deal told of last)."""
    # a source that counts others ("Data provider iFinD counted 820 companies that had declared ...") does none of it
    inside = [n for n in inside if not ESTIMATES.match(clause.text, n.span.end - clause.start)]
    companies = [n for n in inside if isinstance(n.entity, Company)]
    products = [n for n in inside if isinstance(n.entity, Product)]
    facts = [fact for fact, _ in amounts]
    yield from takeovers(clause, companies, facts)
    # a trigger's agent is a company or a product's maker: without either, no trigger is worth a search
    fired, bonds = None, set()
    for kind, trigger in TRIGGERS if companies or products else ():
        # one kind a clause, but money raised besides bonds: "raised 70 billion and issued 4.5 billion of bonds" (not
        # the bonds' own money: "issued a corporate bond ..., successfully raising 2.5 billion yuan")
        if fired is not None and (fired, kind) != (EventType.BOND_ISSUE, EventType.FINANCING):
            continue
        if drafts := [d for d in triggered(kind, trigger, clause, inside, amounts, by_ref) if d.amount not in bonds]:
            yield from drafts
            fired = fired or kind
            bonds = {d.amount for d in drafts}
    if fired in (None, EventType.MILESTONE, EventType.PRODUCT_LAUNCH):  # a first payout or a launched buyback
        yield from cohort_events(clause, companies, amounts)
    yield from index_releases(clause, products, organizations)
    yield from published_reports(clause, inside)
    yield from market_milestones(clause, inside, organizations)
    yield from plant_openings(clause, inside)
    yield from bonus_issues(clause, companies, facts)
    yield from licences(clause, inside, facts)
    yield from licences_granted(clause, inside, facts)
    yield from loans(clause, inside, amounts)
    yield from regulator_nods(clause, inside)
    yield from authority_approvals(clause, inside, last_deal)
    yield from approvals_received(clause, inside)
    yield from shareholder_votes(clause, inside, last_deal)
    yield from rule_changes(clause, inside)
    yield from sell_offs(clause, inside)
    yield from debt_events(clause, inside)
