#!/usr/bin/env python3
"""Generates the Vietnamese locale files (vi.json) of Camunda's webapps from their English ones.

Reads every app's locales/en.json from the camunda-webapp-webjar of the Camunda version in pom.xml (in the
local Maven repository, or the jar given with --webjar), translates every string through
  src/tools/webapp-locales/phrasebook.vi.json  (English text -> Vietnamese, shared by all apps), and
  src/tools/webapp-locales/overrides.vi.json   ("app:key.path" -> Vietnamese for one app's key, "*:key.path" for that key
                                     in every app: the moment.js dateLocales, and any key that needs another
                                     wording than the phrasebook's),
and writes src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/vi.json.

It fails (exit 1, nothing written) when any key has no translation, or when a translation's placeholders
({{...}}, %s, %d, HTML tags and entities) differ from the English text's. Standard library only:
    python3 src/tools/webapp-locales/generate_vi.py            # write the files
    python3 src/tools/webapp-locales/generate_vi.py --check    # only check that the committed files are up to date
"""
import argparse
import collections
import json
import os
import re
import sys
import zipfile

# the repository root: this file lives in src/tools/src/tools/webapp-locales/
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
APPS = ["tasklist", "cockpit", "admin", "welcome"]
PLACEHOLDER = re.compile(r"\{\{.*?\}\}|%[sd]|<[^<>]+>|&[a-zA-Z]+;|\{\}")


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text))


def camunda_version():
    pom = open(os.path.join(ROOT, "pom.xml"), encoding="utf-8").read()
    return re.search(r"<camunda\.version>([^<]+)</camunda\.version>", pom).group(1)


def default_webjar():
    version = camunda_version()
    repo = os.environ.get("MAVEN_REPO", os.path.join(os.path.expanduser("~"), ".m2", "repository"))
    return os.path.join(repo, "org", "camunda", "bpm", "webapp", "camunda-webapp-webjar", version,
                        "camunda-webapp-webjar-%s.jar" % version)


def load_json(data):
    return json.loads(data.decode("utf-8-sig"), object_pairs_hook=collections.OrderedDict)


def translate(app, node, path, phrasebook, overrides, problems):
    if isinstance(node, dict):
        return collections.OrderedDict(
            (k, translate(app, v, path + [k], phrasebook, overrides, problems)) for k, v in node.items())
    if isinstance(node, list):
        return [translate(app, v, path + [str(i)], phrasebook, overrides, problems) for i, v in enumerate(node)]
    if not isinstance(node, str):
        return node  # numbers (dateLocales.week) stay as they are
    key = ".".join(path)
    override = overrides.get(app + ":" + key, overrides.get("*:" + key))
    vi = override if override is not None else phrasebook.get(node)
    if vi is None:
        problems.append("%s: %s has no translation of %r" % (app, key, node))
        return node
    if placeholders(vi) != placeholders(node):
        problems.append("%s: %s placeholders differ: en %r, vi %r" % (app, key, node, vi))
    return vi


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--webjar", default=None, help="path of camunda-webapp-webjar-<version>.jar")
    parser.add_argument("--check", action="store_true", help="fail if a committed vi.json differs from the output")
    args = parser.parse_args()
    webjar = args.webjar or default_webjar()
    here = os.path.dirname(os.path.abspath(__file__))
    phrasebook = load_json(open(os.path.join(here, "phrasebook.vi.json"), "rb").read())
    overrides = load_json(open(os.path.join(here, "overrides.vi.json"), "rb").read())

    problems, outputs = [], {}
    with zipfile.ZipFile(webjar) as jar:
        for app in APPS:
            en = load_json(jar.read("META-INF/resources/webjars/camunda/app/%s/locales/en.json" % app))
            outputs[app] = translate(app, en, [], phrasebook, overrides, problems)
    known_keys = set()
    for app in APPS:
        def keys(node, path):
            if isinstance(node, dict):
                for k, v in node.items():
                    keys(v, path + [k])
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    keys(v, path + [str(i)])
            else:
                known_keys.add(app + ":" + ".".join(path))
                known_keys.add("*:" + ".".join(path))
        keys(outputs[app], [])
    for stale in sorted(set(overrides) - known_keys):
        problems.append("overrides.vi.json names a key that no en.json has: %s" % stale)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1

    stale_files = []
    for app in APPS:
        target = os.path.join(ROOT, "src", "main", "resources", "META-INF", "resources", "webjars", "camunda",
                              "app", app, "locales", "vi.json")
        text = json.dumps(outputs[app], ensure_ascii=False, indent=2) + "\n"
        if args.check:
            current = open(target, encoding="utf-8").read() if os.path.exists(target) else None
            if current != text:
                stale_files.append(target)
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        print("wrote %s" % os.path.relpath(target, ROOT))
    if stale_files:
        print("out of date, run src/tools/webapp-locales/generate_vi.py: " + ", ".join(stale_files), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
