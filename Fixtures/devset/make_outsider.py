#!/usr/bin/env python3
"""An outsider's dump generator: scrape-dump styles written WITHOUT looking at make_devset.py.

usage: make_outsider.py --corpus allsides-dev.jsonl.gz --out DIR [--dumps 150] [--seed N]

Why a second generator: every dev set so far came from one generator whose styles Winnow was tuned
against; the judge's dumps come from someone else's. This one draws its own styles per outlet and per
dump (CRLF, indented or hard-wrapped paragraphs, separators, case-changed headlines with deks,
bylines, published/updated lines, captions and credits, related/read-more links, promos, social
counters, consent lines, headline-less stories, JSONL records holding several stories) and writes
the gold in the seeds' format (gold.json) plus kinds.json (every removable line's kind, so removal
can be scored per kind). Deterministic for a seed.

Native lines of the real articles: a line is 'remove' only when it is unmistakably site furniture
(NATIVE_FURNITURE), 'optional' when short or unpunctuated (subheads, credits, ambiguous), else body.
"""
import argparse, gzip, hashlib, json, os, random, re, textwrap

NATIVE_FURNITURE = re.compile(
    r'^(advertisement|story continued below|continue reading( the main story)?|'
    r'click (here|to) .{0,60}|more on this\.*|©.{0,120}|copyright .{0,120}|.{0,80}all rights reserved\.?|'
    r'sign up for .{0,100}|related: .{0,150}|read more(: .{0,150})?|share this( article| story)?:?|'
    r'watch: .{0,80}|photo: .{0,100}|\(?(ap|reuters|getty images|afp)\b( photo)?[/ ].{0,40}\)?)$',
    re.I)
# Long native lines that may be furniture (captions with a photo credit, contributor and bio
# trailers, disclaimers, app and newsletter promos, polls): neither body nor sure 'remove'.
NATIVE_AMBIGUOUS = re.compile(
    r'photo[:/]|\(ap photo|getty images|reuters/|/reuters|toggle caption|\(photo|\bcredit:|'
    r'contributed (to )?(this )?report|contributed reporting|opinions expressed|do not (necessarily )?'
    r'(represent|reflect) the views|newsletter|news alerts|subscribe|sign up|download|click here|'
    r'follow (us|him|her|\S+ on)|is the (host|author|editor)|is an? (\w+ )?(columnist|writer|editor|'
    r'professor|contributor|correspondent|fellow)|complete the survey|yes no|all rights reserved|'
    r'this (story|article) (has been|was) (updated|corrected)|\bemail\b.*@', re.I)
TERMINAL = tuple('.?!"”’\')')
FIRST = ['Maria', 'James', 'Anika', 'Tomás', 'Leah', 'Kwame', 'Ingrid', 'Rahul', 'Chloe', 'Diego',
         'Fatima', 'Oleg', 'Naomi', 'Peter', 'Yuki', 'Samuel', 'Grace', 'Hamid', 'Elena', 'Owen']
LAST = ['Okafor', 'Lindqvist', 'Brennan', 'Castillo', 'Whitfield', 'Nakamura', 'Dubois', 'Haddad',
        'Novak', 'Ferreira', 'MacLeod', 'Adeyemi', 'Kowalski', 'Sorensen', 'Mbeki', 'Ortega']
AGENCIES = ['Getty Images', 'Reuters', 'AP', 'AFP', 'EPA', 'Bloomberg', 'Shutterstock', 'Pool']
CITIES = ['WASHINGTON', 'NEW YORK', 'CHICAGO', 'LOS ANGELES', 'DENVER', 'ATLANTA', 'BOSTON',
          'MIAMI', 'HOUSTON', 'SEATTLE', 'LONDON', 'PARIS', 'BERLIN', 'TOKYO', 'NAIROBI', 'OTTAWA']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
VERBS = ['speaks to reporters', 'arrives for a meeting', 'walks past a police line',
         'waves to supporters', 'listens during a hearing', 'holds a sign', 'leaves the courthouse']
PLACES = ['outside the Capitol', 'at a rally', 'in the state legislature', 'at city hall',
          'near the border crossing', 'during a news conference', 'at the convention center']


def load(corpus):
    out = []
    with gzip.open(corpus, 'rt', encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            paras = [' '.join(p.split()) for p in r['text'].split('\n')]
            paras = [p for p in paras if p]
            kinds = [native_kind(p) for p in paras]
            n_body = sum(k == 'body' for k in kinds)
            # listicles and galleries (many short unpunctuated lines) have no sure gold: left out
            if n_body >= 2 and kinds.count('optional') <= max(1, n_body // 8) and r.get('title', '').strip():
                out.append(dict(r, paras=paras, kinds=kinds))
    return out


def native_kind(p):
    if NATIVE_FURNITURE.match(p):
        return 'remove'
    if NATIVE_AMBIGUOUS.search(p) and len(p) < 400:
        return 'optional'
    if len(p) < 40 or (len(p) < 110 and not p.endswith(TERMINAL)):
        return 'optional'
    return 'body'


class Style:
    """A dump's look: drawn per outlet (house style) then varied per dump."""
    def __init__(self, rng):
        c = rng.random
        self.crlf = c() < 0.3
        self.blank = c() < 0.55                      # blank line between paragraphs
        self.indent = rng.choice(['', '', '\t', '    ', '  '])
        self.wrap = rng.choice([0, 0, 0, 60, 68, 72, 76, 80])
        self.case = rng.choice(['asis', 'asis', 'upper', 'title', 'sentence'])
        self.headline_p = rng.choice([1.0, 1.0, 0.9, 0.6, 0.0])
        self.dek_p = rng.choice([0, 0, 0.5, 0.9])
        self.sep = rng.choice(['', '', '', '* * *', '----', '###', '=====', '—' * 3, '+++'])
        self.byline = rng.choice(['', 'by', 'by_date', 'agency', 'by_upper'])
        self.stamp = rng.choice(['', 'published', 'updated', 'both', 'posted', 'iso'])
        self.caption = rng.choice(['', '', 'paren', 'photo_colon', 'slash', 'credit_word'])
        self.caption_pos = rng.choice(['before_lede', 'inside', 'top'])
        self.related_p = rng.choice([0, 0.3, 0.6])
        self.promo_p = rng.choice([0, 0.2, 0.5])
        self.social = rng.choice(['', '', 'shares', 'comments', 'both'])
        self.cookie = c() < 0.2
        self.dateline_p = rng.choice([0, 0.3, 0.8])
        self.short_p = rng.choice([0.1, 0.3])
        self.jsonl = c() < 0.12


def case(h, how, body):
    """Sentence case keeps proper nouns: words the article capitalises mid-sentence, and acronyms."""
    if how == 'upper':
        return h.upper()
    if how == 'title':
        return ' '.join(w[:1].upper() + w[1:] for w in h.split(' '))
    if how == 'sentence':
        text = ' '.join(body)
        proper = set(re.findall(r"(?<=[a-z,;] )[A-Z][\w'’-]*", text))    # capitalised mid-sentence
        words = h.split(' ')
        return ' '.join([words[0]] + [w if w in proper or w.isupper() else w.lower() for w in words[1:]])
    return h


def person(rng):
    return f'{rng.choice(FIRST)} {rng.choice(LAST)}'


def date_words(rng, year):
    return rng.choice(MONTHS), rng.randint(1, 28), year


def stamp_lines(rng, st, date):
    y, m, d = (int(x) for x in date.split('-')) if date and re.match(r'\d{4}-\d\d-\d\d$', date) else (2019, 5, 14)
    mon, hh, mm = MONTHS[m - 1], rng.randint(1, 12), rng.randint(0, 59)
    ampm = rng.choice(['a.m.', 'p.m.', 'AM', 'PM'])
    tz = rng.choice(['ET', 'EST', 'EDT', 'GMT', 'UTC', ''])
    pub = {'published': f'Published {mon} {d}, {y} {hh}:{mm:02d} {ampm} {tz}'.strip(),
           'posted': f'Posted {m}/{d}/{y % 100:02d}',
           'iso': f'{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z'}
    upd = rng.choice([f'Updated {hh}:{mm:02d} {ampm} {tz}, {mon[:3]} {d}, {y}'.replace(' ,', ','),
                      f'Last updated on {mon} {d}, {y}', f'UPDATED {mon.upper()} {d}, {y}',
                      f'Updated {rng.randint(2, 50)} minutes ago'])
    if st.stamp == 'both':
        return [('stamp', pub['published']), ('stamp', upd)]
    if st.stamp == 'updated':
        return [('stamp', upd)]
    if st.stamp in pub:
        return [('stamp', pub[st.stamp])]
    return []


def byline(rng, st, date):
    n = person(rng)
    if st.byline == 'by':
        return rng.choice([f'By {n}', f'By {n} and {person(rng)}'])
    if st.byline == 'by_upper':
        return f'BY {n.upper()}'
    if st.byline == 'by_date':
        mon, d, y = date_words(rng, (date or '2019')[:4])
        return f'By {n} | {mon} {d}, {y}'
    if st.byline == 'agency':
        return f'{n}, {rng.choice(["Reuters", "Associated Press", "Bloomberg News", "AFP"])}'
    return None


def caption(rng, st):
    n, ag = person(rng), rng.choice(AGENCIES)
    what = f'{person(rng)} {rng.choice(VERBS)} {rng.choice(PLACES)} on {rng.choice(["Monday", "Tuesday", "Friday", "Sunday"])}.'
    return {'paren': [('caption', f'{what} ({ag} Photo/{n})')],
            'photo_colon': [('caption', what), ('credit', f'Photo: {n} / {ag}')],
            'slash': [('credit', f'{n}/{ag}'), ('caption', what)],
            'credit_word': [('caption', f'{what} Credit: {n} for {ag}')]}.get(st.caption, [])


def related(rng, others):
    h = ' '.join(rng.choice(others)['title'].split())
    return rng.choice([f'Related: {h}', f'READ MORE: {h}', f'Read more: {h}', f'RELATED: {h.upper()}',
                       f'See also: {h}', f'» {h}'])


def promo(rng):
    return rng.choice(['Sign up for our morning newsletter and get the news delivered to your inbox.',
                       'Get the app: download it free for iPhone and Android.',
                       'Subscribe now for unlimited access — just $1 a week.',
                       'Enjoying this story? Join our newsletter.',
                       'Download our app for breaking news alerts',
                       'Want more stories like this? Follow us on Facebook'])


def social(rng, st):
    k = f'{rng.randint(1, 9)}.{rng.randint(0, 9)}K'
    out = []
    if st.social in ('shares', 'both'):
        out.append(rng.choice([f'{k} shares', f'{rng.randint(12, 999)} Shares', f'Share {k}']))
    if st.social in ('comments', 'both'):
        out.append(rng.choice([f'{rng.randint(0, 480)} Comments', f'View comments ({rng.randint(1, 99)})']))
    return [('social', s) for s in out]


def wrap(text, width):
    if not width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]


def build_story(rng, st, art, others):
    """(lines, gold story, removes) where lines are (kind, text, is_paragraph_text)."""
    paras, kinds = list(art['paras']), list(art['kinds'])
    if rng.random() < st.short_p:
        first = [i for i, k in enumerate(kinds) if k == 'body'][:rng.randint(2, 3)]
        paras, kinds = [paras[i] for i in first], ['body'] * len(first)
    while kinds and kinds[0] != 'body':           # a leading native subhead would be a second title
        paras, kinds = paras[1:], kinds[1:]
    while kinds and kinds[-1] == 'optional':
        paras, kinds = paras[:-1], kinds[:-1]
    head, optional = [], []
    headline = None
    if rng.random() < st.headline_p:
        headline = case(' '.join(art['title'].split()), st.case, paras)
        head.append(('headline', headline))
        if rng.random() < st.dek_p:
            dek = re.split(r'(?<=[.!?])\s', paras[0])[0]
            if 60 < len(dek) < 200:           # (shorter: cut at an abbreviation)
                dek = dek[:1].upper() + dek[1:]
                head.append(('dek', dek))
                optional.append(dek)
    if st.caption_pos == 'top':
        head = caption(rng, st) + head
    if st.social and rng.random() < 0.7:
        head += social(rng, st)
    b = byline(rng, st, art['date'])
    if b:
        head.append(('byline', b))
    head += stamp_lines(rng, st, art['date'])
    if st.caption_pos == 'before_lede':
        head += caption(rng, st)
    if rng.random() < st.dateline_p and not re.match(r'^[A-Z][A-Z .,]+( \([^)]*\))? ?[—–-]', paras[0]):
        paras[0] = f'{rng.choice(CITIES)}{rng.choice([" —", " -", ":", " (AP) —"])} {paras[0]}'
    body, lines, removes = [], list(head), []
    inside_at = rng.randint(1, max(1, len(paras) - 1)) if st.caption_pos == 'inside' else -1
    related_at = rng.randint(1, max(1, len(paras) - 1)) if rng.random() < st.related_p else -1
    for i, (p, k) in enumerate(zip(paras, kinds)):
        if i == inside_at:
            lines += caption(rng, st)
        if i == related_at:
            lines.append(('related', related(rng, others)))
        lines.append(('native_' + k if k != 'body' else 'body', p))
        if k == 'body':
            body.append(p)
        elif k == 'optional':
            optional.append(p)
    if rng.random() < st.promo_p:
        lines.append(('promo', promo(rng)))
    for kind, text in lines:
        if kind not in ('headline', 'dek', 'body', 'native_optional'):
            removes.append((kind, text))
    story = dict(headline=headline, body=body, optional=optional, subheads_kept_inside=[],
                 headline_alternatives=[' '.join(art['title'].split())] if headline else [],
                 metadata={'date': art['date']} if art.get('date') else {})
    return lines, story, removes


def render(st, stories):
    """Text of one dump: paragraphs indented/wrapped, furniture lines as they are."""
    out = []
    for n, lines in enumerate(stories):
        if n and st.sep:
            out += [st.sep, ''] if st.blank else [st.sep]
        elif n and st.blank:
            out.append('')                          # stories apart by two blank lines
        for kind, text in lines:
            paragraph = kind in ('body', 'native_optional', 'native_remove', 'dek')
            if paragraph:
                w = wrap(text, st.wrap)
                out.append(st.indent + w[0])
                out += w[1:]
            else:
                out.append(text)
            if st.blank:
                out.append('')
    return out


def make_dump(rng, outlet_styles, by_outlet, outlets, idx):
    outlet = rng.choice(outlets)
    st = Style(random.Random(outlet_styles[outlet] * 7919 + idx))   # house style, varied per dump
    pool = by_outlet[outlet] if rng.random() < 0.75 else [a for o in rng.sample(outlets, 4) for a in by_outlet[o]]
    arts = rng.sample(pool, min(len(pool), rng.randint(3, 9)))
    others = rng.sample(by_outlet[rng.choice(outlets)], 1) + arts
    built = [build_story(rng, st, a, [o for o in others if o is not a]) for a in arts]
    remove = [t for _, _, rs in built for _, t in rs]
    kinds = {t: k for _, _, rs in built for k, t in rs}
    if st.sep:
        remove.append(st.sep)
        kinds[st.sep] = 'separator'
    top = []
    if st.cookie:
        top.append(rng.choice(['We use cookies to give you the best experience. By using this site you accept our Cookie Policy.',
                               'This site uses cookies. Accept all cookies',
                               'By continuing to browse you agree to our use of cookies and our Privacy Policy.']))
        remove.append(top[0])
        kinds[top[0]] = 'cookie'
    body_text = set(p for _, s, _ in built for p in s['body'] + s['optional'] + [s['headline'] or ''])
    remove = [r for r in dict.fromkeys(remove) if r not in body_text]
    gold = dict(stories=[s for _, s, _ in built], remove=remove)
    nl = '\r\n' if st.crlf else '\n'
    if st.jsonl:
        groups, k = [], 0
        while k < len(built):
            m = rng.randint(1, 3)
            groups.append(built[k:k + m])
            k += m
        recs = []
        for j, g in enumerate(groups):
            text = '\n'.join(top + render(st, [l for l, _, _ in g])).strip('\n')
            recs.append(json.dumps(dict(id=f'o{idx:03d}-{j}', url=f'https://example.{outlet[:3].lower()}/{idx}/{j}',
                                        text=text), ensure_ascii=False))
        data, ext = '\n'.join(recs) + '\n', 'jsonl'
    else:
        data, ext = nl.join(top + render(st, [l for l, _, _ in built])) + nl, 'txt'
    name = f'{idx:03d}_{hashlib.sha1(data.encode()).hexdigest()[:12]}.{ext}'
    return name, data, gold, kinds, st


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--dumps', type=int, default=150)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    arts = load(a.corpus)
    by_outlet = {}
    for r in arts:
        by_outlet.setdefault(r['source'], []).append(r)
    outlets = sorted(o for o, v in by_outlet.items() if len(v) >= 3)
    outlet_styles = {o: rng.randrange(1 << 30) for o in outlets}
    os.makedirs(a.out, exist_ok=True)
    gold = dict(version=1, forbidden_substrings=[], files={})
    kinds, styles = {}, {}
    for i in range(a.dumps):
        name, data, g, k, st = make_dump(rng, outlet_styles, by_outlet, outlets, i)
        with open(os.path.join(a.out, name), 'w', encoding='utf-8', newline='') as fh:
            fh.write(data)
        gold['files'][name], kinds[name], styles[name] = g, k, vars(st)
    for fn, obj in (('gold.json', gold), ('kinds.json', kinds), ('styles.json', styles)):
        with open(os.path.join(a.out, fn), 'w', encoding='utf-8') as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
