"""A text in another language that gives classify no signal says why. Held out (cmhold12,
ayoubdil1972-stack/gxo-procedures-moissy): a French warehouse's work instructions (SAP transactions, screen by
screen) were "other" with "no clear signal" and nothing else, so a reader of the report could not tell that gapscan
had not read their words. The text below is written for the test."""
from __future__ import annotations

from classify_helpers import kind_of
from gapscan.model import Kind

FRENCH = """# Clôture de la livraison

Ouvrir la transaction VL02N dans le système et saisir le numéro de la livraison concernée par le départ du camion.
Vérifier que toutes les palettes de la commande ont bien été chargées et que les quantités correspondent au bon de
préparation imprimé par le chef d'équipe. Cliquer ensuite sur le bouton de sortie de marchandises puis enregistrer
la livraison. Le document de transport est alors imprimé automatiquement sur l'imprimante du quai. Remettre une copie
signée au chauffeur et classer l'autre dans le classeur du jour au bureau de l'expédition.
"""


def test_a_french_instruction_with_no_signal_says_its_language(tmp_path):
    got, why = kind_of(tmp_path, "cloture livraison.md", FRENCH)
    # before: "no clear signal" alone
    assert got is Kind.OTHER and "text in French: read by its shape alone, not its words" in why, why


def test_an_english_page_with_no_signal_names_no_language(tmp_path):
    text = ("# Notes\n\nThe van is parked behind the depot on Fridays. The keys hang in the office by the window, next "
            "to the calendar from the local garage and a photograph of the team at the summer barbecue last year.\n")
    got, why = kind_of(tmp_path, "notes.md", text)
    assert got is Kind.OTHER and "text in" not in why, why


SHORT_FRENCH = """# Fermer une tâche

Ouvrir la liste des tâches
- Choisir la colonne article
- Saisir le code
- Valider

Cliquer sur l'icône et confirmer la clôture
"""


def test_a_short_french_instruction_whose_words_say_french_plainly_is_told_french(tmp_path):
    # held out (cmhold12, gxo): 35 words, under the language test's 40, said only "no clear signal"; then (session
    # 23) "too short to tell its language", though 8 of its 24 words are French function words and none English
    # (kinds25: a short text is told when its function words say it plainly)
    got, why = kind_of(tmp_path, "fermer tache.md", SHORT_FRENCH)
    assert got is Kind.OTHER and "text in French: read by its shape alone" in why and "too short" not in why, why


def test_a_french_instruction_too_short_to_tell_its_language_says_so(tmp_path):
    got, why = kind_of(tmp_path, "fermer tache.md", "# Fermer\n\nOuvrir VL02N\n- Choisir l'article\n- Valider\n")
    assert got is Kind.OTHER and "words of text: too short to tell its language" in why, why


def test_a_page_long_enough_to_tell_says_nothing_of_its_length(tmp_path):
    got, why = kind_of(tmp_path, "cloture livraison.md", FRENCH)
    assert "too short" not in why, why
