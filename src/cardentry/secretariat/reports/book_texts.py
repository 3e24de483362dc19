"""The published book's words in English, French and Spanish, and numbers and dates as each
language writes them.

Why a table here and not Qt Linguist or the catalogue: the book is made by the core
(``cardentry report book`` runs without a window, and ``secretariat`` may not import Qt),
so Qt's ``translate`` is out of reach; the catalogue holds the card's own content (goal,
indicator, rating and ranking names, which the book takes from it) and is versioned with
the bundle format, so the report's headings and generated sentences do not belong there.
``TEXTS`` is ``language -> key -> text`` with ``str.format`` fields; a test checks that the
three languages have the same keys and the same fields.

Numbers: ``18.5%`` in English, ``18,5 %`` in French and Spanish (a no-break space before
the sign), changes in points with a real minus sign (``−31.0 pts``, ``−31,0 pts``,
``−31,0 p. p.``), as ``cardentry.ui.common.i18n`` writes them on screen.
"""

from __future__ import annotations

import datetime as dt

from cardentry.base.formatting import format_signed

LANGUAGES = ("en", "fr", "es")
NBSP = "\u00a0"

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "book_title": "Country progress cards {cycle}",
        "book_subtitle": "Global overview, rankings and one progress card per country",
        "published_by": "Published by {network}",
        "published_on": "Published on {date}",
        "countries_reviewed": "Countries reviewed: {count}",
        "compared_with": "Compared with {baseline} ({count} countries reviewed)",
        "contents": "Contents",
        "page": "page",
        "overview": "Global overview",
        "overview_intro": "Shares are of the {count} countries reviewed in {cycle}.",
        "overview_change": "Changes since {baseline} are in percentage points.",
        "findings": "Findings",
        "goal": "Goal {number}: {title}",
        "indicator": "Indicator",
        "change_since": "Change since {baseline}",
        "rating_green": "Green",
        "rating_yellow": "Yellow",
        "rating_red": "Red",
        "rating_not_assessed": "Not assessed",
        "not_ranked": "Not ranked",
        "legend": "Legend",
        "rankings": "Rankings",
        "rankings_intro": "The overall ranking of every country reviewed, as in the report's appendix.",
        "rankings_of": "Rankings {cycle}",
        "country_cards": "Country progress cards",
        "countries": "Countries",
        "country_card_title": "{country}: progress card {cycle}",
        "overall_ranking": "Overall ranking",
        "partners": "Partners",
        "summary": "Summary",
        "calls_to_action": "Calls to action",
        "assessment": "Assessment",
        "recommendation": "Recommendation",
        "decided": "decided by the secretariat",
        "unresolved_title": "Left out of this report",
        "unresolved_text": (
            "The partners of these countries disagree and the secretariat has not settled the "
            "disagreement yet, so their cards and figures are left out: {countries}."
        ),
        "no_countries": "No country has a settled card in this cycle.",
        "back_to_overview": "Back to the overview",
        "previous": "Previous country",
        "next": "Next country",
        "chart_label": "{title}: {shares}",
        "share_count": "{share} ({count})",
        "finding_down": "{subject}: down from {before} in {baseline} to {now} in {cycle}.",
        "finding_up": "{subject}: up from {before} in {baseline} to {now} in {cycle}.",
        "finding_same": "{subject}: {now} in {cycle}, as in {baseline}.",
        "finding_now": "{subject}: {now} of the countries reviewed in {cycle}.",
        "finding_green": "Countries taking significant action",
        "finding_low_rankings": "Countries making slow progress or limited measures",
        "finding_notable": (
            "States making notable efforts: from {before} to {now} of the countries reviewed ({change})."
        ),
        "finding_notable_now": "States making notable efforts: {now} of the countries reviewed.",
        "of_countries": "{count} of {total}",
        "red_prevention_policy": "Countries with no policy or national plan of action on child trafficking",
        "red_collaboration": "Countries with no coordination platform",
        "red_awareness_raising": "Countries with no awareness-raising campaign",
        "red_teacher_training": "Countries where child trafficking is in no school curriculum",
        "red_optional_protocol": "Countries that have neither signed nor ratified the Optional Protocol",
        "red_trafficking_protocol": (
            "Countries that have neither signed nor ratified the Trafficking Protocol"
        ),
        "red_national_legislation": "Countries with no law criminalising child trafficking",
        "red_police_units": "Countries with no specialised police unit",
        "red_helpline": "Countries with no helpline",
        "red_shelters": "Countries with no adequate shelter for child victims",
        "red_medical_services": "Countries with no medical services for child victims",
        "red_psychological_counselling": "Countries with no psychological counselling for child victims",
        "points": "{change} pts",
        "percent": "{number}%",
    },
    "fr": {
        "book_title": "Fiches de progrès par pays {cycle}",
        "book_subtitle": "Vue d'ensemble mondiale, classements et une fiche de progrès par pays",
        "published_by": "Publié par {network}",
        "published_on": "Publié le {date}",
        "countries_reviewed": "Pays examinés\u00a0: {count}",
        "compared_with": "Comparé à {baseline} ({count} pays examinés)",
        "contents": "Sommaire",
        "page": "page",
        "overview": "Vue d'ensemble mondiale",
        "overview_intro": "Les parts portent sur les {count} pays examinés en {cycle}.",
        "overview_change": "Les évolutions depuis {baseline} sont en points de pourcentage.",
        "findings": "Constats",
        "goal": "Objectif {number}\u00a0: {title}",
        "indicator": "Indicateur",
        "change_since": "Évolution depuis {baseline}",
        "rating_green": "Vert",
        "rating_yellow": "Jaune",
        "rating_red": "Rouge",
        "rating_not_assessed": "Non évalué",
        "not_ranked": "Non classé",
        "legend": "Légende",
        "rankings": "Classements",
        "rankings_intro": "Le classement général de chaque pays examiné, comme dans l'annexe du rapport.",
        "rankings_of": "Classements {cycle}",
        "country_cards": "Fiches de progrès par pays",
        "countries": "Pays",
        "country_card_title": "{country}\u00a0: fiche de progrès {cycle}",
        "overall_ranking": "Classement général",
        "partners": "Partenaires",
        "summary": "Synthèse",
        "calls_to_action": "Appels à l'action",
        "assessment": "Évaluation",
        "recommendation": "Recommandation",
        "decided": "tranché par le secrétariat",
        "unresolved_title": "Pays écartés de ce rapport",
        "unresolved_text": (
            "Les partenaires de ces pays sont en désaccord et le secrétariat n'a pas encore "
            "tranché\u00a0; leurs fiches et leurs chiffres sont écartés\u00a0: {countries}."
        ),
        "no_countries": "Aucun pays n'a de fiche réglée pour ce cycle.",
        "back_to_overview": "Retour à la vue d'ensemble",
        "previous": "Pays précédent",
        "next": "Pays suivant",
        "chart_label": "{title}\u00a0: {shares}",
        "share_count": "{share} ({count})",
        "finding_down": "{subject}\u00a0: en baisse, de {before} en {baseline} à {now} en {cycle}.",
        "finding_up": "{subject}\u00a0: en hausse, de {before} en {baseline} à {now} en {cycle}.",
        "finding_same": "{subject}\u00a0: {now} en {cycle}, comme en {baseline}.",
        "finding_now": "{subject}\u00a0: {now} des pays examinés en {cycle}.",
        "finding_green": "Pays prenant des mesures significatives",
        "finding_low_rankings": "Pays aux progrès lents ou aux mesures limitées",
        "finding_notable": (
            "États déployant des efforts notables\u00a0: de {before} à {now} des pays examinés ({change})."
        ),
        "finding_notable_now": "États déployant des efforts notables\u00a0: {now} des pays examinés.",
        "of_countries": "{count} sur {total}",
        "red_prevention_policy": "Pays sans politique ni plan d'action national contre la traite des enfants",
        "red_collaboration": "Pays sans plateforme de coordination",
        "red_awareness_raising": "Pays sans campagne de sensibilisation",
        "red_teacher_training": "Pays où la traite des enfants ne figure dans aucun programme scolaire",
        "red_optional_protocol": "Pays n'ayant ni signé ni ratifié le Protocole facultatif",
        "red_trafficking_protocol": "Pays n'ayant ni signé ni ratifié le Protocole relatif à la traite",
        "red_national_legislation": "Pays sans loi incriminant la traite des enfants",
        "red_police_units": "Pays sans unité de police spécialisée",
        "red_helpline": "Pays sans ligne d'écoute",
        "red_shelters": "Pays sans foyer adapté aux enfants victimes",
        "red_medical_services": "Pays sans services médicaux pour les enfants victimes",
        "red_psychological_counselling": "Pays sans soutien psychologique pour les enfants victimes",
        "points": "{change}\u00a0pts",
        "percent": "{number}\u00a0%",
    },
    "es": {
        "book_title": "Fichas de progreso por país {cycle}",
        "book_subtitle": "Panorama mundial, clasificaciones y una ficha de progreso por país",
        "published_by": "Publicado por {network}",
        "published_on": "Publicado el {date}",
        "countries_reviewed": "Países examinados: {count}",
        "compared_with": "Comparado con {baseline} ({count} países examinados)",
        "contents": "Índice",
        "page": "página",
        "overview": "Panorama mundial",
        "overview_intro": "Los porcentajes se refieren a los {count} países examinados en {cycle}.",
        "overview_change": "Las variaciones desde {baseline} están en puntos porcentuales.",
        "findings": "Conclusiones",
        "goal": "Objetivo {number}: {title}",
        "indicator": "Indicador",
        "change_since": "Variación desde {baseline}",
        "rating_green": "Verde",
        "rating_yellow": "Amarillo",
        "rating_red": "Rojo",
        "rating_not_assessed": "No evaluado",
        "not_ranked": "Sin clasificar",
        "legend": "Leyenda",
        "rankings": "Clasificaciones",
        "rankings_intro": "La clasificación general de cada país examinado, como en el anexo del informe.",
        "rankings_of": "Clasificaciones {cycle}",
        "country_cards": "Fichas de progreso por país",
        "countries": "Países",
        "country_card_title": "{country}: ficha de progreso {cycle}",
        "overall_ranking": "Clasificación general",
        "partners": "Socios",
        "summary": "Resumen",
        "calls_to_action": "Llamamientos a la acción",
        "assessment": "Evaluación",
        "recommendation": "Recomendación",
        "decided": "decidido por la secretaría",
        "unresolved_title": "Países excluidos de este informe",
        "unresolved_text": (
            "Los socios de estos países no están de acuerdo y la secretaría aún no ha resuelto "
            "el desacuerdo; sus fichas y sus cifras quedan excluidas: {countries}."
        ),
        "no_countries": "Ningún país tiene una ficha resuelta en este ciclo.",
        "back_to_overview": "Volver al panorama",
        "previous": "País anterior",
        "next": "País siguiente",
        "chart_label": "{title}: {shares}",
        "share_count": "{share} ({count})",
        "finding_down": "{subject}: bajan del {before} en {baseline} al {now} en {cycle}.",
        "finding_up": "{subject}: suben del {before} en {baseline} al {now} en {cycle}.",
        "finding_same": "{subject}: {now} en {cycle}, igual que en {baseline}.",
        "finding_now": "{subject}: {now} de los países examinados en {cycle}.",
        "finding_green": "Países que adoptan medidas significativas",
        "finding_low_rankings": "Países con avances lentos o medidas limitadas",
        "finding_notable": (
            "Estados que realizan esfuerzos notables: del {before} al {now} de los países examinados "
            "({change})."
        ),
        "finding_notable_now": "Estados que realizan esfuerzos notables: {now} de los países examinados.",
        "of_countries": "{count} de {total}",
        "red_prevention_policy": "Países sin política ni plan de acción nacional contra la trata infantil",
        "red_collaboration": "Países sin plataforma de coordinación",
        "red_awareness_raising": "Países sin campañas de sensibilización",
        "red_teacher_training": "Países donde la trata infantil no figura en ningún programa escolar",
        "red_optional_protocol": "Países que no han firmado ni ratificado el Protocolo Facultativo",
        "red_trafficking_protocol": "Países que no han firmado ni ratificado el Protocolo sobre la trata",
        "red_national_legislation": "Países sin ley que tipifique la trata infantil",
        "red_police_units": "Países sin unidad policial especializada",
        "red_helpline": "Países sin línea de ayuda",
        "red_shelters": "Países sin centro de acogida adecuado para víctimas infantiles",
        "red_medical_services": "Países sin servicios médicos para víctimas infantiles",
        "red_psychological_counselling": "Países sin apoyo psicológico para víctimas infantiles",
        "points": "{change}\u00a0p.\u00a0p.",
        "percent": "{number}\u00a0%",
    },
}

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
}  # fmt: skip


def check_language(language: str) -> str:
    if language not in TEXTS:
        raise ValueError(f"no book in {language!r}: choose one of {', '.join(LANGUAGES)}")
    return language


class Words:
    """The book's texts and number formats in one language: ``words("goal", number=1, ...)``."""

    def __init__(self, language: str):
        self.language = check_language(language)
        self.table = TEXTS[language]

    def __call__(self, key: str, **fields: object) -> str:
        return self.table[key].format(**fields)

    def decimal(self, value: float) -> str:
        """One decimal: ``18.5`` in English, ``18,5`` in French and Spanish."""
        text = f"{value:.1f}"
        return text if self.language == "en" else text.replace(".", ",")

    def integer(self, value: int) -> str:
        """``1,234`` in English, ``1 234`` (no-break space) in French and Spanish."""
        text = f"{value:,d}"
        return text if self.language == "en" else text.replace(",", NBSP)

    def percent(self, value: float) -> str:
        return self("percent", number=self.decimal(value))

    def points(self, value: float) -> str:
        return self("points", change=format_signed(value, self.decimal))

    def date(self, day: dt.date) -> str:
        """``28 November 2026``, ``28 novembre 2026``, ``28 de noviembre de 2026``."""
        month = MONTHS[self.language][day.month - 1]
        if self.language == "es":
            return f"{day.day} de {month} de {day.year}"
        if self.language == "fr" and day.day == 1:
            return f"1er {month} {day.year}"
        return f"{day.day} {month} {day.year}"
