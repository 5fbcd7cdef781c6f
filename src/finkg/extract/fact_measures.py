"""What a figure measures and what kind of figure it is: the nearest measure wording, shares of a
named whole, per-company averages, and bracketed or gapped figures that repeat the one before."""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from ..records import Company, Fact, Kind, Product, Quantity
from .clauses import COMPOUND, ON_A_NAMED, Clause, end_of_segment, start_of_segment
from .company_counts import DID_VERB
from .fact_periods import OWN_PERIOD
from .fact_state import INDEX_PRODUCT, LinkerState
from .markets import AGENT_NOUN, COUNTS_COMPANIES, PLURAL_NOUN
from .measure_scheme import measure_scheme
from .measures import AVERAGED, Cue, counted_measure
from .numbers import CURRENCY_MENTION, MEASURE_UNITS, MONEY, PER_SHARE
from .quantity_cues import FALL, FOR_A_STAKE, RISE, SOLD_TO, SOLD_TO_ANYONE

_SHARE_MEASURES = measure_scheme().shares  # percentages that are part of a whole
_RATE_MEASURES = measure_scheme().rates  # percentages that are a level: margins, yields, ratios
_COUNT_MEASURES = measure_scheme().counts  # numbers of things
# Percentages "of" what they measure against: "89.6% of capacity", "165.56% of its plan".
_OF_A_WHOLE = ("capacity_utilization", "load_factor", "plan_completion_rate")
# Goods counted as made or sold abroad: what a clause's wording makes of units shipped.
_GOODS_MOVED = {"production_volume": "production_volume", "overseas_revenue": "export_volume",
                "export_volume": "export_volume"}
_JOINED = re.compile(r"\s(?:and|while|but|whereas)\s")  # where the clause's next predicate begins
_FEWER = re.compile(r"\s+fewer\b")  # only what is counted is fewer
_PER_SHARE_PRICES = frozenset({"conversion_price", "share_issue_price", "repurchase_price", "share_price"})
_NOT_MONEY = _RATE_MEASURES | _SHARE_MEASURES | _COUNT_MEASURES  # no amount of money is a rate, a share or a count
_OF_COMPANIES = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:total\s+(?:number\s+of\s+)?)?(?:[\w-]+\s+){0,3}?"
    r"(?:compan(?:y|ies)|enterprises|firms|board\b(?!['’]))|(?:of\s+(?:them|these)\s+)?"
    rf"(?:{DID_VERB})\b)",
    re.IGNORECASE,
)
_OF_REVENUE = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|operating\s+)?(?:revenue|operating income)", re.IGNORECASE
)
_ON_RD = re.compile(r"\s+(?:on|into|in)\s+(?:R&D|research and development|research)\b", re.IGNORECASE)
_AS_OF = re.compile(
    r"\b(?:as of|by|up to|end of|beginning of|start of|at the end of|(?:at|on) the close (?:on|of)|"
    r"(?:by|on) the (?:evening|morning|night) of)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_COMPANY_WORD = re.compile(r"\b(?:compan|enterpris|firm)", re.IGNORECASE)
_BRACKET_AFTER_NAME = re.compile(r"[A-Z][\w-]*\s+\(\s*$")
_GAPPED = re.compile(r"\b(?:and|while|but|led by)\s+(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+)?(?:by|with)\s+$")
_OF_SHARES = re.compile(r"\s*of\s+(?:the\s+|its\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:total\s+|outstanding\s+)?shares\b")
_THE_FIGURES = re.compile(
    r"\bthe (?:two|three|four|five|both|same) (?:[\w-]+ )?(?:figures|indicators|measures|metrics)\b", re.I
)
_PAYOUT = re.compile(r"\b(?:distribut\w*|paid out|pays? out|paying out)\s+(?:(?:over|more than|about|nearly)\s+)?$")
_OF_PROFIT = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+|that\s+year['’]s\s+|the\s+market['’]s\s+|the\s+year['’]s\s+)?(?:\d{4}\s+)?"
    r"(?:annual\s+|first-half\s+|half-year\s+|interim\s+|full-year\s+)?(?:net\s+|distributable\s+|attributable\s+)?"
    r"profits?\b",
    re.IGNORECASE,
)
# Shares bought back, or retired after: "would retire between 1,670,583 and 3,341,164 shares".
_BOUGHT_BACK = re.compile(
    r"\b(?:b(?:uy|uys|ought|uying) back|repurchas\w*|buy-?backs?|"
    r"retir(?:e|es|ed|ing)(?= (?:between |up to |about )?\d))\b",
    re.IGNORECASE,
)
_DIVIDEND_WORD = re.compile(r"\bdividends?\b|\bpayouts?\b|\bdistribut\w*", re.IGNORECASE)
# A payout named earlier in the clause: "plans to pay 0.4 yuan in cash ..., 11.96% of its first-half net profit".
_PAID_BEFORE = re.compile(rf"{_DIVIDEND_WORD.pattern}|\b(?:pay|pays|paid|paying|returned)\b", re.IGNORECASE)
_DIVIDEND_MEASURES = frozenset({"cash_dividends", "dividend_per_share", "dividend_per_10_shares"})
_PER_TEN = re.compile(r"\b(?:per|for every|for each)\s+(?:10|ten)\s+shares\b", re.IGNORECASE)
_EACH_SHARE = re.compile(r"\s+(?:each|apiece|a share|per share)\b", re.IGNORECASE)
# Shares sold, or an offering "priced at" the figure: "the H-share offering, priced at HK$54.80 a share".
_SELLING_SHARES = re.compile(
    r"\b(?:sell\w*|sold|issu\w*|plac\w*|offer\w*|pric\w*)\s+(?:[\w,.-]+\s+){0,4}?shares\b|"
    # "the H-share offering, priced at", "The deal was finally priced at"
    r"\b(?:offering|IPO|listing|placement|deal|issue)\b[^.;]{0,40}?\bpriced (?:\w+ly )?at\s*$|"
    r"\braising\b(?:[^.;]|\.\d){0,40}?\bat\s*$|"
    r"\bnew (?:[AH][- ])?shares\b(?:[^.;]|\.\d){0,30}?\b(?:at|priced at)\s*$|"
    # "224.52 million shares priced at", "H shares marketed at", "listed on May 8 at"
    r"\bshares\s+(?:priced|marketed|offered|sold)\s+at\b|\blisted\b[^.;]{0,60}?\bat\s*$",
    re.IGNORECASE,
)
# Where an offer price stands in a sale of shares: "at HK$36.30", "the top of a HK$41.45 to HK$44.05 range",
# "marketed at HK$7.48 to HK$10.68".
_OFFER_PRICE_AT = re.compile(
    r"\b(?:at|priced at|the (?:top|bottom|low end|high end|middle) of (?:a|an|its|the))\s+(?:about\s+|up to\s+)?$|"
    r"\d\s+to\s+$"
)
_WHOLE_OF_A_SHARE = re.compile(
    r"%\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:total\s+|annual\s+)?$"
)
_OF_WHOLE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|’s)?\s+){0,3}$")
# A change that names its measure after it: "a 31.70% jump in net profit", "a fall of over 50% in net profit".
_CHANGE_NOUN = r"(?:rise|jump|increase|growth|gain|climb|surge|drop|fall|decline|decrease|slide|dip)"
_CHANGE_IN = re.compile(rf"\s+(?:[\w-]+\s+)?{_CHANGE_NOUN}\s+in\s+(?:its\s+|their\s+|the\s+)?")
_A_CHANGE_OF = re.compile(rf"\b{_CHANGE_NOUN}\s+of\s+$")
_IN_THE = re.compile(r"\s+in\s+(?:its\s+|their\s+|the\s+)?")
# A possessive with no noun after it, then a verb of change: "Haier's grew", "Ecovacs's jumped".
_ELIDED = re.compile(
    r"\b[A-Z][\w&-]*(?:'s|’s)\s+(?:(?:also|only|just)\s+)?(?:grew|rose|climbed|jumped|surged|fell|dropped|declined|"
    r"increased|decreased|slipped|slid|soared|more than doubled|doubled)\b[^,;]*$"
)
_POSSESSIVE_END = re.compile(r"(?:'s|’s)\s$")
# What shares sold brought in: "... at 27.46 yuan each for 46.287 billion yuan".
_FOR_PROCEEDS = re.compile(r"\b(?:each|apiece|a share|per share)\s+for\s+(?:(?:about|nearly|some)\s+)?$")
# The same amount told another way: ", or 53.23 billion yuan with ...", ", or about US$6.4 billion".
_ABOUT = r"(?:(?:about|nearly|some|roughly|around|almost|over|more than)\s+)?"
_OR_AMOUNT = re.compile(rf",\s+or\s+{_ABOUT}")
# A price a buyback is capped at or paid: "at no more than 40 yuan a share", "a price cap of 392.32 yuan", "at
# prices between 146.31 yuan and".
_AT_A_PRICE = re.compile(
    r"\b(?:at|cap\s+of|capped\s+at|ceiling\s+of|cut\s+to|between)\s+(?:(?:up\s+to|no\s+more\s+than|most)\s+)?$|"
    r"\bprices?\s+(?:of|between|from)\s+$|\b\d[\d.,]*\s+yuan\s+(?:to|and)\s+$"
)
_RANGE_TO = re.compile(r"\s+to\s+")  # the top of a range whose bottom came first: "2 billion to 3 billion yuan"
# The amount a plan or programme runs to: "a new plan of 4 billion to", "runs to", "which allowed".
_PLAN_OF = re.compile(r"\b(?:plan|programme|program|scheme)\s+(?:of|worth|for)\s+$|\b(?:runs\s+to|allowed)\s+$")
# What a buyback's figure is read as without its buyback: another deal's amount or stake, a loan or dividend the
# passage also tells, or nothing. A share sold ("new shares at 4.83 yuan each") keeps its own measure.
_BUYBACK_MISREAD = frozenset({"other", "transaction_amount", "loan_amount", "dividend_per_share", "cash_dividends",
                              "shares_acquired", "stake_acquired", "investment_amount", "average_selling_price"})
_LENT = re.compile(r"\b(?:loans?|lend\w*|lent|relending|borrow\w*)\b", re.IGNORECASE)
# The whole a part is of, after a percentage: "56.72% of revenue", "48.9% of the total".
_OF_A_TOTAL = re.compile(r"\s+of\s+(?:its\s+|their\s+|the\s+)?(?:total\s+|group\s+)?(?:revenue|sales|total)\b")
# What a per-share amount earned or lost: "a loss of 0.45 yuan per share", "earnings of 0.08 yuan a share".
_EARNED_OF = re.compile(r"\b(?:loss|losses|earnings|profits?|lost|earned)\s+(?:of\s+)?$")
# The next of a list of parts, its verb left out: "Communications accounted for 44.8% of revenue, consumer
# electronics for 24.1% and computing for 16.2%".
_GAPPED_PART = re.compile(r"(?:,|\band)\s+(?:[\w'’-]+\s+){1,4}for\s+$")
_ACCOUNTED_FOR = re.compile(r"\baccount(?:ed|s|ing)?\s+for\b")
# A figure set against the one before it: "9.94% of revenue on R&D, against 4.74% on ChiNext".
_AGAINST = re.compile(rf",\s+(?:against|compared with|versus|vs\.?)\s+{_ABOUT}$")
# A change set after a clause as an aside: ", up nearly fourfold", ", an increase of 12%".
_APPOSED_CHANGE = re.compile(
    r"\s*(?:up|down|an? (?:increase|rise|jump|drop|decline|fall) of)\s+"
    r"(?:(?:nearly|almost|about|around|roughly|more than|over|some|by)\s+)?",
    re.IGNORECASE,
)
_FROM_A_LINE = re.compile(r"\s+(?:in\s+\w+\s+)?from\s+(?:its\s+|their\s+|the\s+)?")
_AND_BEFORE = re.compile(r"\b(?:and|but|while)\s+$")
# A figure per company: "701 million yuan per company on average", "The average company reported ...".
# "... per company", also after the next figure of a pair: "847 million yuan of revenue and 67 million yuan of net
# profit per company".
_PER_COMPANY_AFTER = re.compile(
    r"(?:[^,;.()]|\.\d){0,30}?(?:\band\s+(?:[^,;.()]|\.\d){0,40}?)?\b(?:per (?:company|firm|enterprise)|on average)\b",
    re.IGNORECASE,
)
_PER_COMPANY_BEFORE = re.compile(
    r"\b(?:on average|an average of|(?:the|an) average (?:[\w-]+ ){0,2}?(?:company|firm|enterprise|maker|bank|lender|"
    r"deal|issue|placement|offering|IPO|plan)|"  # "The average machinery company booked", "The average bidding deal"
    r"averag(?:ed|ing)|each (?:company|firm))\b",
    re.IGNORECASE,
)
# "45% of the total market value", "30% in both revenue and net profit": the measure follows
_OF_TOTAL = re.compile(r"\s*(?:of\s+(?:the\s+)?total\b|(?:in|of)\s+(?:both\s+)?(?:their\s+|its\s+)?$)")
_MARKET_SHARE = re.compile(
    r"\s+(?:of\s+the\s+)?(?:global|world(?:wide)?|national|domestic|industry|market)(?:['’]s)?\s+(?:market\s+)?"
    r"(?:share|total)\b|"
    # "held 32% of the domestic market", "2.1% of the domestic video game market"
    r"\s+of\s+(?:the|China['’]s)\s+(?:global|world(?:wide)?|national|domestic|Chinese|home|overseas)\s+(?:[\w-]+\s+){0,3}?"
    r"market\b|"
    r"\s+share\b(?!\s+(?:of|in|price)\b)",  # "with 339.3 GWh installed and a 37.9% share"
    re.IGNORECASE,
)
_STAKE = re.compile(r"\s+(?:equity\s+)?(?:stake|interest|shareholding)\b", re.IGNORECASE)
_ISSUING = re.compile(
    r"\b(?:issu\w*|plac\w*|offer\w*|sell\w*|sold|pric\w*)\s+(?:of\s+)?(?:up to\s+|about\s+|nearly\s+|some\s+)?$|"
    r"\bwith\s+$",  # "(Hengrui followed on May 23) with 224.52 million shares priced at HK$44.05"
    re.I,
)
# Shares told as sold by what follows them: "67.91 million H shares marketed at".
_SOLD_AFTER = re.compile(r"\s+(?:priced|marketed|offered|sold)\s+at\b")
_HANDLED = re.compile(r"\bhandl\w*|\bthroughput\b", re.IGNORECASE)
_DELIVERED = re.compile(r"\b(?:took|take|taking|takes) delivery of\s+$|\bdeliver\w*", re.IGNORECASE)
# A physical amount a plant can make: "a 20 GW wafer plant", "1.5 million tonnes of plate a year".
# An amount joined to its unit as a word before a noun: "700,000-tonne", "80,000-tonne-a-year".
_SIZE_OF = re.compile(r"[\d.,]+(?: (?:thousand|million|billion))?-[A-Za-z]+(?:-a-year)?")
# What a plant or line can make: "a 35 GW N-type monocrystalline ingot project", "a 6 GW cell and 3 GW module
# project", "the first 20 GWh phase", "6.772 GW of solar capacity", "700,000 tonnes a year".
_CAPACITY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}(?:and\s+[\d.,]+\s*[A-Za-z]+\s+(?:[\w-]+\s+){0,2})?"
    r"(?:plant|project|factory|facility|base|production line|phase|mill)s?\b|"
    # "to make 300,000 tonnes of industrial silicon, 150,000 tonnes of polysilicon and 35 GW of ingots a year" (not
    # "sold 1.2 million tonnes, a year earlier")
    r"(?:\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+)?(?:(?:,\s+(?:and\s+)?|\s+and\s+)[\d.,]+(?:\s+(?:million|billion))?"
    r"\s*[A-Za-z]+(?:\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+)?)*\s+(?:a|per) year\b(?![- ]on\b|\s+(?:earlier|ago|before))|"
    r"\s+of\s+(?:(?!monthly\b)[\w-]+\s+){0,2}capacity\b",
    re.IGNORECASE,
)
# What a plant is able to make, before the amount: "Riyue can cast 700,000 tonnes", "designed for 15,650 tonnes".
_CAPACITY_BEFORE = re.compile(
    r"\b(?:can|could|able to|designed (?:to [a-z]+|for)|capacity (?:of|to [a-z]+))\s+(?:[a-z]+\s+)?"
    r"(?:about |nearly |some |up to |over |more than )?$"
)
_ON_THE_NEXT = re.compile(r"\s+on\s+(?:its\s+|their\s+)?(?:total\s+|operating\s+)?")
_COMPARED_TO_THE_NEXT = re.compile(
    r",?\s+(?:\w+\s+)?(?:above|below|against|compared with|more than|less than|ahead of|short of)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}"
)
_OF_A_FIGURE = re.compile(r"\s+of\s+(?:about\s+|nearly\s+|some\s+|over\s+)?(?:RMB|US\$|HK\$|\$|\d)")
_PARTICIPLE = re.compile(
    r"\s*(?:rising|sliding|falling|climbing|jumping|dropping|growing|declining|surging|slumping|shrinking|"
    r"soaring|plunging|tumbling|edging)\b",
    re.IGNORECASE,
)
_CHANGED = re.compile(rf"\b(?:{RISE}|{FALL})\b", re.IGNORECASE)
_PER_SHARES = re.compile(rf"\b{PER_SHARE}$", re.IGNORECASE)
_CONSECUTIVE = re.compile(r"\bconsecutive\b|\bin a row\b|\bstraight\b|\brunning\b", re.IGNORECASE)
_BY_PROFIT = re.compile(r"[^.;]*?\b(?:for|by|in)\s+(?:both\s+)?(?:net\s+)?profits?\b")
# The verbs of buying part of a company: "bought", "acquired", "took over".
_BUY_VERB = r"buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|(?:take|takes|took|taking|taken)(?:\s+over)?"
_BUYING = re.compile(
    rf"\b(?:{_BUY_VERB}|signed for)\s+(?:of\s+)?"
    r"(?:the\s+remaining\s+|"
    r"an?\s+(?:further\s+|additional\s+)?|another\s+)?$|"
    r"\b(?:paying|pay|pays|paid)\b(?:[^;.]|\.\d)*?\bfor\s+(?:an?\s+|the\s+)?(?:remaining\s+|further\s+|additional\s+)?$"
)
# Money raised by debt: "10 billion yuan of six-year convertible bonds", "a 30 billion yuan base issue".
_OF_BONDS = re.compile(
    r"\s+(?:of\s+(?:[\w()-]+\s+){0,5}?(?:bonds?|notes|debentures|perpetuals)\b|(?:base\s+)?(?:issue|bond issue)\b)"
)
# How a change of a number of companies is told: "4.3 times as many companies", "2.2 times the number of companies",
# "with the number of payers up 658%".
_GROUP_NOUNS = rf"(?:{PLURAL_NOUN}|{AGENT_NOUN}|payers|buyers)"
_AS_MANY = re.compile(rf"\s+(?:as many|the number of)\s+(?:[\w-]+\s+)?{_GROUP_NOUNS}\b")
_NUMBER_OF_THEM = re.compile(
    rf"\bthe number of (?:[\w-]+\s+)?{_GROUP_NOUNS}\s+(?:was\s+|had\s+)?(?:{RISE}|{FALL})\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|more than\s+)?$"
)
_BONUS_SHARES = re.compile(r"\bbonus shares?\b|\bnew shares for (?:every|each) (?:10|ten)\b", re.IGNORECASE)
# A clause about buying a stake in a company: "bought 21.12% of APT Medical for 6.65 billion yuan, or ...".
_ACQUIRING = re.compile(
    r"\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|takeover|pay|pays|paid|paying|sell|sells|sold|selling)\b"
    r"(?:[^.;]|\.\d)*?"
    r"(?:\b(?:stake|holding)\b|(?:%|\s+percent)\s+(?:stake\s+)?(?:of|in)\b)",
    re.IGNORECASE,
)
# A clause buying part of a company, told by its stake or its shares: "agreed to buy 392,249,869 shares of Zangge
# Mining, or 24.82%, at 35 yuan per share", "It bought 9.49% at 88.48 yuan per share".
_STAKE_BOUGHT = re.compile(
    rf"\b(?:{_BUY_VERB})\b(?:[^.;]|\.\d)*?(?:\b(?:stakes?|holdings?|shares)\b|%|\s+percent\b)",
    re.IGNORECASE,
)
# The part of a company its shares bought make up: "392,249,869 shares of Zangge Mining, or 24.82%".
_SHARES_OR = re.compile(r"\bshares(?:\s+of\s+[^,;]{1,60}?)?,\s+or\s+$")
# More of a company bought in the same breath: "and a further 8.41% at 85.71 yuan".
_A_FURTHER = re.compile(r"(?:\band|,)\s+(?:a\s+further|another|an\s+additional)\s+$")
# The holding a purchase leaves: "leaving it with 17.87%", "lifting the group's holding to 25%".
_LEFT_WITH = re.compile(
    r"\b(?:leaving|left|leaves|leave)\s+(?:it|them|the\s+[\w'-]+|[A-Z][\w'-]*)\s+(?:with|holding)\s+$|"
    r"\b(?:lift|lifts|lifted|lifting|rais\w+|bring\w*|brought|tak\w+|took|increas\w+)\s+(?:its|their|his|her|"
    r"the\s+[\w'’-]+|[A-Z][\w'’-]*)\s+(?:total\s+|combined\s+)?(?:stake|holding|shareholding)\s+to\s+$"
)
# A price above the market's paid for a stake: "a 24% premium", "37% above the pre-suspension price".
_PREMIUM = re.compile(
    r"\s+(?:premium\b|above\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:price|close)\b)", re.IGNORECASE
)
_A_SALE = re.compile(
    r"\b(?:sale|disposal|divestment|acquisition|takeover|purchase) of\b|\b(?:sold|acquired) (?:its|the|a)\b"
)
_STAKE_LATER = re.compile(rf"\b{FOR_A_STAKE}")
# "..., or 471.12 yuan a share, for 9.49% of", "in cash on March 10 for 19,064,915 Kingsemi shares"
_FOR_STAKE = re.compile(
    rf"(?:,\s+or\s+[^,;]{{1,30}},|\s+in cash(?:\s+on\s+[A-Z][a-z]+\s+\d{{1,2}})?)?\s+(?:{FOR_A_STAKE}|"
    r"for\s+[\d,.]+(?:\s+(?:million|billion))?\s+(?:[A-Z][\w-]*\s+)?(?:[AH][- ])?shares\b)"
)
_PAYING = re.compile(r"\b(?:pay|pays|paid|paying|spend|spent|spending)\b", re.IGNORECASE)
_OF_CAPITAL = re.compile(
    r"\s*of\s+(?:its|their|the)\s+(?:total\b(?:\s+(?:share\s+capital|shares)\b)?|(?:share\s+capital|shares)\b)"
)
# Money per physical unit of a good: "90,000 yuan a tonne", "76.75 US dollars a barrel", "14 yuan per kilogram".
_PER_UNIT = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:tonne|ton|barrel|kilogram|kg|jin|litre|liter|unit|vehicle|car|square metre|"
    r"square meter|megawatt-hour|kilowatt-hour|kWh|MWh)\b",
    re.IGNORECASE,
)
# Money a day: what a company earns on average each day of its period.
_A_DAY = re.compile(r"\s+(?:a|per|each)\s+day\b", re.IGNORECASE)
# Money held in cash, not paid in it: "ending the year with 134.2 billion yuan in cash", "held 100 billion yuan in
# cash at the end of December" (not "paid 2 billion yuan in cash").
_IN_CASH = re.compile(r"\s+in\s+cash\b", re.IGNORECASE)
# The rate debt is sold at, and the words that tell debt: "priced 5 billion yuan of three-year paper at 1.67%".
_AT_A_RATE = re.compile(r"\b(?:at|paying|pays|paid|priced at|coupons? of)\s+(?:an? (?:interest |coupon )?rate of\s+)?$")
_DEBT = re.compile(r"\b(?:bonds?|notes|debentures|paper|tranches?|coupons?|subscribed|covered \d)", re.IGNORECASE)
_HOLDING = re.compile(
    r"\b(?:held|holds|holding|hold|with|had|has|sitting on|sat on)\s+(?:about\s+|nearly\s+|some\s+)?$"
)
# What a unit amount says it costs, not what it sells for: "full cost of raising a hog ... 14 yuan per kilogram".
_COST = re.compile(r"\bcosts?\b", re.IGNORECASE)
# The price a deal is done at, before the figure: "at an average price of about 6.27 yuan".
# What a sum builds, written right after it: "the 63 billion yuan plant", "a 1 billion dollar smelter project".
_A_PROJECT = re.compile(
    r"\s+(?:(?!\d|\w+ing\b|of\b|in\b|for\b)[\w-]+\s+){0,2}?(?:plant|project|factory|fab|production line|smelter|"
    r"refinery|mine)s?\b(?!\s+(?:revenue|sales))"
)
_PRICE_OF = re.compile(r"\bprice\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
# A holder before a stake: "Sugon held 27.96% of Hygon", "owns 51% of".
_HOLDS = re.compile(r"\b(?:held|holds|hold|owns|owned|own)\s+(?:about\s+|nearly\s+|some\s+|over\s+)?$")
_PER_EACH = re.compile(r"\s+(?:per|for each) (?:company|firm|enterprise)\b", re.IGNORECASE)
_OF_ITS = re.compile(
    r"\s+(?:of|in)\s+(?:(?:its|their|the)\s+)?(?:total\s+|combined\s+|potential\s+|further\s+|possible\s+)?"
)
_OF_A = re.compile(r"\s+of\s+")
_PER_SHARE_CEILING = 100  # yuan: no dividend per share is this large, no company's total this small
# A price a share is sold, bought back or bought at, and the sum such a deal comes to; no A share costs the ceiling.
_SHARE_PRICE_CEILING = 10_000
# What a per-share amount is a share of: an amount too large for one share is the whole.
_TOTAL_OF = {"dividend_per_share": "cash_dividends", "dividend_per_10_shares": "cash_dividends",
             "earnings_per_share": "net_profit"}
_TOTAL_AT_PRICE = {
    "share_issue_price": "financing_amount",
    "repurchase_price": "repurchase_amount",
    "acquisition_price_per_share": "transaction_amount",
}
_ABROAD = re.compile(r"\s+(?:abroad|overseas|outside (?:mainland )?China|from (?:abroad|overseas))\b", re.I)
# Goods sold abroad: "800,000 of them abroad", "including more than 233,000 abroad", "199,847 were sold overseas".
_THOSE_ABROAD = re.compile(
    r"\s+(?:of\s+(?:them|these|which)\s+|(?:were|was)\s+(?:sold|shipped|delivered)\s+|went\s+(?:to\s+)?)?"
    r"(?:abroad|overseas(?:\s+markets)?|outside (?:mainland )?China)\b|\s+(?:were|was)\s+exported\b",
    re.IGNORECASE,
)
_COUPON = re.compile(r"\s+(?:annual\s+)?coupon\b", re.IGNORECASE)
# A bond's coupon told as a schedule: "(coupons rising) from 0.20% to 2.50%", "paying 0.20% in the first year and
# 2.00% in the sixth".
_COUPON_FROM = re.compile(
    r"\bcoupons?\s+(?:[\w-]+\s+){0,2}?from\s+(?:[\d.]+\s?(?:%|percent)\s+(?:in\s+the\s+\w+\s+year\s+)?to\s+)?$",
    re.IGNORECASE,
)
_IN_A_YEAR_OF_ITS_TERM = re.compile(
    r"\s+in\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|final|last)\b(?!\s+(?:half|quarter))"
)
# What a counted group did, then a comma before the share of the whole it is: "(204) with higher net profit, ".
_WHAT_THEY_DID = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,6}?[a-z][\w-]*,\s*(?:or\s+)?")
_APPOSED_END = re.compile(r"\s*(?:[,;.]|\s+and\b)")
_BESIDE = re.compile(r"(?:\s+of\s+(?:them|these|those|the\s+(?:companies|total)))?\s*,\s*(?:or\s+)?")
# The words a payout's total is told after: "a total of 2.2 billion yuan", "totalling", "amounting to".
_TOTAL_WORDS = r"(?:for )?a total of|totall?ing|in total|amounting to|in all"
# The total told later in the sentence: "(1 yuan for every 10 shares on ... shares), for a total of about 957 million".
_TOTAL_LEAD = re.compile(rf"\b(?:{_TOTAL_WORDS})\s+(?:about\s+|some\s+|nearly\s+)?$")
_A_TOTAL = re.compile(  # "HK$2.60 a share, 7.0% more than a year earlier, or about 51.011 billion yuan in all",
    # "handing out 72% of its first-half profit, or 16.581 billion yuan in all"
    r"(?:\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:net\s+)?(?:profit|earnings))?"
    r"(?:\s+for the (?:full |whole )?year|\s+(?:more|less|higher|lower) than (?:a year (?:earlier|ago|before)|"
    r"(?:in )?(?:the )?(?:previous|prior|last) year))?,?\s*"
    rf"(?:{_TOTAL_WORDS}|worth|about|some|or)?\s*",
    re.IGNORECASE,
)
# What a total told right after a payout or a price per share is the total of: "RMB 3.00 per 10 shares, a total
# of RMB 338 million", "at 35 yuan per share, about 13.73 billion yuan in total".
_TOTAL_AFTER = {
    "dividend_per_10_shares": "cash_dividends",
    "dividend_per_share": "cash_dividends",
    "dividend_payout_ratio": "cash_dividends",
    "acquisition_price_per_share": "transaction_amount",
}
_SPANS_OF_TIME = frozenset({"period_length", "consecutive_periods"})
# What a plant or project costs: "The Indonesian plant, costing US$251 million", "in two phases costing about 2.68
# billion yuan", "a third-phase upgrade costing about 13.2 billion yuan".
_COSTING = re.compile(
    r"\b(?:costing|(?:at|for) a (?:total )?cost of|(?:will|would|to) cost)\s+"
    r"(?:(?:about|around|roughly|some|up to|nearly|more than|over|an estimated)\s+)?$"
)
_PROJECT_BEFORE = re.compile(
    r"\b(?:plants?|projects?|factor(?:y|ies)|bases?|lines?|phases?|upgrades?|expansions?|facilit(?:y|ies)|mills?|"
    r"parks?|cent(?:re|er)s?)\b[^.;]{0,60}$"
)
# How long a debt runs: "a three-year tranche", "10-year bonds", "maturities of three years or more".
_TENOR_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:bonds?|notes?|tranches?|paper|debentures?|loans?)\b")
_TENOR_BEFORE = re.compile(r"\bmaturit(?:y|ies)\s+(?:of\s+)?$")
# The ratio a payout changes by points in: "lifted the minimum payout by 5 percentage points".
_RATIO_OF = {"cash_dividends": "dividend_payout_ratio", "dividend_per_share": "dividend_payout_ratio"}
# The amount a ratio is of: money is never a ratio, but it may be the amount the ratio is told of.
_AMOUNT_OF = {"rd_intensity": "rd_investment", "dividend_payout_ratio": "cash_dividends"}
# The whole a ratio is of, then the change of that ratio: "76.5% of net profit and (1.3 percentage points)".
_WHOLE_THEN = re.compile(r"\s*of\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:and|,)\s+(?:up\s+|down\s+)?$")
_RANKED_BY = frozenset({"net_profit", "revenue", "market_value"})  # rankings the measure vocabulary names
_PHYSICAL = frozenset(MEASURE_UNITS.values()) - {"points"}  # what is sold or built, not an index's level
# Measures a figure of a priced good may have been given before its good was known: what it fetches instead.
UNPRICED = frozenset({"other", "revenue", "product_sales", "segment_revenue", "net_profit"})
_MONEY_ONLY = frozenset({"market_value", "financing_amount", "investment_amount", "transaction_amount", "other"})
# A participle that makes what the clause began with a part of a whole: ", making up 63.98% of revenue".
_PART_OF = re.compile(r"\s*(?:making up|accounting for|representing|amounting to)\b")
# Where a clause of its own may open within a sentence: "..., and printed circuit boards, up 43.04%, for 21.99%".
_OPENS = re.compile(r",\s+(?:and|while|whereas|but)\s+|;\s+")
# A line of a company's business that opens its clause and then rises, falls or makes up a part of revenue:
# "Children's wear grew 9.55% to 10.268 billion yuan", "Its medical aesthetics arm grew 3.47%", "Laminates and
# prepregs, up 17.09%, accounted for 72.55% of revenue", "Jewellery, which accounted for 82.59% of revenue". The
# company's revenue, told line by line.
_LINE_OPENS = re.compile(
    r"(?:(?:[Ii]ts|[Tt]heir)\s+)?(?P<line>(?!(?:It|They|This|That|These|Those|He|She|We|The|A|An|In|On|At|By|For|"
    r"From|With|After|As|Of|Over|During|Last|Both|All|Each|Most|Some|Other|Its|Their)\b)"
    r"[A-Za-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,4}?)"
    r"(?:,\s+(?:up|down)\s+(?:[^,;]|,\d)+,|,\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:category|line|business|segment|product|brand|unit|arm)s?,)?(?:,\s+which)?\s+(?:still\s+|also\s+)?"
    rf"(?:{RISE}|{FALL}|accounted for|made up|brought in|contributed|generated|supplied)\b"
)
_LINE_MEASURES = frozenset({"segment_revenue", "product_sales"})  # what a line's own name may already say
# A part told right after an amount: "7.407 billion yuan, about 70% of revenue", "5.9 billion yuan, or 56.7% of".
_PART_AFTER = re.compile(rf",\s+(?:or\s+)?{_ABOUT}")
# What a line's money is read as with no measure of its own in its clause: revenue, or the topic's measure.
_LINE_MISREAD = frozenset({"revenue", "other", "net_profit"})
# Words that make an opening a company, a market, a time or a place, not a line of business.
_NOT_A_BUSINESS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|groups?|makers?|producers?|enterprises?|banks?|insurers?|board|market|sector|"
    r"industry|overseas|domestic|international|foreign|exports?|abroad|year|quarter|half|month|period|which|who|"
    r"it|they|total|overall)\b|\d",
    re.IGNORECASE,
)
_DEAL_AMOUNTS = frozenset({"financing_amount", "investment_amount", "transaction_amount"})
_STAKE_NAMED = re.compile(
    r"\b(?:its|their|the|a)\s+(?:[\w-]+\s+)?(?:stake|shareholding|holding)\s+(?:of\s+[^,;]{1,50}?\s+)?"
    r"(?:from|to|at)\s+[^,;]*$"
)
_OWNED_SHARE = re.compile(r"-owned\b")  # "its 52.2%-owned Huirong Mining"
AGGREGATE_MEASURES = {
    "revenue",
    "net_profit",
    "net_loss",
    "rd_investment",
    "rd_expenses",
    "rd_intensity",
    "rd_personnel",
    "invention_patents",
    "overseas_revenue",
    "cash_dividends",
    "company_share",
    "cash_from_sales",
}
# A measure of money by its name, which no physical amount has: "impairment_losses", "rd_investment".
_MONEY_NAMED = re.compile(
    r"(?:revenue|profit|loss|losses|income|expenses|amount|value|cash_flow|dividends|assets|liabilities|debt|"
    r"premiums?|expenditure|investment|costs?)(?:_excl_nonrecurring)?$"
)
# Measures no physical amount can have: money, rates and shares ("475 GWh" near "revenue" is what was sold).
_NOT_GOODS = frozenset({
    *AGGREGATE_MEASURES, *_MONEY_ONLY, *_RATE_MEASURES, *_SHARE_MEASURES, "product_sales", "selling_price",
    "average_selling_price",
})


class MeasureChoice(LinkerState):
    """Measure and kind choice for one figure, from its clause and the facts before it."""

    def _measure(
        self, quantity: Quantity, index: int, clause: Clause, cues: tuple[Cue, ...], zipped: Cue | None
    ) -> str:
        """The measure of one figure: dates, counts and shares by their own cues, else the list it pairs
        with, else the nearest measure wording in its clause, else the topic's."""
        text = self.document.text
        if quantity.unit in MONEY and quantity.kind in (Kind.LEVEL, Kind.CHANGE_ABS) and CURRENCY_MENTION.search(
                quantity.span.text):  # stated as money, not "68.03 million" after an amount of yuan
            cues = tuple(c for c in cues if c.measure not in _NOT_MONEY)  # "raised 2 billion yuan for its 5% stake"
        if quantity.unit == "percentage_point":  # a payout changes by points in its ratio
            cues = tuple(Cue(_RATIO_OF[c.measure], c.start, c.end) if c.measure in _RATIO_OF else c for c in cues)
            if ratio := self._ratio_before(quantity):
                return ratio  # "equal to 76.5% of net profit and 1.3 percentage points more than a year before"
        after = text[quantity.span.end : clause.end]
        if quantity.kind in (Kind.CHANGE_PCT, Kind.MULTIPLE) and (
            _AS_MANY.match(text, quantity.span.end)
            or _NUMBER_OF_THEM.search(text, max(clause.start, quantity.span.start - 60), quantity.span.start)
        ):
            return "company_count"  # "4.3 times as many companies", "with the number of payers up 658%"
        if quantity.kind in (Kind.CHANGE_PCT, Kind.CHANGE_ABS) and _FEWER.match(text, quantity.span.end) and (
                counted := self._counted_before(quantity)):
            return counted  # "163 companies completed refinancing deals, 64.79% fewer than in 2023": fewer of them
        if quantity.unit == "ratio" and quantity.kind == Kind.LEVEL:  # the scanner's level in ratio: shares a
            return "share_exchange_ratio"  # swap gives for each share ("issuing 0.62 of its own shares for each")
        if quantity.kind == Kind.DATE:
            if self.document.on_dateline(quantity.span.start):
                return "publication_date"
            return (
                "as_of_date"
                if _AS_OF.search(text[max(clause.start, quantity.span.start - 30) : quantity.span.start])
                or re.match(r"^(?:end|beginning|start) of", quantity.span.text)
                else "event_date"
            )
        if quantity.unit == "count" or quantity.kind in (Kind.COUNT,):
            if index in self.count_cohorts:
                return "company_count"
            last = self.facts[-1] if self.facts else None
            if last and last.sentence == self._number(quantity) and _PER_EACH.match(text, quantity.span.end):
                return last.measure  # "held 35,106 invention patents, an average of 106 per company"
            if quantity.counted:
                if (
                    re.search(r"invention patents?", quantity.span.text + after[:20], re.IGNORECASE)
                    and "reserve" not in after[:40]
                ):
                    return "invention_patents"
                if quantity.unit == "patents":
                    return "patent_count"  # "more than 1,300 new patent applications"
                if re.search(r"\b(?:last|past)\s+$", text[max(0, quantity.span.start - 6) : quantity.span.start]):
                    return "period_length"
                if quantity.counted.lower() == "shares" and _BONUS_SHARES.search(
                    text, quantity.span.start, quantity.span.end + 25
                ):
                    return "bonus_shares_per_10_shares"  # "4.9 bonus shares", "4.8 new shares for every 10 held"
                if quantity.counted.lower() == "shares" and _BOUGHT_BACK.search(text, clause.start, quantity.span.end):
                    return "repurchased_shares"  # "spent 2 billion yuan buying back 101,360,012 shares"
                measure = counted_measure(quantity.counted, quantity.span.text)
                words_before = text[max(clause.start, quantity.span.start - 40) : quantity.span.start]
                if measure == "passengers_carried" and _HANDLED.search(words_before + after[:30]):
                    return "passenger_throughput"  # an airport "handled 76.37 million passengers"
                if measure == "fleet_size" and _DELIVERED.search(words_before):
                    return "aircraft_deliveries"  # "took delivery of 11 aircraft"
                if quantity.counted.lower().endswith("shares") and (
                        _ISSUING.search(words_before) or _SOLD_AFTER.match(text, quantity.span.end)):
                    return "shares_issued"  # "a private placement of 854,700,854 A shares"
                bought = _BUYING.search(text, clause.start, quantity.span.start)
                if quantity.counted.lower().endswith("shares") and bought:
                    return "shares_acquired"  # "in which it is buying 1.15 billion shares", "paid ... for 19,064,915"
                if measure == "consecutive_periods" and not _CONSECUTIVE.search(text, quantity.span.start,
                                                                                quantity.span.end + 14):
                    return "period_length"  # "over the four years" is a span of time, not a streak
                if measure in ("units_shipped", "fleet_size") and _THOSE_ABROAD.match(text, quantity.span.end):
                    return "export_volume"  # "800,000 of them abroad", "5,804 ships were exported"
                if measure == "units_shipped":  # "Exports grew 7.3% to 1.42 million vehicles", "Output rose ... to"
                    start = start_of_segment(text, clause.start, quantity.span.start)
                    start = max([start, *(m.end() for m in _JOINED.finditer(text, start, quantity.span.start))])
                    told = [c.measure for c in cues if start <= c.start < quantity.span.start]
                    return _GOODS_MOVED.get(told[-1], measure) if told else measure
                if measure:
                    return measure
        selling = None if _BOUGHT_BACK.search(text, clause.start, quantity.span.start) else _SELLING_SHARES.search(
            text, clause.start, quantity.span.start)  # "to repurchase ... its Shanghai-listed shares at" sells none
        if quantity.unit in MONEY and quantity.value < _PER_SHARE_CEILING and _PRICE_OF.search(
            text, max(clause.start, quantity.span.start - 40), quantity.span.start
        ):  # "(its buyback took in 130 million shares) at an average price of about 6.27 yuan"
            if _BOUGHT_BACK.search(text, clause.start, quantity.span.start):
                return "repurchase_price"
            if selling:
                return "share_issue_price"
        if quantity.unit in MONEY and quantity.value >= _SHARE_PRICE_CEILING and selling and _FOR_PROCEEDS.search(
                text, max(clause.start, quantity.span.start - 30), quantity.span.start):
            return "financing_amount"  # "selling 1,685.62 million shares at 27.46 yuan each for 46.287 billion yuan"
        if quantity.unit in MONEY and quantity.value < _SHARE_PRICE_CEILING and selling and _OFFER_PRICE_AT.search(
                text, max(clause.start, quantity.span.start - 40), quantity.span.start):
            return "share_issue_price"  # "after selling about 279 million H shares at HK$36.30 to raise ..."
        if per_shares := _PER_SHARES.search(quantity.span.text):
            priced = [c.measure for c in cues if start_of_segment(text, clause.start, quantity.span.start) <= c.start
                      < quantity.span.start and c.measure in _PER_SHARE_PRICES]
            if priced:
                return priced[-1]  # "at an initial conversion price of 69.69 yuan a share"
            if per_shares.group("ten"):  # "4.8 new shares for every 10 held" hands out shares, not cash
                return "dividend_per_10_shares" if quantity.unit in MONEY else "bonus_shares_per_10_shares"
            if self._restates_profit(quantity) or _EARNED_OF.search(text, max(0, quantity.span.start - 30),
                                                                   quantity.span.start):
                return "earnings_per_share"  # "net profit ... to 26.847 billion yuan, or 21.38 yuan per share",
                # "swung to a loss of 0.45 yuan per share, against earnings of 0.08 yuan a share"
            if selling:
                return "share_issue_price"  # "the H-share offering, priced at HK$54.80 a share"
            if _BOUGHT_BACK.search(text, clause.start, quantity.span.start):
                return "repurchase_price"  # "buy back and cancel 126,559,250 shares ... at 4.29 yuan a share"
            if self._buys_a_stake(quantity, clause):
                return "acquisition_price_per_share"  # "to pay 1.687 billion yuan for 9.49% of Kingsemi, at 88.48 yuan"
            if not any(c.measure == "earnings_per_share" for c in cues if c.start < quantity.span.start):
                return "dividend_per_share"
        if quantity.unit == "percent" and self._share_of_count(quantity):
            return "company_share"  # "4,127 of the companies, close to 80% of the total", "4,118, or 76.89%"
        if quantity.unit in MONEY and _OF_BONDS.match(text, quantity.span.end):
            return "financing_amount"  # "sold 10 billion yuan of six-year convertible bonds", "a 30 billion yuan issue"
        if quantity.unit in MONEY and self._price_of_a_stake(quantity, clause):
            return "transaction_amount"  # "bought 21.12% of APT Medical for 6.65 billion yuan"
        if quantity.unit in MONEY and _EACH_SHARE.match(text, quantity.span.end) and selling:
            return "share_issue_price"  # "by selling shares to the ministry at 6.05 yuan each"
        if quantity.unit in MONEY and _EACH_SHARE.match(text, quantity.span.end) and _BOUGHT_BACK.search(
                text, clause.start, quantity.span.start):
            return "repurchase_price"  # "to buy back ... shares at no more than 1,795.78 yuan apiece"
        if quantity.unit in MONEY and quantity.value < _PER_SHARE_CEILING and (
                _EACH_SHARE.match(text, quantity.span.end) or text.endswith("% at ", 0, quantity.span.start)
        ) and self._buys_a_stake(quantity, clause):
            return "acquisition_price_per_share"  # "or 24.99%, at 7.78 yuan each", "and a further 8.41% at 85.71 yuan"
        if quantity.unit in MONEY and (totalled := self._total_of_per_share(quantity)):
            return totalled  # "will pay 10.80 yuan per 10 shares, a total of 2.2 billion yuan"
        if quantity.unit == "percent" and (in_a_deal := self._stake_wording(quantity, clause)) and self._buys_a_stake(
                quantity, clause):
            return in_a_deal  # the cheap wording first, the clause's purchase only when it names a deal's figure
        if quantity.unit in MONEY and quantity.kind == Kind.LEVEL and (_A_PROJECT.match(text, quantity.span.end) or (
                (costing := _COSTING.search(text, clause.start, quantity.span.start))
                and _PROJECT_BEFORE.search(text, max(0, costing.start() - 80), costing.start()))):
            return "investment_amount"  # "The roughly 63 billion yuan plant ...", "The Indonesian plant, costing ..."
        if quantity.unit in MONEY and _ABROAD.match(text, quantity.span.end):
            return "overseas_revenue"  # "Companies outside finance earned 8.8 trillion yuan abroad"
        if quantity.unit == "percent" and (_COUPON.match(text, quantity.span.end) or _COUPON_FROM.search(
                text, clause.start, quantity.span.start) or (_IN_A_YEAR_OF_ITS_TERM.match(text, quantity.span.end)
                                                             and _DEBT.search(text, clause.start, clause.end))):
            return "coupon_rate"  # "notes with a 2.14% coupon", "coupons rising from 0.20% to 2.50%"
        if quantity.unit in MONEY and _A_DAY.match(text, quantity.span.end):
            return "net_profit_per_day"  # "earned 352.9 billion yuan, or roughly 970 million yuan a day"
        if quantity.unit in MONEY and _IN_CASH.match(text, quantity.span.end) and _HOLDING.search(
            text, max(clause.start, quantity.span.start - 50), quantity.span.start
        ):
            return "cash_holdings"  # "ending the year with 134.2 billion yuan in cash"
        if quantity.unit in MONEY and _PER_UNIT.match(text, quantity.span.end):
            return self._unit_price(quantity, clause, cues)
        if zipped is not None:
            return zipped.measure
        if quantity.kind == Kind.RANK:
            window = min(clause.end, quantity.span.end + 40)
            if _BY_PROFIT.match(text, quantity.span.end, window):
                return "net_profit_rank"  # "ranked first on the board for both profit and revenue"
            ranked_by = [c for c in cues if quantity.span.end <= c.start < window]
            if ranked_by and ranked_by[0].measure in _RANKED_BY:
                return f"{ranked_by[0].measure}_rank"
            return "market_share_rank"
        if quantity.kind != Kind.LEVEL and (
            (change_in := _CHANGE_IN.match(text, quantity.span.end))
            or (_A_CHANGE_OF.search(text, max(clause.start, quantity.span.start - 30), quantity.span.start)
                and (change_in := _IN_THE.match(text, quantity.span.end)))
        ):
            named = next((c for c in cues if c.start == change_in.end()), None)
            if named is not None:
                return named.measure  # "a 31.70% jump in net profit to 806 million", "a fall of over 50% in profit"
        if elided := self._elided_measure(quantity, cues):
            return elided
        last = self.facts[-1] if self.facts else None
        if (quantity.unit in MONEY and last is not None and last.quantity.unit in MONEY and last.kind == Kind.LEVEL
                and _OR_AMOUNT.fullmatch(text, last.quantity.span.end, quantity.span.start)):
            return last.measure  # "for 46.287 billion yuan, or 53.23 billion yuan with the over-allotment option"
        if quantity.unit == "percent" and _MARKET_SHARE.match(text, quantity.span.end):
            return "market_share"  # "an 18.9% global share", "roughly 30% of the national total"
        if quantity.unit == "percent" and _AT_A_RATE.search(
                text, max(clause.start, quantity.span.start - 40), quantity.span.start) and _DEBT.search(
                text, clause.start, clause.end):
            return "coupon_rate"  # "Bank of China sold 20 billion yuan at 1.65%, covered 2.84 times"
        before = [c for c in cues if clause.start <= c.start and c.start < quantity.span.end]
        segment_start = start_of_segment(text, clause.start, quantity.span.start)
        apposed = bool(_APPOSED_CHANGE.fullmatch(text, segment_start, quantity.span.start))
        changed = quantity.kind in (Kind.CHANGE_PCT, Kind.CHANGE_PP) or (apposed and quantity.kind == Kind.MULTIPLE)
        if changed and not any(c.end > segment_start for c in before):
            inherited = self._last_level(clause, quantity.kind, apposed)
            if inherited is not None:
                return inherited.measure
            if before and _PARTICIPLE.match(text, segment_start):
                return before[-1].measure  # "net profit fell for a third straight year, sliding 64.02% to ..."
        following = [  # not the whole a later share is of: "22.3 billion yuan, roughly 70% of net profit"
            c for c in cues if quantity.span.end <= c.start < clause.end
            and not _WHOLE_OF_A_SHARE.search(text, max(quantity.span.end, c.start - 30), c.start)
            and not (  # "to 248 million yuan on revenue of 21.56 billion yuan": the next figure's
                _ON_THE_NEXT.fullmatch(text, quantity.span.end, c.start) and _OF_A_FIGURE.match(text, c.end)
            )
            and not (  # "with 43.748 billion yuan, well above its nine-month net profit of 23.33 billion yuan"
                _COMPARED_TO_THE_NEXT.fullmatch(text, quantity.span.end, c.start) and _OF_A_FIGURE.match(text, c.end)
            )
        ]
        if following and following[0].measure == "use_of_proceeds" and following[0].start - quantity.span.end < 15:
            return following[0].measure  # "967 million yuan will be used for ..."
        if following and quantity.unit in MONEY and _FROM_A_LINE.fullmatch(text, quantity.span.end, following[0].start):
            return following[0].measure  # "earned 134.5 billion yuan from proprietary trading": that line's income
        if following and quantity.unit in MONEY and following[0].start - quantity.span.end == 1:
            return following[0].measure  # "worth $34.7 billion in total but only $1.05 billion upfront"
        held = _STAKE.match(text, quantity.span.end) or _OF_SHARES.match(text, quantity.span.end)
        if quantity.unit == "percent" and _OF_PROFIT.match(text, quantity.span.end) and (
            _PAYOUT.search(text, clause.start, quantity.span.start)
            or _PAID_BEFORE.search(text, clause.start, quantity.span.start)
        ):
            return "dividend_payout_ratio"  # "distributed over 30% of their profit", "a dividend of ..., 30% of profit"
        lead = max(clause.start, quantity.span.start - 60)
        if quantity.unit == "percent" and (_BUYING.search(text, lead, quantity.span.start) or (
                self._sold_to_a_buyer(quantity, clause))):
            return "stake_acquired"  # "moved to buy the remaining 72.33% of its subsidiary", "paying ... for 21% of"
        if quantity.unit == "percent" and _OF_CAPITAL.match(text, quantity.span.end) and _BOUGHT_BACK.search(
            text, clause.start, quantity.span.start
        ):
            return "repurchased_shares"  # "had bought back 517,000 shares, or 0.43% of its share capital"
        if quantity.unit == "percent" and (held or _HOLDS.search(text, lead, quantity.span.start)):
            return "holding_share"  # "a 20% stake in ...", "held 2.4% of the board's shares"
        if quantity.unit == "percent":
            denominator = following and re.match(r"\s*of\b", text[quantity.span.end : following[0].end])
            if (
                denominator
                and following[0].measure in (*_SHARE_MEASURES, *_OF_A_WHOLE)
                and following[0].start - quantity.span.end < 40
            ):  # "running its fabs at 89.6% of capacity"
                return following[0].measure
            if quantity.kind in (Kind.SHARE, Kind.LEVEL) and _OF_COMPANIES.match(after):
                return "company_share"  # "more than 20% of them put over 15% of revenue into research"
            of_companies = _COMPANY_WORD.search(text, quantity.span.end, following[0].start) if following else None
            if denominator and quantity.kind == Kind.SHARE and not of_companies and self._stated_here(
                    quantity, following[0].measure):
                return following[0].measure  # "revenue of A, making up 49% of the board's revenue"
            spent = before[-1].measure if before else self._level_before(quantity, clause)
            if spent in ("rd_investment", "rd_expenses") and _OF_REVENUE.match(after):
                return "rd_intensity"  # "invested about 2.93 billion yuan, ... equal to 30.92% of its revenue"
            if (of_revenue := _OF_REVENUE.match(after)) and _ON_RD.match(after, of_revenue.end()):
                return "rd_intensity"  # "spent 9.94% of revenue on R&D"
            paid = before[-1].measure if before else self._level_before(quantity, clause) or self.topic_measure
            dividend = _DIVIDEND_WORD.search(text, self.document.sentence_at(quantity.span.start).span.start,
                                             quantity.span.start)
            if (paid in _DIVIDEND_MEASURES or dividend) and _OF_PROFIT.match(after):
                return "dividend_payout_ratio"  # "cash dividends of 8.758 billion yuan, or 65% of net profit"
        opening = [c for c in before if c.start < segment_start]
        if quantity.kind == Kind.SHARE and opening and _PART_OF.match(text, segment_start):
            return opening[-1].measure  # "Sales abroad carried the year, making up 63.98% of Sany's revenue"
        own_start = max(segment_start, self._previous_end(quantity, clause))
        if (
            quantity.kind == Kind.SHARE
            and following
            and not any(  # "50% of the board's revenue and 63% of its net profit": the first share's whole
                c.start >= own_start and not _WHOLE_OF_A_SHARE.search(text, max(0, c.start - 40), c.start)
                for c in before
            )
            and following[0].measure in AGGREGATE_MEASURES
            and _OF_WHOLE.match(text, quantity.span.end, following[0].start)
            and not self._level_in(clause)  # "overseas revenue reached X, 30% of total revenue": X's share
        ):
            return following[0].measure  # "accounted for 70% of the market's revenue, 80% of its net profit"
        if following and quantity.unit in _PHYSICAL and _OF_A.fullmatch(text, quantity.span.end, following[0].start):
            return following[0].measure  # "produced 20 million tonnes of crude steel"
        if following and quantity.unit in MONEY and _OF_ITS.fullmatch(text, quantity.span.end, following[0].start):
            return following[0].measure  # "RMB 24.94 trillion of revenue and RMB 2.36 trillion of net profit"
        if (
            following
            and quantity.unit != "percent"  # "30% of total revenue" is a share of what came before
            and quantity.kind != Kind.MULTIPLE  # "more than 5 times net profit" names what it is compared with
            and not any(c.start >= segment_start for c in before)
            and following[0].start - quantity.span.end <= 20
            and following[0].start < end_of_segment(text, clause.end, quantity.span.end)
        ):
            return following[0].measure  # "..., but it spent 2 billion yuan buying back shares": its own segment's
        if before:
            return before[-1].measure
        if following and (quantity.unit != "percent" or _OF_TOTAL.match(text, quantity.span.end, following[0].start)):
            return following[0].measure
        if quantity.unit == "percent" and quantity.kind in (Kind.SHARE,):
            return "company_share"
        return self.topic_measure or (following[0].measure if following else "other")

    def _elided_measure(self, quantity: Quantity, cues: tuple[Cue, ...]) -> str | None:
        """ "Gree's net profit rose 26.29% ..., Haier's grew 15.09% to 5.49 billion yuan": a name's figure
        with its measure left out is of the measure the sentence gave the first name."""
        text = self.document.text
        start = start_of_segment(text, self.document.sentence_at(quantity.span.start).span.start, quantity.span.start)
        gap = _ELIDED.search(text, start, quantity.span.start)
        if gap is None or any(gap.start() <= c.start < quantity.span.start for c in cues):
            return None
        sentence = self.document.sentence_at(quantity.span.start).span
        first = next((c for c in cues if sentence.start <= c.start < gap.start()
                      and _POSSESSIVE_END.search(text, max(0, c.start - 3), c.start)), None)
        return first.measure if first else None

    def _restates_profit(self, quantity: Quantity) -> bool:
        """True for a per-share amount set right after a net profit it restates: "26.847 billion yuan, or 21.38
        yuan per share"."""
        last = self.facts[-1] if self.facts else None
        return (
            last is not None
            and last.measure == "net_profit"
            and last.kind == Kind.LEVEL
            and bool(_OR_AMOUNT.fullmatch(self.document.text, last.quantity.span.end, quantity.span.start))
        )

    def _previous_end(self, quantity: Quantity, clause: Clause) -> int:
        """Where the figure before this one in its clause ends: the words before that are that figure's
        ("50% of the board's revenue and 63% of its net profit")."""
        last = self.facts[-1] if self.facts else None
        end = last.quantity.span.end if last else clause.start
        return end if clause.start <= end <= quantity.span.start else clause.start

    def _level_before(self, quantity: Quantity, clause: Clause) -> str | None:
        """The measure of the amount stated right before the figure in its sentence, if any, past its change ("about
        2.93 billion yuan, up 35.38% and equal to 30.92% of its revenue")."""
        start = self.document.sentence_at(quantity.span.start).span.start
        told = itertools.takewhile(lambda f: f.quantity.span.start >= start, reversed(self.facts))
        last = next((f for f in told if f.kind not in (Kind.CHANGE_PCT, Kind.CHANGE_PP)), None)
        return last.measure if last and last.quantity.unit in MONEY else None

    def _share_of_count(self, quantity: Quantity) -> bool:
        """True for a share set beside a count of companies it restates, or after what they did: "4,127 of them,
        nearly 80 percent, were profitable", "found 204 with higher net profit, nearly 60 percent, and 48 ..."."""
        last = self.facts[-1] if self.facts else None
        if last is None or last.measure != "company_count":
            return False
        text = self.document.text
        return bool(_BESIDE.fullmatch(text, last.quantity.span.end, quantity.span.start)) or (
            quantity.kind == Kind.SHARE
            and bool(_WHAT_THEY_DID.fullmatch(text, last.quantity.span.end, quantity.span.start))
            and bool(_APPOSED_END.match(text, quantity.span.end))
        )

    def _ratio_before(self, quantity: Quantity) -> str | None:
        """The measure of the ratio a change in points follows right after its whole: "equal to 76.5% of net profit
        and 1.3 percentage points more than a year before"."""
        last = self.facts[-1] if self.facts else None
        if last is None or last.quantity.unit != "percent" or last.kind not in (Kind.LEVEL, Kind.SHARE):
            return None
        between = _WHOLE_THEN.fullmatch(self.document.text, last.quantity.span.end, quantity.span.start)
        return last.measure if between and last.measure in _RATE_MEASURES | _SHARE_MEASURES else None

    def _unit_price(self, quantity: Quantity, clause: Clause, cues: tuple[Cue, ...]) -> str:
        """Money per tonne, barrel or kilogram: the price or cost its segment names, else what the good sells at;
        a cost is what a unit costs to make."""
        start = start_of_segment(self.document.text, clause.start, quantity.span.start)
        named = [c.measure for c in cues if start <= c.start < quantity.span.start and "price" in c.measure]
        if named:
            return named[-1]
        return "unit_cost" if _COST.search(self.document.text, clause.start, quantity.span.start) else "selling_price"

    def _total_of_per_share(self, quantity: Quantity) -> str | None:
        """The total right after a dividend per share or its payout ratio: "RMB 3.00 per 10 shares, a total of RMB 338
        million", "raised its payout ratio ... to 19.22%, or 1.613 billion yuan"; or told as a total later in the
        sentence: "1 yuan for every 10 shares on 9,572,292,142 shares, ..., for a total of about 957 million"; or the
        whole price of shares bought at a price each: "at 35 yuan per share, about 13.73 billion yuan in total"."""
        text = self.document.text
        last = self.facts[-1] if self.facts else None
        if (
            last is not None
            and last.measure in _TOTAL_AFTER
            and _A_TOTAL.fullmatch(text, last.quantity.span.end, quantity.span.start)
        ):
            return _TOTAL_AFTER[last.measure]
        if not _TOTAL_LEAD.search(text, max(0, quantity.span.start - 25), quantity.span.start):
            return None
        here = itertools.takewhile(lambda f: f.sentence == self._number(quantity), reversed(self.facts))
        per_share = (f.measure for f in here if f.measure in _TOTAL_AFTER and f.quantity.unit in MONEY)
        return _TOTAL_AFTER[measure] if (measure := next(per_share, None)) else None

    def _stake_wording(self, quantity: Quantity, clause: Clause) -> str | None:
        """The measure a percentage's own words give it inside a purchase: the stake bought ("392,249,869 shares of
        Zangge Mining, or 24.82%", "and a further 8.41%"), the holding left ("leaving it with 17.87%", "lifting the
        group's holding to 25%") or the premium paid ("at 15.10 yuan per share, a 24% premium")."""
        text = self.document.text
        words_before = text[max(clause.start, quantity.span.start - 90) : quantity.span.start]
        if _SHARES_OR.search(words_before) or _A_FURTHER.search(words_before):
            return "stake_acquired"
        if _LEFT_WITH.search(words_before):
            return "holding_share"
        return "acquisition_premium" if _PREMIUM.match(text, quantity.span.end) else None

    def _buys_a_stake(self, quantity: Quantity, clause: Clause) -> bool:
        """True in a clause buying part of a company, before the figure, with no payout or buyback: "agreed to buy
        392,249,869 shares of Zangge Mining, or 24.82%, at [35 yuan per share]", "would sell 5% to a Guangzhou
        state fund at [15.9 yuan per share]", "to pay ..., or [471.12 yuan a share], for 21.12 percent of"."""
        text = self.document.text
        start, end = clause.start, quantity.span.start
        bought = (
            _ACQUIRING.search(text, start, end)
            or _STAKE_BOUGHT.search(text, start, end)
            or SOLD_TO_ANYONE.search(text, start, end)
            or (_PAYING.search(text, start, end) and _STAKE_LATER.search(text, quantity.span.end, clause.end))
        )
        sentence = self.document.sentence_at(quantity.span.start).span  # "a plan to repurchase ..., and by June 30
        # it had acquired 3,451,200 shares, or 0.399%" buys its own shares back, no stake
        return bool(bought) and not _DIVIDEND_WORD.search(text, start, end) and not _BOUGHT_BACK.search(
            text, sentence.start, end)

    def _sold_to_a_buyer(self, quantity: Quantity, clause: Clause) -> bool:
        """True for the part of a company sold to a named buyer, which the buyer acquires: "sell a 5 percent stake to
        Hangzhou Jiushi" (the wording that makes it the buyer's acquisition event)."""
        return any(m.start("what") <= quantity.span.start and quantity.span.end <= m.end("what")
                   for m in SOLD_TO.finditer(self.document.text, clause.start, clause.end))

    def _price_of_a_stake(self, quantity: Quantity, clause: Clause) -> bool:
        """A sum paid for a stake: "bought 21.12% of APT Medical for 6.65 billion yuan", "agreed to pay 1.687
        billion yuan for 9.49% of Kingsemi"."""
        text = self.document.text
        if _BOUGHT_BACK.search(text, clause.start, quantity.span.start):
            return False  # "had bought back 517,000 shares, or 0.43% of its share capital, for 13 million yuan"
        if _FOR_STAKE.match(text, quantity.span.end):
            return bool(_PAYING.search(text, clause.start, quantity.span.start))
        return text.endswith("for ", 0, quantity.span.start) and bool(
            _ACQUIRING.search(text, clause.start, quantity.span.start)
            or _A_SALE.search(self.document.sentence_at(quantity.span.start).span.text)
        )  # "the sale of its US subsidiary AssetMark, completed on September 5 for 1.793 billion US dollars"

    def _number(self, quantity: Quantity) -> int:
        return self.document.sentence_at(quantity.span.start).index

    def _stated_here(self, quantity: Quantity, measure: str) -> bool:
        """True when the figure's sentence already gave a level of `measure`: a share of the same measure."""
        number = self.document.sentence_at(quantity.span.start).index
        return any(f.sentence == number and f.measure == measure and f.kind == Kind.LEVEL for f in self.facts)

    def _in_its_unit(self, quantity: Quantity, measure: str) -> str:
        """A physical amount ("475 GWh", "147 GW") is no money: a money measure near it means what was sold; a
        dividend of a few yuan ("a 0.09 yuan interim payout") is paid per share, no company's total; a bare count
        ("Of the buyers, 408 spent ...") is no money either: it counts what the sentence counted before it, else
        companies (their IPOs, reports, "15 largest groups"); a count of things no measure counts ("12 new plants") is
        some other count; a payout in percent or points is its ratio ("lifted the minimum payout by 5 percentage
        points to 65%"); a span of time a debt runs is its tenor; points are an index's level."""
        text = self.document.text
        if quantity.unit == "points" and measure not in _RATE_MEASURES and measure not in _SHARE_MEASURES:
            # "The index starts from 1,000 points", whatever the sentence said before (not "the margin widened by 6.77
            # points", a rate's points)
            return "index_level"
        if measure in _SPANS_OF_TIME and (
                _TENOR_AFTER.match(text, quantity.span.end)
                or _TENOR_BEFORE.search(text, max(0, quantity.span.start - 20), quantity.span.start)):
            return "tenor"
        if measure in _RATIO_OF and (quantity.unit == "percentage_point" or (
                quantity.unit == "percent" and quantity.kind == Kind.LEVEL)):
            return _RATIO_OF[measure]
        if measure in _TOTAL_OF and quantity.unit in MONEY and quantity.value >= _PER_SHARE_CEILING * (
                10 if measure == "dividend_per_10_shares" else 1) and not _PER_SHARES.search(quantity.span.text):
            return _TOTAL_OF[measure]  # "HK$0.73 per share, ..., for about HK$34.697 billion": the total paid
        sentence = self.document.sentence_at(quantity.span.start).span
        paid = measure in ("cash_dividends", "dividend_per_share") or (  # "(a dividend ...) makes 0.286 yuan"
            measure in AGGREGATE_MEASURES and _DIVIDEND_WORD.search(self.document.text, sentence.start,
                                                                     quantity.span.start) is not None
        )
        if paid and quantity.unit in MONEY and quantity.kind == Kind.LEVEL:
            if quantity.value >= _PER_SHARE_CEILING:
                return measure
            text = self.document.text  # "6.50 yuan per 10 shares, combining a 3.70 yuan interim payment with ...":
            # per 10 shares too, unless it says
            own_basis = _PER_SHARES.search(quantity.span.text) or _EACH_SHARE.match(text, quantity.span.end)
            per_ten = _PER_TEN.search(text, sentence.start, quantity.span.start)
            return "dividend_per_10_shares" if per_ten and not own_basis else "dividend_per_share"
        if quantity.unit == "percent" and measure in (*_DEAL_AMOUNTS, "company_share") and (_STAKE_NAMED.search(
                self.document.text, sentence.start, quantity.span.start) or _OWNED_SHARE.match(
                self.document.text, quantity.span.end)):
            return "holding_share"  # "(agreed to buy ...), which will lift its stake from 6.95% to 12.19%"
        bare = measure.removeprefix("average_").removeprefix("median_")
        if quantity.unit in MONEY and quantity.kind in (Kind.LEVEL, Kind.CHANGE_ABS) and (
                bare in _RATE_MEASURES or bare in _SHARE_MEASURES):
            return _AMOUNT_OF.get(bare, "other")  # "invested about 2.93 billion yuan" after a sentence on R&D intensity
        if measure in _TOTAL_AT_PRICE and quantity.unit in MONEY and quantity.value >= _SHARE_PRICE_CEILING:
            return _TOTAL_AT_PRICE[measure]  # "placing 40 billion yuan, of which 30 billion yuan ...": no share's price
        if quantity.unit == "count" and quantity.kind == Kind.COUNT and measure not in _COUNT_MEASURES:
            counts_companies = not quantity.counted or COUNTS_COMPANIES.search(quantity.counted)
            return self._counted_before(quantity) or ("company_count" if counts_companies else "other")
        if quantity.unit not in _PHYSICAL and quantity.unit != "units":
            return measure
        if _THOSE_ABROAD.match(self.document.text, quantity.span.end):
            return "export_volume"  # "1.613 million vehicles, including more than 233,000 abroad"
        if (_CAPACITY_AFTER.match(self.document.text, quantity.span.end) or _SIZE_OF.fullmatch(quantity.span.text)
                or _CAPACITY_BEFORE.search(self.document.text, max(0, quantity.span.start - 40), quantity.span.start)):
            return "production_capacity"  # "a 700,000-tonne MDI expansion": what a plant or line can make
        if measure == "overseas_revenue":
            return "export_volume"  # "steel exports jumped 22.7% to 111 million tonnes"
        if measure == "capacity_utilization":
            return "production_capacity"  # "(which ran at 109.98% of its rating), and another 150,000 tonnes"
        if measure in _NOT_GOODS or _MONEY_NAMED.search(measure):
            # "sold 51.59 million tonnes of steel, ..., and its gross margin slipped"; containers are cargo moved
            return "cargo_volume" if quantity.unit == "TEU" else "units_shipped"
        return measure

    def _counted_before(self, quantity: Quantity) -> str | None:
        """The measure of the last count of things stated before the figure in its sentence ("96 deals ...,
        and 80 had been completed")."""
        sentence = self._number(quantity)
        here = itertools.takewhile(lambda f: f.sentence == sentence, reversed(self.facts))
        return next((f.measure for f in here if f.quantity.unit == "count" and f.measure in _COUNT_MEASURES), None)

    def _per_company(self, quantity: Quantity, clause: Clause, measure: str) -> str:
        """A total's measure becomes its per-company average when the clause says the figure is one."""
        if measure not in AVERAGED:
            return measure
        text = self.document.text
        lead = text[start_of_segment(text, clause.start, quantity.span.start) : quantity.span.start]
        opening = text[clause.start : clause.start + 40]
        if (
            _PER_COMPANY_AFTER.match(text, quantity.span.end, clause.end)
            or _PER_COMPANY_BEFORE.search(lead)
            or _PER_COMPANY_BEFORE.match(opening)
        ):
            return f"average_{measure}"
        return measure

    def _inherited_count(self, quantity: Quantity, index: int, sentence: int) -> Fact | None:
        """"Among them, 32 involved ...": a bare count splits the count of the sentence before."""
        if quantity.kind != Kind.COUNT or quantity.counted or index in self.count_cohorts:
            return None
        if not self._continues(sentence):
            return None
        earlier = [f for f in self.facts if f.kind == Kind.COUNT and f.sentence < sentence]
        if not earlier or earlier[-1].sentence < sentence - 2 or earlier[-1].measure == "company_count":
            return None
        return earlier[-1]

    def _level_in(self, clause: Clause) -> bool:
        """True when an amount was stated earlier in the clause."""
        return any(f.kind == Kind.LEVEL and f.quantity.unit in MONEY and clause.start <= f.quantity.span.start
                   for f in self.facts[-8:])

    def _last_level(self, clause: Clause, kind: Kind, apposed: bool = False) -> Fact | None:
        """The latest level or share stated earlier in the clause: what "an increase of 3%" modifies
        (a share changes by points, not by a per cent of itself); a count of companies only when the change is
        set right after its clause ("88 companies announced dividend plans, up nearly fourfold")."""
        for fact in reversed(self.facts):
            if fact.quantity.span.start < clause.start:
                return None
            if fact.measure == "company_count" and apposed and kind != Kind.CHANGE_PP:
                return fact  # a count changes by a per cent or a multiple, never by points
            if fact.measure == "company_count" or (
                fact.measure in ("company_share", "market_share") and kind == Kind.CHANGE_PCT
            ):
                return None  # "..., and 47 (or 30%) of them grew it by 50%": the change is the new group's
            if fact.kind in (Kind.LEVEL, Kind.SHARE, Kind.COUNT, Kind.MULTIPLE) and fact.measure not in _SPANS_OF_TIME:
                return fact  # "over the three years ..., revenue grew by 36%": no change of a span of time;
                # "net profit more than doubled, climbing 100.38%": the multiple's measure
        return None

    def _kind(self, quantity: Quantity, measure: str) -> Kind:
        """The quantity's own kind, refined by what it measures ("compound growth of 30%" is a CAGR)."""
        if quantity.unit == "percent" and quantity.kind in (Kind.LEVEL, Kind.CHANGE_PCT, Kind.SHARE):
            sentence = self.document.sentence_at(quantity.span.start).span
            text = self.document.text
            lead = text[start_of_segment(text, sentence.start, quantity.span.start) : quantity.span.start]
            if COMPOUND.search(lead):
                return Kind.CAGR
        shares = measure in _SHARE_MEASURES or measure == "market_share"
        if quantity.unit == "percent" and shares and quantity.kind == Kind.CHANGE_PCT:
            return Kind.SHARE
        if quantity.unit == "percent" and quantity.kind in (Kind.SHARE, Kind.LEVEL):
            if measure in _RATE_MEASURES or measure.startswith(("median_", "average_")):
                return Kind.LEVEL
            kind = Kind.SHARE if measure in _SHARE_MEASURES or quantity.kind == Kind.SHARE or _OF_A_TOTAL.match(
                self.document.text, quantity.span.end) else quantity.kind  # no rate: "or 56.72% of revenue" a part
            if kind == Kind.SHARE and quantity.value > 100 and _CHANGED.search(
                self.document.text, self.document.sentence_at(quantity.span.start).span.start, quantity.span.start
            ):
                return Kind.CHANGE_PCT  # no part exceeds its whole: "grew 16% at brokers and 110% at insurers"
            return kind
        return quantity.kind

    def _own_measure(self, subject: str | None, measure: str) -> str:
        """One company has no average or median: "BTR spent the most" after an average is BTR's own figure; what a
        product line brings in is its sales ("sales of energy storage systems rose 20% to 9 billion yuan"); one
        company is no share of companies."""
        entity = self.entities.get(subject or "")
        if isinstance(entity, Company) and measure.startswith(("average_", "median_")) and measure.split("_", 1)[
                1] in AVERAGED:
            return measure.split("_", 1)[1]
        if isinstance(entity, Product) and entity.commodity and measure in UNPRICED:
            return "selling_price"  # "TDI fell 20.09% to 14,452 yuan": what a good fetches on its market
        sold = isinstance(entity, Product) and not INDEX_PRODUCT.search(entity.label)  # no fund, no index
        if sold and measure in ("revenue", "other", "net_profit"):  # an index or a fund sells nothing
            return "product_sales"  # "make-up label Timage grew 19.04%" after "the flagship brand earned": sales
        topic = self.topic_measure or ""
        if isinstance(entity, Company) and measure == "company_share" and topic in _RATE_MEASURES:
            return topic  # one company is no share of companies: "PSBC had the cleanest book at 0.83%" after NPL ratios
        return measure

    def _buyback_measure(self, quantity: Quantity, clause: Clause, measure: str) -> str:
        """A passage on a buyback tells its plan's amounts, price caps and shares without naming the buyback again:
        "Hikvision's latest plan runs to 2 billion to 2.5 billion yuan at no more than 40 yuan a share", "By July
        31, 2024 it had bought 15,991,524 shares ... at prices between 146.31 yuan and 194.10 yuan"."""
        if measure not in (*_BUYBACK_MISREAD, "repurchase_amount") or not self._in_buyback(quantity):
            return measure
        text = self.document.text
        lead = text[max(clause.start, quantity.span.start - 40) : quantity.span.start]
        if _DIVIDEND_WORD.search(text, clause.start, clause.end) or _LENT.search(lead):
            return measure  # the dividend, or the loan that funds it: their own figures
        if quantity.unit in MONEY and quantity.value < _SHARE_PRICE_CEILING and _AT_A_PRICE.search(lead):
            return "repurchase_price"  # no buyback spends under 10,000 yuan: a price
        if measure == "repurchase_amount":
            return measure
        if quantity.unit in MONEY and (_PLAN_OF.search(lead) or (
                self.facts and self.facts[-1].measure == "repurchase_amount"
                and _RANGE_TO.fullmatch(text, self.facts[-1].quantity.span.end, quantity.span.start))):
            return "repurchase_amount"
        if (quantity.counted or "").lower().endswith("shares") and measure in ("shares_acquired", "other"):
            return "repurchased_shares"
        if quantity.unit == "percent" and measure == "stake_acquired" and _OF_CAPITAL.match(text, quantity.span.end):
            return "repurchased_shares"
        return measure

    @cached_property
    def _buyback_report(self) -> bool:
        """True when the report's title names a buyback: all of it is about buybacks."""
        title = self.document.title
        return title is not None and bool(_BOUGHT_BACK.search(title.text))

    def _in_buyback(self, quantity: Quantity) -> bool:
        """True when the figure's paragraph, up to its sentence, or the report's title names a buyback."""
        if self._buyback_report:
            return True
        sentence = self.document.sentence_at(quantity.span.start)
        paragraph = self.document.paragraphs[sentence.paragraph]
        return bool(_BOUGHT_BACK.search(self.document.text, paragraph.start, sentence.span.end))

    def _line_measure(self, quantity: Quantity, clause: Clause, subject: str | None, measure: str) -> str:
        """A company's revenue told by the line of business its clause opens with is that line's revenue:
        "Children's wear grew 9.55% to 10.268 billion yuan" after the apparel maker's own figures."""
        if measure not in _LINE_MISREAD or not isinstance(self.entities.get(subject or ""), Company):
            return measure
        text = self.document.text
        last = self.facts[-1] if self.facts else None
        if (quantity.unit == "percent" and last is not None and last.measure in _LINE_MEASURES
                and last.kind == Kind.LEVEL and _OF_A_TOTAL.match(text, quantity.span.end)
                and _PART_AFTER.fullmatch(text, last.quantity.span.end, quantity.span.start)):
            return last.measure  # "Online channels still supplied 7.407 billion yuan, about 70% of revenue"
        start = max([clause.start, *(m.end() for m in _OPENS.finditer(text, clause.start, quantity.span.start))])
        opening = _LINE_OPENS.match(text, start)
        if (
            opening is None
            or quantity.span.start < opening.end("line")  # a figure before the line's name is not the line's
            or start_of_segment(text, min(opening.end(), quantity.span.start), quantity.span.start) > opening.end()
            or _NOT_A_BUSINESS.search(opening.group("line"))
            or any(c.measure not in _LINE_MEASURES for c in self._cues_in(opening.start("line"), opening.end("line")))
            or (measure != "revenue" and any(  # another measure the clause names: "net profit ... grew 10%"
                c.measure not in _LINE_MEASURES for c in self._cues_in(clause.start, quantity.span.start)))
            or any(opening.start() <= m.start < opening.end("line") for m in self.all_mentions)
        ):
            return measure
        return "segment_revenue"

    def _parallel(self, quantity: Quantity, number: int) -> Fact | None:
        """ "led with 23.99%, ahead of the SME Board (16.30%)", "makers raised profit by 7.1% and carmakers
        by 11.1%": a bracketed or gapped figure is the same kind of figure as the sentence's one before it."""
        text = self.document.text
        lead = max(0, quantity.span.start - 60)
        bracketed = text[quantity.span.end : quantity.span.end + 1] == ")" and _BRACKET_AFTER_NAME.search(
            text, lead, quantity.span.start
        )
        gapped = _GAPPED.search(text, lead, quantity.span.start) or _AGAINST.search(text, lead, quantity.span.start)
        if gapped and _CHANGED.search(gapped.group()):
            gapped = None  # its verb not left out: "and 99 companies grew it by more than 50%"
        sentence = self.document.sentence_at(quantity.span.start).span
        part = _GAPPED_PART.search(text, lead, quantity.span.start)
        if not gapped and part and not _ACCOUNTED_FOR.search(part.group()) and _ACCOUNTED_FOR.search(
                text, sentence.start, part.start()):
            gapped = part  # its verb left out: "..., and RQFII accounted for more than 4%" has its own
        if gapped and (self._cues_in(gapped.start(), quantity.span.start) or any(
                _OF_ITS.fullmatch(text, quantity.span.end, c.start)
                for c in self._cues_in(quantity.span.end, quantity.span.end + 20))):
            gapped = None  # "and net profit reduced by 62%", "and ended with 61.6 billion yuan of orders in hand"
        paired = _AND_BEFORE.search(text, lead, quantity.span.start) and (
            OWN_PERIOD.match(text, quantity.span.end) or ON_A_NAMED.match(text, quantity.span.end)
        )  # "up 9% in the first half and 5% in the second", "4.74% on ChiNext and 4.73% on the Beijing Stock Exchange"
        if not bracketed and not gapped and not paired:  # "up 9% in the first half and 5% in the second half"
            return None
        same = (f for f in reversed(self.facts) if f.sentence == number and f.quantity.unit == quantity.unit)
        return next(same, None)

    def _levels_changed(self, number: int, group: list[Quantity]) -> list[Cue] | None:
        """ "revenue of A and net profit of B, up 5% and 9%": a list of changes follows the levels it changes."""
        if not all(q.kind in (Kind.CHANGE_PCT, Kind.CHANGE_PP, Kind.CAGR) for q in group):
            return None
        stated = (Kind.LEVEL, Kind.SHARE) if all(q.kind == Kind.CHANGE_PP for q in group) else (Kind.LEVEL,)
        here = [f for f in self.facts if f.sentence == number and f.kind in stated]
        if not here and _THE_FIGURES.search(self.document.sentences[number].span.text):
            here = [f for f in self.facts if f.sentence == number - 1 or f.sentence == number - 2]
            here = [f for f in here if f.kind == Kind.LEVEL]  # "the three figures grew at 8%, 6% and 7%"
        levels = here[-len(group) :]
        if len(levels) < len(group) or len({f.measure for f in levels}) < len(group):
            return None
        return [Cue(f.measure, f.quantity.span.start, f.quantity.span.end) for f in levels]
