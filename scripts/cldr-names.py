#!/usr/bin/env python3
"""Writes locales/<lang>/countries.tsv and languages.tsv: the names of the countries
(ISO 3166-1) and languages (ISO 639-1) in each interface language, from the Unicode CLDR's own
JSON data (npm package cldr-localenames-modern, licence Unicode-3.0); the codes from Debian's
iso-codes package. Run again when CLDR changes:

    npm pack cldr-localenames-modern && tar xzf cldr-localenames-modern-*.tgz
    python3 scripts/cldr-names.py package/main

English country names are not written: the site's English ones stay the rust_iso3166 crate's."""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLDR = sys.argv[1] if len(sys.argv) > 1 else "package/main"
ISO = "/usr/share/iso-codes/json"


def cldr(lang, kind):
    path = os.path.join(CLDR, lang, f"{kind}.json")
    return json.load(open(path, encoding="utf-8"))["main"][lang]["localeDisplayNames"][kind]


def iso(standard, key):
    data = json.load(open(os.path.join(ISO, f"iso_{standard}.json"), encoding="utf-8"))
    return sorted(entry[key] for entry in data[standard] if key in entry)


def write(lang, kind, codes, names, fallback):
    path = os.path.join(ROOT, "locales", lang, f"{kind}.tsv")
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"# {kind}: code, tab, name. Unicode CLDR 45 (Unicode-3.0), by scripts/cldr-names.py\n")
        for code in codes:
            name = names.get(code) or fallback[code]
            # CLDR's context transform for lists and menus: the first letter upper case.
            out.write(f"{code}\t{name[:1].upper()}{name[1:]}\n")


# Names CLDR 45 lacks: "bh" (Bihari languages) is an ISO 639-1 code CLDR has deprecated.
NOT_IN_CLDR = {
    "en": {"bh": "Bihari"},
    "ar": {"bh": "البيهارية"},
}


def main():
    english = cldr("en", "languages")
    english.setdefault("bh", "Bihari")
    languages, countries = iso("639-2", "alpha_2"), iso("3166-1", "alpha_2")
    for lang in ["en", "fr", "es", "ar"]:
        names = cldr(lang, "languages")
        for code, name in NOT_IN_CLDR.get(lang, {}).items():
            names.setdefault(code, name)
        write(lang, "languages", languages, names, english)
        if lang != "en":
            write(lang, "countries", countries, cldr(lang, "territories"), {})


if __name__ == "__main__":
    main()
