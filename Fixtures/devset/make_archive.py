#!/usr/bin/env python3
"""Dev-set generator: news dumps as they arrive from ARCHIVES and SYNDICATION feeds.

usage: make_archive.py --corpus FILE.jsonl.gz --out DIR --dumps N --seed S [--selfcheck]

Written blind to Winnow's cleaning code and to the other generators. Each dump glues 2-8 real
corpus articles (allsides-dev: `text` is the article body with its outlet's native boilerplate
still in) inside the furniture of one archive/syndication export style:

  nexis       news-database text export (LexisNexis-like): "N of M DOCUMENTS", publication,
              date line, edition, HEADLINE/BYLINE/SECTION/LENGTH/DATELINE fields, BODY:, then
              URL/LOAD-DATE/LANGUAGE/PUBLICATION-TYPE/Copyright trailers; the newer variant puts
              the title first and ends each document with "End of Document".
  factiva     Factiva-like tagged export: HD / BY / WC / PD / ET / SN / SC / LA / CY / LP / TD /
              CO / IN / NS / RE / IPD / PUB / AN, tag alone on its line or in front of its value
              ("LP  First paragraph ..."), "Document XXXX000020120101e8a1000ab" separators.
  proquest    ProQuest-like full-text export: rule lines, title, Author:, Publication info:,
              "ProQuest document link", Abstract:, "Full text: <first paragraph>", then a
              metadata tail (Subject:, Title:, Publication title:, ISSN:, Document URL: ...).
  webarchive  web-archive text extracts: Common-Crawl WET records (WARC/1.0 header block, page
              text one block element per line, no blank lines, with navigation, share, related,
              footer and cookie lines) or Wayback-Machine captures; also as JSONL page records
              ({"url", "crawl_date", "text"}).
  prwire      press-release wires (PR Newswire / Business Wire / GlobeNewswire-like): headline,
              optional summary deck, "CITY, Mon. D, YYYY /PRNewswire/ --" lead, About <Company>,
              Media Contact, SOURCE, ###, "View original content" trailers.
  syndication partner / aggregator pages (MSN / Yahoo / Flipboard-like): "© Provided by <Outlet>",
              story-by lines with read time, "Continue Reading", "Related video:", "More from
              <Outlet>:" link lists, "This article originally appeared on <Outlet>." lines.

Containers: .txt, .txt.gz, .jsonl, .jsonl.gz (JSONL records carry the text in "text"; metadata
keys never include "source", which a cleaner may use for the input file name).

Gold conventions (DIR/gold.json in the seeds' format; DIR/styles.json maps file -> style; each
story's metadata also holds "style", for Fixtures/devset/score_by_style.py):
  * Generated furniture (archive headers and trailers, field lines, WARC headers, nav/footer/
    cookie lines, PR trailers, partner attribution, link lists) -> `remove`. Every occurrence
    is listed. A furniture line that happens to equal (or, 20+ chars, to occur inside) a gold
    story line of the same file is dropped from `remove` (the scorer could not tell them apart).
  * The article's prose -> `body`. When a field tag or lead-in shares a line with the article's
    first paragraph ("LP  ...", "Full text: ...", "CITY, Oct. 9, 2012 /PRNewswire/ -- ..."),
    gold holds the paragraph without the tag: the scorer finds lines as substrings, so a cleaner
    that keeps the tag loses a few characters only and one that strips it loses nothing.
  * Headline -> `headline`: the article title as the archive shows it as its title (HEADLINE:,
    HD, ProQuest's title line, the page's h1, the release headline). Second copies of it (the
    page <title> "Headline | Outlet", ProQuest's "Title:" field, a repeated h1) are `remove`.
    Where an export shows the title in two clean forms (upper-case HEADLINE field vs the mixed-
    case "Title:" field) both are accepted (`headline_alternatives`).
  * Contributor / byline fields (BYLINE:, BY, Author:, "Story by ..."), a press release's
    summary deck, and the article's own ambiguous short lines (credits, bios, "contributed to
    this report", first/last lines without sentence punctuation) -> `optional`.
  * The article's native boilerplate that no reader wants (ADVERTISEMENT, Story Continued
    Below, Slideshow (N Images), app/newsletter sign-up prompts, share/follow prompts, image
    counters, photo-agency credits, poll promos, separators) -> `remove`; other lines that recur
    verbatim in 3+ corpus articles, "More:"/"Read more:" link lines and a closing author bio
    -> `optional`.
  * Headline-like short lines inside an article (2-12 words, capitalised, no end punctuation,
    between prose paragraphs; all-caps ones only up to 5 words, longer all-caps lines are mostly
    inline related-story links -> `optional`) -> `body` and `subheads_kept_inside`.
  * Forbidden substrings: archive tokens that never occur in gold text (e.g. "LOAD-DATE:",
    "WARC-Record-ID", "ProQuest document ID", "End of Document", "© Provided by").

Same arguments -> byte-identical output (gzip with mtime 0 and no file name).
--selfcheck writes an oracle output (one JSONL record per gold story: text, title, source)
to a temporary directory and checks that the scorer gives 1.0 on every measure.
"""
import argparse, gzip, hashlib, io, json, os, random, re, sys, tempfile
from collections import Counter

STYLES = ['nexis', 'factiva', 'proquest', 'webarchive', 'prwire', 'syndication']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MON_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.',
          'Nov.', 'Dec.']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
FIRST = ['Anna', 'David', 'Maria', 'James', 'Lena', 'Robert', 'Priya', 'Thomas', 'Grace',
         'Samuel', 'Olivia', 'Marcus', 'Elena', 'Kevin', 'Nora', 'Victor', 'Hannah', 'Luis']
LAST = ['Hartley', 'Okafor', 'Lindqvist', 'Moreno', 'Chen', 'Fitzgerald', 'Novak', 'Reyes',
        'Whitaker', 'Brennan', 'Kowalski', 'Adeyemi', 'Sorensen', 'Delgado', 'Park', 'Ramsey']
CITIES = ['WASHINGTON', 'NEW YORK', 'CHICAGO', 'AUSTIN, Texas', 'SAN FRANCISCO', 'BOSTON',
          'DENVER', 'ATLANTA', 'SEATTLE', 'MIAMI', 'PHOENIX', 'COLUMBUS, Ohio']
SECTIONS = ['National Desk', 'Foreign Desk', 'Business/Financial Desk', 'Editorial Desk',
            'Metropolitan Desk', 'NEWS', 'OPINION', 'A SECTION', 'POLITICS', 'WORLD']
COMPANIES = [('Northfield Analytics, Inc.', 'Northfield Analytics'),
             ('Brightwater Health Partners', 'Brightwater'),
             ('Civic Ledger Foundation', 'Civic Ledger'),
             ('Meridian Policy Group LLC', 'Meridian'),
             ('Sable Ridge Energy Corp.', 'Sable Ridge'),
             ('Atlas Union Credit Cooperative', 'Atlas Union')]
SUBJECTS = ['Politics', 'Elections', 'Legislation', 'Presidents', 'Public policy', 'Foreign policy',
            'Economic conditions', 'Courts', 'Immigration', 'Health care policy', 'Taxation']

# The corpus' own furniture that no reader wants (-> remove). Structural, case-insensitive.
NATIVE_REMOVE = re.compile(r'''^(?:
    advertisement(?:\s+continue\ reading\ the\ main\ story)? | story\ continued\ below |
    continue\ reading(?:\ below|\ the\ main\ story)? | photo | photos | video | image |
    slideshow\ \(\d+\ images\) | (?:next|prev)\ image\ \d+\ of\ \d+ | link\ copied |
    more\ on\ this\.\.\. | \[pullquote\] | [*_•\s]{3,} | share\ this\ article.* |
    click\ (?:here\ )?(?:to|for)\ .* | follow\ @\w+ | .*\bsign\ up\b.*(?:newsletter|inbox|email).* |
    .*\bnewsletter\b.*\bsign\ up\b.* | \(\s*photos?:.*\) | .*\bvia\ getty\ images | .*/getty\ images |
    (?:ap|reuters|afp)\ photo.{0,60} | copyright\ ©?.{0,80}all\ rights\ reserved\.? |
    ©.{0,80}all\ rights\ reserved\.? | .{0,80}\bvote\ (?:here|now|in)\b.{0,40} |
    advertisement\b.{0,60} | .{0,20}\bimage\ \d+\ of\ \d+ | this\ article\ is\ more\ than\ .{0,20}\ old |
    (?:photo|photograph|photographer|image|credit)s?\ ?:.{0,90} | .{0,60}\bgetty\ images\b.{0,30} |
    .{0,80}\bphotograph:\ .{0,60} | \(\s*(?:also\ on|photos?|watch|read|video|related|see|click)\b.{0,120}\) | .{0,150}\bread\ more
)$''', re.I | re.X)
# Lines a user could keep or drop (-> optional).
NATIVE_OPTIONAL = re.compile(r'''(?:
    contributed\ to\ this\ (?:report|article|story) | \bis\ an?\ (?:senior\ |staff\ |contributing\ )?
    (?:writer|reporter|correspondent|editor|columnist|contributor|fellow|host)\b |
    ^by\ [A-Z] | ^editor['’]s\ note | ^(?:follow|email)\ .{0,40}\ on\ twitter | ^with\ .{0,30}\ wires$ |
    ^(?:read|watch|listen|related|more|latest|go\ deeper|further\ reading)\b.{0,60}:?$ |
    ^(?:more|read\ more|related|see\ also|watch|listen|read|also\ read|and\ see|see)\s*: |
    ^.{0,60}(?:send\ tips|@\ ?\w+\.(?:com|org|net)).{0,40}$
)''', re.I | re.X)
# A closing author bio ("Jane Doe is an award-winning columnist ...") -> optional.
BIO = re.compile(r"^(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was|has been|writes|serves|covers)\b")
END_PUNCT = tuple('.!?"”’)…:;')


def norm(s):
    return ' '.join(s.replace('\xa0', ' ').split())


# ---------------------------------------------------------------- corpus and line labels

def load_corpus(path):
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        arts = [json.loads(l) for l in fh if l.strip()]
    recur = Counter()
    for a in arts:
        recur.update(set(norm(l) for l in a['text'].split('\n') if norm(l)))
    out = []
    for a in arts:
        lines = [norm(l) for l in a['text'].split('\n') if norm(l)]
        title = norm(a.get('title') or '')
        if not title or len(title) < 12 or len(lines) < 3:
            continue
        if sum(len(l) for l in lines) < 700 or sum(len(l) for l in lines) > 9000:
            continue
        out.append(dict(title=title, date=a.get('date') or '', outlet=norm(a.get('source') or ''),
                        url=a.get('url') or '', lines=lines, recur=[recur[l] for l in lines]))
    return out


def subhead_like(l):
    w = l.split()
    # An all-caps line of 6+ words is more often an inline related-story link than a subhead.
    return (2 <= len(w) <= (5 if l.isupper() else 12) and len(l) <= 80 and l[0].isupper()
            and not l.endswith(END_PUNCT) and not NATIVE_REMOVE.match(l))


def label(art):
    """-> list of (line, fate) with fate in body / subhead / optional / remove."""
    lines, out, seen = art['lines'], [], {}
    n = len(lines)
    for i, l in enumerate(lines):
        if l in seen:                       # repeated inside the article: same fate, or optional
            f = seen[l]
            out.append((l, 'remove' if f == 'remove' else 'optional'))
            continue
        if norm(l) == art['title']:
            f = 'optional'
        elif NATIVE_REMOVE.match(l):
            f = 'remove'
        elif art['recur'][i] >= 3 or NATIVE_OPTIONAL.search(l) or (i >= n - 2 and BIO.match(l)):
            f = 'optional'
        elif l.endswith(END_PUNCT) and len(l) >= 25:
            f = 'body'
        elif len(l) >= 140:
            f = 'body' if 0 < i < n - 1 else 'optional'
        elif 0 < i < n - 1 and subhead_like(l) and len(lines[i + 1]) >= 100 \
                and not NATIVE_REMOVE.match(lines[i + 1]):
            f = 'subhead'
        elif l.endswith(END_PUNCT) and 0 < i < n - 1:
            f = 'body'
        else:
            f = 'optional'
        seen[l] = f
        out.append((l, f))
    return out


# ---------------------------------------------------------------- dump assembly

class Dump:
    """Collects the text of one dump plus its gold."""

    def __init__(self):
        self.chunks = []       # text lines of the current document/container record
        self.stories = []
        self.remove = []

    def furn(self, line):
        self.chunks.append(line)
        if norm(line):
            self.remove.append(norm(line))

    def blank(self, k=1):
        self.chunks.extend([''] * k)

    def raw(self, line):       # neither gold nor furniture (e.g. the headline line)
        self.chunks.append(line)

    def start_story(self, headline, alts=(), style=''):
        s = dict(headline=headline, body=[], optional=[], subheads_kept_inside=[],
                 headline_alternatives=[a for a in alts if a != headline], metadata=dict(style=style))
        self.stories.append(s)
        return s

    def art_line(self, s, text, fate, prefix=''):
        """An article line, printed with an optional prefix (field tag, dateline)."""
        self.chunks.append(prefix + text)
        if fate in ('body', 'subhead'):
            s['body'].append(text)
            if fate == 'subhead':
                s['subheads_kept_inside'].append(text)
        elif fate == 'optional':
            s['optional'].append(text)
        else:
            self.remove.append(text)


def fmt_date(d, rng, kind):
    try:
        y, m, dd = (int(x) for x in d.split('-'))
    except ValueError:
        y, m, dd = 2016, 5, 17
    import datetime
    wd = DAYS[datetime.date(y, m, dd).weekday()]
    if kind == 'nexis':
        return f'{MONTHS[m-1]} {dd}, {y} {wd}'
    if kind == 'factiva':
        return f'{dd} {MONTHS[m-1]} {y}'
    if kind == 'ap':
        return f'{MON_AP[m-1]} {dd}, {y}'
    if kind == 'iso':
        return f'{y:04d}-{m:02d}-{dd:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z'
    if kind == 'pq':
        return f'{dd:02d} {MONTHS[m-1][:3]} {y}'
    if kind == 'long':
        return f'{wd}, {MONTHS[m-1]} {dd}, {y}'
    return f'{y}-{m:02d}-{dd:02d}'


def person(rng):
    return f'{rng.choice(FIRST)} {rng.choice(LAST)}'


def uid(rng, n=32):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def words(lab):
    return sum(len(l.split()) for l, f in lab if f in ('body', 'subhead'))


def body_lines(d, s, lab, first_prefix='', sep_blank=True, indent=''):
    """Emit an article's lines; the first gold body line may carry a prefix on its line."""
    pref = first_prefix
    for l, f in lab:
        if pref and f in ('body', 'subhead'):
            d.art_line(s, l, f, prefix=pref)
            pref = ''
        else:
            d.art_line(s, l, f, prefix=indent if f != 'remove' else indent)
        if sep_blank:
            d.blank()


# -- nexis ---------------------------------------------------------------------------

def doc_nexis(d, art, lab, k, total, rng, v):
    outlet, hl = art['outlet'], art['title']
    upper = v['upper_hl']
    shown = hl.upper() if upper else hl
    s = d.start_story(shown, alts=[hl] if upper else [], style='nexis')
    if v['new']:
        d.raw(shown); d.blank()
        d.furn(outlet); d.furn(fmt_date(art['date'], rng, 'nexis'))
        d.furn(f'Copyright {art["date"][:4] or "2016"} {outlet}'); d.furn('All Rights Reserved')
        d.blank()
        d.furn(f'Section: {rng.choice(SECTIONS)}; Pg. {rng.randint(1, 30)}')
        d.furn(f'Length: {words(lab)} words')
        if rng.random() < 0.7:
            d.art_line(s, f'Byline: {person(rng)}', 'optional')
        if rng.random() < 0.5:
            d.furn(f'Dateline: {rng.choice(CITIES)}')
        d.blank(); d.furn('Body'); d.blank()
        body_lines(d, s, lab)
        d.furn(f'Load-Date: {fmt_date(art["date"], rng, "nexis").rsplit(" ", 1)[0]}')
        d.blank(); d.furn('End of Document'); d.blank(2)
    else:
        pad = ' ' * v['pad']
        d.blank(2)
        d.furn(f'{pad}{k} of {total} DOCUMENTS'); d.blank(2)
        d.furn(f'{pad}{outlet}'); d.blank()
        d.furn(f'{pad}{fmt_date(art["date"], rng, "nexis")}')
        if rng.random() < 0.5:
            d.furn(f'{pad}{rng.choice(["Late Edition - Final", "Final Edition", "Correction Appended", "ONLINE"])}')
        d.blank()
        d.raw(f'HEADLINE: {shown}'); d.blank()
        if rng.random() < 0.8:
            d.art_line(s, f'BYLINE: By {person(rng).upper()}', 'optional'); d.blank()
        d.furn(f'SECTION: {rng.choice(SECTIONS)}; Pg. {rng.randint(1, 30)}'); d.blank()
        d.furn(f'LENGTH: {words(lab)} words'); d.blank()
        if rng.random() < 0.6:
            d.furn(f'DATELINE: {rng.choice(CITIES)}'); d.blank()
        if v['bodytag']:
            d.furn('BODY:'); d.blank()
        body_lines(d, s, lab, indent=v['indent'])
        if art['url'] and rng.random() < 0.5:
            d.furn(f'URL: {art["url"]}'); d.blank()
        d.furn(f'LOAD-DATE: {fmt_date(art["date"], rng, "nexis").rsplit(" ", 1)[0]}'); d.blank()
        d.furn('LANGUAGE: ENGLISH'); d.blank()
        d.furn(f'PUBLICATION-TYPE: {rng.choice(["Newspaper", "Web Publication", "Newswire"])}'); d.blank()
        d.furn(f'Copyright {art["date"][:4] or "2016"} {outlet}'); d.furn(f'{pad}All Rights Reserved')


# -- factiva ---------------------------------------------------------------------------

def doc_factiva(d, art, lab, k, total, rng, v):
    outlet, hl = art['outlet'], art['title']
    s = d.start_story(hl, style='factiva')
    code = (re.sub(r'[^A-Z]', '', outlet.upper()) + 'XXXX')[:4]
    y = art['date'][:4] or '2016'
    inline = v['inline']

    def tag(t, val=None, fate='remove'):
        if val is None:
            d.furn(t)
        elif inline:
            if fate == 'optional':
                d.art_line(s, f'{t:<4}{val}', 'optional')
            else:
                d.furn(f'{t:<4}{val}')
        else:
            d.furn(t)
            if fate == 'optional':
                d.art_line(s, val, 'optional')
            else:
                d.furn(val)
        if v['blank']:
            d.blank()

    if inline:
        d.raw(f'HD  {hl}')
    else:
        d.furn('HD'); d.raw(hl)
    if v['blank']:
        d.blank()
    if rng.random() < 0.7:
        tag('BY', f'By {person(rng)}', fate='optional')
    tag('WC', f'{words(lab)} words')
    tag('PD', fmt_date(art['date'], rng, 'factiva'))
    if rng.random() < 0.5:
        tag('ET', f'{rng.randrange(24):02d}:{rng.randrange(60):02d}')
    tag('SN', outlet)
    tag('SC', code)
    tag('LA', 'English')
    tag('CY', f'Copyright {y} {outlet}. All rights reserved.')
    # LP holds the first two article lines, TD the rest.
    nlp = 0
    split = len(lab)
    for i, (l, f) in enumerate(lab):
        if f in ('body', 'subhead'):
            nlp += 1
            if nlp == 3:
                split = i
                break
    for part, t in ((lab[:split], 'LP'), (lab[split:], 'TD')):
        if not part:
            continue
        if inline and part[0][1] in ('body', 'subhead'):
            body_lines(d, s, part, first_prefix=f'{t:<4}', sep_blank=v['blank'])
        else:
            d.furn(t)
            if v['blank']:
                d.blank()
            body_lines(d, s, part, sep_blank=v['blank'])
    if rng.random() < 0.6:
        tag('CO', f'{code.lower()}x : {outlet}')
    tag('NS', rng.choice(['gpol : Domestic Politics', 'gvexe : Executive Branch',
                          'gcat : Political/General News', 'ncat : Content Types']))
    tag('RE', rng.choice(['usa : United States', 'namz : North America', 'uswdc : Washington DC']))
    if rng.random() < 0.5:
        tag('IPD', rng.choice(['Politics', 'News', 'National', 'U.S.']))
    tag('PUB', f'{outlet} Company')
    an = f'Document {code}0000{y}{uid(rng, 4)}e{uid(rng, 3)}{uid(rng, 5)}'
    tag('AN', an)
    d.blank(2)


# -- proquest ---------------------------------------------------------------------------

def doc_proquest(d, art, lab, k, total, rng, v):
    outlet, hl = art['outlet'], art['title']
    s = d.start_story(hl, style='proquest')
    d.furn('_' * 60); d.blank()
    d.raw(hl); d.blank()
    d.art_line(s, f'Author: {rng.choice(LAST)}, {rng.choice(FIRST)}', 'optional'); d.blank()
    d.furn(f'Publication info: {outlet} ; {rng.choice(CITIES).title()} [{fmt_date(art["date"], rng, "pq")}]: '
           f'{rng.choice("ABC")}.{rng.randint(1, 30)}.'); d.blank()
    d.furn('ProQuest document link'); d.blank()
    first = next((l for l, f in lab if f == 'body'), '')
    if rng.random() < 0.5 or not first:
        d.furn('Abstract: None available.')
    else:
        d.furn('Abstract: ' + ' '.join(first.split()[:25]) + ' ...')
    d.blank()
    if lab and lab[0][1] in ('body', 'subhead'):
        body_lines(d, s, lab, first_prefix='Full text: ')
    else:
        d.furn('Full text:')
        body_lines(d, s, lab)
    d.furn('Subject: ' + '; '.join(rng.sample(SUBJECTS, 3))); d.blank()
    if rng.random() < 0.5:
        d.furn(f'Location: {rng.choice(["United States--US", "Washington DC", "New York"])}'); d.blank()
    d.furn(f'Title: {hl}'); d.blank()
    d.furn(f'Publication title: {outlet}'); d.blank()
    y = art['date'][:4] or '2016'
    d.furn(f'Publication year: {y}'); d.blank()
    d.furn(f'Publication date: {fmt_date(art["date"], rng, "ap")}'); d.blank()
    d.furn(f'Section: {rng.choice(SECTIONS)}'); d.blank()
    d.furn(f'Publisher: {outlet} Company'); d.blank()
    d.furn(f'ISSN: {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}'); d.blank()
    d.furn('Source type: Newspapers'); d.blank()
    d.furn('Language of publication: English'); d.blank()
    d.furn(f'Document type: {rng.choice(["News", "Commentary", "Feature"])}'); d.blank()
    pid = rng.randint(10**8, 10**10)
    d.furn(f'ProQuest document ID: {pid}'); d.blank()
    d.furn(f'Document URL: https://www.proquest.com/newspapers/docview/{pid}?accountid={rng.randint(10000, 99999)}'); d.blank()
    d.furn(f'Copyright: Copyright {outlet} {fmt_date(art["date"], rng, "ap")}'); d.blank()
    d.furn(f'Last updated: {art["date"] or "2016-05-17"}'); d.blank()
    d.furn(f'Database: {rng.choice(["ProQuest Central", "US Newsstream", "Global Newsstream"])}'); d.blank()


# -- web archive --------------------------------------------------------------------------

NAV = ['Home', 'News', 'Politics', 'World', 'Business', 'Opinion', 'Sports', 'Tech', 'Health',
       'Entertainment', 'Video', 'Podcasts', 'Newsletters', 'Subscribe']


def page_webarchive(d, art, lab, rng, v):
    """The text of one archived page (one block element per line)."""
    outlet, hl = art['outlet'], art['title']
    s = d.start_story(hl, style='webarchive')
    sep = rng.choice([' | ', ' - ', ' – '])
    if v['wayback']:
        d.furn(f'The Wayback Machine - https://web.archive.org/web/{re.sub(r"[^0-9]", "", art["date"]) or "20160517"}'
               f'{rng.randint(100000, 235959)}/{art["url"] or "http://example.com/"}')
    d.furn(f'{hl}{sep}{outlet}')
    if rng.random() < 0.5:
        d.furn('Skip to main content')
    nav = rng.sample(NAV, rng.randint(5, 9))
    if v['navsplit']:
        for x in nav:
            d.furn(x)
    else:
        d.furn(rng.choice([' | ', '  ', ' · ']).join(nav))
    if rng.random() < 0.5:
        d.furn(rng.choice(['Search', 'Sign In', 'Log in', 'Menu']))
    if rng.random() < 0.5:
        d.furn(rng.choice(NAV[1:6]))          # section kicker
    d.raw(hl)
    if rng.random() < 0.7:
        d.art_line(s, f'By {person(rng)}', 'optional')
    d.furn(rng.choice([fmt_date(art['date'], rng, 'long'), fmt_date(art['date'], rng, 'ap'),
                       f'Published {fmt_date(art["date"], rng, "ap")}']))
    if rng.random() < 0.5:
        d.furn(rng.choice(['Share', 'Share on Facebook', 'Share this:']))
        d.furn(rng.choice(['Tweet', 'Share on Twitter']))
        d.furn('Email')
    body_lines(d, s, lab, sep_blank=False)
    if rng.random() < 0.6:
        d.furn(rng.choice(['Related', 'Related Stories', 'More Stories', 'Recommended']))
        for _ in range(rng.randint(2, 4)):
            d.furn(rng.choice(FAKE_HEADS).format(p=rng.choice(LAST)))
    if rng.random() < 0.6:
        d.furn(rng.choice(['Comments', 'Leave a comment', 'Join the conversation']))
    d.furn(f'© {art["date"][:4] or "2016"} {outlet}. All rights reserved.')
    d.furn(rng.choice(['Privacy Policy | Terms of Use | Cookie Settings', 'About Us', 'Contact Us',
                       'Terms of Service · Privacy Policy · Accessibility']))
    if rng.random() < 0.7:
        d.furn(rng.choice([
            'We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.',
            'This website uses cookies to ensure you get the best experience. Accept Decline',
            'Cookie Preferences']))


FAKE_HEADS = ['{p} says the budget fight is far from over', 'Five things to watch in the Senate this week',
              'How {p} built a coalition in the suburbs', 'Court weighs challenge to new voting rules',
              'Governors push back on federal plan', 'What the latest poll numbers really mean',
              '{p} launches bid for open House seat', 'The quiet fight over the farm bill']


def warc_header(d, art, rng, length, kind='conversion'):
    d.furn('WARC/1.0')
    d.furn(f'WARC-Type: {kind}')
    if art is not None:
        d.furn(f'WARC-Target-URI: {art["url"] or "http://example.com/" + uid(rng, 8)}')
    d.furn(f'WARC-Date: {fmt_date(art["date"] if art else "2019-01-01", rng, "iso")}')
    d.furn(f'WARC-Record-ID: <urn:uuid:{uid(rng, 8)}-{uid(rng, 4)}-{uid(rng, 4)}-{uid(rng, 4)}-{uid(rng, 12)}>')
    if art is not None:
        d.furn(f'WARC-Refers-To: <urn:uuid:{uid(rng, 8)}-{uid(rng, 4)}-{uid(rng, 4)}-{uid(rng, 4)}-{uid(rng, 12)}>')
        d.furn(f'WARC-Block-Digest: sha1:{"".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))}')
        if rng.random() < 0.5:
            d.furn('WARC-Identified-Content-Language: eng')
    d.furn('Content-Type: text/plain')
    d.furn(f'Content-Length: {length}')


# -- press release --------------------------------------------------------------------------

def doc_prwire(d, art, lab, k, total, rng, v):
    outlet, hl = art['outlet'], art['title']
    comp, short = rng.choice(COMPANIES)
    wire = v['wire']
    s = d.start_story(hl, style='prwire')
    if v['newsdesk']:
        d.furn(rng.choice(['News provided by', 'NEWS PROVIDED BY']))
        d.furn(comp)
        d.furn(fmt_date(art['date'], rng, 'ap') + f', {rng.randint(1, 12):02d}:{rng.randrange(60):02d} ET')
        d.blank()
    d.raw(hl)
    if rng.random() < 0.6:
        first = next((l for l, f in lab if f == 'body'), '')
        deck = ' '.join(first.split()[:14]).rstrip(',;:') if first else ''
        if deck:
            d.art_line(s, deck, 'optional')
    d.blank()
    city = rng.choice(CITIES)
    date = fmt_date(art['date'], rng, 'ap')
    lead = {'prn': f'{city}, {date} /PRNewswire/ -- ',
            'bw': f'{city}--({"BUSINESS WIRE"})--',
            'gnw': f'{city}, {date} (GLOBE NEWSWIRE) -- '}[wire]
    body_lines(d, s, lab, first_prefix=lead)
    d.furn(f'About {short}'); d.blank()
    d.furn(f'{comp} is a {rng.choice(["leading", "nonpartisan", "national", "independent"])} '
           f'{rng.choice(["research", "advocacy", "technology", "consulting"])} organization based in '
           f'{city.split(",")[0].title()}. For more information, visit www.{short.lower().replace(" ", "")}.com.')
    d.blank()
    d.furn(rng.choice(['Media Contact:', 'Contacts', 'Contact:', 'MEDIA CONTACT:']))
    d.furn(person(rng))
    d.furn(f'{rng.randint(200, 989)}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}')
    d.furn(f'press@{short.lower().replace(" ", "")}.com')
    d.blank()
    if wire == 'prn':
        d.furn('###' if rng.random() < 0.5 else 'SOURCE ' + comp)
        d.blank()
        d.furn(f'View original content: https://www.prnewswire.com/news-releases/'
               f'{re.sub(r"[^a-z0-9]+", "-", hl.lower()).strip("-")[:60]}-{rng.randint(10**8, 10**9)}.html')
    elif wire == 'bw':
        d.furn(f'Source: {comp}')
    else:
        d.furn('###')
    d.blank(2)


# -- syndication ---------------------------------------------------------------------------

def doc_syndication(d, art, lab, k, total, rng, v):
    outlet, hl = art['outlet'], art['title']
    s = d.start_story(hl, style='syndication')
    portal = v['portal']
    if portal == 'msn':
        d.furn(f'© Provided by {outlet}')
    elif portal == 'yahoo':
        d.furn(f'{outlet}')
    else:
        d.furn(f'From {outlet}')
    d.raw(hl)
    if v['blank']:
        d.blank()
    if portal == 'msn':
        d.art_line(s, f'Story by {person(rng)} • {rng.randint(1, 23)}h', 'optional')
        d.furn(f'{rng.randint(2, 9)} min read')
    elif portal == 'yahoo':
        d.art_line(s, f'{person(rng)}', 'optional')
        d.furn(f'{fmt_date(art["date"], rng, "long")} · {rng.randint(2, 9)} min read')
    else:
        d.furn(f'Flipped into {rng.choice(["Politics Today", "The Daily Edition", "News Desk"])}')
    if v['blank']:
        d.blank()
    nb = sum(1 for _, f in lab if f in ('body', 'subhead'))
    cut = rng.randint(2, max(2, nb - 1)) if nb > 3 and rng.random() < 0.7 else -1
    seen = 0
    for l, f in lab:
        d.art_line(s, l, f)
        if v['blank']:
            d.blank()
        if f in ('body', 'subhead'):
            seen += 1
            if seen == cut:
                d.furn(rng.choice(['Continue Reading', 'Continue reading', 'Related video: ' +
                                   rng.choice(FAKE_HEADS).format(p=rng.choice(LAST)) + f' ({outlet})']))
                if v['blank']:
                    d.blank()
    if rng.random() < 0.7:
        d.furn(rng.choice([f'This article originally appeared on {outlet}.',
                           f'Read the original article on {outlet}.',
                           f'This story was originally published by {outlet} and is republished here with permission.']))
        if v['blank']:
            d.blank()
    if rng.random() < 0.7:
        d.furn(f'More from {outlet}:')
        for _ in range(rng.randint(2, 4)):
            d.furn(rng.choice(FAKE_HEADS).format(p=rng.choice(LAST)))
        if v['blank']:
            d.blank()
    if portal == 'msn' and rng.random() < 0.5:
        d.furn('Sponsored Content')
    d.blank(1 + v['blank'])


# ---------------------------------------------------------------- dump driver

def pick_articles(corpus, rng, n):
    out, titles, firsts = [], set(), set()
    while len(out) < n:
        a = corpus[rng.randrange(len(corpus))]
        lab = label(a)
        body = [l for l, f in lab if f in ('body', 'subhead')]
        if len(body) < 2 or sum(len(l) for l in body) < 400:
            continue
        if a['title'] in titles or body[0] in firsts:
            continue
        titles.add(a['title']); firsts.add(body[0])
        out.append((a, lab))
    return out


def build_dump(corpus, rng):
    style = rng.choice(STYLES)
    n = rng.randint(2, 8)
    arts = pick_articles(corpus, rng, n)
    d = Dump()
    recs = None                               # JSONL: list of (meta, text)
    if style == 'webarchive':
        v = dict(wayback=rng.random() < 0.3, navsplit=rng.random() < 0.5)
        cont = rng.choice(['.txt.gz', '.txt.gz', '.txt', '.jsonl.gz'])
        if cont == '.jsonl.gz':
            recs = []
            for a, lab in arts:
                d.chunks = []
                page_webarchive(d, a, lab, rng, v)
                recs.append(({'url': a['url'] or 'http://example.com/', 'crawl_date': fmt_date(a['date'], rng, 'iso'),
                              'language': 'en'}, '\n'.join(d.chunks)))
        else:
            if not v['wayback']:
                d.chunks = []
                warc_header(d, None, rng, rng.randint(200, 400), kind='warcinfo')
                d.blank()
                d.furn('software: Open Web Archive Tools/1.4')
                d.furn('isPartOf: CC-MAIN-' + (arts[0][0]['date'][:4] or '2019') + '-' + str(rng.randint(10, 51)))
                d.blank(2)
                head = d.chunks
            else:
                head = []
            body = []
            for a, lab in arts:
                d.chunks = []
                page_webarchive(d, a, lab, rng, v)
                page = d.chunks
                d.chunks = []
                if not v['wayback']:
                    warc_header(d, a, rng, len('\n'.join(page).encode('utf-8')))
                    d.blank()
                body += d.chunks + page + ['', '']
            text = '\n'.join(head + body)
    else:
        v = dict(upper_hl=rng.random() < 0.3, new=rng.random() < 0.35, pad=rng.choice([0, 0, 30]),
                 bodytag=rng.random() < 0.8, indent=rng.choice(['', '', '  ']),
                 inline=rng.random() < 0.5, blank=rng.random() < 0.6,
                 wire=rng.choice(['prn', 'prn', 'bw', 'gnw']), newsdesk=rng.random() < 0.5,
                 portal=rng.choice(['msn', 'yahoo', 'flip']))
        fn = dict(nexis=doc_nexis, factiva=doc_factiva, proquest=doc_proquest,
                  prwire=doc_prwire, syndication=doc_syndication)[style]
        jsonl_ok = style in ('factiva', 'prwire', 'syndication')
        cont = rng.choice(['.txt', '.txt', '.txt.gz'] + (['.jsonl', '.jsonl.gz'] if jsonl_ok else []))
        if cont.startswith('.jsonl'):
            recs = []
            for k, (a, lab) in enumerate(arts, 1):
                d.chunks = []
                fn(d, a, lab, k, len(arts), rng, v)
                meta = {'doc_id': uid(rng, 16), 'publisher': a['outlet'], 'published': a['date'] or None}
                if rng.random() < 0.5:
                    meta['headline'] = a['title']
                recs.append((meta, '\n'.join(d.chunks).strip('\n')))
        else:
            all_lines = []
            if style == 'factiva' and rng.random() < 0.5:
                d.chunks = []
                d.furn(f'Search Summary'); d.furn(f'Text: {rng.choice(SUBJECTS).lower()}')
                d.furn(f'Date: {rng.choice(["All Dates", "In the last year", "Custom"])}')
                d.furn(f'Source: All Sources'); d.blank(2)
                all_lines += d.chunks
            for k, (a, lab) in enumerate(arts, 1):
                d.chunks = []
                fn(d, a, lab, k, len(arts), rng, v)
                all_lines += d.chunks
            text = '\n'.join(all_lines)
    if recs is not None:
        data = ''.join(json.dumps(dict(m, text=t), ensure_ascii=False) + '\n' for m, t in recs)
    else:
        data = text.strip('\n') + '\n'
    return style, cont, data, d


def resolve(d):
    """Drop furniture lines the scorer could not tell from gold lines of the same file."""
    own = set()
    blobs = []
    for s in d.stories:
        own.update(norm(l) for l in s['body'] + s['optional'])
        blobs.append(norm(' '.join(s['body'] + s['optional'])))
    keep = []
    for r in d.remove:
        r = norm(r)
        if not r or r in own or (len(r) >= 20 and any(r in b for b in blobs)):
            continue
        keep.append(r)
    return keep


def write_bytes(path, data):
    raw = data.encode('utf-8')
    if path.endswith('.gz'):
        buf = io.BytesIO()
        with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=0) as g:
            g.write(raw)
        raw = buf.getvalue()
    with open(path, 'wb') as fh:
        fh.write(raw)


FORBIDDEN = ['LOAD-DATE:', 'WARC-Record-ID', 'WARC-Target-URI', 'ProQuest document ID',
             'End of Document', '© Provided by', 'PUBLICATION-TYPE:', 'View original content',
             'Document URL: https://www.proquest.com', 'Content-Length:']


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--dumps', type=int, default=100)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--selfcheck', action='store_true')
    a = ap.parse_args(argv)
    corpus = load_corpus(a.corpus)
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    if os.listdir(a.out):             # stale dumps of another run would be scored as extra files
        sys.exit(f'{a.out} is not empty')
    gold = dict(version=1, forbidden_substrings=[], files={})
    styles = {}
    all_text = []
    for i in range(a.dumps):
        style, cont, data, d = build_dump(corpus, rng)
        name = f'{i:03d}_{hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]}{cont}'
        write_bytes(os.path.join(a.out, name), data)
        for s in d.stories:
            s['metadata']['style'] = style
        gold['files'][name] = dict(stories=d.stories, remove=resolve(d))
        styles[name] = style
        for s in d.stories:
            all_text.append('\n'.join(s['body'] + s['optional'] + [s['headline'] or '']))
    blob = '\n'.join(all_text)
    gold['forbidden_substrings'] = [f for f in FORBIDDEN if f not in blob]
    with open(os.path.join(a.out, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    with open(os.path.join(a.out, 'styles.json'), 'w', encoding='utf-8') as fh:
        json.dump(styles, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    print(f'{a.dumps} dumps, {sum(len(f["stories"]) for f in gold["files"].values())} stories, '
          f'styles {dict(Counter(styles.values()))} -> {a.out}')
    if a.selfcheck:
        return selfcheck(a.out, gold)
    return 0


def selfcheck(out, gold):
    here = os.path.dirname(os.path.abspath(__file__))
    scorer = os.path.join(here, '..', 'tools', 'score_cleaning.py')
    import subprocess
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, 'oracle.jsonl')
        with open(p, 'w', encoding='utf-8') as fh:
            for name, f in gold['files'].items():
                for s in f['stories']:
                    fh.write(json.dumps({'text': '\n'.join(s['body']), 'title': s['headline'],
                                         'source': name}, ensure_ascii=False) + '\n')
        res = json.loads(subprocess.run([sys.executable, scorer, os.path.join(out, 'gold.json'), p, '--json'],
                                        check=True, capture_output=True, text=True).stdout)['summary']
    ok = all(res[k] == 1.0 for k in ('story_precision', 'story_recall', 'story_f1', 'retention',
                                      'removal', 'title_accuracy'))
    print('selfcheck', 'OK' if ok else 'FAILED', res)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
