from pathlib import Path

import pytest

from pkhub.ingest.repair import damage_ratio, repair_text

# The e-Guide's text as extracted from its PDF (kept in the repository by the demo catalogue).
SEED = Path(__file__).resolve().parents[2] / "library" / "demo" / "sources" / "004_da9f2f4d7b16f15c.txt"

# Damaged lines of the seed file, each with what the PDF really says.
SEED_LINES = [
    (
        "The UN Peace and Security PÉÌÌÁÒ ÉÓ ÁÔ ÔÈÅ ÈÅÁÒÔ ÏÆ ÔÈÅ #ÈÁÒÔÅÒȭÓ ÃÏÍÍÉÔÍÅÎÔ ÔÏ ÓÁÖÅ ÓÕÃÃÅÅÄÉÎÇ ",
        "The UN Peace and Security Pillar is at the heart of the Charter's commitment to save succeeding ",
    ),
    (
        "ÁÓ ÒÅÌÅÖÁÎÔ ÁÎÄ ÕÒÇÅÎÔ ÁÓ ÅÖÅÒȢ 4ÏÄÁÙȭÓ ÃÏÎÆÌÉÃÔÓ ÃÁÕÓÅ ÉÍÍÅÎÓe human suffering; they are ",
        "as relevant and urgent as ever. Today's conflicts cause immense human suffering; they are ",
    ),
    (
        "within the e-Guide. We recommend you turn on the navigaÔÉÏÎ ÐÁÎÅ ÔÏ ȰÂÏÏËÍÁÒËÓȱ ÓÏ ÙÏÕ can move ",
        'within the e-Guide. We recommend you turn on the navigation pane to "bookmarks" so you can move ',
    ),
    (
        "Training Service (ITS) of DPO with ÔÈÅ ÓÕÂÊÅÃÔ ȰÅ-'ÕÉÄÅ &ÅÅÄÂÁÃËȱȢ  ",
        'Training Service (ITS) of DPO with the subject "e-Guide Feedback".  ',
    ),
    (
        "needs of each context, promoting Á Ȱ×ÈÏÌÅ ÏÆ ÐÉÌÌÁÒȱ ÁÐÐÒÏÁÃÈ ÔÏ ÏÕÒ ×ÏÒË. There is a particular ",
        'needs of each context, promoting a "whole of pillar" approach to our work. There is a particular ',
    ),
    (
        "provides immediate support to the Under-Secretary-'ÅÎÅÒÁÌ ɉ53'Ɋ ÉÎ ÔÈÅ ÄÉÓÃÈÁÒÇÅ ÏÆ ÔÈÅ 53'ȭÓ ",
        "provides immediate support to the Under-Secretary-General (USG) in the discharge of the USG's ",
    ),
    (
        "secretariat for the USG-$0/ȭÓ 7ÏÍÅÎȟ 0ÅÁÃÅ ÁÎÄ 3ÅÃÕÒÉÔÙ Task Force ",
        "secretariat for the USG-DPO's Women, Peace and Security Task Force ",
    ),
    (
        "and training coordination with bilateral partners to enable new and emerging 4Ⱦ0##ȭÓ to become ",
        "and training coordination with bilateral partners to enable new and emerging T/PCC's to become ",
    ),
    (
        "training for peacekeeping operations. The CÅÌÌȭÓ ÒÅÓÐÏÎÓÉÂÉÌÉÔÉÅÓ ÉÎÃÌÕÄÅ ÅÎÇÁÇÉÎÇ ×ÉÔÈ -ÅÍÂÅÒ ",
        "training for peacekeeping operations. The Cell's responsibilities include engaging with Member ",
    ),
    (
        "on issues related to CRSV in peacekeeping. The Team supports the field-ÂÁÓÅÄ ÓÅÎÉÏÒ ×ÏÍÅÎȭÓ ",
        "on issues related to CRSV in peacekeeping. The Team supports the field-based senior women's ",
    ),
    (
        "Discipline Service (CDS) with in DMSPC, the service coordinates O-!ȭÓ responses on disciplinary ",
        "Discipline Service (CDS) with in DMSPC, the service coordinates OMA's responses on disciplinary ",
    ),
    (
        "including (ÅÁÄÑÕÁÒÔÅÒÓȭ entities, UN peacekeeping operations, and T/PCCs to train and equip donors, ",
        "including Headquarters' entities, UN peacekeeping operations, and T/PCCs to train and equip donors, ",
    ),
    ("challenges ɀ such as the security implications", "challenges – such as the security implications"),
    # The second kind of damage: glyph numbers of a font subset in place of characters.
    ("ά¦b ǇŜŀŎŜƪŜŜǇƛƴƎ ƛǎ ƻƴŜ ƻŦ ǘƘŜ ", '"UN peacekeeping is one of the '),
    (
        "GFPs ŦǳƴŎǘƛƻƴ ƛǎ ŘŜǎƛƎƴŜŘ ǘƻ ǎǘǊŜƴƎǘƘŜƴ ǘƘŜ ¦bΩǎ ǇǊƻǾƛǎƛƻƴ ƻŦ ǊǳƭŜ ƻŦ ƭŀǿ",
        "GFPs function is designed to strengthen the UN's provision of rule of law",
    ),
    (
        " Read the Secretary-DŜƴŜǊŀƭΩǎ ŀǎǎŜǎǎƳŜƴǘ ǊŜǇƻǊǘ ƻŦ t5 here",
        " Read the Secretary-General's assessment report of PD here",
    ),
    ("ǘƻƳƻǊǊƻǿΩǎ ǿŀǊǎΦ    ", "tomorrow's wars.    "),
]


@pytest.mark.parametrize(("damaged", "expected"), SEED_LINES)
def test_damaged_seed_lines_are_repaired(damaged, expected):
    """Each damaged line of the e-Guide reads as the PDF shows it once repaired."""
    assert repair_text(damaged) == (expected, True)


def test_broken_apostrophe_after_clean_text_is_fixed():
    """A damaged apostrophe after an undamaged word is fixed ("module's", "DPO's")."""
    assert repair_text("highlighted in the moduleȭÓ colour scheme")[0] == "highlighted in the module's colour scheme"
    assert repair_text("OUSG-DPOȭs main focus")[0] == "OUSG-DPO's main focus"


@pytest.mark.parametrize(
    "text",
    [
        "La sécurité des civils, Français, FRANÇAIS, SÉCURITÉ, ÉTATS-UNIS, CRÉÉ, À propos, Ça va, École",
        "OPERACIÓN DE PAZ en ÁFRICA, PERÚ, protección, niños, INFORMAÇÕES, DÉÇU, ÉCOLE ÉLÉMENTAIRE",
        "Обучение миротворцев; ОБУЧЕНИЕ",
        "حماية المدنيين في عمليات حفظ السلام",
        "维持和平行动部 Běijīng nǚ lǘ, Dvořák, Łódź, Ƙasar Hausa, ŀ·l",
        "Module 2-Section 2.2.9 (A4P) ℮ □ ¶ 10 × 20 = 200; T/PCCs & USG-DPO",
    ],
)
def test_real_text_in_other_languages_is_left_alone(text):
    """Accented French and Spanish, Cyrillic, Arabic, Chinese and symbols are not 'repaired'."""
    assert repair_text(text) == (text, False)
    assert damage_ratio(text) == 0.0


def test_seed_file_has_no_damage_left_after_repair():
    """The whole e-Guide text, repaired, has no damaged word and none of the damaged code points."""
    text = SEED.read_text(encoding="utf-8")
    assert damage_ratio(text) > 0.01
    repaired, changed = repair_text(text)
    assert changed
    assert damage_ratio(repaired) == 0.0
    leftovers = {ch for ch in repaired if 0x21F <= ord(ch) <= 0x24F or 0xC1 <= ord(ch) <= 0xDA}
    assert leftovers == set()
    # Undamaged lines are untouched.
    for before, after in zip(text.splitlines(), repaired.splitlines(), strict=True):
        if damage_ratio(before) == 0:
            assert before == after


def test_damage_ratio_measures_the_share_of_damaged_letters():
    """Half the letters damaged gives a ratio of one half."""
    assert damage_ratio("abc ÁÂÃ") == pytest.approx(0.5)
    assert damage_ratio("") == 0.0
