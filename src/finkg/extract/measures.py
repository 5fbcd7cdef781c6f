"""What a figure measures: English wordings of the measure vocabulary (ontology/measures.ttl).

The cue table is general vocabulary of results reports, most specific wording first; the names
are the measure notations of the gold schema and of the SKOS scheme, one word per concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markets import SHIP_CARGOES
from .measure_scheme import measure_scheme
from .patterns import PatternSet
from .quantity_cues import FALL, PUT_INTO, RISE

# Words before "revenue" that name no product line: totals, periods, places, owners, the kinds of income.
_NOT_A_LINE = (
    r"(?:total|operating|business|annual|net|gross|group|industry|industries|sector|market|board|company|companies|"
    r"firms?|banks?|overall|quarterly|half-year|full-year|first-half|yearly|core|main|combined|consolidated|reported|"
    r"record|its|their|own|the|an?|of|and|in|from|with|on|to|as|by|that|this|whose|which|interest|fee|commission|"
    r"insurance|premium|investment|other|segment|services|sales|overseas|domestic|international|foreign|export|"
    r"his|her|our|average|per|aggregate|attributable|recurring|[\w-]*-listed|listed|first|second|third|fourth|"
    r"[\w-]*quarter|half|year|[a-z]+(?<!e)ed|said|but|so|yet|while|reach|STAR|ChiNext|SME|Main|BSE|Q[1-4]|H[12])\b"
)
# Nor a verb or a span of time, before "revenue": "GF Securities saw revenue fall", "its nine-month revenue", "a
# count ... found revenue of".
_NOR_A_VERB = (
    r"|(?:saw|grew|had|has|have|posted|lifted|booked|reported|raised|cut|made|earned|generated|drew|increased|"
    r"boosted|doubled|achieved|recorded|delivered|kept|took|brought|found|showed|shows|put|puts|estimated|"
    r"forecast|expects?|expected|projected|those|these|[\w-]*-month|[\w-]*-year)\b"
)
# Plural nouns that name a line of a company's business, which earns revenue, where a company earns profit:
# "Mobile games earned 2.18 billion yuan", "Smart acoustic products rose 8.73% to 26.296 billion yuan".
_LINES = ("products", "components", "parts", "systems", "businesses", "business", "lines", "segments", "divisions",
          "games", "devices", "drugs", "chips", "solutions")
_LINE = "|".join(_LINES)
_NOT_AFTER_A_LINE = "".join(f"(?<!\\b{line} )" for line in _LINES)  # "Spring Airlines earned" is a company's
# Words for physical goods counted or weighed, after a number: "32.2261 million tires", "10,088 tonnes".
_GOODS_WORD = (r"(?:tonnes|tons|tires|tyres|units|vehicles|cars|sets|pieces|doses|wafers|barrels|[kMGT]Wh|"
               r"kilowatt-hours)\b")
# (measure, pattern) - the first pattern that matches at a position wins, so longer wordings
# ("overseas revenue", "net profit after deducting") come before the words they contain.
# How a share price moves: "Its shares fell by the daily limit to 0.84 yuan", "shares had slumped".
_PRICE_MOVED = (r"(?:gained|rose|risen|climbed|jumped|surged|soared|fell|fallen|dropped|slid|slumped|plunged|"
                r"tumbled|sank|sunk)\b")
_CUES: tuple[tuple[str, str], ...] = (
    (
        "net_profit_excl_nonrecurring",
        r"net profit after deducting non-recurring[\w\s-]*|deducted net profit|"
        r"net profit excluding non-recurring (?:items|gains and losses|profit and loss)|"
        r"(?:net )?profits? after (?:deducting )?non-recurring (?:items|gains and losses)|"
        r"(?:[Ee]xcluding|after deducting|[Ss]tripping out|[Ss]tripped of) "
        r"(?:non-recurring|one-off|one-time|such|these|those) (?:items|gains and losses|gains),?\s+"
        r"(?:(?:the group|the company|it|its|however|[A-Z][\w-]+),?\s+){0,2}"
        r"(?:(?:net\s+)?profits?|earned|made|earnings)\b|"
        r"(?:[Ee]xcluding|after deducting|[Ss]tripping out) (?:non-recurring|one-off|one-time) "
        rf"(?:items|gains and losses|gains),?\s+it(?= (?:{RISE}|{FALL})\b)|"  # "excluding non-recurring items, it rose"
        r"(?:net )?(?:profits?|figure|earnings) (?:excluding|after deducting|stripping out|net of) "
        r"(?:(?:non-recurring|one-off|one-time) (?:items|gains and losses|profit and loss|gains|charges)|one-offs)|"
        r"recurring (?:net )?profits?",
    ),
    (  # "basic earnings came to 0.71 yuan per share"
        "earnings_per_share",
        r"(?:basic |diluted )?earnings per share|EPS\b|"
        r"(?:basic |diluted )earnings(?= (?:came to|were|was|of|rose|fell|reached)\b(?:[^.;]|\.\d){0,30}\bper share\b)",
    ),
    (
        "operating_cash_flow",
        r"(?:net )?(?:operating cash (?:flows?|inflows?)|cash flows? from operating activities|cash from operations)|"
        r"net cash (?:flows? )?(?:generated )?from (?:operating activities|operations)|cash flows? from operations",
    ),
    ("free_cash_flow", r"free cash flows?"),
    (
        "parcel_volume",
        r"parcel (?:volumes?|deliveries)|(?:business|express) volumes?(?= (?:rose|grew|fell|jumped|climbed))",
    ),
    (  # "cash spent on plant and other long-term assets"
        "capital_expenditure",
        r"capital expenditures?|capex\b|capital spending|"
        r"cash (?:spent|paid) (?:on|for) (?:plant|fixed assets|long-term assets|property, plant)",
    ),
    (  # "ran at 109.98% of its rating", "at 89.6% of capacity"
        "capacity_utilization",
        r"(?:capacity )?utili[sz]ation(?: rate)?|(?:average )?operating rates?|"
        r"(?<=% of )(?:(?:its|their|the) )?(?:(?:rated|designed|design|nameplate) )?(?:capacity|rating)\b",
    ),
    # "165.56% of its plan", "112.74% of its annual target"
    ("plan_completion_rate", r"(?<=% of )(?:its |the |their )?(?:annual |full-year |yearly )?(?:plan|target|goal)s?\b"),
    # "the total market value of BSE shares rose": the shares' worth, no share price
    ("market_value", r"market (?:value|capitali[sz]ation) of (?:[\w-]+ ){0,2}?shares\b"),
    (
        "share_price",
        # a new stock's first trading: "their average first-day gain reached 229.09%", "ended its first session up
        # 500%", "traded more than 700% above its offer price", "a 111 percent premium to the offer price"
        r"first[- ](?:day|session|trading day)(?: (?:gains?|rises?|jumps?|pops?|moves?))?|debut gains?|"
        r"(?:(?<=% )above|(?<=% )premium (?:to|over)|(?<= percent )premium (?:to|over)) (?:its|the|their) "
        r"(?:offer|issue|IPO) prices?|"
        r"(?:share|stock) prices?|(?:stock|shares?)(?= (?:closed|ended|finished|opened)\b)|"
        # a listed company's close: "when Swancor closed at 91.73 yuan"
        r"(?<=[a-z] )closed at(?= (?:HK\$|US\$|\$|RMB ?)?[\d.,]+ (?:yuan|(?:Hong Kong |US )?dollars)\b)|"
        rf"shares (?=(?:had |have |has )?{_PRICE_MOVED})|"
        # "Shares of 3SBio and Sunshine Guojian rose more than 200%"
        rf"(?-i:Shares) of(?=[^.;,]{{1,60}}?{_PRICE_MOVED}|[^.;,]{{1,60}}?\bclosed\b)",
    ),
    (  # "on a base of 7,247,395,805 shares", "a share capital that stood at 1,686,025,655 shares"
        "total_shares",
        r"share count|total (?:number of )?shares|shares outstanding|total share capital|"
        r"(?<=on a )base of(?= [\d,]+ shares)|share capital(?= (?:that |which )?(?:stood|stands|was) at [\d,]+ shares)",
    ),
    ("conversion_price", r"conversion price"),
    (  # "the CSI 300 index rose 16.07% and the ChiNext index 29.21%"
        "index_level",
        r"(?<=[A-Z0-9] )[Ii]ndex(?= (?:had |has |have )?(?:rose|fell|gained|climbed|jumped|dropped|slid|lost|added|"
        r"ended|closed|\d))",
    ),
    ("investor_count", r"number of (?:[\w-]+ ){0,2}(?:investors|shareholders)"),
    ("average_selling_price", r"(?:average |on-grid |settlement |tax-inclusive )*tariffs?"),  # a power price
    ("average_selling_price", r"(?<!at an )average (?:selling |sales |realised |realized )?price"),
    # "Average revenue per kilolitre edged up 0.59% to 4,263 yuan"
    ("average_selling_price", r"(?:average )?(?:revenue|income) per (?:tonne|ton|kilogram|kilolitre|litre|barrel|unit|"
                              r"vehicle|car|bottle)"),
    (
        "selling_price",
        r"selling prices?|reali[sz]ed (?:[\w-]+ )?prices?|prices?(?=\s+(?:fell|rose|dropped|declined|climbed|jumped|"
        r"slumped|plunged|increased|decreased|slid|averaged)\b)",
    ),
    (
        "net_loss_excl_nonrecurring",
        r"(?:net )?loss(?:es)? (?:excluding|after deducting|after) non-recurring (?:items|gains and losses)|"
        # "Excluding one-off items, however, the loss widened 18.43%"
        r"(?:[Ee]xcluding|after deducting|[Ss]tripping out) (?:non-recurring|one-off|one-time) "
        r"(?:items|gains and losses|gains),?\s+(?:however,?\s+)?(?:the |its )?(?:net )?loss(?:es)?\b|"
        # "Excluding non-recurring items, it lost 836 million yuan", "stripping out such items, Longping High-Tech
        # lost", "on a recurring basis it lost"
        r"(?:(?:[Ee]xcluding|after deducting|[Ss]tripping out|[Ss]tripped of) (?:non-recurring|one-off|one-time|such|"
        r"these|those) (?:items|gains and losses|gains)|[Oo]n a recurring basis),?\s+"
        r"(?:(?:the group|the company|it|its|however|[A-Z][\w-]+),?\s+){0,3}(?:still\s+)?"
        r"(?:lost|(?:swung|swang|turned) to a loss|(?:posted|booked|made|recorded) a loss)\b",
    ),
    ("monthly_capacity", r"monthly (?:production )?capacity"),
    ("upfront_payment", r"upfront(?: payments?| fees?)?|up-front payments?|down payments?"),
    # not "a milestone" of a company: "up to $1.77 billion in milestones", "$12 billion in potential milestone payments"
    ("milestone_payments", r"milestone payments?|(?<=in )(?:potential |further )?milestones\b"),
    # "the orderbook stood at", "58.555 billion yuan of contracts on hand", "322 vessels ... on its books"
    (
        "order_backlog",
        r"(?:order )?backlog|order ?books?|(?:orders|contracts) (?:on|in) hand|unfilled orders|on (?:its|their) books",
    ),
    (
        "new_orders",
        r"new (?:orders|contracts)|order intake|orders? (?:won|received|signed)|(?<=yuan of )orders\b|"
        r"(?:won|signed|received|took|booked) (?:new )?orders\b",
    ),
    (
        "domestic_revenue",
        r"domestic (?:sales )?revenue|domestic sales|(?:revenue|sales) (?:from|at) home|"
        r"(?:sales|revenue) (?:in|within) (?:mainland )?China|earned (?:in (?:mainland )?China|at home|domestically)|"
        r"(?:customers|clients) in (?:mainland )?China|domestic (?:customers|clients)",
    ),
    (
        "overseas_revenue",
        r"overseas (?:sales )?revenue|overseas (?:operating )?income|(?<!of )overseas sales|"
        r"revenue from (?:overseas|abroad|(?:international|foreign|overseas) markets)|"
        r"international (?:sales|revenue|business)|export (?:sales|revenue)|exports\b(?! of)|"
        r"(?:sales|revenue) (?:outside|abroad)(?: (?:mainland )?China| the country| (?:its|the) home market)?|"
        r"(?:revenue|sales) (?:from|earned) (?:outside|abroad)|earned abroad|"
        r"(?:revenue|sales) (?:from|to) (?:U\.S\.|US|American|European|foreign|overseas|international)"
        r"(?! (?:brands?|products?|labels?|lines?)\b)"  # "Revenue from international brands" is a line's
        r"(?: (?:clients|customers|markets|buyers))?|"
        r"(?:overseas|foreign|international) (?:markets?|business(?:es)?|customers|clients|buyers)"
        r"(?= (?:brought|contributed|generated|earned|accounted|made up))|"
        # the second of a pair: "Sales at home rose 15.66% to 9.052 billion yuan and abroad 23.27% to 7.211 billion"
        r"(?<=\band )abroad(?= (?:by )?[\d.]+ ?(?:%|percent))",
    ),
    ("comprehensive_investment_yield", r"comprehensive investment yield"),
    ("net_investment_yield", r"net investment yield"),
    (  # "comprehensive solvency ratio", "the comprehensive and core solvency ratios" (its first)
        "comprehensive_solvency_ratio",
        r"comprehensive solvency(?: adequacy)?(?: ratios?)?|comprehensive(?= and core solvency)|"
        r"(?<!core )solvency ratios?",
    ),
    ("core_solvency_ratio", r"core solvency(?: adequacy)?(?: ratios?)?|(?<=the )core ratio\b"),
    ("total_investment_yield", r"(?:total )?investment yield|return on investments?"),
    ("new_business_value", r"(?:life )?new business value|value of new business|NBV\b"),
    ("embedded_value", r"embedded value"),
    ("combined_ratio", r"combined (?:cost )?ratio"),
    ("load_factor", r"(?:passenger )?load factors?|(?<=of its )seats\b|(?<=of their )seats\b"),
    ("sales_margin", r"sales (?:profit )?margin|(?:net )?profit margin on sales|net profit margin|net margins?"),
    ("unit_fuel_cost", r"unit fuel costs?"),
    ("fuel_cost", r"(?:jet )?fuel (?:bill|costs?|expenses?)"),
    ("exchange_loss", r"(?:foreign )?exchange loss(?:es)?"),
    ("investment_loss", r"investment loss(?:es)?"),
    ("apparent_consumption", r"apparent consumption"),
    ("crude_steel_output", r"crude steel(?: output| production)?|output of crude steel"),
    ("pig_iron_output", r"pig iron(?: output| production)?|output of pig iron"),
    ("finished_steel_output", r"(?:output of )?finished steel(?: products)?(?: output| production)?"),
    (
        "production_volume",
        r"output(?! value)|production volumes?|(?:power|electricity) generation(?! (?:groups?|companies|assets))|"
        rf"generation(?= (?:{RISE}|{FALL}|reached|totall?ed|came to|hit|edged|of)\b)|"
        r"on-grid (?:volume|electricity)|"
        r"(?:produc|min|pump|extract)(?:ed|es|s|ing)(?= (?:about |nearly |some |over |more than |a record )?\d)|"
        r"(?<=to )(?:produce|mine)(?= (?:about |nearly |some |over |more than |up to )?\d)|"  # "aims to mine 600,000"
        r"(?:[Mm]ined|[Rr]efined) (?:gold|copper|silver|zinc|lead|nickel|cobalt|molybdenum|lithium|coal|ore)\b|"
        rf"production(?= (?:target|goal|reached|{RISE}|{FALL}|totall?ed|was|of)\b)|"
        # what shipyards build: "Chinese yards completed 48.18 million deadweight tonnes"
        r"completed(?= (?:about |nearly |some |over |more than )?[\d.,]+(?: (?:million|billion))? "
        r"(?:deadweight tonnes|dwt|(?:compensated )?gross tonnes|CGT)\b)|"
        r"generat(?:ed|es|ing)(?= (?:about |nearly |some |over |more than |a record )?[\d.,]+ "
        r"(?:(?:million|billion|trillion) )?(?:[kMGT]Wh|kilowatt-hours|megawatt-hours))|"
        # goods made, not money made: "It made 32.2261 million tires"
        r"made(?= (?:about |nearly |some |over |more than |a record )?[\d.,]+ (?:(?:million|billion) )?"
        + _GOODS_WORD + ")",
    ),
    (  # the second of a pair of goods made and sold: "produced 74,811,100 tires and sold 72,155,800", "Output
        # increased 12.65% to 89.1 million tires and sales 9.57% to 85.4 million", "sent 227 billion kWh to the grid"
        "units_shipped",
        r"(?<=\band )sold(?= (?:about |nearly |some |over |more than )?[\d.,]+(?: (?:million|billion))?(?:[,.;]| "
        + _GOODS_WORD + r"))|"
        r"(?<=\band )sales(?= [\d.]+ ?(?:%|percent) to [\d.,]+(?: (?:million|billion))?(?:[,.;]| "
        + _GOODS_WORD + r"))|"
        r"sent(?= (?:about |nearly |some |over |more than )?[\d.,]+ (?:(?:million|billion|trillion) )?[kMGT]Wh "
        r"to the grid)|"
        r"grid supply",
    ),
    # a whole market's sales: "China's domestic video game market grew 7.53% to 325.783 billion yuan"
    ("market_size", r"market size|size of the (?:[\w-]+ )*?market|(?<!stock )(?<!share )"
                    r"market(?= (?:grew|expanded|shrank|contracted|was worth|reached|totall?ed|hit)\b)"),
    # batteries put into vehicles: "339.3 GWh installed", "installed 246.01 GWh" (not "installed capacity")
    ("installed_volume", r"(?<!newly )installed(?! (?:capacity|base))|installations? volume"),
    (
        "production_capacity",
        r"(?:annual|production|manufacturing|designed?|installed|generating) capacity|"
        r"capacity (?:of|for|to (?:make|produce))\b|(?<=tonnes of )(?:[\w-]+ ){0,2}capacity\b|"
        r"(?-i:C)apacity(?= (?:stood|was|reached|totall?ed|rose|grew|climbed)\b)|"  # "Capacity stood at 676 GWh"
        # "will take MDI capacity to 4.5 million tonnes", "lifted that capacity to", "could make 3.8 million tonnes"
        r"(?<=\s)capacity(?= to \d)|\b(?:can|could) (?:make|produce|process|turn out|refine)\b",
    ),
    # cinemas, hotels and sights: "box office receipts totalled", "the eight films grossed", "occupancy fell", "RevPAR"
    ("box_office", r"box[- ]office(?: receipts| takings| revenue| sales| gross)?|grossed|grossing"),
    ("admissions", r"admissions|cinema-?goers"),
    ("occupancy_rate", r"occupancy(?: rates?)?"),
    ("revpar", r"RevPAR|revenue per available room"),
    ("visitor_count", r"visitor (?:numbers|arrivals|count)|number of (?:visitors|tourists)|visitors|tourists"),
    ("outpatient_visits", r"(?:outpatient|patient|customer|clinic) visits|outpatient volumes?"),
    ("surgery_count", r"surgeries|surgical (?:volumes?|procedures)"),
    ("spending_per_visit", r"(?:average )?(?:spending|spend) per (?:visit|customer|patient)"),
    ("passenger_throughput", r"passenger throughput|passengers handled"),
    ("passengers_carried", r"passenger (?:numbers|traffic|volumes?|trips)|passengers carried"),
    ("cargo_volume", r"cargo(?: and mail)? (?:volume|throughput|traffic)|(?<=tonnes of )cargo(?: and mail)?"),
    ("cargo_revenue", r"cargo revenue"),
    ("net_interest_income", r"net interest income"),
    ("brokerage_fee_income",
     r"(?:net )?brokerage (?:fee |commission )?(?:income|revenue)|commission income|brokerage (?:fees|commissions)"),
    (  # "earned 112.354 billion yuan from investing their own capital"
        "proprietary_trading_income",
        r"proprietary (?:trading|investment)(?: income| revenue| business)?|proprietary (?:revenue|income)|"
        r"investing (?:its|their) own (?:capital|funds|money)",
    ),
    # a securities firm's lines, named alone too: "Investment banking barely moved, with income edging up 5.4%"
    (
        "investment_banking_income",
        r"investment banking(?: (?:income|revenue|fees?|business))?|"
        r"(?:underwriting|sponsorship)(?: and (?:underwriting|sponsorship))? (?:fees|income)",
    ),
    ("asset_management_income", r"asset management (?:income|revenue|fees?)"),
    ("negative_goodwill", r"negative goodwill|bargain purchase gains?"),
    ("agent_count", r"number of (?:its |their |the )?(?:sales |insurance )?agents|(?:sales|insurance) agents\b"),
    # an insurer's premiums, not a price's: "shares were set at premiums to the March 27 close"
    ("premium_income", r"(?:original |total |gross written |written )?(?:premium income|(?<!\bat )premiums\b"
                       r"(?! (?:to|over|above)\b))"),
    (  # "was fined 4.175 billion yuan", "penalties totalling 15.3 billion yuan", "8.1 billion yuan in fines"
        "fine_amount",
        r"(?<=was )fined|(?<=were )fined|(?:fines|penalties)(?= (?:totall?ing|of|reached|came to|amounted to)\b)|"
        r"(?<=in )(?:fines|penalties)\b|fines and confiscations",
    ),
    ("net_investment_income", r"net investment income"),
    ("investment_income", r"(?:total )?investment income"),
    ("investment_assets", r"investment assets|invested assets"),
    ("underwriting_profit", r"underwriting (?:profit|income)"),
    ("total_profit", r"total profits?(?! margin)|profits? before tax|pre-tax profits?"),
    ("arpu", r"average revenue per (?:[\w-]+ )?(?:user|subscriber|customer|account)|ARPU\b"),
    (  # what a good sells for on average: "average revenue per parcel", "revenue per tonne"
        "average_selling_price",
        r"(?:average )?(?:revenue|income|price) per (?:parcel|piece|item|unit|tonne|ton|vehicle|car|bottle|kilogram|"
        r"barrel|head)\b",
    ),
    (
        "subscriber_count",
        r"(?:(?:mobile|broadband|5G|connected|internet|fixed-line|phone) )+(?:users|subscribers|customers)|"
        r"subscribers\b|users(?= (?:numbered|passed|reached|totall?ed|rose|grew|topped)\b)",
    ),
    (
        "rd_intensity",
        r"(?:R&D|research and development) (?:investment )?intensity|proportion of R&D investment|"
        r"ratio of R&D (?:investment|expenses?|expenditure|spending) to (?:operating )?(?:revenue|income)|"
        r"(?:R&D|research and development) (?:expense|spending|investment) ratio",
    ),
    ("rd_personnel", r"R&D personnel|R&D staff|researchers"),
    (
        "rd_expenses",  # 研发费用, the expensed part; R&D investment (研发投入) also counts what is capitalised
        r"(?:R&D|research and development) expenses",
    ),
    (
        "rd_investment",
        r"R&D (?:investment|expenses?|expenditure|spending|bill)|research and development (?:investment|expenses?)|"
        r"research (?:spending|budgets?|outlays?)|(?:R&D|research) spenders?|"
        r"(?:spending|expenditure) on (?:research and development|R&D)|research and development spending|"
        r"(?<=into )R&D|(?<=on )R&D|(?<=in )R&D|(?<=on )research and development|(?<=into )research and development|"
        r"(?<=in )research and development|(?<=into )research\b|(?<=yuan on )research\b",
    ),
    ("operating_profit_adjusted", r"adjusted operating profit|operating profit after excluding"),
    ("operating_profit", r"operating profits?(?! margin)"),
    ("cash_from_sales", r"cash received from (?:selling goods|sales)"),
    (  # "a payout of about 40.32%"
        "dividend_payout_ratio",
        r"(?:cash )?dividend (?:payout )?ratio|payout ratio|distribution ratio|"
        r"payout(?= of (?:about |nearly |some |over |more than |roughly )?[\d.]+ ?(?:%|percent))",
    ),
    (
        "cash_dividends",
        r"(?:total |cash )?dividends?(?! plan)(?! ratio)(?! yield)|profit distributions?|"
        r"dividend plans?(?= (?:worth|totall?ing|valued at|of (?:about |nearly |some )?(?:RMB|US\$|HK\$|\d)))|"
        r"(?:cash|special|final|interim|one-off) payouts?(?! ratio)|"
        r"(?<=its )(?:planned |proposed |(?:19|20)\d\d )?payout(?! ratio)|"
        r"(?<=their )(?:planned |proposed |(?:19|20)\d\d )?payouts?(?! ratio)|"
        r"(?<=the )(?:minimum |planned |proposed |annual |total )payouts?(?! ratio)|"
        r"(?:distribut(?:ed|es|ing)|paid out|pays out|paying out)"
        r"(?= (?:a further |a total of |about |nearly |some |over |more than )?(?:RMB|US\$|HK\$|\$|\d))",
    ),
    (
        "repurchase_amount",
        # not a share price's "daily limit"
        r"repurchase[\w\s]*?(?:limit|amount)|(?<!daily )(?<!price )(?:upper )?limit(?![- ](?:up|down)\b)|"
        r"buy-?backs?(?! loans?\b)|b(?:uy|uys|uying|ought) back|"
        r"repurchase(?= (?:up to |between |about |at least |no more than )?(?:RMB|US\$|HK\$|\$|\d))",
    ),
    (
        "debt_to_asset_ratio",
        r"debt[- ]to[- ]asset ratio|asset[- ]liability ratio|liability[- ]to[- ]asset ratio|debt ratio",
    ),
    ("gross_margin", r"gross (?:profit )?margin"),
    # "its share fell 2.52 percentage points to 24.74%" (a company's own share: of its market)
    (
        "market_share",
        r"(?:global |world |domestic |national )?market shares?|"
        r"(?<=[Ii]ts )share\b(?!\s+(?:of|in|price|capital|count)\b)|"
        # "CSOT's share of large-generation LCD capacity", "China, whose share of global AMOLED panel shipments"
        r"(?:(?<=['’]s )|(?<=whose ))share of (?:the )?(?:global|world|worldwide|domestic|national|large)\b"
        r"(?:(?:\s+[\w-]+){0,5}?\s+(?:shipments|capacity|supply|sales|market|deliveries|output|installations)\b)?|"
        # "its share of the video game market"
        r"(?:(?<=['’]s )|(?<=[Ii]ts )|(?<=[Tt]heir ))share of (?:the )?(?:[\w-]+ ){0,4}?market\b",
    ),
    (
        "impairment_losses",
        r"(?:(?:credit|asset)(?: and (?:credit|asset))? )?impairments?(?: loss(?:es)?| charges?| provisions?)?|"
        r"(?:inventory )?write-?downs?",
    ),
    ("gross_profit", r"gross profits?(?!\s+(?:margin|rate))"),
    # a company's "weighted average ROE" is its own; "an average return on equity" is a statistic (average_roe)
    ("roe", r"(?:weighted average )?(?:return on (?:net assets|equity)|ROE\b)"),
    ("dividend_yield", r"dividend yields?|(?<=shares )yielded|(?<=stock )yielded"),
    ("net_interest_margin", r"net interest margin|NIM\b"),
    ("provision_coverage", r"allowance[- ]to[- ](?:NPL|non-performing loans?)(?: ratio)?"),  # before "NPL ratio"
    ("npl_ratio", r"non-performing loan(?: \(NPL\))? ratio|NPL ratio|bad[- ]loan ratio"),
    (
        "net_loss",
        r"net loss(?:es)?|(?:a |its |their )loss of|(?<=its )loss(?:es)?\b(?!-)|(?<=their )loss(?:es)?\b(?!-)|"
        r"(?:annual|quarterly|(?:first|second|third|fourth)-quarter|half-year|first-half|operating) loss(?:es)?|"
        r"deficit|"
        # not a fall: "wardrobes lost 18.06% to 9.791 billion yuan"
        r"(?:lost|losing)(?= (?:about |nearly |over |more than |some |a combined |another )?(?:RMB|US\$|HK\$|\$|\d))"
        r"(?! [^ ]*\d\s?(?:%|percent))",
    ),
    (  # a segment earns its revenue, before a company's "earned" and "took in": "the enterprise business group
        # (EBG) took in 17.651 billion yuan", "the small and medium business group (SMBG) earned 11.971 billion yuan"
        "segment_revenue",
        r"(?:business group|segment|division|business unit)s?(?: \([A-Z][\w&]{1,7}\))? "
        r"(?:took in|earned|brought in|generated)"
        r"(?= (?:about |nearly |over |more than |some )?(?:RMB|US\$|HK\$|\$|\d))",
    ),
    (
        "net_profit",
        r"net profits?|(?<=a )profit(?= of\b)|profits? attributable to[\w\s]*?(?:shareholders|owners|equity holders)|"
        r"net income|attributable (?:net )?profit|"
        # "X earned 9.6 billion yuan" (but "Mobile games earned 2.18 billion yuan" is a product line's revenue)
        + _NOT_AFTER_A_LINE
        + r"(?:earn(?:ed|ing)|made|makes|making)(?= (?:an? (?:record|all-time high of) )?"
        r"(?:about |nearly |over |more than |some )?(?:RMB|US\$|HK\$|\$|\d))|"
        r"(?:returned|back) (?:to|in) the black|swung (?:back )?(?:in)?to (?:a )?(?:net )?profit",
    ),
    (  # one business line's money: "Revenue from telecommunications services", "Its smart-connectivity business grew"
        "segment_revenue",
        r"revenue from (?:its |their |the )?(?:[\w-]+ (?:and )?){0,3}"
        r"(?:services|customers|clients|business(?:es)?|segments?)\b|(?:data cent(?:re|er)|services?|segment) revenue|"
        # where the money came from: "Revenue from Hainan fell 27%", "revenue at the older parks fell 2.71%"
        r"revenue from (?:its |their |the )?(?!(?:continuing|discontinued|operations|main|core|sales|a|an|"
        r"previous|same|year|period|quarter|half|first|second|third|fourth|January|February|March|April|May|June|July|"
        r"August|September|October|November|December|RMB|US|HK|around|about|nearly|almost|over|under|more|less|"
        r"roughly|approximately|some|just)\b)[A-Za-z][\w-]*|"  # not "from around 304 million yuan to ..."
        r"revenue at (?:its|their|the) (?!(?:[\w-]+ ){0,3}(?:companies|firms|enterprises|makers|groups|banks|lenders|"
        r"insurers|brokerages|producers)\b)[a-z][\w-]*|"
        r"(?<=its )(?<!of its )(?:[\w-]+ ){1,2}business(?= (?:grew|rose|fell|jumped|climbed|slipped|dropped|declined|"
        r"increased|decreased|expanded|shrank)\b)|"
        # a line of products that rises or falls to an amount: "Smart acoustic products rose 8.73% to 26.296 billion"
        r"(?:(?<=^)|(?<=[.;:] )|(?<=, and )|(?<=, while ))(?:[A-Z][a-z-]+ )(?:[a-z][\w-]+ ){0,2}"
        rf"(?:{_LINE})(?= (?:{RISE}|{FALL})\b(?:[^.;,]|\.\d)*?\bto\b)|"
        # a line of products that earns: "Mobile games earned 2.18 billion yuan" (a company earns its profit)
        r"(?:(?<=^)|(?<=\n)|(?<=[.;:] )|(?<=, and )|(?<=, while ))(?:[A-Z][a-z-]+ )(?:[a-z][\w-]+ ){0,2}"
        rf"(?:{_LINE})(?= earned\b(?! an? [\d.]+ ?(?:%|percent)))",  # not "earned a 10.99% margin"
    ),
    ("product_sales", r"product (?:revenue|sales)"),  # before "revenue", which it contains
    # a channel's sales: "offline sales shrank 11.6%", "Dealer and direct-store revenue", "Bulk sales to developers",
    # "Sales through home-renovation firms"
    (
        "segment_revenue",
        r"(?:online|offline|bulk|dealer|direct(?:-store)?|retail|wholesale|e-commerce|franchise|distributor|channel) "
        r"(?:sales|revenue)\b(?! volumes?)|(?<![\w-] )[Ss]ales (?:through|via|to) (?=[a-z])",
    ),
    ("property_sales", r"contracted sales|(?:sales|sold) of (?:new )?commercial (?:housing|homes)|property sales"),
    ("interest_bearing_debt", r"interest-bearing (?:debt|liabilities|borrowings)|(?:short|long)-term borrowings"),
    # the income statement's expenses and the balance sheet's working capital
    ("selling_expenses", r"(?:selling|sales|marketing|distribution)(?: and (?:marketing|distribution))? expenses?|"
                         r"selling costs"),
    ("administrative_expenses", r"(?:general and )?(?:administrative|management) expenses?"),
    ("finance_costs", r"(?:net )?financ(?:e|ial) (?:costs?|expenses?)"),
    ("contract_liabilities", r"contract liabilities|advance receipts|advances from customers|customer advances"),
    ("accounts_receivable", r"(?:(?:accounts|trade|notes and accounts) )?receivables?(?! turnover)"),
    ("inventory", r"inventor(?:y|ies)(?! (?:turnover|write-?downs?|impairments?|days)\b)"),
    (  # "its unit cost", "its full farming cost", "cash cost per tonne"
        "unit_cost",
        r"unit (?:production )?costs?|(?:full|cash|all-in|production) (?:[\w-]+ )?costs?(?! of (?:sales|revenue))|"
        r"(?<!transport )(?<!sorting )costs? per (?:tonne|ton|kilogram|kilolitre|litre|barrel|unit|parcel|piece|item)",
    ),
    (  # "against cash of 88.16 billion yuan", "cash and cash equivalents", "monetary funds"
        "cash_holdings",
        r"cash (?:and (?:cash )?equivalents|holdings|balances?|on hand|reserves?)|monetary funds|cash pile|"
        r"cash(?= of (?:about |nearly |some |over |more than )?(?:RMB|US\$|HK\$|\d))",
    ),
    (  # "Its flagship Moutai liquor brought in 43.557 billion yuan"
        "product_sales",
        r"flagship (?:[\w-]+ ){0,3}?[\w-]+(?= (?:brought in|generated|earned|contributed))",
    ),
    (  # a business line's money: "with etching tools alone bringing in", "Display devices brought in"
        "segment_revenue",
        r"(?:tools|equipment|products|drugs|liquor|devices|machines|chips|vehicles|batteries|customers|clients)"
        r"(?= (?:alone )?(?:bringing in|brought in|contributing|contributed|generating|generated) )|"
        # "Revenue of the public service business group", "Revenue of its fashion segment", "of the main X brand"
        r"(?:(?<=[Rr]evenue of the )|(?<=[Rr]evenue of its ))(?:[\w-]+ ){0,4}"
        r"(?:business group|segment|division|business unit|unit|arm|brand)s?\b|"
        # "that segment's revenue shrank" (a unit may be a company of its own: "The Thai unit's revenue")
        r"(?:segment|division)['’]s revenue\b|"
        # a line's part of the whole: "Online channels made up 68% of revenue", "Online sales made up 86% of revenue"
        r"(?:channels|(?<![Oo]verseas )(?<![Dd]omestic )sales|business(?:es)?|segments?|units?|divisions?)"
        r"(?= (?:made up|make up|accounted for|account for)\b)",
    ),
    (  # a product line's sales: "Packaged meat sales fell", "Vaccine sales rose"
        "product_sales",
        r"(?:(?<=^)|(?<=\n)|(?<=[.;:] )|(?<=, and )|(?<=, while )|(?<= and )|(?<=, as ))"
        r"(?:(?!" + _NOT_A_LINE + r")[A-Za-z][\w-]+ )?(?!" + _NOT_A_LINE + r")[A-Za-z][\w-]+ sales\b"
        rf"(?=,? (?:which )?(?:{RISE}|{FALL}|reached|was|of)\b)",
    ),
    (  # a business line's revenue: "Storage revenue slipped", "Crane revenue dropped", "Its energy storage revenue
        # slipped", "New energy materials revenue grew", "and big data revenue 58.6%"
        "segment_revenue",
        r"(?:(?:(?<=^)|(?<=\n)|(?<=[.;:] )|(?<=, and )|(?<=, while )|(?<= and )|(?<=, as )|(?<=, so )|(?<=, but )|"
        # "though subscription revenue grew 26.0%", "with lithium revenue down 57.90%", "Sangfor's cloud revenue rose"
        r"(?<=, though )|(?<=, whereas )|(?<=, with )|(?<=['’]s ))"
        r"(?:[Ii]ts |[Tt]heir )?(?:(?!" + _NOT_A_LINE + _NOR_A_VERB + r")[A-Za-z][\w-]+ ){0,2}|"
        # the next of a list: "Oxide revenue fell 25.05% to ..., metal revenue rose 12.77%"
        r"(?<=, )(?!(?:although|though|when|whereas|if|because|since|after|before|driving|pushing|with|even)\b))"
        r"(?!" + _NOT_A_LINE + _NOR_A_VERB + r")[A-Za-z][\w-]+ "
        # "Advertising revenue, by contrast, dropped 12%", "Membership revenue topped 5 billion yuan"
        # "Energy storage revenue alone jumped 184%", "Contact lens revenue more than tripled"
        r"revenue\b(?=(?:, (?:by contrast|in contrast|meanwhile|however),)?,? (?:which |alone |also )?"
        rf"(?:{RISE}|{FALL}|reached|was|of|up|down|topped|exceeded|totall?ed|hit|edged|"
        r"(?:more than |nearly |almost )?(?:doubled|tripled|quadrupled))\b)|"
        # mid-sentence after "its": "In the second quarter its overall server revenue grew more than 50%"
        r"(?:(?<=\bits )|(?<=\btheir ))(?:overall )?(?!" + _NOT_A_LINE + _NOR_A_VERB + r")[a-z][\w-]+ "
        rf"revenue\b(?=,? (?:{RISE}|{FALL})\b)|"
        # the second of a pair, its verb elided: "storage shipments grew 70% and storage revenue 105%"
        r"(?<= and )(?:(?!" + _NOT_A_LINE + _NOR_A_VERB + r")[a-z][\w-]+ ){1,2}revenue(?= [\d.]+ ?(?:%|percent))",
    ),
    (  # a business line that earns: "Soy sauce brought in 13.758 billion yuan", "Its storage systems brought in"
        "segment_revenue",
        r"(?:(?<=^)|(?<=\n)|(?<=[.;] )|(?<=, and )|(?<=, while ))(?:[Ii]ts |[Tt]heir )?"
        r"(?!(?:It|The|They|This|That|These|Those|He|She|We)\b)[A-Za-z][a-z-]+(?: [a-z][a-z-]+){0,4}"
        r"(?<!companies)(?<!firms)(?<!enterprises)(?<!groups)(?<!banks)(?<!lenders)(?<!makers)(?<!producers)"
        # not "Shenzhen-listed companies contributed"; "Automotive glass, more than 90% of sales, brought in"
        r"(?=(?:, (?:[^,;.]|\.\d){1,60},)?(?:, which)? (?:alone )?(?:brought in|generated|contributed)\b)",
    ),
    (  # a line set apart as a part of revenue, then its change: "Sofas, 55.2% of revenue, grew 9.1% to 10.2 billion
        # yuan", "Smart hardware, still its largest business with 56.66% of revenue, shrank 2.57%", "Land contracting
        # fees, its core income, rose 8.7%"
        "segment_revenue",
        r"(?:(?<=^)|(?<=\n)|(?<=[.;] ))(?:[Ii]ts |[Tt]heir )?"  # not "Sales of its drugs, not counting ..."
        r"(?!(?:It|The|They|This|That|These|Those|Sales|Revenue|Income|Profits?|Net)\b)"
        r"[A-Z][a-z-]+(?: [a-z][a-z-]+){0,4}, (?:(?!\b(?:and|but)\b)[^,;.]|\.\d){0,40}?"
        r"(?:% of (?:its |the |main business )?(?:revenue|sales|the total)|(?:largest |core |main )?"
        r"(?:business|income|segment))\b[^,;]*,"
        rf"(?= (?:{RISE}|{FALL})\b)",
    ),
    (  # "... companies took in 370.948 billion yuan"
        "revenue",
        r"(?:total |operating |business )?revenue|operating income|sales revenue|turnover of goods|"
        # money taken in, not shares a buyback "took in"
        r"(?:took|takes|taking) in(?= (?:about |nearly |over |more than |some )?(?:RMB|US\$|HK\$|\$|"
        r"[\d.,]+ (?:(?:million|billion|trillion) )?(?:yuan|dollars)))",
    ),
    (
        "product_sales",
        r"annual sales|sales of (?:the )?products?|"
        r"sales of (?:its |their |the )?(?:flagship )?(?!RMB|CNY|USD|US\$|HK\$)(?-i:[A-Z][A-Za-z])[\w-]*|"
        r"sales of (?:its |their )?(?:[\w-]+ ){0,3}(?:drugs|products|medicines|vaccines|devices|chips|models)\b",
    ),
    ("holding_value", r"held a total market value|holding value|market value of (?:their )?holdings"),
    (  # "the chip designer was valued at 316.4 billion yuan" (a deal "valued at" is its amount)
        "market_value",
        r"market (?:value|capitali[sz]ation)|(?<=companies )worth|(?<=firms )worth|"
        r"(?<!deal )(?<!transaction )(?<!merger )(?<!takeover )(?<!acquisition )(?<!swap )"
        r"(?:was|were|is|are) valued at",
    ),
    (  # "Equity attributable to shareholders reached 943.952 billion yuan"
        "net_assets",
        r"net assets|net asset value(?! per)|(?:shareholders|owners)['’]? equity|"
        r"equity attributable to (?:[\w-]+ )?(?:shareholders|owners|equity holders)",
    ),
    (
        "total_assets",
        r"total assets|assets totall?(?:ed|ing)|(?<=its )assets\b|(?<=their )assets\b|(?<!net )assets of\b|"
        r"(?:(?<=['’]s )|(?<=\bgroup ))assets\b|"  # "The group's assets topped", "group assets had passed"
        r"(?<=by )assets\b",  # "the largest city bank by assets, at 4.22 trillion yuan"
    ),
    ("share_exchange_ratio", r"(?:exchange|swap|share-swap|conversion) ratio|(?:exchanged|swapped) for(?= [\d.]+ )"),
    ("capital_adequacy_ratio", r"(?:core tier[- ](?:one|1) |tier[- ](?:one|1) )?capital adequacy(?: ratios?)?"),
    ("customer_deposits", r"(?:customer |total )?deposits\b(?! (?:rate|insurance|ratio))"),
    (  # money lent: a bank's loan book ("Customer loans grew 7.8%"), a loan or credit line ("special loans capped at")
        "loan_amount",
        r"(?:special |buyback |repurchase )?loans?(?= (?:of|capped|worth|totall?ing|up to)\b)|credit lines?|"
        r"(?:customer |net |total |gross )loans\b|loans(?= (?:grew|rose|increased|climbed|expanded|fell|reached|"
        r"stood|came|totall?ed)\b)|"
        r"lending quota|\blend(?: it| them)?(?= (?:up to |about |as much as )?(?:RMB|US\$|HK\$|\$|\d))|"
        # "a 2.5 billion yuan buyback loan", "a loan line of up to 360 million yuan", "9 billion yuan of 3-year loans"
        r"(?:(?<=buyback )|(?<=repurchase )|(?<=increase )|(?<=special )|(?<=bank ))loans?\b|loan lines?\b|"
        r"(?<=yuan of )(?:[\w-]+ ){0,2}loans\b",
    ),
    (
        "interest_rate",
        r"(?:lending|loan|borrowing) (?:interest )?rates?|interest rates? (?:on|of) (?:the |its |their )?"
        r"(?:loans?|lending|credit|borrowing)",
    ),
    # "an average daily turnover rate of 3.62 percent": shares traded as a share of those that may trade
    ("turnover_rate", r"turnover rates?"),
    ("transaction_amount", r"transaction (?:amount|volume)|turnover"),
    (
        "financing_amount",
        r"financing scale|(?<=yuan )issue of|raised(?! (?:it|them) by)(?! (?:its|their) )|"
        r"(?<!of )raising(?! (?:its|their|it|them) )|financing of|fund-?raising|"
        r"(?:gross )?proceeds(?= (?:of|rose|were))|"
        r"(?:raise|seek(?:s|ing)?)(?= (?:up to |about |some |nearly |more than |as much as )?(?:RMB|US\$|HK\$|\$|\d))",
    ),
    (
        "transaction_amount",
        r"paying(?= (?:about |nearly |some |over |more than |up to )?(?:RMB|US\$|HK\$|\$|\d))|"
        r"agreed to pay(?= (?:about |nearly |some |over |more than |up to )?(?:RMB|US\$|HK\$|\$|\d))"
        r"(?![^,;]{0,30}\bupfront)|"  # not "agreed to pay US$200 million upfront"
        r"(?:deal|transaction|takeover|merger|acquisition) (?:valued|priced) at|"  # "in a deal valued at 116 billion"
        # "a 10% stake in Shenzhen Yinwang, agreed at 11.5 billion yuan"
        r"(?<=, )agreed at(?= (?:about |nearly |some |up to )?(?:RMB|US\$|HK\$|\$|\d))|"
        r"(?:deal|transaction|takeover|merger|acquisition)s? worth(?= (?:about |nearly |some |over |more than |up to )?"
        r"(?:RMB|US\$|HK\$|\$|\d))|"
        # what deals add up to: "a combined headline value of $60.8 billion", "worth $34.7 billion in total"
        r"(?:combined |headline |total |aggregate )+value(?= of)|(?<=deals )(?:were )?worth|(?<=were struck, )worth",
    ),
    ("transaction_amount", r"(?:plans? to |agreed to |will )?(?:acquire|purchase|buy)\b|acquisition of|"
                           # money spent on a purchase: "up to 200 million yuan on control of discount chain X"
                           r"(?<=yuan )on (?:control of|buying|acquiring|the (?:acquisition|purchase) of|"
                           r"(?:a )?stakes? in)"),
    ("fixed_asset_investment", r"fixed[- ]asset investment|investment in fixed assets"),
    # how many times an offering was covered: "oversubscribed about 150.2 times", "454.85 times subscribed"
    # (not money subscribed: "it subscribed 117,579,940,000 yuan")
    ("subscription_multiple", r"(?:over-?)?subscri(?:bed|ptions?)\b(?! for)(?! (?:about |some |up to )?(?:RMB|US\$|"
                              r"HK\$|\$|[\d.,]+ (?:(?:million|billion|trillion) )?yuan))"),
    (  # money put in by an investor: "will take up 500 billion yuan", "committing up to 500 million yuan"
        "investment_amount",
        r"(?:plans?|intends?) to invest|invest(?:ment)? of|(?:to|would|will) invest|planned investment|budgeted at|"
        r"(?:take up|takes up|took up|subscribe for|subscribes for|subscribed for|subscribed|committing)"
        r"(?= (?:up to |about |some )?(?:RMB|US\$|HK\$|\$|\d))|"
        rf"(?:put|puts|putting|commit|commits|committed|inject|injects|injected|injecting){PUT_INTO}",
    ),
    ("use_of_proceeds", r"(?:will|to) be used for"),
    ("fund_scale", r"scale of[\w\s]*?products|fund (?:size|scale)|assets under management"),
    ("holding_share", r"of the positions|of (?:the )?holdings|shareholding ratio|stakes?(?= (?:to|of|at) )"),
    ("coupon_rate", r"coupon(?: interest)? rates?|interest rates?|coupons?(?= of)"),
    ("provision_coverage", r"provision(?:ing)? coverage(?: ratio)?|(?:loan )?loss provision coverage(?: ratio)?"),
    ("coverage_rate", r"coverage(?: rate)?"),
    ("autonomy_rate", r"autonomy rate"),
    ("localization_rate", r"locali[sz]ation rate"),
    ("employees_share", r"of the total number of employees|of (?:all |their |its )?(?:employees|workforce|staff)"),
    ("units_shipped", r"shipments?|shipped|(?:vehicle|car|NEV|unit) sales|(?<!aircraft )deliveries|"
                      # "China's sales of new energy vehicles rose 139.3% to 1.206 million"
                      r"sales of (?:[\w-]+ ){0,3}(?:vehicles|cars|NEVs|trucks|buses|motorcycles|smartphones|"
                      r"handsets)\b|"
                      r"(?:sales )?volumes?\b(?! of (?:trading|transactions|deals))"),  # "Its volume declined 11.8%"
    ("account_count", r"(?:active )?accounts"),
    ("revenue", r"sales(?=\s+(?:exceed|reach|amount|total|were|was|grew|rose|increased|of\s+(?:RMB|\d)))"),
    # a bare "margin" is the kind of margin the report named last ("Its margin was 1.75%" in a bank round-up)
    ("gross_margin", r"(?<!operating )(?<!profit )margins?\b(?! (?:trading|financing|call|debt|loans?|requirement))"),
    # last, so any longer wording wins: "average profit slipped 3.86%", "profit rose 101%"
    # not a comparator ("twice the size of their profit", "30% of its profit")
    ("net_profit", r"(?<!a )(?<!gross )(?<!of their )(?<!of its )(?<!of the )profits?\b(?!\s+margin|-)"),
)
# A measure said not to be there names no figure: "will pay no cash dividend".
_NONE_OF = re.compile(r"\b(?:no|without)\s+$", re.IGNORECASE)
# Every wording starts with a letter, so a cue starts where a word does.
CUES = PatternSet([rf"\b(?:{pattern})" for _, pattern in _CUES], re.IGNORECASE, lead=r"\b(?=\w)")

# A statistic word right before the measure makes it a per-company figure ("median gross margin").
STATISTIC = re.compile(r"\b(median|average|mean)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# The per-company statistics the vocabulary has (its collection scheme/measure-statistics) and the measures they are
# of; a statistic of a narrower measure is one of its broader measure (skos:broader in ontology/measures.ttl):
# "average R&D expenses" is an average R&D investment.
STATISTICS = measure_scheme().statistics
AVERAGED = frozenset(s.removeprefix("average_") for s in STATISTICS if s.startswith("average_"))
BROADER = measure_scheme().broader
_MEASURES = measure_scheme().measures

# What a count counts -> measure. The noun is the Quantity's `counted`.
COUNTED: dict[str, str] = {
    "compan": "company_count",
    "enterprise": "company_count",
    "firm": "company_count",
    "issuer": "company_count",
    "operator": "company_count",
    "maker": "company_count",
    "carmaker": "company_count",
    "producer": "company_count",
    "airline": "company_count",
    "bank": "company_count",
    "insurer": "company_count",
    "developer": "company_count",
    "member": "company_count",  # "the 50 members of the STAR 50 index"
    "supplier": "supplier_count",
    "investor": "investor_count",
    "patent": "patent_count",
    "countr": "country_count",
    "region": "country_count",
    "indication": "indication_count",
    "product": "product_count",
    "drug": "product_count",
    "generic": "product_count",
    "medicine": "product_count",
    "vaccine": "product_count",
    "therap": "product_count",
    "biosimilar": "product_count",
    "antibod": "product_count",
    "technolog": "product_count",
    "unit": "units_shipped",
    "vehicle": "units_shipped",
    "car": "units_shipped",
    "nev": "units_shipped",
    "truck": "units_shipped",
    "hog": "units_shipped",
    "pig": "units_shipped",
    "ship": "fleet_size",  # "its fleet numbered 538 ships", "it controlled 159 tankers"
    "vessel": "fleet_size",
    "tanker": "fleet_size",
    "vlcc": "fleet_size",  # very large crude carriers
    "broiler": "units_shipped",
    "chicken": "units_shipped",
    "cattle": "units_shipped",
    "head": "units_shipped",  # livestock: "16.53 million head"
    "smartphone": "units_shipped",
    "handset": "units_shipped",
    "device": "units_shipped",
    "set": "units_shipped",
    "project": "project_count",
    "ind": "index_count",  # indices, indexes
    "account": "account_count",
    "deal": "deal_count",
    "dividend": "dividend_count",  # "paid three dividends", "21 payouts since listing"
    "payout": "dividend_count",
    "distribution": "dividend_count",
    "licens": "deal_count",
    "agreement": "deal_count",
    "transaction": "deal_count",
    "acquisition": "deal_count",
    "merger": "deal_count",
    "restructuring": "deal_count",  # "102 of them were major asset restructurings"
    "fundrais": "deal_count",  # "265 equity fundraisings"
    "placement": "deal_count",  # "105 placements priced through bidding"
    "licenc": "deal_count",  # "two licences"
    "stock": "company_count",  # "14 stocks delisted in July", "48 brokerage stocks rose"
    "candidate": "company_count",  # "428 (IPO) candidates had ended their reviews"
    "personnel": "rd_personnel",
    "employee": "employees",
    "people": "rd_personnel",
    "industr": "industry_count",
    "sector": "industry_count",
    "year": "consecutive_periods",
    "quarter": "consecutive_periods",
    "month": "period_length",  # "within six months", "locked up for 36 months"
    "week": "period_length",
    "day": "period_length",  # "needed two days", "128 days", "20 consecutive trading days"
    "session": "consecutive_periods",  # "after 10 straight limit-up sessions"; a span of time unless a streak
    "agent": "agent_count",
    "subscriber": "subscriber_count",
    "user": "subscriber_count",
    "customer": "customer_count",
    "client": "customer_count",
    "passenger": "passengers_carried",
    "aircraft": "fleet_size",
    "plane": "fleet_size",
    "parcel": "parcel_volume",  # "handled 23.783 billion parcels"
    "case": "case_count",  # "handled 739 cases", "61 financial fraud cases"
    "package": "parcel_volume",
    "visitor": "visitor_count",
    "tourist": "visitor_count",
    "admission": "admissions",
    "hotel": "hotel_count",
    "hospital": "hospital_count",
    "clinic": "clinic_count",
    "surger": "surgery_count",
    "screen": "screen_count",
    "cinema": "cinema_count",
    "store": "store_count",
    "shop": "store_count",
    "outlet": "store_count",  # "closed a net 156 outlets"
}


_COUNTED_PHRASES = {"base station": "base_station_count", "tower site": "tower_site_count", "m&a event": "deal_count",
                    # ships by what they carry: "87 LNG carriers", "93 bulk carriers", "six very large crude carriers"
                    **{f"{cargo} carrier": "fleet_size" for cargo in SHIP_CARGOES}}


@dataclass(frozen=True, slots=True)
class Cue:
    """A measure wording found in a sentence, at character offsets of the document."""

    measure: str
    start: int
    end: int


# Balances a charge or provision is made on: "291 million yuan for inventory", "losses on overdue receivables".
_CHARGED_AGAINST = frozenset({"inventory", "accounts_receivable"})
_CHARGE_ON = re.compile(r"\b(?:on|for|against)\s+(?:[\w-]+\s+)?$")


def find_cues(text: str, offset: int = 0) -> tuple[Cue, ...]:
    """Every measure wording in `text`, leftmost first, overlaps resolved to the first-listed cue."""
    found: list[Cue] = []
    taken = bytearray(len(text))  # characters already claimed by an earlier-listed cue
    for (measure, _), spans in zip(_CUES, CUES.spans(text), strict=True):
        for start, end in spans:
            if any(taken[start:end]) or _NONE_OF.search(text, max(0, start - 12), start):
                continue
            if measure in _CHARGED_AGAINST and _CHARGE_ON.search(text, max(0, start - 30), start):
                continue  # "impairment losses on slow-paying receivables reached ...": the charge's figure
            statistic = STATISTIC.search(text, max(0, start - 60), start)
            name = _statistic(statistic.group(1), measure) if statistic else measure
            found.append(Cue(name, offset + start, offset + end))
            taken[start:end] = b"\x01" * (end - start)
    return _bare_kinds(text, offset, sorted(found, key=lambda cue: cue.start))


# A bare word of a kind of measure ("margin", "volume") is the kind the report named last, else the first listed:
# "Its margin was 1.75%" in a bank round-up, "YTO's volume grew 21.7%" in a courier one.
_KINDS = (
    (("gross_margin", "net_interest_margin", "sales_margin"), re.compile(r"margins?", re.IGNORECASE)),
    (("units_shipped", "parcel_volume", "cargo_volume"), re.compile(r"volumes?", re.IGNORECASE)),
)


def _bare_kinds(text: str, offset: int, cues: list[Cue]) -> tuple[Cue, ...]:
    """Each bare word of a kind of measure named as the kind named last before it."""
    last = {kinds: kinds[0] for kinds, _ in _KINDS}
    out = []
    for cue in cues:
        for kinds, bare in _KINDS:
            if cue.measure in kinds and bare.fullmatch(text, cue.start - offset, cue.end - offset):
                cue = Cue(last[kinds], cue.start, cue.end)
            elif cue.measure in kinds:
                last[kinds] = cue.measure
        out.append(cue)
    return tuple(out)


def _statistic(word: str, measure: str) -> str:
    """ "median gross margin" -> median_gross_margin, when the vocabulary has it, else the measure itself."""
    stat = word.lower().replace("mean", "average")
    for base in (measure, BROADER.get(measure)):
        if f"{stat}_{base}" in _MEASURES:  # a statistic, or a measure of its own: "average selling price"
            return f"{stat}_{base}"
    return measure


def counted_measure(noun: str, phrase: str = "") -> str | None:
    """The count measure of a counted noun ("suppliers" -> supplier_count, "port operators" by its head), or of
    the words before it in `phrase` ("2.1 million tower sites", "1.005 billion mobile customers")."""
    noun, words = noun.lower(), (phrase or noun).lower()
    if found := next((m for phrase_words, m in _COUNTED_PHRASES.items() if phrase_words in words), None):
        return found  # "5G base stations", not the "bases" a maker builds
    if re.search(r"\b(?:mobile|broadband|5g|fixed-line|internet)\b", words) and re.search(r"customer|client", noun):
        return "subscriber_count"  # "1.005 billion mobile customers"
    for word in dict.fromkeys((noun, *reversed(noun.split()))):  # by its head first: "new patent applications"
        for stem, measure in COUNTED.items():
            if word.startswith(stem) and not (stem == "ind" and not word.startswith(("indice", "indexe"))):
                return measure
    return None
