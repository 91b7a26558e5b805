#!/usr/bin/env python3
"""Generate synthetic scrape-dump files + gold (seed gold.json format) from allsides-dev.

usage:
  python3 Fixtures/devset/make_devset.py --corpus ../shared/corpora/allsides-dev.jsonl.gz \
      --out DIR --dumps N --seed S [--max-stories 8] [--max-article-chars 12000] [--gz-share 0.25]

Writes DIR/NNN_<hex>.txt (about --gz-share of them gzipped as .txt.gz; the gold key is the
file name on disk, .gz included) and DIR/gold.json:
  {"version":1, "forbidden_substrings":[...],
   "files": {NAME: {"stories":[{"headline","headline_alternatives","body","optional",
                               "subheads_kept_inside","metadata"}], "remove":[...]}}}
Everything is derived from random.Random(seed) and the corpus order: same args -> same bytes.

Each dump glues 2..--max-stories allsides articles (outlets drawn uniformly, so dumps mix
outlets; no article is used twice; near-copies of a story already in the dump are skipped)
in one of five styles (cycled so every style appears in any 5 consecutive dumps):
  blank     headline / photo-credit line / dateline lede, blank-line paragraphs (seed 000)
  dense     no blank lines, headline then paragraphs, optional `Source: site.tld` trailer (seed 001)
  dateline  no headlines (first story sometimes has one), dateline lede, short subheads
            inside stories (kept in body + subheads_kept_inside), contributor trailers (seed 002)
  widget    headline + widget block (Short Url / Updated .. / Follow / Share / ...) + repeated
            headline + teaser bullet, `CITY:` lede (seed 004)
  wire      hard-wrapped 66-72 col wire copy, paragraphs split by blank lines or indentation
            only, no headline, `(Reuters) -` style dateline, sign-off (Reuter / (Reporting by..))
Injected junk is drawn from broad families (agency photo credits, captions, widget words,
relative/absolute timestamps, copyright, source trailers) with random names/agencies/dates.

Native lines of the allsides text are labelled per line:
  remove   known boilerplate families (ADVERTISEMENT, Story Continued Below, copyright,
           click/sign-up/subscribe/follow/share widgets, slideshow, photo credits, ...) or a
           line of <= 120 chars occurring in >= 3 articles of the same outlet
  optional contributor/bylines-ish trailers, separators, ambiguous short lines (< 6 words or
           no sentence punctuation and < 10 words)
  body     everything else (must leave >= 3 prose lines, else the article is skipped)
Gold lines are whitespace-normalised like the scorer's norm(). A final consistency pass drops
remove lines that also occur as body/optional text in the same file, and forbidden substrings
that occur in any gold body/optional line or headline.
"""
import argparse, gzip, hashlib, json, os, random, re, sys, textwrap
from collections import Counter, defaultdict

# ------------------------------------------------------------------ helpers

def norm(s):
    return ' '.join(s.replace('\xa0', ' ').split())


WORD = re.compile(r'\w+')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]
FIRST = ['Frederic', 'Ana', 'Mohammed', 'Li', 'Sergei', 'Chloe', 'Kwame', 'Ingrid', 'Rahul', 'Tomás',
         'Yuki', 'Olena', 'Patrick', 'Fatima', 'Diego', 'Hannah', 'Nnamdi', 'Mette', 'Carlos', 'Aisha',
         'Brendan', 'Sophie', 'Jae-won', 'Luca', 'Marta', 'Omar', 'Grace', 'Viktor', 'Leila', 'Sean',
         'Ruth', 'Pedro', 'Noor', 'Erik', 'Kemal', 'Isabel', 'Dmitri', 'Amara', 'Jonas', 'Mei']
LAST = ['Brown', 'Okafor', 'Schmidt', 'Nakamura', 'Kovalenko', 'Dubois', 'Mensah', 'Larsen', 'Gupta',
        'Fernández', 'Tanaka', 'Petrenko', 'Walsh', 'Haddad', 'Rossi', 'Novak', 'Adeyemi', 'Jensen',
        'Castillo', 'Rahman', 'Kearney', 'Moreau', 'Park', 'Bianchi', 'Kowalska', 'Yilmaz', 'Clarke',
        'Ivanov', 'Nasser', 'Doyle', 'Levy', 'Santos', 'Farouk', 'Lindqvist', 'Aydin', 'Ortega', 'Volkov',
        'Osei', 'Becker', 'Chen']
AGENCIES = ['AFP', 'AP', 'Reuters', 'EPA', 'Bloomberg', 'Anadolu', 'Xinhua', 'Shutterstock', 'PA Images',
            'ANSA', 'dpa', 'Kyodo', 'Yonhap', 'Sipa USA', 'NurPhoto', 'Alamy', 'SOPA Images', 'Zuma Press',
            'EFE', 'TASS', 'Pool', 'WireImage', 'Polaris', 'Redux', 'Bloomberg via Getty Images']
WIRE_AGENCIES = ['Reuters', 'AP', 'AFP', 'Bloomberg', 'dpa', 'ANSA', 'Xinhua', 'Kyodo', 'UPI', 'IANS', 'PTI']
CITIES = ['LONDON', 'NEW YORK', 'WASHINGTON', 'BRUSSELS', 'PARIS', 'BERLIN', 'TOKYO', 'SEOUL', 'NAIROBI',
          'JOHANNESBURG', 'CAIRO', 'BEIRUT', 'ISTANBUL', 'MOSCOW', 'KYIV', 'WARSAW', 'GENEVA', 'ROME',
          'MADRID', 'LISBON', 'MEXICO CITY', 'SAO PAULO', 'BUENOS AIRES', 'BOGOTA', 'LAGOS', 'DUBAI',
          'RIYADH', 'NEW DELHI', 'MUMBAI', 'KARACHI', 'JAKARTA', 'MANILA', 'SYDNEY', 'TORONTO', 'OTTAWA',
          'CHICAGO', 'LOS ANGELES', 'HOUSTON', 'ATLANTA', 'MIAMI', 'DENVER', 'BOSTON', 'SEATTLE',
          'SAN FRANCISCO', 'HONG KONG', 'SINGAPORE', 'BEIJING', 'TAIPEI', 'BANGKOK', 'HANOI', 'ATHENS',
          'VIENNA', 'STOCKHOLM', 'OSLO', 'HELSINKI', 'DUBLIN', 'EDINBURGH', 'BAGHDAD', 'TEHRAN', 'ADDIS ABABA']
CITY_QUAL = {'LOS ANGELES': 'California', 'HOUSTON': 'Texas', 'ATLANTA': 'Georgia', 'MIAMI': 'Florida',
             'DENVER': 'Colorado', 'BOSTON': 'Massachusetts', 'SEATTLE': 'Washington', 'CHICAGO': 'Illinois',
             'KARACHI': 'Pakistan', 'MUMBAI': 'India', 'LAGOS': 'Nigeria', 'SYDNEY': 'Australia'}
TLDS = ['.com', '.co.uk', '.org', '.net', '.com.au', '.ie', '.in', '.ca', '.news', '.co.nz', '.de', '.fr']
OUTLET_NAMES = ['Daily Ledger', 'Morning Courier', 'Metro Wire', 'The Northern Post', 'Coastal Herald',
                'Capital Dispatch', 'Evening Standard-Times', 'Global Bulletin', 'The Independent Voice',
                'Harbour Gazette', 'Valley Chronicle', 'Sun Observer']


def person(rng, upper=None):
    n = rng.choice(FIRST) + ' ' + (rng.choice('ABCDEFGHJKLMNPRSTW') + '. ' if rng.random() < 0.2 else '') + rng.choice(LAST)
    if upper is None:
        upper = rng.random() < 0.35
    return n.upper() if upper else n


def handle(rng):
    base = rng.choice([rng.choice(LAST).lower(), rng.choice(FIRST).lower() + rng.choice(LAST).lower(),
                       rng.choice(['newsdesk', 'breaking', 'liveupdates', 'citywatch', 'genclik', 'eyewitness'])])
    return '@' + re.sub(r'[^a-z0-9]', '', base) + rng.choice(['', str(rng.randint(1, 99)), '_news', 'bir'])


def domain(rng, source=None):
    name = source if (source and rng.random() < 0.6) else rng.choice(OUTLET_NAMES)
    return re.sub(r'[^a-z0-9]', '', name.lower().replace('the ', '')) + rng.choice(TLDS)


def parse_date(s):
    m = re.match(r'(\d{4})-(\d{2})-(\d{2})', s or '')
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def rand_date(rng, base=None):
    if base:
        return base
    return rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28)


def timestamp(rng, date=None):
    y, mo, d = rand_date(rng, date)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    forms = [
        lambda: f'{rng.randint(1, 59)} sec ago', lambda: f'{rng.randint(1, 59)} mins ago',
        lambda: f'{rng.randint(1, 23)} hours ago', lambda: f'{rng.randint(1, 6)}h ago',
        lambda: 'Yesterday', lambda: f'{rng.randint(2, 6)} days ago', lambda: 'Just now',
        lambda: f'{d} {MONTHS[mo-1]} {y}', lambda: f'{MONTHS[mo-1]} {d}, {y}',
        lambda: f'{MON3[mo-1]}. {d}, {y} {h % 12 or 12}:{mi:02d} {"a.m." if h < 12 else "p.m."} ET',
        lambda: f'{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d} GMT', lambda: f'{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}',
        lambda: f'{rng.choice(["Mon","Tue","Wed","Thu","Fri","Sat","Sun"])} {d} {MON3[mo-1]} {y} {h:02d}.{mi:02d} BST',
        lambda: f'{MONTHS[mo-1]} {d}, {y} at {h % 12 or 12}:{mi:02d} {"AM" if h < 12 else "PM"} EDT',
        lambda: f'{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z',
    ]
    return rng.choice(forms)()


def photo_credit(rng):
    p, a = person(rng), rng.choice(AGENCIES)
    forms = [
        lambda: f'{p}/{a} via Getty Images', lambda: f'{p}/Getty Images', lambda: f'Photo: {p}/{a}',
        lambda: f'Image copyright {a}', lambda: f'Image copyright {p}/{a}', lambda: f'toggle caption {p}/{a}',
        lambda: f'(AP Photo/{p.title()})', lambda: f'{p} | {a}', lambda: f'EPA/{p}', lambda: f'{p}/EPA-EFE/Shutterstock',
        lambda: f'{handle(rng)}/Twitter', lambda: f'{handle(rng)}/X', lambda: f'Photograph: {p}/{a}',
        lambda: f'Picture: {a}', lambda: f'[Photo: {p}/{a}]', lambda: f'{p} / {a}', lambda: f'© {p}/{a}',
        lambda: f'Credit: {p} for {rng.choice(OUTLET_NAMES)}', lambda: f'{p}/Bloomberg', lambda: f'Shutterstock',
        lambda: f'File photo: {a}', lambda: f'Image: {p}/{a}', lambda: f'{a}/{p}', lambda: f'(Photo by {p}/{a})',
        lambda: f'Courtesy of {rng.choice(OUTLET_NAMES)}', lambda: f'{a} Photo/{p}', lambda: f'Reuters/{p}',
    ]
    return rng.choice(forms)()


def copyright_line(rng, date=None, source=None):
    y = rand_date(rng, date)[0]
    o = source if (source and rng.random() < 0.5) else rng.choice(OUTLET_NAMES)
    forms = [
        lambda: f'© {y} {o}. All rights reserved.', lambda: f'Copyright {y} {o}',
        lambda: f'Copyright {y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        lambda: f'(c) Copyright Thomson Reuters {y}', lambda: f'Copyright © {y} {o}, all rights reserved',
        lambda: f'© {o} {y}', lambda: f'All content © {y} {o}.',
    ]
    return rng.choice(forms)()


WIDGETS = ['Short Url', 'Short URL', 'Share', 'Share this article', 'Share on Facebook', 'Share on X', 'Tweet',
           'Email', 'Print', 'Save', 'Save article', 'Copy link', 'Link copied', 'Follow', 'Follow us',
           'Listen to this article', 'Listen', 'Advertisement', 'ADVERTISEMENT', 'Comments', 'Gift this article',
           'Add to myFT', 'Bookmark', 'Font size', 'A A A', 'Whatsapp', 'Telegram', 'Reddit', 'More',
           'Show comments', 'Subscribe', 'Sign in', 'Report an error', 'Text size', 'Read later']


def widget_line(rng, date):
    r = rng.random()
    if r < 0.3:
        return rng.choice(['Updated ', 'Published ', 'Last updated: ', 'Posted ', 'Updated: ', 'First published ']) + timestamp(rng, date)
    if r < 0.38:
        return f'{rng.randint(2, 14)} min read'
    if r < 0.43:
        return f'Listen · {rng.randint(2, 12)} min'
    if r < 0.48:
        return f'Reading time: {rng.randint(2, 12)} minutes'
    if r < 0.52:
        return f'{rng.randint(2, 999)} Comments'
    return rng.choice(WIDGETS)


def dateline(rng, kind, date, agency=None):
    city = rng.choice(CITIES)
    y, mo, d = date
    q = CITY_QUAL.get(city)
    if kind == 'paren':
        return f'({city}{", " + q if q and rng.random() < 0.4 else ""}) — '
    if kind == 'wire':
        ag = agency or rng.choice(WIRE_AGENCIES)
        return f'{city}, {rng.choice([MONTHS[mo-1], MON3[mo-1]])} {d} ({ag}) - '
    if kind == 'colon':
        return f'{city}{", " + q if q and rng.random() < 0.5 else ""}: '
    if kind == 'dash':
        return f'{city}{", " + q if q else ""} — '
    return f'{city} ({rng.choice(WIRE_AGENCIES)}) — '


DATELINE_RE = re.compile(r'^(\(?[A-Z][A-Z .,\'-]{2,40}\)?(,? [A-Z][a-z]+\.?( \d{1,2})?)?( \([A-Za-z .]+\))? ?[-—–:]{1,2} )')


def contributor(rng, source):
    o = source if rng.random() < 0.5 else rng.choice(OUTLET_NAMES)
    a, b = person(rng, False), person(rng, False)
    forms = [
        lambda: f'{o}’s {a} contributed to this report.', lambda: f'{a} and {b} contributed reporting.',
        lambda: f'Additional reporting by {a}', lambda: f'{o}’ {a} contributed to this article.',
        lambda: f'— {a} contributed from {rng.choice(CITIES).title()}.', lambda: f'{a} reported from {rng.choice(CITIES).title()}.',
        lambda: f'Reporting by {a}; editing by {b}', lambda: f'Writing by {a}; Editing by {b}',
    ]
    return rng.choice(forms)()


SUBHEAD_T = ['What happens next', 'The {W} question', 'Reaction from {W}', '{W} and {V}', 'Looking ahead',
             'A growing divide', 'Inside the {W} plan', 'Why it matters', 'The road to {W}', 'Pressure mounts',
             'What {W} wants', 'Next steps for {W}', 'The bigger picture', 'Critics push back', '{W} responds',
             'A long history', 'Money and politics', 'Early warning signs', 'The {W} factor', 'Back in {W}']


def subhead(rng, text):
    caps = [w for w in re.findall(r'\b[A-Z][a-z]{3,}\b', text) if w not in ('This', 'That', 'They', 'There', 'When', 'With', 'What', 'While', 'After', 'Some', 'Many', 'Their', 'These', 'Those')]
    W = rng.choice(caps) if caps else 'Washington'
    V = rng.choice(caps) if caps else 'Congress'
    return rng.choice(SUBHEAD_T).format(W=W, V=V)

# ------------------------------------------------------------------ native line labelling

REMOVE_RE = re.compile(r'''(?ix)^(
    advertisement(\s+continue\s+reading\s+the\s+main\s+story)? | ad | sponsored( content)? |
    story\s+continue[sd]\s+below | continue\s+reading(\s+below|\s+the\s+main\s+story)?\.? |
    (article|story)\s+continues\s+(below|after\s+(the\s+)?(advertisement|video)) |
    click\s+(here|to)\b.* | tap\s+here\b.* | sign\s+up\b.* | subscribe\b.* | .*\bnewsletter\b.{0,60} |
    follow\s+(us|@\w+|\w+(\s+\w+)?\s+on\s+(twitter|facebook|instagram)).* | like\s+us\s+on\s+facebook.* |
    share(\s+this(\s+article|\s+story)?)?(\s+share)?(\s+tweet)?(\s+post)?(\s+email)? | tweet | email | print |
    link\s+copied | copy\s+link | more\s+on\s+this\.\.\. | \[pullquote\] |
    slideshow\s*\(\d+\s+images?\) | (prev|next)\s+image\s+\d+\s+of\s+\d+ | image\s+\d+\s+of\s+\d+ |
    this\s+article\s+is\s+more\s+than\s+\d+\s+\w+\s+old | (photo|video|image|photos|videos|audio|gallery) |
    (get|download)\s+the\s+.{0,40}\bapp\b.* | .*\bapp\b\s*$ | got\s+a\s+tip\b.* | send\s+letters\s+to\b.* |
    (related|read\s+more|more|watch|see\s+also|recommended|trending|most\s+read|listen)\s*:? |
    support\s+\w+’?s?\s+(explanatory\s+)?journalism | join\s+the\s+conversation |
    thank\s+you\s+for\s+signing\s+up\b.* | dear\s+reader:? | \(\s*photos?:.* | \(\s*video:.* |
    .*©.{0,150} | copyright\b.{0,200} | .*all\s+rights\s+reserved\.? | \(c\)\s.* |
    .*\bgetty\s+images\b.{0,20} | \(ap\s+photo.*\) | (photo|image|photograph|picture)\s*(copyright|credit)?\s*:.{0,80} |
    image\s+copyright\b.* | toggle\s+caption\b.* | .{0,60}/(ap|afp|reuters|epa|getty|bloomberg|shutterstock)
)\s*$''')
OPTIONAL_RE = re.compile(r'''(?ix)^(
    .*\bcontributed\s+(to\s+)?(this\s+)?(report|reporting|article|story)\b.{0,30} | additional\s+reporting\b.* |
    \(?(reporting|writing|editing)\s+by\b.* | by\s+[A-Z].{0,60} | [*_•·\-=~#. ]{2,} | editor’?'?s\s+note:? .* |
    .{0,40}: |
    (related|read\s+(more|next|also)|also\s+(read|see)|see(\s+also)?|more|watch|trending|recommended)\s*:\s*\S.{0,200} |
    embed\s.{0,200}\bautoplay\b.* | .{10,200}\sread\s+more
)$''')


def label_lines(lines, outlet_freq, title):
    out = []
    nt = norm(title or '')
    for l in lines:
        if l == nt or (len(l) <= 250 and REMOVE_RE.match(l)) or (len(l) <= 120 and outlet_freq.get(l, 0) >= 3 and not OPTIONAL_RE.match(l)):
            out.append('remove')
        elif OPTIONAL_RE.match(l):
            out.append('optional')
        else:
            nw = len(l.split())
            if nw < 6 or (nw < 10 and not re.search(r'[.!?"”’:)]$', l)):
                out.append('optional')
            else:
                out.append('body')
    return out


def prep_articles(docs, max_chars):
    by_out = defaultdict(list)
    for d in docs:
        by_out[d['source']].append(d)
    arts = []
    for src, ds in by_out.items():
        freq = Counter()
        for d in ds:
            for l in set(norm(x) for x in d['text'].split('\n')):
                if l and len(l) <= 120:
                    freq[l] += 1
        for d in ds:
            if len(d['text']) > max_chars or not d.get('title'):
                continue
            lines = [norm(x) for x in d['text'].split('\n')]
            lines = [x for x in lines if x]
            labels = label_lines(lines, freq, d['title'])
            prose = [l for l, t in zip(lines, labels) if t == 'body' and len(l.split()) >= 8]
            if len(prose) < 3 or sum(t == 'body' for t in labels) > 120:
                continue
            # strip leading/trailing non-body lines? keep them: they are native boilerplate to label
            arts.append(dict(id=d['id'], title=norm(d['title']), source=src, date=parse_date(d.get('date')),
                             lines=lines, labels=labels))
    return arts

# ------------------------------------------------------------------ story rendering

class Story:
    def __init__(self, art):
        self.art = art
        self.headline = None
        self.alts = []
        self.body = []
        self.optional = []
        self.subheads = []
        self.meta = {}
        self.out = []       # rendered lines for the dump (list of str; '' = blank)
        self.remove = []

    def gold(self):
        return {'headline': self.headline, 'headline_alternatives': self.alts, 'body': self.body,
                'optional': self.optional, 'subheads_kept_inside': self.subheads, 'metadata': self.meta}


def native_units(art, rng, lede_prefix='', subheads=0):
    """Yield (kind, text) over the article's lines, with a dateline prefix on the first body line
    (unless it already has one) and optional injected subheads between body paragraphs."""
    units = []
    first = True
    body_idx = [i for i, t in enumerate(art['labels']) if t == 'body']
    spots = set()
    if subheads and len(body_idx) >= 6:
        cand = body_idx[2:-2]
        spots = set(rng.sample(cand, min(subheads, len(cand))))
    for i, (l, t) in enumerate(zip(art['lines'], art['labels'])):
        if i in spots:
            units.append(('subhead', subhead(rng, l)))
        if t == 'body' and first:
            first = False
            if lede_prefix and not DATELINE_RE.match(l):
                l = lede_prefix + l
        units.append((t, l))
    return units


def absorb(st, units):
    for t, l in units:
        if t == 'body':
            st.body.append(norm(l))
        elif t == 'subhead':
            st.body.append(norm(l))
            st.subheads.append(norm(l))
        elif t == 'optional':
            st.optional.append(norm(l))
        else:
            st.remove.append(norm(l))


def lede_kind(rng):
    return rng.choice(['paren', 'paren', 'wire', 'colon', 'dash', 'agency'])


def headline_variant(st, rng):
    st.headline = st.art['title']
    if rng.random() < 0.12:
        pre = rng.choice(['Full report: ', 'Live: ', 'Watch: ', 'Analysis: ', 'Explainer: ', 'Update: ', 'EXCLUSIVE: '])
        st.alts = [st.headline]
        st.headline = pre + st.headline


def render_blank(st, rng, i, dumpinfo):
    a = st.art
    headline_variant(st, rng)
    date = a['date'] or rand_date(rng)
    if a['date'] and rng.random() < 0.3:
        st.meta['date'] = '%04d-%02d-%02d' % a['date']
    hl = st.headline
    if i == 0 and rng.random() < 0.35:
        tag = ' date %04d-%02d-%02d' % date
        hl = tag + ' ' + hl
        dumpinfo['forbidden'].append(tag.strip())
    st.out += [hl, '']
    for _ in range(rng.choice([1, 1, 1, 2])):
        c = photo_credit(rng)
        st.out += [c, '']
        st.remove.append(norm(c))
        if rng.random() < 0.5:
            dumpinfo['forbidden'].append(norm(c))
    units = native_units(a, rng, dateline(rng, lede_kind(rng), date) if rng.random() < 0.8 else '')
    for k, (t, l) in enumerate(units):
        st.out += [l, '']
        if k == len(units) // 2 and rng.random() < 0.3:
            c = photo_credit(rng)
            st.out += [c, '']
            st.remove.append(norm(c))
    absorb(st, units)
    if rng.random() < 0.4:
        c = contributor(rng, a['source'])
        st.out += [c, '']
        st.optional.append(norm(c))
    st.out.append('')


def render_dense(st, rng, i, dumpinfo):
    a = st.art
    headline_variant(st, rng)
    st.out.append(st.headline)
    units = native_units(a, rng, dateline(rng, lede_kind(rng), a['date'] or rand_date(rng)) if rng.random() < 0.3 else '')
    st.out += [l for _, l in units]
    absorb(st, units)
    if rng.random() < 0.35:
        s = rng.choice(['Source: ', 'Source: ', 'Originally published at ', 'Read more at ', 'via ', 'Source - ']) + domain(rng, a['source'])
        st.out.append(s)
        st.remove.append(norm(s))
        if rng.random() < 0.5:
            dumpinfo['forbidden'].append(norm(s))


def render_dateline(st, rng, i, dumpinfo):
    a = st.art
    date = a['date'] or rand_date(rng)
    if i == 0 and rng.random() < 0.5:
        st.headline = a['title']
        st.out.append(st.headline)
    units = native_units(a, rng, dateline(rng, lede_kind(rng), date), subheads=rng.choice([0, 1, 2, 2, 3]))
    st.out += [l for _, l in units]
    absorb(st, units)
    for _ in range(rng.choice([1, 1, 2])):
        c = contributor(rng, a['source'])
        st.out.append(c)
        st.optional.append(norm(c))


def render_widget(st, rng, i, dumpinfo):
    a = st.art
    date = a['date'] or rand_date(rng)
    st.headline = a['title']
    units = native_units(a, rng, dateline(rng, 'colon', date) if rng.random() < 0.75 else '')
    bodies = [l for t, l in units if t == 'body']
    st.out += [st.headline, '']
    if rng.random() < 0.7:
        cap = bodies[0].split('. ')[0].rstrip('.') + '. ' + rng.choice(['(AFP/File)', '(AP Photo)', '(Reuters)', f'({rng.choice(AGENCIES)})', f'(Photo: {person(rng)})', '(Supplied)', '(File photo)'])
        cap = re.sub(r'^[^:]{0,40}: ', '', cap)
        st.out.append(cap)
        st.optional.append(norm(cap))
    for _ in range(rng.randint(2, 5)):
        w = widget_line(rng, date)
        st.out.append(w)
        st.remove.append(norm(w))
        if len(w) >= 8 and rng.random() < 0.3:
            dumpinfo['forbidden'].append(norm(w))
    st.out.append('')
    if rng.random() < 0.8:
        st.out += [st.headline, '']
        st.remove.append(norm(st.headline))
    if rng.random() < 0.8:
        src = rng.choice(bodies[1:] or bodies)
        tease = rng.choice(['  • ', '• ', '- ', '▸ ']) + src.split('. ')[0].rstrip('.')
        st.out += [tease, '']
        st.optional.append(norm(tease))
    st.out += [l for _, l in units]
    absorb(st, units)
    st.out += ['', '']


def render_wire(st, rng, i, dumpinfo):
    a = st.art
    date = a['date'] or rand_date(rng)
    agency = rng.choice(WIRE_AGENCIES)
    width = rng.randint(66, 72)
    indent_mode = rng.random() < 0.4
    ind = ' ' * rng.choice([2, 3, 4, 5])
    units = native_units(a, rng, dateline(rng, 'wire', date, agency))
    for k, (t, l) in enumerate(units):
        if indent_mode:
            wrapped = textwrap.wrap(l, width, initial_indent=ind, break_long_words=False, break_on_hyphens=False)
        else:
            wrapped = textwrap.wrap(l, width, break_long_words=False, break_on_hyphens=False)
            if k:
                st.out.append('')
        st.out += wrapped
    absorb(st, units)
    if not indent_mode:
        st.out.append('')
    r = rng.random()
    if r < 0.35:
        s = 'Reuter' if agency == 'Reuters' and rng.random() < 0.7 else rng.choice(['Reuter', 'AP', 'dpa', f'{agency} ' + rng.choice(['nm', 'jw', 'kr', 'ss'])])
        st.out.append(s)
        st.remove.append(s)
    elif r < 0.8:
        s = f'(Reporting by {person(rng, False)}; Editing by {person(rng, False)})'
        st.out += textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False)
        st.optional.append(norm(s))
    else:
        s = f'(Reporting by {person(rng, False)})'
        st.out.append(s)
        st.optional.append(s)
        s2 = rng.choice([f'(c) Copyright Thomson Reuters {date[0]}', f'{agency} {date[2]:02d}{date[1]:02d}{rng.randint(0, 2359):04d}', '((END))', '-- END --', 'MORE'])
        st.out.append(s2)
        st.remove.append(s2)
    st.out.append('')


STYLES = {'blank': render_blank, 'dense': render_dense, 'dateline': render_dateline,
          'widget': render_widget, 'wire': render_wire}


def overlapping(art, chosen):
    b = set(l for l, t in zip(art['lines'], art['labels']) if t == 'body')
    s = set()
    for c in chosen:
        if c['title'] == art['title']:
            return True
        cb = set(l for l, t in zip(c['lines'], c['labels']) if t == 'body')
        if len(b & cb) > 0.2 * min(len(b), len(cb)):
            return True
    return False


def build(args):
    rng = random.Random(args.seed)
    docs = [json.loads(l) for l in gzip.open(args.corpus, 'rt', encoding='utf-8') if l.strip()]
    arts = prep_articles(docs, args.max_article_chars)
    by_out = defaultdict(list)
    for a in arts:
        by_out[a['source']].append(a)
    outlets = sorted(by_out)
    for o in outlets:
        rng.shuffle(by_out[o])
    print(f'{len(arts)} usable articles from {len(outlets)} outlets', file=sys.stderr)
    os.makedirs(args.out, exist_ok=True)
    gold = {'version': 1, 'forbidden_substrings': [], 'files': {}}
    styles = list(STYLES)
    order = []
    all_forbidden = []
    for n in range(args.dumps):
        if n % len(styles) == 0:
            order = styles[:]
            rng.shuffle(order)
        style = order[n % len(styles)]
        k = rng.randint(2, args.max_stories)
        chosen = []
        tries = 0
        while len(chosen) < k and tries < 200:
            tries += 1
            o = rng.choice(outlets)
            if not by_out[o]:
                continue
            a = by_out[o][-1]
            if overlapping(a, chosen):
                by_out[o].pop()
                continue
            chosen.append(by_out[o].pop())
        info = {'forbidden': []}
        stories = []
        out = []
        for i, a in enumerate(chosen):
            st = Story(a)
            STYLES[style](st, rng, i, info)
            stories.append(st)
            out += st.out
        text = '\n'.join(out).rstrip('\n') + '\n'
        if style in ('dense', 'dateline'):
            text = re.sub(r'\n{2,}', '\n', text)
        h = hashlib.sha1(f'{args.seed}:{n}:{text}'.encode()).hexdigest()[:16]
        gz = rng.random() < args.gz_share
        name = f'{n:03d}_{h}.txt' + ('.gz' if gz else '')
        path = os.path.join(args.out, name)
        data = text.encode('utf-8')
        if gz:
            with open(path, 'wb') as fh:
                fh.write(gzip.compress(data, mtime=0))
        else:
            with open(path, 'wb') as fh:
                fh.write(data)
        remove = []
        for st in stories:
            remove += [norm(r) for r in st.remove if norm(r)]
        # consistency: a remove line must not be body/optional text anywhere in this file
        kept = [l for st in stories for l in st.body + st.optional]
        keptset = set(kept)
        blob = '\n'.join(kept)
        remove = [r for r in remove if r not in keptset and not (len(r) >= 20 and r in blob)]
        gst = [st.gold() for st in stories]
        for g in gst:
            g['metadata']['style'] = style
        gold['files'][name] = {'stories': gst, 'remove': remove}
        all_forbidden += info['forbidden']
    # forbidden substrings: never inside any kept text or headline of any file
    kept_blob = '\n'.join(l for f in gold['files'].values() for s in f['stories']
                          for l in s['body'] + s['optional'] + [s['headline'] or ''] + s['headline_alternatives'])
    seen = []
    for f in all_forbidden:
        if f and f not in seen and f not in kept_blob:
            seen.append(f)
    gold['forbidden_substrings'] = seen
    with open(os.path.join(args.out, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    c = Counter(f['stories'][0]['metadata']['style'] for f in gold['files'].values())
    print(f'wrote {args.dumps} dumps to {args.out}: styles {dict(c)}, '
          f'{sum(len(f["stories"]) for f in gold["files"].values())} stories, {len(seen)} forbidden substrings', file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--dumps', type=int, default=300)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--max-stories', type=int, default=8)
    ap.add_argument('--max-article-chars', type=int, default=12000)
    ap.add_argument('--gz-share', type=float, default=0.25)
    build(ap.parse_args())


if __name__ == '__main__':
    main()
