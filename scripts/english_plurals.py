"""Fill the English plural catalogue: "%n person(s)" becomes "1 person" / "3 people".

Qt resolves "%n" texts through a catalogue's numerus forms; English needs one
too, or "(s)" shows on screen. scripts/update-translations extracts the plural
messages into resources/translations/netdesk_en.ts and runs this to fill them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

# Words whose plural is not "+s", and verbs that follow a plural subject.
IRREGULAR = {"person(s)": ("person", "people")}
VERBS = {" have ": (" has ", " have ")}


def forms(text: str) -> tuple[str, str]:
    one, many = text, text
    for word, (single, plural) in IRREGULAR.items():
        one, many = one.replace(word, single), many.replace(word, plural)
    one, many = one.replace("(s)", ""), many.replace("(s)", "s")
    for verb, (single, _plural) in VERBS.items():
        one = one.replace(verb, single, 1)
    return one, many


def fill(path: str) -> int:
    tree = ET.parse(path)
    count = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms(source):
            ET.SubElement(translation, "numerusform").text = form
        count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


if __name__ == "__main__":
    print(f"{fill(sys.argv[1])} English plural messages filled")
