#!/usr/bin/env python3
"""Keeps every translation across a regeneration of a catalogue (phonghop_<lang>.ts).

lupdate keeps a translation only while its message stays in the same context. When code
moves a message to another context (a function moves to another file, a file's context is
renamed), lupdate drops the old entry and adds the new one unfinished. This script gives the
new entry the translation the same source text had before, then checks that no string lost
its translation.

    cp phonghop_vi.ts /tmp/before.ts
    ninja -C build/release phonghop_lupdate
    resources/translations/carry_translations.py /tmp/before.ts resources/translations/phonghop_vi.ts
    ninja -C build/release phonghop_lupdate      # writes the file back in lupdate's layout

When the same source text had different translations in several contexts and none of them is
the new context, the first one in the file wins (the choice TranslationLoader made at run time
before the contexts matched); such entries are listed, to be read again. Exit status 1 when a
message whose source text was translated before is left without a translation.
"""

import copy
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.findall('context'):
        name = context.findtext('name')
        for message in context.findall('message'):
            yield name, message


def key_of(message):
    return (message.findtext('source') or '', message.findtext('comment') or '')


def finished(message):
    translation = message.find('translation')
    return translation is not None and translation.get('type') is None


def files_of(message):
    return {location.get('filename') for location in message.findall('location') if location.get('filename')}


def main(before_path, after_path):
    before = ET.parse(before_path).getroot()
    after_tree = ET.parse(after_path)
    after = after_tree.getroot()

    # (source, comment) -> {context: translation element}, finished translations only, in
    # the order of the file (dicts keep it)
    known = {}
    for context, message in messages(before):
        if finished(message):
            known.setdefault(key_of(message), {})[context] = message.find('translation')

    def text_of(translation):
        return ET.tostring(translation, encoding='unicode').strip()

    filled, ambiguous = 0, []
    for context, message in messages(after):
        if finished(message):
            continue
        candidates = known.get(key_of(message))
        if not candidates:
            continue
        if context in candidates:
            chosen = candidates[context]
        else:
            chosen = next(iter(candidates.values()))
            if len({text_of(t) for t in candidates.values()}) != 1:
                ambiguous.append((context, key_of(message)[0], next(iter(candidates)), list(candidates)))
        old = message.find('translation')
        index = list(message).index(old)
        message.remove(old)
        replacement = copy.deepcopy(chosen)
        replacement.tail = old.tail
        message.insert(index, replacement)
        filled += 1

    translated_after = {key_of(m) for _, m in messages(after) if finished(m)}
    present_after = {key_of(m) for _, m in messages(after)}
    lost = sorted((c, key_of(m)[0]) for c, m in messages(after) if key_of(m) in known and not finished(m))
    gone = sorted(k for k in known if k not in present_after)

    after_tree.write(after_path, encoding='utf-8', xml_declaration=True)
    count_before = sum(1 for _, m in messages(before) if finished(m))
    count_after = sum(1 for _, m in messages(after) if finished(m))
    print(f'{after_path}: {filled} translation(s) carried over; translated messages '
          f'{count_before} before, {count_after} after; distinct source texts translated '
          f'{len(known)} before, {len(translated_after)} after')
    for context, source, taken, contexts in ambiguous:
        print(f'  read again: [{context}] {source!r} took the translation of {taken} '
              f'(it differs between {", ".join(contexts)})')
    for context, source in lost:
        print(f'  LOST: [{context}] {source!r}')
    for source, _ in gone:
        print(f'  no longer in the code: {source!r}')
    return 1 if lost else 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
