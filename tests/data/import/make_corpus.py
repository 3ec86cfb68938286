"""Writes the import test corpus: files as spreadsheets and office tools really produce them.

Run from the repository root: `.venv/bin/python tests/data/import/make_corpus.py`. The files are
committed; this script says exactly which bytes each one holds and why.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent
BOM = b"\xef\xbb\xbf"


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def main() -> None:
    # Excel "CSV UTF-8 (séparateur : point-virgule)": BOM, ";", CRLF; an address on two lines;
    # a postal code that lost its leading zero; French dates.
    write(
        "excel_utf8_bom_semicolon.csv",
        BOM
        + (
            "Nom;Prénom;E-mail;Adresse;Code postal;Ville;Date d'entrée;Projet\r\n"
            'Durand;Hélène;helene.durand@example.org;"12 rue des Arts\r\nBâtiment B";'
            "13002;Marseille;21/11/2026;Compagnie du Théâtre Vivant\r\n"
            'Garnier;Loïc;loic@poterie.example;;6414;Nice;2026-11-21;Atelier "céramique"\r\n'
            ";;;;;;;\r\n"
        ).encode(),
    )
    # A file re-saved by a tool that added a second BOM; "," delimiter, LF, quoted commas.
    write(
        "double_bom_comma.csv",
        BOM
        + BOM
        + (
            "NOM,PRENOM,COURRIEL,CP,VILLE,PROJET\n"
            'Lefèvre,Zoé,zoe@example.org,01000,Bourg-en-Bresse,"Livres, éditions et revues"\n'
            "Nguyen,Minh,minh@example.org,75011,Paris,Jeux vidéo\n"
        ).encode(),
    )
    # Windows-1252 (old Excel "CSV (séparateur : point-virgule)" or a tab export), tab, CRLF.
    write(
        "cp1252_tab.csv",
        (
            "Nom de famille\tPrénom\tMail\tCP\tCommune\tDate d'entrée\tGenre\r\n"
            "Bézier\tAnaïs\tanais@example.org\t6000\tNice\t05/01/2026\tF\r\n"
            "Œuvray\tJérôme\tjerome@example.org\t13001\tMarseille\t2026-02-02\tH\r\n"
        ).encode("cp1252"),
    )
    # Excel "Texte Unicode": UTF-16 LE with its BOM, tab separated.
    write(
        "excel_unicode_text.txt",
        "\ufeffNom\tPrénom\tVille\r\nÉluard\tRenée\tSaint-Étienne\r\n".encode("utf-16-le"),
    )
    # A title and a blank line above the header, as exported from an online form.
    write(
        "title_above_header.csv",
        (
            "Liste des candidatures 2026;;\r\n"
            ";;\r\n"
            "Prénom;Nom;Téléphone\r\n"
            "Inès;Moreau;06 12 34 56 78\r\n"
        ).encode(),
    )
    # A real workbook: dates as date cells, a postal code and a phone typed as numbers.
    wb = Workbook()
    ws = wb.active
    ws.title = "Porteurs"
    ws.append(
        [
            "Nom",
            "Prénom",
            "Courriel",
            "Code postal",
            "Téléphone",
            "Date d'entrée",
            "Année de naissance",
            "Demandeur d'emploi",
        ]
    )
    ws.append(
        [
            "Roux",
            "Mathilde",
            "mathilde@example.org",
            6414,
            612345678,
            datetime(2026, 11, 21),
            1990,
            "oui",
        ]
    )
    ws.append(
        [
            "Petit",
            "Jules",
            "jules@example.org",
            "13005",
            "04 91 00 00 00",
            datetime(2026, 3, 2, 0, 0),
            "1985",
            "non",
        ]
    )
    wb.save(HERE / "workbook.xlsx")
    # A CSV somebody renamed to .xlsx.
    write(
        "really_a_csv.xlsx",
        "Nom;Prénom\r\nFabre;Lucie\r\n".encode(),
    )
    # No first-name column.
    write("missing_first_name_column.csv", b"Nom;Ville\r\nDurand;Marseille\r\n")
    # Problems in several rows and columns; every one must be reported.
    write(
        "bad_values.csv",
        (
            "Nom;Prénom;E-mail;Code postal;Date d'entrée;Année de naissance;Genre;Discipline\r\n"
            "Durand;Hélène;helene.durand@;13002;31/02/2026;1990;F;\r\n"
            "Martin;;martin@example.org;ABC;demain;1850;Z;Jonglage sous-marin\r\n"
            "Bon;Élève;bon@example.org;13001;01/01/2026;1999;F;\r\n"
        ).encode(),
    )
    # Duplicates inside the file (same e-mail; same name and birth year).
    write(
        "duplicates.csv",
        (
            "Nom;Prénom;E-mail;Année de naissance\r\n"
            "Durand;Hélène;helene@example.org;1990\r\n"
            "Durand;Hélène;autre@example.org;1990\r\n"
            "Simon;Paul;HELENE@example.org;\r\n"
        ).encode(),
    )
    write("empty.csv", b"")
    write("header_only.csv", BOM + b"Nom;Pr\xc3\xa9nom\r\n")
    # Binary garbage with a .csv name.
    write("garbage.csv", bytes((i * 37 + 11) % 256 for i in range(2048)))
    # A truncated workbook: a zip header and nothing valid after it.
    write("truncated.xlsx", b"PK\x03\x04" + os.urandom(0) + b"\x14\x00\x06\x00" + b"\x00" * 64)
    write_vocabulary_files()


def write_vocabulary_files() -> None:
    """Two office exports that name the lists' entries their own way (the values step)."""
    # Excel FR "CSV (séparateur : point-virgule)": Windows-1252, ";", CRLF, no quotes around a
    # comma. Disciplines as a regional network names them ("Livre, littérature"); civilities,
    # diplomas and job-seeker statuses as typed by hand; yes/no columns ticked with X, oui, 1.
    write(
        "excel_fr_vocabulary.csv",
        (
            "Civilité;Nom;Prénom;Courriel;Code postal;Ville;Domaine artistique;"
            "Niveau de formation;Demandeur d'emploi;Minima sociaux;QPV;Date d'entrée\r\n"
            "Mme;Lemaire;Sophie;sophie.lemaire@example.org;13001;Marseille;Livre, littérature;"
            "Bac+2;Oui;X;;03/11/2026\r\n"
            "F;Benali;Yasmina;y.benali@example.org;13003;Marseille;Livre, littérature;"
            "BTS;DE;oui;1;03/11/2026\r\n"
            "M.;Giraud;Étienne;etienne.giraud@example.org;13006;Marseille;Musique;"
            "Master 2;Demandeur d'emploi;;0;04/11/2026\r\n"
            "Femme;Faure;Chloé;chloe.faure@example.org;13200;Arles;Livre, littérature;"
            "Licence;Non;non;X;05/11/2026\r\n"
        ).encode("cp1252"),
    )
    # A workbook exported by a partner's online form: a title above the header, upper-case
    # names, disciplines "Cinéma, audiovisuel" and "Arts visuels, arts numériques" (the
    # latter names two entries of the list: Arts visuels and Création numérique), yes/no
    # columns as a real boolean, a number and an X.
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["Export des candidatures – novembre 2026"])
    ws.append([])
    ws.append(
        [
            "Sexe",
            "NOM",
            "Prénom",
            "E-mail",
            "Téléphone",
            "Discipline",
            "Niveau d'études",
            "Demandeur d'emploi",
            "RSA",
            "Date d'entrée",
        ]
    )
    rows = [
        ("F", "CARON", "Léa", "lea.caron@example.org", 612345678, "Cinéma, audiovisuel",
         "Bac+2", "Oui", True, datetime(2026, 11, 16)),
        ("Femme", "DUPONT", "Inès", "ines.dupont@example.org", "06 23 45 67 89",
         "Arts visuels, arts numériques", "BTS", "DE", 1, datetime(2026, 11, 16)),
        ("Mme", "N'DIAYE", "Aminata", "aminata.ndiaye@example.org", 623456789,
         "Cinéma, audiovisuel", "Bac +2", "Demandeur d'emploi", "X", datetime(2026, 11, 17)),
        ("H", "MARTIN", "Lucas", "lucas.martin@example.org", None,
         "Arts visuels, arts numériques", "Licence", "Non", 0, datetime(2026, 11, 17)),
    ]  # fmt: skip
    for row in rows:
        ws.append(list(row))
    fixed = datetime(2026, 11, 30, 9, 0)
    wb.properties.created = wb.properties.modified = fixed
    wb.save(HERE / "partner_export_vocabulary.xlsx")


if __name__ == "__main__":
    import sys

    # `--vocabulary` writes only the values-step files, leaving the others' bytes untouched.
    write_vocabulary_files() if "--vocabulary" in sys.argv else main()
