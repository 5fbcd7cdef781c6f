"""Resolve: read an English company name back into the pinyin of its Chinese short name.

Machine translations render a Chinese short name word by word: syllables they cannot translate
stay pinyin ("Tuojing"), the rest become English words ("Technology" for 科技, "Micro" for 微,
"Clean" for 清). The table below is general vocabulary of Chinese company names, each English
word with the readings it commonly stands for, most usual first.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

_GLOSS_TEXT = """
technology: keji ke jishu
technologies: keji ke jishu
tech: keji ke
science: ke kexue
medical: yiliao yi
healthcare: yiliao
medicine: yiyao yixue
pharmaceutical: yiyao yaoye zhiyao yao
pharmaceuticals: yiyao yaoye zhiyao yao
pharma: yiyao yaoye
biotech: shengwu shengke
biotechnology: shengwu shengke
bio: shengwu sheng
biological: shengwu
biopharma: shengwu
electronics: dianzi
electronic: dianzi
electric: dianqi dian
electrical: dianqi
power: dianli li dian
wind: feng
materials: cailiao cai
material: cailiao cai
new: xin
energy: nengyuan neng
micro: wei
microelectronics: weidianzi
semiconductor: bandaoti
information: xinxi
network: wangluo
networks: wangluo
intelligent: zhineng zhi
intelligence: zhineng
smart: zhineng zhi
group: jituan
holdings: konggu
shares: gufen
mobile: yidong
office: bangong
cell: xibao
advanced: xianjin
quantum: liangzi
regeneration: zaisheng
renewable: zaisheng
integration: jicheng
integrated: jicheng
connect: lian tong
chip: xin
core: xin
crystal: jing
star: xing
clean: qing qingjie
heavy: zhong
industry: gongye gong
industries: gongye gong
railway: tie tielu
construction: jian jianshe
superconducting: chaodao
software: ruanjian
equipment: zhuangbei shebei
precision: jingmi
laser: jiguang
optical: guangxue guang
optics: guangxue guang
optoelectronics: guangdian
photoelectric: guangdian
communication: tongxin tongxun
communications: tongxin tongxun
data: shuju
cloud: yun
health: jiankang
diagnostics: zhenduan
gene: jiyin
battery: dianchi
aerospace: hangtian
aviation: hangkong
international: guoji
machinery: jixie
automation: zidonghua
environmental: huanbao huanjing
chemical: huagong huaxue
security: anquan an
signal: xinhao
cnc: shukong
robot: jiqiren
robotics: jiqiren
vision: shijue
display: xianshi
control: kongzhi kong
instruments: yiqi
innovation: chuangxin
testing: jiance ceshi
china: zhongguo zhong hua
western: xibu xi
eastern: dongfang dong
northern: beifang bei
southern: nanfang nan
"""
GLOSS: dict[str, tuple[str, ...]] = {
    word.strip(): tuple(readings.split())
    for word, readings in (line.split(":") for line in _GLOSS_TEXT.strip().splitlines())
}
_MAX_READINGS = 64


def is_pinyin(word: str, syllables: set[str]) -> bool:
    """True when `word` splits into known pinyin syllables ("Tuojing" = tuo jing)."""
    word = word.lower()
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        ok[end] = any(ok[start] and word[start:end] in syllables for start in range(max(0, end - 6), end))
    return bool(word) and ok[-1]


def pinyin_readings(tokens: tuple[str, ...], stems: Container[str], syllables: set[str]) -> Iterator[str]:
    """Joined pinyin strings `tokens` may stand for, each a stem of some short name, best first.

    A name of one or two English words and no pinyin ("Chip Connect") reads as too many short
    names to trust, so it yields nothing.
    """
    pinyin = [is_pinyin(t, syllables) for t in tokens]
    options = [(*GLOSS.get(t.lower(), ()), *((t.lower(),) if p else ())) for t, p in zip(tokens, pinyin, strict=True)]
    if not tokens or not all(options) or (len(tokens) < 3 and not any(pinyin)):
        return
    count = 0
    stack: list[tuple[int, str]] = [(0, "")]
    while stack and count < _MAX_READINGS:
        i, sofar = stack.pop()
        if i == len(tokens):
            count += 1
            yield sofar
            continue
        # Reversed so that the most usual reading is popped, and so tried, first.
        stack.extend((i + 1, sofar + r) for r in reversed(options[i]) if sofar + r in stems)
