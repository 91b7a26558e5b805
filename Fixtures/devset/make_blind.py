#!/usr/bin/env python3
"""Blind dev-set generator: scraped news-site dumps built from real articles, with gold.

usage: make_blind.py --corpus allsides-dev.jsonl.gz --out DIR --dumps N --seed S [--oracle FILE]

Written in session 13 without reading the other generators, the cleaning code or its results;
only the issue text, the seed dumps and their gold, the corpus and the scorer were used. Each dump
is one invented outlet "house template" (kicker/breadcrumb above headlines, bylines with roles,
absolute or relative timestamps, reading-time and listen widgets, image alt-text and credit pairs,
key-point boxes, pull quotes, related links, tag lists, copyright and "originally appeared" lines,
"Most read" lists and newsletter boxes between stories, repeated headlines, stories without
headlines, no blank lines, hard wrapping, CRLF) filled with 2-8 real articles of one corpus outlet.
Files are `.txt`, `.txt.gz` or `.jsonl` (a record's `text` holds one or more glued stories).

Gold labelling (gold.json, the seeds' format): generated furniture goes to `remove`; lines that
repeat the story (pull quotes, key-point bullets, a caption that is a body sentence), contributor
lines, wire trailers and author bios go to the story's `optional` (either fate is right). The
articles' own native lines are labelled honestly: prose is body; unmistakable furniture
(`Story Continued Below`, `ADVERTISEMENT`, `Slideshow (5 Images)`, copyright lines, app promos...)
is `remove`; anything ambiguous (separators, `More:`, one- or two-word lines, names) is optional;
short headline-like lines inside an article are subheads: body, listed in `subheads_kept_inside`.
A final pass drops from `remove` any line that also occurs as (or, 20+ chars, inside) a kept
line, and `forbidden_substrings` only lists markers that occur in no non-removed line of the set.
Also written: styles.json (per dump, the template), kinds.json (per dump, remove line -> kind).
`--oracle FILE` writes each gold story as one JSONL record; the scorer must give 1.0 on it.
"""
import argparse, gzip, hashlib, json, os, random, re, textwrap
from collections import defaultdict

FIRST = "Anna Marcus Priya Daniel Sofia Kwame Elena Tomas Grace Hiroshi Leila Owen Maya Rafael Ingrid Samuel Nadia Victor Chloe Ibrahim".split()
LAST = "Okafor Lindqvist Brennan Castillo Nakamura Haddad Whitaker Petrova Mensah Delgado Forsyth Kowalski Ramirez Osei Fischer Moreau Quinn Abbott Varga Sato".split()
ROLES = ["Senior Correspondent", "Staff Writer", "Washington Bureau Chief", "Political Reporter",
         "Contributing Editor", "Associated Press", "Reuters", "National Security Editor"]
AGENCIES = ["AP", "Reuters", "AFP", "EPA", "Bloomberg", "Anadolu", "NurPhoto", "Sipa USA", "Shutterstock"]
OUT_A = "Harbor Ridge Granite Lakeshore Meridian Pinecrest Northfield Summit Riverside Capitol".split()
OUT_B = "Ledger Courier Dispatch Sentinel Chronicle Observer Herald Gazette Tribune Bulletin".split()
SECTIONS = ["World", "Politics", "U.S.", "Business", "Europe", "Congress", "Elections", "Opinion",
            "Analysis", "National", "Health", "Economy", "Middle East", "White House"]
CITIES = ["WASHINGTON", "NEW YORK", "LONDON", "BRUSSELS", "CHICAGO", "PARIS", "BERLIN", "ATLANTA",
          "LOS ANGELES", "GENEVA", "TOKYO", "DENVER"]
MONTHS = "January February March April May June July August September October November December".split()

# Native lines of the corpus bodies: unmistakable furniture (remove) vs ambiguous (optional).
NATIVE_REMOVE = re.compile(
    r"^(story continued below|advertisement( continue reading the main story)?|continue reading below|"
    r"photo|video|slideshow \(\d+ images\)|click (here )?(to|for) (get )?the fox news app|"
    r"follow @\w+|this article is more than \d+ \w+ old|listen to article.*|share this article.*|"
    r"link copied|play facebook|(next|prev) image \d+ of \d+|copyright (© ?)?\d{4}.*|©.*|"
    r"thank you for signing up.*|sign up for .*|subscribe now.*|\( ?photos?:.*\)|"
    r"get our top investigations.*|support vox’s explanatory journalism|\[image\]|\[pullquote\]|"
    r"click here for (complete )?.*coverage|(read more|related|see also|watch|more|click here) ?:.*|"
    r"\{\".*|(photos?|image|illustration|graphic|video)( by|:) .*|embed\b.*|.*\bad policy|.*\([^()]*(photo|getty images|photographer|/ ?staff)[^()]*\))$", re.I)
UPDATE_NOTE = re.compile(r"^(updated?( at)?\b|correction:|editor['’]s note)", re.I)
CONTRIB = re.compile(r"contributed (to )?(this )?(report|article|story|reporting)", re.I)
TERMINAL = tuple('.!?"”’)…')

def norm(s):
    return ' '.join(s.replace('\xa0', ' ').split())

def classify(p):
    """Label one native paragraph: body, subhead (body), remove or optional."""
    if len(p) < 160 and NATIVE_REMOVE.match(p):
        return 'remove'
    if (CONTRIB.search(p) or UPDATE_NOTE.match(p)) and len(p) < 300:
        return 'optional'
    words = p.split()
    if not re.search(r'[A-Za-z]{2}', p) or len(words) <= 2 or (p.endswith(':') and len(words) <= 6):
        return 'optional'          # separators, "More:", names, "Twitter"
    if len(p) <= 70 and not p.endswith(TERMINAL + (':',)) and p[0].isupper():
        return 'subhead'
    return 'body'

def iso_date(raw):
    """The corpus dates come as 2016-09-20 or 4/18/18; anything else becomes a fixed date."""
    raw = raw or ''
    if re.match(r'^\d{4}-\d\d-\d\d', raw):
        return raw[:10]
    m = re.match(r'^(\d{1,2})/(\d{1,2})/(\d{2,4})$', raw.strip())
    if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
        y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return f"{y:04d}-{int(m[1]):02d}-{int(m[2]):02d}"
    return '2019-06-01'

def load(path):
    """Articles by outlet, each as (title, date, [(paragraph, label)]); transcripts and stubs skipped."""
    by = defaultdict(list)
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        for line in fh:
            d = json.loads(line)
            ps = [norm(p) for p in d['text'].split('\n') if norm(p)]
            if not d.get('title') or len(ps) < 3 or max(len(p) for p in ps) > 3000:
                continue
            labels = [classify(p) for p in ps]
            if sum(l != 'body' for l in labels) > 0.3 * len(ps) or labels.count('body') < 3:
                continue       # transcripts (speaker names), galleries, mostly-furniture pages
            by[d['source']].append((norm(d['title']), iso_date(d.get('date')), list(zip(ps, labels))))
    # Prose that recurs in 3+ articles of one outlet ("Send letters to ...") is house boilerplate that
    # reads as prose: either fate is right, so it is optional rather than body.
    for arts in by.values():
        seen = defaultdict(int)
        for _, _, ps in arts:
            for p in {p for p, _ in ps}:
                seen[p] += 1
        for k, (ti, da, ps) in enumerate(arts):
            arts[k] = (ti, da, [(p, 'optional' if l in ('body', 'subhead') and seen[p] >= 3 else l) for p, l in ps])
    return by

def sentences(paras):
    out = []
    for p in paras:
        for s in re.split(r'(?<=[.!?])\s+(?=[A-Z“"])', p):
            # not cut after an abbreviation ("state Rep.", "Gov.", "U.S.")
            if 40 <= len(s) <= 160 and s[-1] in '.!?' and not re.search(r'\b([A-Z][a-z]{0,3}|[A-Z]\.[A-Z])\.$', s):
                out.append(s)
    return out

def template(rng):
    """One outlet's house style: every choice a dump's stories share."""
    name = f"The {rng.choice(OUT_A)} {rng.choice(OUT_B)}"
    t = dict(
        outlet=name, site=name.lower().replace('the ', '').replace(' ', '') + '.com',
        fmt=rng.choices(['txt', 'txt.gz', 'jsonl'], [6, 2, 2])[0],
        crlf=rng.random() < 0.1,
        para_sep=rng.choices(['blank', 'none', 'indent'], [5, 4, 1])[0],
        story_sep=rng.choice(['blank', 'none', 'rule', 'most_read', 'newsletter']),
        wrap=rng.choice([0, 0, 0, 64, 72, 78]),
        headline=rng.choices(['plain', 'kicker', 'date_prefix', 'suffix', 'upper', 'label'], [5, 3, 1, 2, 1, 1])[0],
        nohead_p=rng.choices([0.0, 0.3, 1.0], [7, 2, 1])[0],
        breadcrumb=rng.random() < 0.25, repeat_headline=rng.random() < 0.2,
        byline=rng.choice([None, 'by_role', 'by_pair', 'caps_pipe', 'written_by']),
        stamp=rng.choice([None, 'et', 'relative', 'published', 'day_month', 'iso', 'posted']),
        reading=rng.choice([None, None, 'listen', 'min_read', 'reading_time']),
        share=rng.choice([None, None, 'share', 'icons', 'comments', 'tools']), dek=rng.random() < 0.2,
        image=rng.choice([None, 'credit', 'inline_caption', 'file_photo', 'caption_then_credit']),
        image_first=rng.random() < 0.4, dateline=rng.choice([None, None, 'paren', 'colon', 'wire']),
        keypoints=rng.random() < 0.2, bullet=rng.choice(['•', '-', '*', '▪']), pullquote=rng.random() < 0.25, related=rng.random() < 0.3,
        mid_ad=rng.random() < 0.3, trailer=rng.choice([None, 'wire', 'origin', 'source', 'bio']),
        tags=rng.random() < 0.3, copyright=rng.random() < 0.25, tight_furn=rng.random() < 0.5,
        structured=rng.random() < 0.3)
    # A story without a headline still needs one boundary signal, as in seed 002: a dateline.
    if t['nohead_p'] and not (t['byline'] or t['stamp'] or t['image'] or t['dateline']) \
            and t['story_sep'] in ('blank', 'none'):
        t['dateline'] = 'paren'
    return t

def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

def when(date, rng):
    y, m, d = (int(x) for x in date[:10].split('-'))
    h, mi = rng.randint(1, 12), rng.randint(0, 59)
    return y, m, d, h, mi, rng.choice(['a.m.', 'p.m.'])

def build_story(art, t, rng, others):
    """One story as dump lines plus its gold: (lines, story, remove[(line, kind)])."""
    title, date, paras = art
    y, mo, d, h, mi, ap = when(date, rng)
    mon = MONTHS[mo - 1]
    lines, rem, opt, meta = [], [], [], {}
    body_ps = [p for p, l in paras if l in ('body', 'subhead')]
    sents = sentences([p for p, l in paras if l == 'body'][1:]) or sentences(body_ps)

    def furn(line, kind):
        lines.append(('f', line)); rem.append((line, kind))

    headline, alts = None, []
    if rng.random() >= t['nohead_p']:
        headline = title
        if t['breadcrumb']:
            furn(' › '.join(['Home', rng.choice(SECTIONS), rng.choice(SECTIONS)]) if rng.random() < .5
                 else ' > '.join(['News', rng.choice(SECTIONS)]), 'breadcrumb')
        if t['headline'] == 'kicker':
            furn(rng.choice(SECTIONS).upper() if rng.random() < .5 else rng.choice(SECTIONS), 'kicker')
        shown = title
        if t['headline'] == 'date_prefix':      # the seeds' form: the prefix must not reach the title
            shown = f"date {date[:10]} {title}"; meta['date'] = date[:10]
        elif t['headline'] == 'suffix':
            shown = f"{title} | {t['outlet']}"; alts.append(shown)
        elif t['headline'] == 'upper':
            shown = title.upper(); headline, alts = shown, [title]
        elif t['headline'] == 'label':
            shown = f"{rng.choice(['Analysis', 'Exclusive', 'Explainer', 'Live'])}: {title}"
            headline, alts = shown, [title]
        lines.append(('h', shown))
        if t['dek'] and sents:     # a standfirst repeating a body sentence: optional, as in seed 004
            lines.append(('o', sents[0])); opt.append(sents[0])
    if t['image'] and t['image_first'] and headline:
        image_block(lines, rem, opt, meta, t, rng, sents, furn)
    if t['byline']:
        a, b = person(rng), person(rng)
        furn({'by_role': f"By {a}, {rng.choice(ROLES)}", 'by_pair': f"By {a} and {b}",
              'caps_pipe': f"{a.upper()} | {t['outlet']}", 'written_by': f"Written by {a}"}[t['byline']], 'byline')
        meta['authors'] = [a, b] if t['byline'] == 'by_pair' else [a]
    if t['stamp']:
        s = {'et': f"{mon[:3]} {d}, {y} at {h}:{mi:02d} {ap} ET",
             'relative': f"Updated {rng.randint(2, 11)} hours ago",
             'published': f"Published {mon} {d}, {y} {h}:{mi:02d}{ap.replace('.', '')} EST",
             'day_month': f"Updated {d} {mon} {y}", 'iso': f"{date[:10]}T{h:02d}:{mi:02d}:00Z",
             'posted': f"Posted: {d:02d}/{mo:02d}/{y} {h:02d}.{mi:02d} GMT"}[t['stamp']]
        furn(s, 'timestamp')
        if t['stamp'] != 'relative':
            meta['updated' if 'Updated' in s else 'date'] = date[:10]
    if t['reading']:
        n = max(1, sum(len(p.split()) for p in body_ps) // 230)
        furn({'listen': f"Listen to this article · {n} min", 'min_read': f"{n} min read",
              'reading_time': f"Reading time: {n} minutes"}[t['reading']], 'reading_time')
    if t['share']:
        for w in {'share': ['Share', 'Save'], 'icons': ['Facebook Twitter Email'], 'tools': ['Print', 'Email', 'Gift Article'],
                  'comments': [f"{rng.randint(3, 400)} Comments", 'Share this article']}[t['share']]:
            furn(w, 'widget')
    if t['image'] and not (t['image_first'] and headline):
        image_block(lines, rem, opt, meta, t, rng, sents, furn)
    if headline and t['repeat_headline']:
        furn(title, 'repeated_headline')
    if t['keypoints'] and len(sents) >= 3:
        furn(rng.choice(['Key points', 'What to know', 'THE FACTS', 'Highlights']), 'keypoints')
        for s in rng.sample(sents, min(3, len(sents))):
            lines.append(('o', f"{t['bullet']} {s}")); opt.append(lines[-1][1])
    body, subheads, first = [], [], True
    for k, (p, lab) in enumerate(paras):
        if lab == 'remove':
            furn(p, 'native'); continue
        if lab == 'optional':
            lines.append(('o', p)); opt.append(p); first = False
            if CONTRIB.search(p):
                meta.setdefault('contributors', []).append(p)
            continue
        if first and t['dateline'] and lab == 'body' and not re.match(r'^[A-Z .,()]{4,}[—:-]', p):
            city = rng.choice(CITIES)
            p = {'paren': f"({city}) — ", 'colon': f"{city}: ",
                 'wire': f"{city}, {mon} {d} ({t['outlet'].split()[1]}) - "}[t['dateline']] + p
            meta['dateline'] = city
        first = False
        lines.append(('b', p)); body.append(p)
        if lab == 'subhead':
            subheads.append(p)
        if k == 2 and t['mid_ad']:
            furn(rng.choice(['Advertisement', 'Story continues below advertisement', 'ADVERTISEMENT']), 'widget')
        if k == 3 and t['related'] and others:
            furn(f"{rng.choice(['READ MORE', 'RELATED', 'Related'])}: {rng.choice(others)}", 'related')
        if k == 4 and t['pullquote'] and sents:
            q = rng.choice(sents); q = f"“{q}”" if rng.random() < .5 else q
            lines.append(('o', q)); opt.append(q)
    tr = t['trailer']
    if tr == 'wire':
        lines.append(('o', f"(Reporting by {person(rng)}; Editing by {person(rng)})")); opt.append(lines[-1][1])
        meta.setdefault('contributors', []).append(lines[-1][1])
    elif tr == 'origin':
        furn(f"This article originally appeared on {t['outlet'].replace('The ', '')}.", 'source')
    elif tr == 'source':
        furn(f"Source: {t['site']}", 'source')
    elif tr == 'bio':
        lines.append(('o', f"{person(rng)} is a {rng.choice(ROLES[:5]).lower()} at {t['outlet']} covering {rng.choice(SECTIONS).lower()}."))
        opt.append(lines[-1][1])
    if t['tags']:
        words = sorted({w.strip('.,“”"’') for p in body for w in p.split()[1:] if w[:1].isupper() and len(w) > 4})
        if words:
            furn(rng.choice(['Tags: ', 'Topics: ', 'Filed under: ']) + ', '.join(rng.sample(words, min(4, len(words)))), 'tags')
    if t['copyright']:
        furn(f"© {y} {t['outlet']}. All rights reserved.", 'copyright')
    story = dict(headline=headline, body=body, optional=opt, subheads_kept_inside=subheads,
                 headline_alternatives=alts, metadata=meta)
    return lines, story, rem

def image_block(lines, rem, opt, meta, t, rng, sents, furn):
    """A lead image as the outlet shows it: credit only, caption with inline credit, alt text, ..."""
    who, ag = person(rng), rng.choice(AGENCIES)
    credit = rng.choice([f"{who}/{ag} via Getty Images", f"Photo: {who}/{ag}", f"(Photo by {who}/Getty Images)",
                         f"Image copyright {ag}", f"toggle caption {who}/{ag}", f"Credit: {who} for {t['outlet']}"])
    kind = t['image']
    if kind == 'inline_caption' and sents:
        credit = f"{rng.choice(['AP', 'AFP', 'EPA', 'Reuters'])} Photo/{who}"
        furn(f"{rng.choice(sents)} ({credit})", 'caption')
    elif kind == 'credit' or not sents:
        furn(credit, 'credit')
    elif kind == 'file_photo':
        furn(f"FILE PHOTO: {rng.choice(sents)}", 'caption'); furn(credit, 'credit')
    else:   # a body sentence reused as the caption: it repeats the story, so optional
        c = rng.choice(sents); lines.append(('o', c)); opt.append(c); furn(credit, 'credit')
    meta.setdefault('credits', []).append(credit)

def between(t, rng, others, out):
    """Furniture glued between two stories: a rule, a "Most read" list or a newsletter box."""
    s = t['story_sep']
    if s == 'rule':
        out.append(('f', rng.choice(['* * *', '————', '----------', '###']), 'separator'))
    elif s == 'most_read' and others:
        out.append(('f', rng.choice(['Most Read', 'MOST POPULAR', 'Trending Now', 'Most read']), 'most_read'))
        num = rng.random() < .5
        for i, o in enumerate(rng.sample(others, min(len(others), rng.randint(3, 5))), 1):
            out.append(('f', f"{i}. {o}" if num else o, 'most_read'))
    elif s == 'newsletter':
        for l in [f"Sign up for the {t['outlet'].split()[1]} {rng.choice(['Morning Briefing', 'Politics Newsletter', 'Daily Digest'])}",
                  'Get the latest headlines delivered to your inbox.', 'Enter your email address', rng.choice(['Sign Up', 'Subscribe'])]:
            out.append(('f', l, 'newsletter'))

def render(stories_lines, t, rng, seps):
    """Lay the stories out as one text in the template's blank-line, indent and wrap style."""
    out, blank = [], t['para_sep'] == 'blank'
    for i, lines in enumerate(stories_lines):
        if i:
            gap = not blank and t['story_sep'] != 'none'
            if gap:
                out.append('')
            for _, l, _ in seps[i - 1]:
                out.append(l)
            if seps[i - 1] and (gap or blank):
                out.append('')
        for j, (tag, l) in enumerate(lines):
            if tag in 'bo' and t['wrap']:
                ws = textwrap.wrap(l, t['wrap'], break_long_words=False, break_on_hyphens=False)
            else:
                ws = [l]
            if tag == 'b' and t['para_sep'] == 'indent':   # first line of a paragraph only
                ws = ['    ' + ws[0]] + ws[1:]
            out += ws
            tight = t['tight_furn'] and tag == 'f' and j + 1 < len(lines) and lines[j + 1][0] == 'f'
            if blank and not tight:
                out.append('')
    while out and out[-1] == '':
        out.pop()
    nl = '\r\n' if t['crlf'] else '\n'
    return nl.join(out) + nl

def make_dump(idx, outlet, arts, rng, all_titles):
    t = template(rng)
    n = min(len(arts), rng.randint(2, 8))
    # Some outlets run explainers, Q&As, numbered lists and long reads: prefer articles with subheads,
    # questions, "Q:" lines or numbered paragraphs ("1. ..."), none of which is a story boundary.
    rich = [a for a in arts if sum(l == 'subhead' or p.endswith('?') or bool(re.match(r'(Q[:.]|\d{1,2}[.)]) ', p))
                                   for p, l in a[2]) >= 2]
    chosen = rng.sample(rich, n) if t['structured'] and len(rich) >= n else rng.sample(arts, n)
    mine = {a[0] for a in chosen}
    others = [x for x in rng.sample(all_titles, 40) if x not in mine]
    built = [build_story(a, t, rng, others) for a in chosen]
    seps = []
    for _ in range(n - 1):
        out = []; between(t, rng, others, out); seps.append(out)
    fname = f"{idx:03d}_{hashlib.sha1(f'{outlet}{idx}{rng.random()}'.encode()).hexdigest()[:16]}.{t['fmt']}"
    if t['fmt'] == 'jsonl':
        recs, i = [], 0
        while i < n:
            k = rng.randint(1, 3)
            if i + k - 1 < len(seps):
                seps[i + k - 1] = []      # a page ends with its last story: nothing glued after it
            text = render([b[0] for b in built[i:i + k]], t, rng, seps[i:i + k - 1])
            recs.append(dict(id=f"{fname.split('.')[0]}-{len(recs)}", url=f"https://www.{t['site']}/page/{len(recs)}",
                             fetched=chosen[i][1], text=text))
            i += k
        data = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)
    else:
        data = render([b[0] for b in built], t, rng, seps)
    remove = [r for b in built for r in b[2]] + [(l, k) for s in seps for _, l, k in s]
    stories = [b[1] for b in built]
    # Consistency: a line that is also kept text (whole, or inside it when 20+ chars) cannot be
    # required gone; it stays in the dump but leaves the gold's remove list.
    kept = {norm(x) for s in stories for x in s['body'] + s['optional']}
    blob = '\n'.join(kept)
    remove = [(l, k) for l, k in remove if norm(l) not in kept and not (len(norm(l)) >= 20 and norm(l) in blob)]
    gold = dict(stories=stories, remove=[l for l, _ in remove])
    style = dict(t, outlet_corpus=outlet, stories=n, no_headline=sum(s['headline'] is None for s in stories))
    return fname, data, gold, style, {l: k for l, k in remove}

FORBID = ['via Getty Images', 'Listen to this article', 'min read', 'Story continues below', 'All rights reserved',
          'originally appeared on', 'Enter your email', 'Image copyright', 'toggle caption', 'FILE PHOTO:',
          'Most Read', 'MOST POPULAR', 'Reading time:']

def check(texts, gold):
    """The gold must describe the dumps: every story's headline, body and optional lines occur in
    its dump in order, and every remove line is a whole line of it."""
    for fname, data in texts.items():
        if fname.endswith('.jsonl'):
            data = '\n'.join(json.loads(l)['text'] for l in data.splitlines())
        lines = {norm(l) for l in data.splitlines()}
        blob, pos = norm(data), 0
        for s in gold['files'][fname]['stories']:
            for x in ([s['headline']] if s['headline'] and norm(s['headline']) in lines else []) + s['body']:
                at = blob.find(norm(x), pos)
                assert at >= 0, (fname, x[:80])
                pos = at + len(norm(x))
            assert all(norm(x) in blob for x in s['optional']), fname
        assert all(norm(x) in lines for x in gold['files'][fname]['remove']), fname

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', required=True); ap.add_argument('--out', required=True)
    ap.add_argument('--dumps', type=int, default=150); ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--oracle', help='also write the gold stories as JSONL(.gz) records here')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    by = load(a.corpus)
    outlets = sorted(o for o, arts in by.items() if len(arts) >= 2)
    all_titles = sorted({x[0] for arts in by.values() for x in arts})
    os.makedirs(a.out, exist_ok=True)
    gold = dict(version=1, forbidden_substrings=[], files={})
    styles, kinds, texts = {}, {}, {}
    for i in range(a.dumps):
        outlet = rng.choice(outlets)
        fname, data, g, st, kd = make_dump(i, outlet, by[outlet], rng, all_titles)
        raw = data.encode('utf-8')
        with open(os.path.join(a.out, fname), 'wb') as fh:
            fh.write(gzip.compress(raw, mtime=0) if fname.endswith('.gz') else raw)
        gold['files'][fname], styles[fname], kinds[fname] = g, st, kd
        texts[fname] = data
    # A marker is forbidden only if every dump line holding it is a line the gold removes, and no
    # headline holds it ("date 2024-01-02" prefixes of headline lines are forbidden too, as in the seeds).
    bad = set()
    for fname, data in texts.items():
        rem = set(norm(x) for x in gold['files'][fname]['remove'])
        if fname.endswith('.jsonl'):
            data = '\n'.join(json.loads(l)['text'] for l in data.splitlines())
        for l in data.splitlines():
            if norm(l) not in rem:
                bad.update(m for m in FORBID if m in l)
        for s in gold['files'][fname]['stories']:
            bad.update(m for m in FORBID if m in (s['headline'] or '') or any(m in x for x in s['body'] + s['optional']))
    dates = sorted({f"date {s['metadata']['date']}" for f, g in gold['files'].items() if styles[f]['headline'] == 'date_prefix'
                    for s in g['stories'] if s['headline'] and 'date' in s['metadata']})
    for fname, g in gold['files'].items():
        for s in g['stories']:
            bad.update(m for m in dates if any(m in x for x in s['body'] + s['optional']))
    forb = [m for m in FORBID if m not in bad and any(m in k for kd in kinds.values() for k in kd)]
    forb += [m for m in dates if m not in bad]
    gold['forbidden_substrings'] = forb
    for name, obj in [('gold.json', gold), ('styles.json', styles), ('kinds.json', kinds)]:
        with open(os.path.join(a.out, name), 'w', encoding='utf-8') as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=1)
    check(texts, gold)
    if a.oracle:
        recs = [json.dumps(dict(source=f, title=s['headline'], text='\n'.join(s['body'])), ensure_ascii=False)
                for f, g in gold['files'].items() for s in g['stories']]
        data = ('\n'.join(recs) + '\n').encode('utf-8')
        with open(a.oracle, 'wb') as fh:
            fh.write(gzip.compress(data, mtime=0) if a.oracle.endswith('.gz') else data)
    n = sum(len(g['stories']) for g in gold['files'].values())
    print(f"{a.dumps} dumps, {n} stories, {sum(len(g['remove']) for g in gold['files'].values())} remove lines, "
          f"{sum(len(s['body']) for g in gold['files'].values() for s in g['stories'])} body lines, forbidden {forb}")

if __name__ == '__main__':
    main()
