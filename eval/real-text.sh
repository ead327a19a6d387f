#!/usr/bin/env bash
# eval/real-text.sh: pdpguard on real Vietnamese text that holds little personal data, to see what
# the rules do on writing they were not made from (the labelled corpus of `pdpguard corpus` is
# generated). Four sources, each scanned as it is, findings counted by type and pattern:
#
#   translations  the Vietnamese gettext catalogues installed here (/usr/share/locale/vi/LC_MESSAGES
#                 /*.mo), every translated string; each catalogue's header (its translators' names and
#                 addresses) is left out
#   lo-help       LibreOffice's help in Vietnamese (Debian package libreoffice-help-vi), as text
#   man           the Vietnamese manual pages (manpages-vi), their troff source
#   guide         the Debian New Maintainers' Guide in Vietnamese (maint-guide-vi), as text
#   lo-ui         LibreOffice's user interface (libreoffice-l10n-vi), its catalogues as above
#   moz           Firefox's and Thunderbird's (firefox-esr-l10n-vi, thunderbird-l10n-vi) language
#                 packs: their Fluent, properties and DTD files as they are
#   apps          the Vietnamese catalogues of 23 desktop programs (Inkscape, GIMP, VLC, Audacity,
#                 Evolution, GNOME's settings, Pidgin, ...; APPS below), as translations above
#
# The last six are fetched with `apt-get download` (no installation) into a temporary folder.
# What a finding is must then be read: e-mail addresses in manuals and help are real addresses
# (of projects and authors), most else is a false positive. Values are masked, as in any report.
#
#   eval/real-text.sh              counts per source and in all, per 100 KB
#   eval/real-text.sh --list       also each finding but e-mail addresses: source, file, line,
#                                  type, pattern, masked value
#   eval/real-text.sh --keep       keep the text (the folder is printed) to read the findings
#   eval/real-text.sh --installed  only the installed catalogues (no download)
#
# Needs python3, msgunfmt (Debian package gettext; installed with apt-get when run as root) and,
# without --installed, apt-get and dpkg-deb. The packages' versions are printed with the counts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list=false
keep=false
download=true
while [ $# -gt 0 ]; do
  case "$1" in
    --list) list=true ;;
    --keep) keep=true ;;
    --installed) download=false ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "real-text.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if ! command -v msgunfmt >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gettext >/dev/null
  else
    echo "real-text.sh: msgunfmt is needed (Debian package gettext)" >&2
    exit 3
  fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/pdpguard-real-text.XXXXXX")"
if $keep; then echo "real-text.sh: text kept in $work/text" >&2; else trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work/text/translations"

# Every translated string (msgstr, msgstr[N]) of each catalogue, escapes read, header left out.
catalogue_text() {
  python3 -c '
import sys, ast
out, state, msgid, cur = [], None, [], []
def flush():
    if state == "msgstr" and "".join(msgid):  # an empty msgid is the header
        out.append("".join(cur))
for line in sys.stdin:
    line = line.rstrip("\n")
    if line.startswith("msgid ") or line.startswith("msgctxt "):
        if state == "msgstr":
            flush()
        state, cur = ("msgid", []) if line.startswith("msgid ") else ("msgctxt", [])
        if state == "msgid":
            msgid = [ast.literal_eval(line[6:])]
    elif line.startswith("msgid_plural"):
        state = "plural"
    elif line.startswith("msgstr"):
        if state == "msgstr":
            flush()
        state, cur = "msgstr", [ast.literal_eval(line[line.index(" ") + 1:])]
    elif line.startswith("\""):
        if state == "msgid":
            msgid.append(ast.literal_eval(line))
        elif state == "msgstr":
            cur.append(ast.literal_eval(line))
    else:
        if state == "msgstr":
            flush()
        state = None
if state == "msgstr":
    flush()
sys.stdout.write("\n".join(s for s in out if s) + "\n")
'
}
for mo in /usr/share/locale/vi/LC_MESSAGES/*.mo; do
  [ -e "$mo" ] || continue
  msgunfmt "$mo" 2>/dev/null | catalogue_text >"$work/text/translations/$(basename "$mo" .mo).txt"
done

# Desktop programs whose packages carry a Vietnamese catalogue (usr/share/locale/vi).
APPS=(gimp-data inkscape vlc-l10n gnome-control-center-data nautilus-data evolution-common gparted
  transmission-common pidgin-data hexchat-common filezilla-common audacity-data synaptic
  aptitude-common xfce4-session thunar-data gnome-shell-common gedit-common shotwell-common
  rhythmbox-data totem-common cheese-common evince-common)

versions=()
if $download; then
  mkdir -p "$work/deb" "$work/x" "$work/apps"
  (cd "$work/deb" && apt-get download -q libreoffice-help-vi manpages-vi maint-guide-vi \
    libreoffice-l10n-vi firefox-esr-l10n-vi thunderbird-l10n-vi >/dev/null 2>&1) || {
    echo "real-text.sh: apt-get download failed (no network? try --installed)" >&2
    exit 3
  }
  (cd "$work/apps" && apt-get download -q "${APPS[@]}" >/dev/null 2>&1) || {
    echo "real-text.sh: apt-get download of the desktop programs failed" >&2
    exit 3
  }
  for d in "$work"/deb/*.deb; do
    dpkg-deb -x "$d" "$work/x"
    versions+=("$(dpkg-deb -f "$d" Package) $(dpkg-deb -f "$d" Version)")
  done
  mkdir -p "$work/text/apps"
  for d in "$work"/apps/*.deb; do
    pkg="$(dpkg-deb -f "$d" Package)"
    dpkg-deb -x "$d" "$work/apps/$pkg"
    versions+=("$pkg $(dpkg-deb -f "$d" Version)")
    find "$work/apps/$pkg" -path '*/vi/LC_MESSAGES/*.mo' | while read -r mo; do
      msgunfmt "$mo" 2>/dev/null | catalogue_text >"$work/text/apps/${pkg}_$(basename "$mo" .mo).txt"
    done
  done
  # LibreOffice's help pages as text: the words between the tags, a line per block.
  mkdir -p "$work/text/lo-help" "$work/text/man" "$work/text/guide"
  python3 - "$work/x/usr/share/libreoffice/help/vi" "$work/text/lo-help" <<'PY'
import html.parser, os, sys
src, dst = sys.argv[1], sys.argv[2]
BLOCKS = {"p", "div", "br", "li", "tr", "td", "title", "h1", "h2", "h3", "h4", "h5", "h6"}
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        if tag in BLOCKS:
            self.out.append("\n")
    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")
    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)
for folder, _, files in os.walk(src):
    for name in files:
        if name.endswith(".html"):
            page = Text()
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                page.feed(f.read())
            lines = (l.strip() for l in "".join(page.out).split("\n"))
            rel = os.path.relpath(os.path.join(folder, name[:-5]), src).replace(os.sep, "_")
            with open(os.path.join(dst, rel + ".txt"), "w", encoding="utf-8") as out:
                out.write("\n".join(l for l in lines if l) + "\n")
PY
  find "$work/x/usr/share/man" -name '*.gz' | while read -r f; do
    zcat "$f" >"$work/text/man/$(basename "$f" .gz).txt"
  done
  zcat "$work/x/usr/share/doc/maint-guide-vi/maint-guide.vi.txt.gz" >"$work/text/guide/maint-guide.vi.txt"
  mkdir -p "$work/text/lo-ui" "$work/text/moz"
  for mo in "$work"/x/usr/lib/libreoffice/program/resource/vi/LC_MESSAGES/*.mo; do
    msgunfmt "$mo" 2>/dev/null | catalogue_text >"$work/text/lo-ui/$(basename "$mo" .mo).txt"
  done
  find "$work/x/usr/lib" -name 'langpack-vi@*.xpi' | while read -r xpi; do
    app="$(basename "$xpi" .xpi)"
    app="${app#langpack-vi@}"
    mkdir -p "$work/xpi/$app"
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$xpi" "$work/xpi/$app"
    find "$work/xpi/$app" -type f \( -name '*.ftl' -o -name '*.properties' -o -name '*.dtd' \) | while read -r f; do
      rel="${f#"$work/xpi/$app/"}"
      cp "$f" "$work/text/moz/${app%%.*}_${rel//\//_}"
    done
  done
fi

"$root/pdpguard" scan --format jsonl --threads 2 "$work/text" >"$work/findings.jsonl" || [ $? = 1 ]
python3 - "$work/findings.jsonl" "$work/text" "$list" "${versions[@]}" <<'PY'
import collections, json, os, sys
path, text, show, versions = sys.argv[1], sys.argv[2], sys.argv[3] == "true", sys.argv[4:]
sources = sorted(os.listdir(text))
size = {s: sum(os.path.getsize(os.path.join(text, s, f)) for f in os.listdir(os.path.join(text, s)))
        for s in sources}
count = collections.Counter()
rows = []
for line in open(path, encoding="utf-8"):
    d = json.loads(line)
    if d.get("kind") != "finding":
        continue
    rel = os.path.relpath(d["source"], text)
    source = rel.split(os.sep)[0]
    e = d.get("explanation") or {}
    count[(source, d["type"], e.get("pattern"))] += 1
    if d["type"] != "EMAIL_ADDRESS":
        rows.append((source, os.path.basename(rel), d["location"]["line"], d["type"], e.get("pattern"), d["value"]))
if versions:
    print("packages: " + ", ".join(versions))
print(f"{'source':13s} {'KB':>8s} {'findings':>9s} {'/100 KB':>8s} {'not e-mail':>11s} {'/100 KB':>8s}")
for s in sources + ["all"]:
    kb = sum(size.values()) if s == "all" else size[s]
    n = sum(v for k, v in count.items() if s in ("all", k[0]))
    m = sum(v for k, v in count.items() if s in ("all", k[0]) and k[1] != "EMAIL_ADDRESS")
    print(f"{s:13s} {kb / 1000:8.1f} {n:9d} {n / (kb / 100000):8.2f} {m:11d} {m / (kb / 100000):8.2f}")
print()
for (s, t, p), n in sorted(count.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
    print(f"{n:6d}  {s:13s} {t:20s} {p}")
if show:
    print()
    for r in rows:
        print("  %s/%s:%d  %s  %s  %s" % r)
PY
