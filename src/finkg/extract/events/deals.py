"""Deals between companies: one buys another, takes control of it, lends it money, licenses it a drug or pays it
for a licence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...records import Company, Entity, EventType, Product, Span
from ..quantity_cues import FOR_A_STAKE, SOLD_TO
from .drafts import Draft, Named, completed, event_status, first_fact

# A company bought: "plans to acquire", "took control of", "moved to buy the remaining 40% of", "absorbed", "agreed
# to pay 1.7 billion yuan for 9.49% of", "buy 157,141,100 shares of", "agreed to buy Canada's Lumina Gold" (not
# "bought back").
_ACQUIRE = re.compile(
    r"\b(?:acquire|acquired|acquisition of|take over|took over|taken over(?! by)|takeover of|merge with|merged with|"
    r"merger with|purchase of|absorb|absorbs|absorbed|absorbing|absorption of|bid for|"
    rf"(?:pay|pays|paid|paying)\b(?:[^.;]|\.\d)*?\b{FOR_A_STAKE}|"
    r"(?:take|takes|took|taken|taking|gain|gains|gained|gaining) control of|"
    r"(?:buy|buys|bought|buying) (?:(?:a|an|the|all|remaining|controlling|majority|minority|further|another|"
    r"additional|[\d.]+%|[\d.]+ percent) )+(?:stakes?|holdings?|of|in)\b|"
    r"(?:buy|buys|bought|buying) [\d,.]+ (?:million |billion )?(?:new )?shares (?:of|in)\b|"
    r"(?:to|will|would) buy (?=[A-Z])|(?:bought|buys)(?= (?:the )?[A-Z]))"
)
# Things bought by the number: "It acquired 87 medical institutions", "a plan to buy stakes in 19 check-up centres",
# "bought 420 through acquisitions" (what was bought, no company named).
_BOUGHT_COUNT = re.compile(
    r"\b(?:acquired|acquire|acquires|acquiring|bought|buy|buys|buying|purchased)\s+(?:(?:stakes?|holdings?) in\s+)?"
    r"(?:about |nearly |more than |over |another |a further )?(?P<what>[\d,]+ (?:[a-z][\w-]* ){0,2}?"
    r"(?:(?!(?:shares|bonds|notes|units)\b)[a-z][\w-]*s|through acquisitions))\b"  # shares bought are a stake
)
# The first company named becomes the holder: "NAURA will own 17.9% of Kingsemi and become its largest shareholder",
# "Zijin agreed to buy 24.82% of Zangge, a deal that will make it the controlling shareholder".
_BECOMES = re.compile(
    r"\b(?:(?:become|becomes|became|becoming) its|(?:make|makes|made|making) (?:it|them) (?:the|its)) "
    r"(?:largest|controlling) shareholder\b"
)
# An asset bought, after the words of a stake or its owner: "(bought) 65% of the Kitumba copper project in Zambia",
# "(purchase of) stakes in 35 hospitals", "(buy 80% of) parent China Huadian's Jiangsu unit", "(purchase of) the
# assets of its Yiwu transfer centre".
_ASSET = re.compile(
    r"\s*(?:(?:in|of)\s+)?(?:(?:a|an|the|its|minority|majority|controlling|remaining|further)\s+)*(?:[\d.]+\s?(?:%|percent)\s+)?"
    r"(?:stakes?\s+in\s+)?(?:(?:the|an?|its|their|parent)\s+)?"
    r"(?P<asset>(?:[\w&-]+(?:\s[\w&-]+){0,3}['’]s\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?P<head>mines?|projects?|blocks?|oil ?fields?|gas ?fields?|units?|subsidiary|subsidiaries|hospitals?|assets|"
    r"businesses|business|operations|plants?|factories|factory|rights|brands?|divisions?|terminals?|ports?|stores?)\b"
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|\s+of\s+[^,;.]*?(?=\s+(?:for|from|to|with|at|by)\b|[,;.]|$))?)"
)
# A seller's stake in the company bought: "(Holcim)'s 83.81% stake in (Nigeria's) (Lafarge Africa)".
_HELD_IN = re.compile(
    r"['’]s\s+(?:[\d.]+\s?(?:%|percent)\s+|entire\s+|whole\s+|controlling\s+)?(?:stake|holding)\s+in\s+"
)
_CONTROL = re.compile(rf"\bcontrolling shareholder\b|\btaken over by\b|{_BECOMES.pattern}")
# A purchase that hands its buyer control: "giving it control with 17.87%", "which gives Zijin control of".
_GIVES_CONTROL = re.compile(r"\b(?:giving|gives|gave|give|handing|hands|handed)\s+(?:it|them|[A-Z][\w-]*)\s+control\b")
_TAKEN_BY = re.compile(r"\b(?:taken over|acquired|bought) by\b")
# Licensing income and the licensees who pay it: "booked an upfront payment from Qiming Pharma", "licensing fees
# from Ruixin Biotech".
_LICENCE_FEE = re.compile(r"\b(?:upfront|up-front|licen[cs]ing|licen[cs]e|milestone) (?:payments?|fees?|income)\b")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
# Money lent: "agreed to lend it up to 300 million yuan", "will lend Vanke 2.8 billion yuan".
_LEND = re.compile(
    r"\b(?:lend|lends|lent|lending)\b"
    r"(?= (?:it|them|[A-Z]\w*)(?: [A-Z]\w*)* (?:up to |about |some )?(?:RMB|US\$|HK\$|\$|\d))"
)
# A licensor's deed: "licensed HRS-5346 ... to Merck", "out-licensed", "granting GSK rights to" (not "licensed from").
_LICENSED = re.compile(
    r"\b(?:out-)?licen[cs]ed\b(?!\s+(?:from|by|in)\b)|"
    r"\bgrant(?:s|ed|ing)?\s+(?:[A-Z][\w&-]*\s+){1,4}(?:the\s+)?(?:global\s+|exclusive\s+|worldwide\s+)?rights?\s+to\b"
)
# What was licensed, up to its licensee, price, place or date: "its weight-loss drug HS-20094 (to Regeneron)".
_LICENSED_THING = re.compile(
    r"\s+((?:its|the|an?)\s+(?:[\w()-]+\s+){0,4}?[A-Z]{2,}[\w-]*\d[\w-]*|[A-Z]{2,}[\w-]*\d[\w-]*|"
    r"(?:its|the|an?)\s+(?:[\w-]+\s+){0,3}?(?:drug|antibody|candidate|molecule|therapy|vaccine|inhibitor)\s+[a-z]\w+)"
)
# A licensee paying for a drug's rights: "Qiming Pharma agreed to pay US$50 million upfront for the rights to XY-101"
# (the thing licensed is named after the payment).
_LICENCE_DEAL = re.compile(
    r"\b(?:agreed to pay|agrees to pay|will pay|to pay|paid|pays|paying)\b"
    r"(?=(?:[^.;]|\.\d)*?\b(?:upfront|up-front|up front)\b(?:[^.;]|\.\d)*?\brights\b)"
)


# A unit or stake sold off: "the sale of its US subsidiary AssetMark", "selling its stake in Proteologix", "a gain on
# the sale of its Chengfeng studio".
_SOLD_OFF = re.compile(
    r"\b(?:sale|selling|sold|sells?|disposal|divest(?:ed|ing|s)?)\s+(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:stake|subsidiary|unit|studio|business|arm|division)\b(?:\s+in\b)?(?:\s+(?P<name>[A-Z][\w&.'-]*"
    r"(?:\s+[A-Z][\w&.'-]*){0,3}))?"
)
# A name that owns the one after it: "Yangshengtang's affiliate (Hangzhou Jiushi)".
_OWNER_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+){1,3}$")
# A company that left the market: "was delisted on August 28", "*ST Huayi was removed for a share price under 1 yuan".
_DELISTED = re.compile(r"\b(?:was|were|been|got)\s+(?:compulsorily\s+|forcibly\s+)?(?:delisted|removed)\b")


def sell_offs(clause: Span, inside: list[Named]) -> Iterator[Draft]:
    """A unit or stake a company sold, and a company delisted: events of their own ("other"), the company's doing."""
    for match in _SOLD_OFF.finditer(clause.text):
        at = clause.start + match.start()
        seller = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.start < at), None)
        unit = next((n.entity for n in inside if n.span.start >= at and n.entity is not seller), None)
        if seller is not None:
            wording = (match.group("name") or match.group().split(None, 1)[-1]).rstrip(".")
            yield completed(EventType.OTHER, clause, seller, unit, wording=wording)
    if (gone := _DELISTED.search(clause.text)) and (
        company := next((n.entity for n in reversed(inside)
                         if isinstance(n.entity, Company) and n.span.start < clause.start + gone.start()), None)
    ):
        yield completed(EventType.OTHER, clause, company, company)


def sales_to_buyers(clause: Span, inside: list[Named], topic: Entity | None, amounts: list[str]) -> Iterator[Draft]:
    """What is sold to a buyer is the buyer's acquisition: of the company the stake is in, else the seller's (its
    assets are its own), else of the company the paragraph is about (a founder sells part of it)."""
    text = clause.text
    companies = [n for n in inside if isinstance(n.entity, Company)]
    for match in SOLD_TO.finditer(text):
        at, end = clause.start + match.start(), clause.start + match.end()
        buyers = [n for n in companies if n.span.start >= end]
        while len(buyers) > 1 and _OWNER_OF.fullmatch(text, buyers[0].span.end - clause.start,
                                                       buyers[1].span.start - clause.start):
            buyers = buyers[1:]  # "to Yangshengtang's affiliate Hangzhou Jiushi": the affiliate buys
        if not buyers or buyers[0].span.start - end > 60:
            continue
        within = next((n.entity for n in companies if at <= n.span.start < end), None)
        seller = next((n.entity for n in reversed(companies) if n.span.start < at), None)
        sold = within or seller or topic
        if sold is not None and sold is not buyers[0].entity:
            yield Draft(
                event_type=EventType.ACQUISITION, clause=clause, agent=buyers[0].entity, object=sold,
                object_label=sold.label, amount=first_fact(amounts),
                status=event_status(EventType.ACQUISITION, text[: match.end()]),
            )


def takeovers(clause: Span, companies: list[Named], amounts: list[str]) -> Iterator[Draft]:
    """Acquisitions and control changes; a clause that names a new controlling shareholder tells of control, not
    of a purchase. Things bought by the number ("acquired 87 medical institutions") are the buyer's acquisition."""
    if companies and _ACQUIRE.search(clause.text) and not _CONTROL.search(clause.text):
        for deal in _pairs(clause, companies, amounts):
            yield deal
            if (won := _GIVES_CONTROL.search(clause.text)) and deal.object is not None:
                # "agreed to buy 9.49% of Kingsemi ..., giving it control with 17.87%": a purchase that wins control
                yield replace(deal, event_type=EventType.CONTROL_CHANGE,
                              status=event_status(EventType.CONTROL_CHANGE, clause.text[: won.end()]))
    if companies and _CONTROL.search(clause.text):
        yield from _control(clause, companies, amounts)
    for match in _BOUGHT_COUNT.finditer(clause.text):
        at = clause.start + match.start()
        buyer = next((n.entity for n in reversed(companies) if n.span.start < at), None)
        if buyer is not None:
            yield Draft(event_type=EventType.ACQUISITION, clause=clause, agent=buyer, object=None,
                        object_label=match.group("what"), amount=first_fact(amounts),
                        status=event_status(EventType.ACQUISITION, clause.text[: match.end()]))


def _pairs(clause: Span, companies: list[Named], amounts: list[str]) -> Iterator[Draft]:
    """Agent before the trigger, object the first company after it: "X plans to acquire Y"; each trigger of a
    clause has the companies since the one before ("A agreed to pay ... for 64% of B, and C plans to buy D")."""
    matches = list(_ACQUIRE.finditer(clause.text))
    for k, match in enumerate(matches):
        at = clause.start + match.start()
        since = clause.start + (matches[k - 1].end() if k else 0)
        until = clause.start + (matches[k + 1].start() if k + 1 < len(matches) else len(clause.text))
        before = [n for n in companies if since <= n.span.start < at] or [n for n in companies if n.span.start < at]
        after = [n for n in companies if at <= n.span.start < until and n.entity != before[-1].entity] if before else []
        if after and (held := _HELD_IN.match(clause.text, after[0].span.end - clause.start)):
            # "buy Holcim's 83.81% stake in Nigeria's Lafarge Africa": the company the stake is in
            after = [n for n in after if n.span.start >= clause.start + held.end()] or after
        asset = _bought_asset(clause, match.end(), after)
        if before and (after or asset):
            yield Draft(
                event_type=EventType.ACQUISITION,
                clause=clause,
                agent=before[-1].entity,
                object=None if asset else after[0].entity,
                object_label=asset or after[0].entity.label,
                amount=first_fact(amounts),
                status=event_status(EventType.ACQUISITION, clause.text[since - clause.start : match.end()]),
            )


def _bought_asset(clause: Span, at: int, after: list[Named]) -> str:
    """What a deal buys when it is no company: the words right after the trigger that end in an asset ("65% of the
    Kitumba copper project in Zambia", "the purchase of Newmont's Akyem gold mine"), unless a company named there
    is itself bought."""
    asset = _ASSET.match(clause.text, at)
    if asset is None:
        return ""
    head = clause.start + asset.end("head")
    # "its subsidiary Xinlian Yuezhou" is the company bought; "Newmont's Akyem gold mine", "its Yiwu transfer centre"
    # are no company
    return "" if any(0 <= n.span.start - head <= 1 for n in after) else asset.group("asset")


def _control(clause: Span, companies: list[Named], amounts: list[str]) -> Iterator[Draft]:
    """New controlling shareholders: "X introduced Y as controlling shareholder", "X was taken over by Y"."""
    text = clause.text
    for part in re.finditer(r"[^;]+?(?:;|$)", text):
        start, end = clause.start + part.start(), clause.start + part.end()
        members = [n for n in companies if start <= n.span.start < end]
        trigger = _CONTROL.search(part.group()) or _TAKEN_BY.search(part.group())
        if len(members) < 2 or trigger is None:
            continue
        target, holder = members[0].entity, members[1].entity
        if re.search(r"\bcontrolling shareholder of\b", part.group()) or _BECOMES.search(part.group()):
            target, holder = holder, target
        yield Draft(
            event_type=EventType.CONTROL_CHANGE,
            clause=clause,
            agent=holder,
            object=target,
            object_label=target.label,
            amount=first_fact(amounts),
            status=event_status(EventType.CONTROL_CHANGE, part.group()[: trigger.end()]),
        )


def licences_granted(clause: Span, inside: list[Named], amounts: list[str]) -> Iterator[Draft]:
    """A drug licensed out by the company named before the verb: "Hansoh licensed its weight-loss drug HS-20094 to
    Regeneron", "granting GSK rights to the respiratory drug HRS-9821"; the product named after the verb is the
    object, else the words that name it."""
    text, start = clause.text, clause.start
    for match in _LICENSED.finditer(text):
        at = start + match.start()
        licensor = next((n.entity for n in reversed(inside) if isinstance(n.entity, Company) and n.span.start < at),
                        None)
        if licensor is None:
            continue
        product = next((n.entity for n in inside if isinstance(n.entity, Product) and n.span.start >= at), None)
        wording = _LICENSED_THING.match(text, match.end())
        if product is None and wording is None:
            continue
        yield completed(EventType.OTHER, clause, licensor, product, wording=wording.group(1) if wording else "",
                        amount=first_fact(amounts))


def loans(clause: Span, inside: list[Named], money: list[tuple[str, int]]) -> Iterator[Draft]:
    """Money lent is the lender's financing of the borrower: "the Shanghai branch of Bank of China agreed to lend it
    up to 300 million yuan" (the borrower named after the verb, else the company the clause names first, else the
    one it refers to)."""
    match = _LEND.search(clause.text)
    at, end = clause.start + (match.start() if match else 0), clause.start + (match.end() if match else 0)
    lent = next((fact for fact, start in money if start >= end), None)
    if match is None or lent is None:
        return
    companies = [n for n in inside if isinstance(n.entity, Company)]
    lender = next((n.entity for n in reversed(companies) if n.span.start < at), None)
    borrower = next((n.entity for n in companies if n.span.start >= end), None) or next(
        (n.entity for n in companies if n.entity is not lender), None)
    if lender is not None and borrower is not None:
        yield Draft(
            event_type=EventType.FINANCING, clause=clause, agent=lender, object=borrower,
            object_label=borrower.label, amount=lent,
            status=event_status(EventType.FINANCING, clause.text[: match.end()]),
        )


def licences(clause: Span, inside: list[Named], amounts: list[str]) -> Iterator[Draft]:
    """Licensing deals. The event vocabulary has no licensing type and a licence is neither a takeover nor a
    financing, so they are `other`: each licensee a fee comes "from" pays the company named before them, which
    books it; a licensee that pays upfront for rights has the product named after the payment as object."""
    text, start = clause.text, clause.start
    companies = [n for n in inside if isinstance(n.entity, Company)]
    if fee := _LICENCE_FEE.search(text):
        payers = [
            n for n in companies if n.span.start >= start + fee.start() and _FROM.search(text, 0, n.span.start - start)
        ]
        payee = next((n.entity for n in reversed(companies) if payers and n.span.start < payers[0].span.start), None)
        for payer in payers:
            if payee is not None:
                yield _licence(clause, payer.entity, payee, amounts)
    if deal := _LICENCE_DEAL.search(text):
        licensee = next((n.entity for n in reversed(companies) if n.span.end <= start + deal.start()), None)
        licensed = next((n.entity for n in inside if n.span.start >= start + deal.start() and _product(n)), None)
        if licensee is not None and licensed is not None:
            yield _licence(clause, licensee, licensed, amounts)


def _product(named: Named) -> bool:
    return isinstance(named.entity, Product)


def _licence(clause: Span, payer: Entity, obj: Entity, amounts: list[str]) -> Draft:
    return completed(EventType.OTHER, clause, payer, obj, amount=first_fact(amounts))
