"""A deterministic multilingual corpus for the search benchmark.

Six languages in their own scripts, each with a vocabulary of a few thousand pseudo-words (made of
the language's syllables, with its diacritics) plus some real words, drawn with a Zipf-like
frequency. Chinese is written without spaces. Titles are ~10 words, bodies ~1,500 words; a
resource has 1–6 language versions. Bodies are slices of a long per-language word stream, which
keeps the generator fast (no per-word random draw for 150 million words).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

from pkhub.search.backends import IndexEntry

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
VOCABULARY_SIZE = 4000
STREAM_WORDS = 400_000
TITLE_WORDS = 10
BODY_WORDS = 1500

SYLLABLES = {
    "en": "ba be bi bo bu ca ce co da de di do fa fe fi ga ge go ha he hi la le li lo ma me mi mo na ne ni no "
          "pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we wi ya ze th sh ch st tr pr".split(),
    "fr": "ba bé bi bo ca cé ço da dé di do fa fé fi ga gè go la lé li lo ma mé mi mo na né ni no pa pé pi po "
          "ra ré ri ro sa sé si so ta té ti to va vé vi eau oi ou en an on eu ai".split(),
    "es": "ba be bi bo ca ce ci co da de di do fa fe fi ga ge go ja je jo la le li lo ma me mi mo na ne ni ño "
          "pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi ción ía ás ó ll rr".split(),
    "ru": "ба бе би бо ва ве ви во га ге ги го да де ди до жа же за зе зи ка ке ки ко ла ле ли ло ма ме ми мо "
          "на не ни но па пе пи по ра ре ри ро са се си со та те ти то ча че ща ше ё ю я ий ой ть".split(),
    "ar": "ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي ا أ إ ة ى ال مُ بَ تِ".split(),
}
REAL_WORDS = {
    "en": "peacekeeping training protection civilians security mission police military gender logistics "
          "medical engineering aviation leadership conduct discipline planning operations mandate reform "
          "trainers handbook manual policy guidelines assessment capability readiness".split(),
    "fr": "maintien paix formation protection civils sécurité mission police militaire genre logistique "
          "médical génie aviation commandement conduite discipline planification opérations mandat réforme "
          "formateurs manuel politique directives évaluation capacité préparation".split(),
    "es": "mantenimiento paz capacitación protección civiles seguridad misión policía militar género "
          "logística médico ingeniería aviación liderazgo conducta disciplina planificación operaciones "
          "mandato reforma instructores manual política directrices evaluación capacidad".split(),
    "ru": "миротворчество обучение защита гражданских безопасность миссия полиция военные гендер "
          "логистика медицина инженерия авиация руководство поведение дисциплина планирование операции "
          "мандат реформа инструкторы руководство политика оценка потенциал готовность".split(),
    "ar": "حفظ السلام التدريب حماية المدنيين الأمن البعثة الشرطة العسكريين النوع الاجتماعي اللوجستيات "
          "الطبي الهندسة الطيران القيادة السلوك الانضباط التخطيط العمليات الولاية الإصلاح المدربين دليل "
          "السياسة المبادئ التوجيهية التقييم القدرات الجاهزية".split(),
    "zh": "维持和平 培训 保护平民 安全 特派团 警察 军事 性别 后勤 医疗 工程 航空 领导 行为 纪律 规划 行动 "
          "任务 改革 教员 手册 政策 准则 评估 能力 准备 联合国 安全理事会".split(),
}
KINDS = "policy sop guidelines manual handbook cptm stm rtp elearning tna newsletter other".split()
THEMES = [f"theme-{n}" for n in range(15)]
AUDIENCES = ["military", "police", "civilian", "trainers", "member-states", "leaders"]
CJK_CHARS = [chr(c) for c in range(0x4E00, 0x4E00 + 2500)]


def _pseudo_word(rng: random.Random, lang: str) -> str:
    if lang == "zh":
        return "".join(rng.choices(CJK_CHARS, k=rng.choice((1, 2, 2, 2, 3))))
    return "".join(rng.choices(SYLLABLES[lang], k=rng.randint(2, 4)))


class Language:
    """One language's vocabulary, word frequencies and stream of running text."""

    def __init__(self, lang: str, rng: random.Random):
        self.lang = lang
        words = list(dict.fromkeys(_pseudo_word(rng, lang) for _ in range(VOCABULARY_SIZE)))
        real = REAL_WORDS[lang]
        # Real words sit at ranks 20-300 of the frequency list: common, but not stopwords.
        for n, word in enumerate(real):
            words.insert(20 + n * 10, word)
        self.words = words
        weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(words))]
        self.cum = list(itertools.accumulate(weights))
        stream = rng.choices(words, cum_weights=self.cum, k=STREAM_WORDS)
        if lang == "zh":
            # No spaces; a comma or full stop every few words.
            for i in range(0, len(stream), 12):
                stream[i] += rng.choice("，，。")
        self.stream = stream
        self.sep = "" if lang == "zh" else " "

    def title(self, rng: random.Random) -> str:
        return self.sep.join(rng.choices(self.words[:1500], k=TITLE_WORDS)).capitalize()

    def body(self, rng: random.Random) -> str:
        start = rng.randrange(len(self.stream) - BODY_WORDS)
        return self.sep.join(self.stream[start : start + BODY_WORDS])

    def query_words(self, rng: random.Random, k: int) -> list[str]:
        """k words as a user would type them: mostly mid-frequency, sometimes a real word."""
        found = []
        for _ in range(k):
            if rng.random() < 0.3:
                found.append(rng.choice(REAL_WORDS[self.lang]))
            else:
                found.append(self.words[rng.randint(30, 2500)])
        return found


def languages(seed: int) -> dict[str, Language]:
    rng = random.Random(seed)
    return {lang: Language(lang, rng) for lang in LANGUAGES}


def entries(total: int, langs: dict[str, Language], seed: int) -> Iterator[IndexEntry]:
    """`total` language versions grouped into resources of 1-6 versions."""
    rng = random.Random(seed + 1)
    version_id = 0
    resource_id = 0
    while version_id < total:
        resource_id += 1
        kind = rng.choice(KINDS)
        themes = tuple(sorted(rng.sample(THEMES, rng.randint(1, 3))))
        audiences = tuple(sorted(rng.sample(AUDIENCES, rng.randint(1, 2))))
        public = rng.random() < 0.95
        for lang in rng.sample(LANGUAGES, rng.randint(1, 6)):
            version_id += 1
            if version_id > total:
                return
            language = langs[lang]
            yield IndexEntry(
                version_id=version_id,
                resource_id=resource_id,
                lang=lang,
                kind=kind,
                themes=themes,
                audiences=audiences,
                public=public,
                title=language.title(rng),
                body=language.body(rng),
            )


def queries(count: int, langs: dict[str, Language], seed: int) -> list[tuple[str, str]]:
    """(query, UI language) pairs: 1-3 words, in all six languages in turn."""
    rng = random.Random(seed + 2)
    found = []
    for n in range(count):
        lang = LANGUAGES[n % len(LANGUAGES)]
        words = langs[lang].query_words(rng, rng.choice((1, 1, 2, 2, 3)))
        found.append((" ".join(words), lang))
    return found
