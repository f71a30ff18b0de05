"""The guidance of the ITS update's "Guidance Update" (seed 000), in the languages it announces."""

from pkhub.library.demo.catalogue import DemoResource
from pkhub.library.models import Kind

GUIDANCE = [
    DemoResource(
        slug="sop-military-mobile-training-teams",
        kind=Kind.SOP,
        themes=("training-methodology",),
        audiences=("military", "trainers"),
        versions={
            "en": (
                "Standard Operating Procedure (SOP) on Member State-provided Military Mobile Training Teams",
                "Provides troop contributing countries with an outline process of planning and deploying Member "
                "State-provided Military Mobile Training Teams to peacekeeping operations and explains the division "
                "of responsibilities.",
            ),
            "fr": (
                "Procédure opérationnelle permanente (POP) relative aux équipes mobiles de formation militaire "
                "fournies par les États Membres",
                "Présente aux pays fournisseurs de contingents les grandes étapes de la planification et du "
                "déploiement, dans les opérations de maintien de la paix, des équipes mobiles de formation militaire "
                "fournies par les États Membres, et précise la répartition des responsabilités.",
            ),
        },
    ),
    DemoResource(
        slug="guidelines-training-needs-assessments",
        kind=Kind.GUIDELINES,
        themes=("training-methodology",),
        audiences=("trainers",),
        versions={
            "ar": (
                "المبادئ التوجيهية لإجراء تقييمات الاحتياجات التدريبية في مجال حفظ السلام",
                "تقدم للمدربين في مجال حفظ السلام إرشادات خطوة بخطوة بشأن كيفية إجراء تقييمات الاحتياجات التدريبية "
                "في مجال حفظ السلام.",
            ),
            "zh": (
                "开展维和培训需求评估的准则",
                "为维和培训人员逐步说明如何开展维和培训需求评估。",
            ),
            "en": (
                "Guidelines for Conducting Peacekeeping Training Needs Assessments",
                "Provide peacekeeping trainers with step-by-step guidance on how to conduct peacekeeping training "
                "needs assessments.",
            ),
            "fr": (
                "Lignes directrices pour la conduite des évaluations des besoins de formation au maintien de la paix",
                "Donnent aux formateurs au maintien de la paix des orientations, étape par étape, sur la manière de "
                "conduire les évaluations des besoins de formation au maintien de la paix.",
            ),
            "ru": (
                "Руководящие принципы проведения оценки потребностей в миротворческой подготовке",
                "Содержат для инструкторов по миротворческой подготовке пошаговые указания о порядке проведения "
                "оценки потребностей в миротворческой подготовке.",
            ),
            "es": (
                "Directrices para realizar evaluaciones de las necesidades de capacitación en mantenimiento de la paz",
                "Ofrecen a los instructores de mantenimiento de la paz orientaciones paso a paso sobre cómo realizar "
                "evaluaciones de las necesidades de capacitación en mantenimiento de la paz.",
            ),
        },
    ),
]
