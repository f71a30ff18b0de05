"""Gives each app's catalogues a header that names its language and is not fuzzy.

makemessages writes a new catalogue with the template header ("Language: ", fuzzy); msgmerge
keeps an existing header as it is. Run by bin/messages after makemessages."""

import sys
from pathlib import Path

import polib

# The Plural-Forms Django's own catalogues use (makemessages copies them into a new catalogue).
PLURAL_FORMS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;",
    "zh_Hans": "nplurals=1; plural=0;",
    "fr": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : "
          "n%10==0 || (n%10>=5 && n%10<=9) || (n%100>=11 && n%100<=14)? 2 : 3);",
    "es": "nplurals=3; plural=n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;",
}


def main(root: Path) -> int:
    fixed = 0
    for path in sorted(root.glob("*/locale/*/LC_MESSAGES/django.po")):
        language = path.parts[-3]
        catalogue = polib.pofile(str(path))
        wanted = {"Language": language.replace("_", "-"), "Project-Id-Version": "pkhub"}
        if not catalogue.metadata.get("Plural-Forms") and language in PLURAL_FORMS:
            wanted["Plural-Forms"] = PLURAL_FORMS[language]
        if catalogue.metadata_is_fuzzy or any(catalogue.metadata.get(k) != v for k, v in wanted.items()):
            catalogue.metadata.update(wanted)
            catalogue.metadata_is_fuzzy = False
            catalogue.save(str(path))
            fixed += 1
    return fixed


if __name__ == "__main__":
    print(f"catalogue headers set: {main(Path(sys.argv[1]))}")
