#!/usr/bin/env python3
"""make_shared.py: dev-set dumps of news articles as they reach a corpus second-hand.

usage: make_shared.py --corpus FILE.jsonl.gz --out DIR --dumps N --seed S [--selfcheck]

Standard library only; the same arguments give byte-identical output. Writes nothing outside
DIR. Written blind to the cleaner and to the other generators (it knows only the gold format
and the scorer, Fixtures/tools/score_cleaning.py).

Each dump glues 2-8 real corpus articles (the corpus `text` is the article body, its native
boilerplate left in) inside one *second-hand* style, drawn per dump:

  email      forwarded e-mails (mbox-like .txt, or one mail per JSONL record): `From ` separators,
             `---------- Forwarded message ---------`, From/Date/Subject/To headers, a personal
             note, the article plain or `>`-quoted, signatures, `Sent from my iPhone`, list footers.
  board      message boards and link aggregators: thread title, post headers (`#12`, `Join Date`,
             `Posts: 1,234`), `Quote:` / `Originally Posted by X` blocks holding the article,
             `Reply With Quote`, vote lines (`412 points · 87 comments`), replies, signatures.
  comments   article pages followed by a reader-comment section (`Comments (23)`, author,
             `2 hours ago`, comment prose, `Reply` / `Like (4)` / `Report`, `Load more comments`).
  media      video and podcast pages: `Now Playing`, durations, `Up Next` lists of other titles,
             `Transcript` blocks whose paragraphs carry timestamp lines, episode notes, platform links.
  damaged    encoding-damaged scrapes: CRLF line ends, NBSP, stray tabs, zero-width-space filler
             lines, mojibake (UTF-8 read as cp1252), pagination (`Page 2 of 3`, `Next Page »`, the
             headline repeated with `(page 2)`), a paragraph broken mid-sentence by the scraper.
  multiling  machine-translated / foreign-language chrome around English articles
             (`Traducido automáticamente`, `Lire aussi : ...`, `Teilen`, `Publicidad`, dates).
  chat       messaging-app exports (WhatsApp/Telegram style): `[3/4/20, 10:42:13 AM] Dana: <url>`,
             the pasted article continuing that message, then reactions and replies,
             `<Media omitted>`, the end-to-end-encryption notice.

Containers: .txt, .txt.gz, .jsonl and .jsonl.gz (JSONL: one record per mail / post / page /
chat, field `text`, plus `id`, `url`, `fetched`).

Gold conventions (DIR/gold.json in the seeds' format; DIR/styles.json maps dump -> style; the
style is also in stories[0].metadata.style):
  * A cleaned corpus should hold the article, not the mail, thread, chat or page around it.
    Every generated line (headers, separators, signatures, footers, post furniture, votes,
    replies, reader comments, players, teasers, pagination, foreign chrome) is `remove`.
  * Reader comments, board replies and chat replies are prose but NOT article body: `remove`.
  * The sharer's own one-line note ("thought you'd want to see this", the poster's comment
    above a quoted article) is `optional`: keeping it with the article is defensible.
  * The headline is the corpus title. Lines that *carry* the headline (a `Subject:` header, a
    thread title, the pasted title line) are neither body nor remove; their forms are listed in
    `headline_alternatives` (`Fwd: X`, `Subject: Fwd: X`, `Thread: X`, `[News] X`...).
  * `>`-quoted article lines: gold body is the unquoted text. The scorer finds gold lines as
    substrings, so a cleaner may strip or keep the `> ` marks (kept marks are a few % extra text).
  * Native corpus lines: known outlet boilerplate (`Story Continued Below`, `Advertisement`,
    `Slideshow (N Images)`, `Follow @politico`, ...) is `remove`; credits, captions, promo, sign-up and
    related-link lines, all-capitals lines, lines of 1-3 words and short unpunctuated first/last
    lines are `optional`; short headline-like lines
    (4-12 words, capitalised, no final punctuation) inside the article are `body` and listed in
    `subheads_kept_inside`; everything else is `body`.
  * Damage (scorer normalisation: runs of white space incl. NBSP, tabs and CR fold to one space;
    zero-width spaces and mojibake are NOT folded): NBSP, tabs and CRLF appear inside body lines
    and gold holds the clean-spaced text. Mojibake is left in gold verbatim (a cleaner is not
    expected to guess encodings; the repaired headline is an alternative). Zero-width spaces
    appear only on filler lines (nothing else on them), never inside body text.
"""
import argparse, gzip, hashlib, io, json, os, random, re, shutil, subprocess, sys, tempfile

STYLES = ['email', 'board', 'comments', 'media', 'damaged', 'multiling', 'chat']

NATIVE_REMOVE = re.compile(
    r'^(Story Continued Below|Advertisement|ADVERTISEMENT|Advertisement Continue reading the main story|'
    r'Slideshow \(\d+ Images\)|More On This\.\.\.|Follow @\w+|Support Vox’s explanatory journalism|'
    r'Continue Reading Below|Play Facebook|Play Twitter|Play Embed|Play Email|Skip Ad|'
    r'\[pullquote\]|\[music\]|Video|Photo|Twitter|More:|Urgent:|WATCH:|\*\*\*|___|• • •)$')
CREDIT = re.compile(r'(Getty Images|AP Photo|/AP\b|Reuters|\bPhoto\b|\bImage\b|Courtesy|©|Copyright|'
                    r'File photo|/ [A-Z][\w ]+$|^Editor.s Note)', re.I)
# Native promo / related-link / sign-up lines: boilerplate, but too varied to call with confidence,
# so either fate is accepted (optional) rather than demanding the cleaner keep them as body.
PROMO = re.compile(r'(click here|sign up|sign-up|newsletter|\bsubscribe\b|delivered to your inbox|send letters|'
                   r'letters@|follow (us|him|her|them)\b|follow @?\w+ on (twitter|facebook|instagram)|read more|'
                   r'related:|continue reading|download the|tagged under|filed under|\b\w+@\w+\.(com|org|net)\b|'
                   r'^\(?\s*(PHOTOS?|VIDEO|READ|RELATED|MORE|WATCH|LISTEN|SEE|CLICK)\b)', re.I)
# Sign-up boxes run long; these words are unambiguous enough to mark lines of up to 90 words.
PROMO_LONG = re.compile(r'(newsletter|your inbox|unsubscribe|by signing up|promotional offers)', re.I)
END_PUNCT = ('.', '?', '!', '"', '”', '’', "'", ')', ':', ';', '…')

FIRST = ['Dana', 'Mike', 'Priya', 'Tom', 'Lena', 'Carlos', 'Aisha', 'Ben', 'Grace', 'Omar', 'Judy',
         'Kevin', 'Rosa', 'Walt', 'Nina', 'Sam', 'Ivy', 'Frank', 'Mei', 'Luis', 'Hannah', 'Raj']
LAST = ['Keller', 'Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Brandt', 'Nakamura', 'Price', 'Duval',
        'Sato', 'Fischer', 'Quinn', 'Abbott', 'Reyes', 'Novak', 'Whitaker', 'Castillo', 'Yoon']
HANDLES = ['bluecollar_bob', 'PrairieDog77', 'quietreader', 'ThePolicyWonk', 'lakeside_liz',
           'OldSchoolGOP', 'progressive_pete', 'IndyVoter', 'redwood42', 'NightOwlNews', 'mtnman',
           'civics_teacher', 'Skeptical_Sue', 'rustbelt_ray', 'desertrose', 'FactsFirst2016']
DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net', 'aol.com', 'icloud.com']
NOTES = ["thought you'd want to see this", 'FYI - saw this and thought of our conversation',
         'Interesting read, see below.', 'Have you seen this yet?', 'Can you believe this?',
         'For the meeting on Thursday.', 'Passing this along.', 'Worth a read when you get a minute.',
         'This is the article I mentioned at dinner.', 'Not sure what to make of this one.']
# Reader / thread / chat replies: an opener and a clause that read as one sentence in any pairing.
REACT_A = ['I honestly cannot believe', 'Nobody is surprised that', 'Funny how', 'Same old story:',
           'Well said, but', 'Somebody explain to me why', 'My uncle always says', "Let's be honest,",
           'The real question is why', 'Hard to argue that', 'So basically', 'I keep telling people',
           'Thanks for sharing. Sadly', 'Typical. Once again', 'Wow. Just wow,', 'Not to be that guy, but',
           'Correct me if I am wrong, but', 'As someone who lived there,']
REACT_B = ['the media keeps ignoring the real issue here', 'nobody in Washington ever pays for this',
           'this is going to end badly for everyone', 'the other side would be screaming about it',
           'we saw the same thing happen back in 2008', 'the numbers just do not add up',
           'my property taxes went up again this year', 'both parties are to blame for this mess',
           'nothing will change until people vote', 'it took them this long to notice',
           'the comments here are better than the article', 'I will believe it when I see it',
           'the headline and the story say two different things', 'my kids will be paying for this',
           'half the country will never read past the headline', 'this was obvious from day one',
           'the reporter left out the most important part', 'our local paper covered this weeks ago',
           'the polls said the opposite last month', 'gas is still four dollars a gallon here',
           'somebody should be fired over this', 'the fine print matters more than the speech']
AGO = ['2 hours ago', '5 minutes ago', '1 day ago', '3 days ago', '11 hours ago', 'just now',
       '47 minutes ago', 'a week ago']


def hexid(rng, n=8):
    return '%0*x' % (n, rng.getrandbits(4 * n))


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def reaction(rng, words=1):
    out = []
    for _ in range(words):
        a, b = rng.choice(REACT_A), rng.choice(REACT_B)
        out.append(f'{a} {b}{rng.choice([".", "!", "?", "..."])}')
    return ' '.join(out)


def word_count(s):
    return len(s.split())


def shouting(l):
    """An all-capitals line of 3+ words: a related-link headline or a promo, rarely prose."""
    letters = [c for c in l if c.isalpha()]
    return word_count(l) >= 3 and len(letters) >= 10 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def classify(lines):
    """Label the native lines of one corpus article: body / optional / remove / subhead."""
    out = []
    n = len(lines)
    for i, l in enumerate(lines):
        wc = word_count(l)
        if NATIVE_REMOVE.match(l) or re.fullmatch(r'[\d\W_]+', l):
            lab = 'remove'
        elif (wc <= 3 or (CREDIT.search(l) and wc <= 25) or (PROMO.search(l) and wc <= 40) or (PROMO_LONG.search(l) and wc <= 90)
              or shouting(l)):
            lab = 'optional'
        elif wc <= 14 and not l.endswith(END_PUNCT) and (i == 0 or i == n - 1):
            lab = 'optional'
        elif 4 <= wc <= 12 and not l.endswith(END_PUNCT) and l[0].isupper():
            lab = 'subhead'
        else:
            lab = 'body'
        out.append(lab)
    return out


def load_corpus(path):
    arts = []
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            title = ' '.join((r.get('title') or '').split())
            lines = [' '.join(x.split()) for x in (r.get('text') or '').split('\n')]
            lines = [x for x in lines if x]
            if not title or len(lines) < 3:
                continue
            labs = classify(lines)
            if sum(1 for x in labs if x == 'body') < 2:
                continue
            arts.append(dict(title=title, lines=lines, labs=labs, source=r.get('source') or '',
                             url=r.get('url') or '', date=r.get('date') or ''))
    return arts


class Dump:
    """Builds one dump: a list of units (each a list of (line, label, story index))."""

    def __init__(self, style):
        self.style = style
        self.units = []
        self.stories = []

    def story(self, art, alts=()):
        s = dict(headline=art['title'], body=[], optional=[], subheads_kept_inside=[],
                 headline_alternatives=sorted(set(a for a in alts if a != art['title'])),
                 metadata=dict(style=self.style, source=art['source'], date=art['date']))
        self.stories.append(s)
        return len(self.stories) - 1


def article_lines(rng, art, max_lines):
    """The native lines of an article (maybe truncated: shared copies are often excerpts)."""
    k = len(art['lines'])
    if k > max_lines:
        k = max_lines
    return list(zip(art['lines'][:k], art['labs'][:k]))


def emit_article(unit, si, pairs, fmt=lambda s: s, blank=True):
    for l, lab in pairs:
        unit.append((fmt(l), lab, si, l))
        if blank:
            unit.append(('', 'blank', si, ''))


# ---------------------------------------------------------------- styles

def st_email(rng, d, arts, jsonl):
    for art in arts:
        h = art['title']
        fwd = rng.choice(['Fwd: ', 'FW: ', 'Fw: '])
        si = d.story(art, [h, fwd + h, 'Subject: ' + fwd + h, 'Subject: ' + h])
        u = []
        a1, b1 = person(rng)
        a2, b2 = person(rng)
        dom = rng.choice(DOMAINS)
        day = rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])
        date = art['date'] or '2019-05-01'
        if not jsonl:
            u.append((f'From {a1.lower()}.{b1.lower()}@{dom}  {day} {date} 09:{rng.randrange(10, 60)}:07', 'remove', si))
        u += [(f'From: {a1} {b1} <{a1.lower()}.{b1.lower()}@{dom}>', 'remove', si),
              (f'To: {a2} {b2} <{a2.lower()}{rng.randrange(10, 99)}@{rng.choice(DOMAINS)}>', 'remove', si),
              (f'Subject: {fwd}{h}', 'headline', si),
              (f'Date: {day}, {date} at {rng.randrange(1, 12)}:{rng.randrange(10, 60)} PM', 'remove', si), ('', 'blank', si)]
        if rng.random() < 0.8:
            u += [(rng.choice(NOTES), 'optional', si), ('', 'blank', si)]
        if rng.random() < 0.5:
            u += [(a1, 'remove', si), ('', 'blank', si)]
        quoted = rng.random() < 0.4
        u += [('---------- Forwarded message ---------', 'remove', si),
              (f'From: {art["source"] or "News Alerts"} <newsletters@{re.sub(r"[^a-z]", "", (art["source"] or "news").lower())}.com>', 'remove', si),
              (f'Date: {date}', 'remove', si),
              (f'Subject: {h}', 'headline', si),
              (f'To: <{a1.lower()}.{b1.lower()}@{dom}>', 'remove', si), ('', 'blank', si)]
        q = (lambda s: '> ' + s) if quoted else (lambda s: s)
        if rng.random() < 0.6:
            u += [(q(h), 'headline', si), (q('') if quoted else '', 'blank', si)]
        for l, lab in article_lines(rng, art, rng.choice([12, 20, 40])):
            u.append((q(l), lab, si, l))
            u.append(('>' if quoted else '', 'blank', si))
        u += [('', 'blank', si)]
        sig = rng.random()
        if sig < 0.35:
            u += [('Sent from my iPhone', 'remove', si)]
        elif sig < 0.7:
            u += [('--', 'remove', si), (f'{a1} {b1}', 'remove', si),
                  (f'{rng.choice(["Regional Sales Manager", "Retired", "Board Member, Friends of the Library", "PTA Treasurer"])}', 'remove', si),
                  (f'({rng.randrange(200, 999)}) 555-{rng.randrange(1000, 9999)}', 'remove', si)]
        if rng.random() < 0.4:
            g = rng.choice(['civic-forum', 'news-junkies', 'lincoln-dems', 'county-gop-list'])
            u += [('', 'blank', si), ('--', 'remove', si),
                  (f'You received this message because you are subscribed to the Google Groups "{g}" group.', 'remove', si),
                  (f'To unsubscribe from this group and stop receiving emails from it, send an email to {g}+unsubscribe@googlegroups.com.', 'remove', si)]
        d.units.append(u)


def st_board(rng, d, arts, jsonl):
    forum = rng.random() < 0.6
    for art in arts:
        h = art['title']
        pre = rng.choice(['', '[News] ', 'Thread: ', ''])
        site = re.sub(r'^https?://(www\.)?', '', art['url']).split('/')[0] or 'example.com'
        si = d.story(art, [h, pre + h, f'{h} ({site})', 'Thread: ' + h])
        u = []
        op = rng.choice(HANDLES)
        if forum:
            u += [(f'{pre}{h}', 'headline', si), ('', 'blank', si),
                  (f'#{1}', 'remove', si), (f'{op}', 'remove', si),
                  (f'Join Date: {rng.choice(["Mar", "Jul", "Nov"])} 20{rng.randrange(5, 16):02d}', 'remove', si),
                  (f'Posts: {rng.randrange(1, 30)},{rng.randrange(100, 999)}', 'remove', si), ('', 'blank', si)]
            if rng.random() < 0.7:
                u += [(rng.choice(NOTES), 'optional', si), ('', 'blank', si)]
            u += [(rng.choice(['Quote:', f'Originally Posted by {art["source"] or "news"}', 'Quote:']), 'remove', si)]
            emit_article(u, si, article_lines(rng, art, rng.choice([10, 18, 35])))
            u += [(art['url'], 'remove', si), ('Reply With Quote', 'remove', si), ('', 'blank', si)]
            for k in range(rng.randrange(1, 4)):
                hd = rng.choice(HANDLES)
                u += [(f'#{k + 2}', 'remove', si), (hd, 'remove', si),
                      (f'Join Date: {rng.choice(["Jan", "May", "Sep"])} 20{rng.randrange(5, 16):02d}', 'remove', si),
                      (f'Posts: {rng.randrange(10, 9999)}', 'remove', si), ('', 'blank', si),
                      (reaction(rng, rng.randrange(1, 3)), 'remove', si), ('', 'blank', si)]
                if rng.random() < 0.4:
                    u += [('__________________', 'remove', si),
                          (rng.choice(['"The price of freedom is eternal vigilance."', 'Proud Navy vet. Go Bucks!',
                                       'Opinions are my own, obviously.']), 'remove', si)]
                u += [('Reply With Quote', 'remove', si), ('', 'blank', si)]
        else:
            sub = rng.choice(['r/politics', 'r/news', 'r/moderatepolitics', 'r/worldnews'])
            u += [(f'{sub} · Posted by u/{op} {rng.randrange(2, 23)}h', 'remove', si),
                  (f'{pre}{h}' if pre else f'{h} ({site})', 'headline', si),
                  (f'{rng.randrange(12, 9000)} points · {rng.randrange(3, 900)} comments', 'remove', si),
                  ('share save hide report', 'remove', si), ('', 'blank', si),
                  (f'Article text (submission statement by u/{op}):', 'remove', si), ('', 'blank', si)]
            emit_article(u, si, article_lines(rng, art, rng.choice([10, 18, 35])))
            u += [(f'level 1 · {rng.choice(HANDLES)} · {rng.randrange(1, 9)}h', 'remove', si),
                  (reaction(rng, 2), 'remove', si),
                  (f'{rng.randrange(5, 999)} · Reply · Share · Report', 'remove', si), ('', 'blank', si)]
        d.units.append(u)


def st_comments(rng, d, arts, jsonl):
    for art in arts:
        h = art['title']
        si = d.story(art, [h])
        u = [(h, 'headline', si), ('', 'blank', si)]
        emit_article(u, si, article_lines(rng, art, rng.choice([15, 30, 60])))
        n = rng.randrange(2, 7)
        u += [(rng.choice([f'Comments ({n + rng.randrange(0, 40)})', f'{n + rng.randrange(0, 40)} Comments',
                           'Join the conversation']), 'remove', si),
              (rng.choice(['Sort by: Newest', 'Sort by Best', 'Log in to comment']), 'remove', si), ('', 'blank', si)]
        for _ in range(n):
            a, b = person(rng)
            u += [(rng.choice([f'{a} {b}', rng.choice(HANDLES)]), 'remove', si), (rng.choice(AGO), 'remove', si),
                  (reaction(rng, rng.randrange(1, 4)), 'remove', si),
                  (rng.choice(['Reply', 'Reply · Like · Report', f'Like ({rng.randrange(1, 80)})']), 'remove', si)]
            if rng.random() < 0.5:
                u += [('Report', 'remove', si)]
            u += [('', 'blank', si)]
        u += [(rng.choice(['Load more comments', 'Show 12 more replies', 'View all comments']), 'remove', si),
              ('Comments are moderated in accordance with our community guidelines.', 'remove', si), ('', 'blank', si)]
        d.units.append(u)


def st_media(rng, d, arts, jsonl):
    others = [a['title'] for a in arts]
    for art in arts:
        h = art['title']
        pod = rng.random() < 0.5
        si = d.story(art, [h, 'Watch: ' + h, 'Listen: ' + h])
        u = []
        dur = f'{rng.randrange(1, 59)}:{rng.randrange(0, 60):02d}'
        if pod:
            u += [(f'Episode {rng.randrange(20, 400)} · {rng.randrange(14, 70)} min', 'remove', si), (h, 'headline', si),
                  ('Listen on Apple Podcasts', 'remove', si), ('Listen on Spotify', 'remove', si),
                  (rng.choice(['Subscribe', 'Download MP3']), 'remove', si), ('', 'blank', si),
                  ('Episode notes', 'remove', si), ('', 'blank', si)]
        else:
            u += [('Now Playing', 'remove', si), (h, 'headline', si), (dur, 'remove', si), ('', 'blank', si)]
        pairs = article_lines(rng, art, rng.choice([12, 25, 50]))
        if rng.random() < 0.5:
            u += [('Transcript', 'remove', si), ('', 'blank', si)]
            t = rng.randrange(0, 30)
            for l, lab in pairs:
                u.append((f'{t // 60:02d}:{t % 60:02d}' if rng.random() < 0.7 else f'[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}]', 'remove', si))
                u.append((l, lab, si, l))
                u.append(('', 'blank', si))
                t += rng.randrange(8, 60)
        else:
            emit_article(u, si, pairs)
        u += [('Up Next', 'remove', si)]
        for o in rng.sample(others, min(2, len(others))):
            u += [(f'{rng.randrange(1, 12)}:{rng.randrange(0, 60):02d}', 'remove', si),
                  (rng.choice(['Watch: ', 'Up next: ', 'Listen: ']) + o + rng.choice([' (video)', '']), 'remove', si)]
        u += [('Autoplay is on', 'remove', si), ('', 'blank', si)]
        d.units.append(u)


def mojibake(s):
    out = []
    for b in s.encode('utf-8'):
        try:
            out.append(bytes([b]).decode('cp1252'))
        except UnicodeDecodeError:
            out.append(chr(b))
    return ''.join(out)


def st_damaged(rng, d, arts, jsonl):
    d.crlf = rng.random() < 0.6
    moji = rng.random() < 0.5
    for art in arts:
        h = art['title']
        hm = mojibake(h) if moji else h
        si = d.story(art, [h, hm])
        d.stories[si]['headline'] = hm
        u = [(hm, 'headline', si), ('', 'blank', si)]
        pairs = article_lines(rng, art, rng.choice([20, 40]))
        npages = rng.choice([1, 1, 1, 2, 3]) if len(pairs) >= 6 else 1  # 40% paginated: other damage stays visible
        cut = sorted(rng.sample(range(2, len(pairs) - 1), npages - 1)) if npages > 1 else []
        page = 1
        for k, (l, lab) in enumerate(pairs):
            if k in cut:
                u += [(f'Page {page} of {npages}', 'remove', si), ('Next Page »', 'remove', si),
                      ('\u200b', 'blank', si), ('', 'blank', si)]
                page += 1
                u += [(f'{hm} (page {page})', 'remove', si), ('', 'blank', si)]
            t = mojibake(l) if moji else l
            words = t.split(' ')
            if rng.random() < 0.3 and len(words) > 3:
                i = rng.randrange(1, len(words))
                words[i] = '\xa0' + words[i]
            t = ' '.join(words)
            if rng.random() < 0.15:
                t = '\t' + t
            if lab in ('body', 'subhead') and len(words) > 30 and rng.random() < 0.15:
                i = rng.randrange(10, len(words) - 10)
                p1, p2 = ' '.join(words[:i]), ' '.join(words[i:])
                u += [(p1, lab, si, ' '.join(p1.split())), (p2, lab, si, ' '.join(p2.split()))]
            else:
                u.append((t, lab, si, ' '.join(t.replace('\xa0', ' ').split())))
            u.append((rng.choice(['', '', '\u200b', ' \xa0']), 'blank', si))
        if npages > 1:
            u += [(f'Page {npages} of {npages}', 'remove', si), ('« Previous Page', 'remove', si), ('', 'blank', si)]
        d.units.append(u)


ML = dict(
    es=['Traducido automáticamente', 'Publicidad', 'Compartir en Facebook', 'Compartir en Twitter',
        'Temas relacionados', 'Lea también: ', 'Más noticias', 'Ver original en inglés'],
    fr=['Traduit automatiquement', 'Publicité', 'Partager sur Facebook', 'Lire aussi : ',
        'Sur le même sujet', 'Voir la version originale', 'Il y a 3 heures'],
    de=['Automatisch übersetzt', 'Anzeige', 'Teilen', 'Mehr zum Thema: ', 'Auch interessant',
        'Originalartikel anzeigen', 'Vor 2 Stunden'],
    pt=['Traduzido automaticamente', 'Publicidade', 'Compartilhar', 'Leia também: ', 'Mais notícias'])
MONTHS = dict(es='de marzo de', fr='mars', de='März', pt='de março de')


def st_multiling(rng, d, arts, jsonl):
    lang = rng.choice(sorted(ML))
    ch = ML[lang]
    titles = [a['title'] for a in arts]
    for art in arts:
        h = art['title']
        si = d.story(art, [h])
        u = [(ch[0], 'remove', si), (h, 'headline', si),
             (f'{rng.randrange(1, 28)} {MONTHS[lang]} {rng.randrange(2013, 2021)}', 'remove', si), ('', 'blank', si)]
        pairs = article_lines(rng, art, rng.choice([15, 30, 60]))
        for k, (l, lab) in enumerate(pairs):
            u += [(l, lab, si, l), ('', 'blank', si)]
            if k in (1, len(pairs) // 2) and len(pairs) > 4:
                c = rng.choice(ch[1:])
                if c.endswith(' '):
                    c += rng.choice([t for t in titles if t != h] or ['Noticias'])
                u += [(c, 'remove', si), ('', 'blank', si)]
        u += [(rng.choice(ch[1:4]).strip(), 'remove', si), (ch[-1], 'remove', si), ('', 'blank', si)]
        d.units.append(u)


def st_chat(rng, d, arts, jsonl):
    members = [person(rng)[0] for _ in range(4)]
    day = rng.randrange(1, 12), rng.randrange(1, 28), rng.randrange(17, 21)
    wa = rng.random() < 0.6
    hh = [8]

    def stamp():
        hh[0] += rng.randrange(0, 2)
        m = rng.randrange(0, 60)
        if wa:
            return f'[{day[0]}/{day[1]}/{day[2]}, {hh[0] % 12 or 12}:{m:02d}:{rng.randrange(0, 60):02d} {"AM" if hh[0] < 12 else "PM"}]'
        return f'{hh[0]:02d}:{m:02d}'
    u0 = []
    if wa:
        u0 = [(f'[{day[0]}/{day[1]}/{day[2]}, 7:59:01 AM] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.', 'remove', -1)]
    for n, art in enumerate(arts):
        h = art['title']
        who = rng.choice(members)
        si = d.story(art, [h])
        u = (u0 if n == 0 else []) + [((f'{stamp()} {who}: ' if wa else f'{who}, {stamp()}: ') + (art['url'] or 'https://example.com/story'), 'remove', si),
                                     (h, 'headline', si)]
        for l, lab in article_lines(rng, art, rng.choice([10, 20, 40])):
            u.append((l, lab, si, l))
        for _ in range(rng.randrange(1, 4)):
            who2 = rng.choice(members)
            msg = rng.choice([reaction(rng), '<Media omitted>', 'This message was deleted', '😂😂', reaction(rng, 2)])
            u.append(((f'{stamp()} {who2}: ' if wa else f'{who2}, {stamp()}: ') + msg, 'remove', si))
        if not wa:
            u.append(('', 'blank', si))
        d.units.append(u)


STYLE_FN = dict(email=st_email, board=st_board, comments=st_comments, media=st_media,
                damaged=st_damaged, multiling=st_multiling, chat=st_chat)


def build(rng, style, arts, jsonl):
    d = Dump(style)
    d.crlf = False
    STYLE_FN[style](rng, d, arts, jsonl)
    # gold from the emitted units
    remove = []
    for u in d.units:
        for item in u:
            line, lab, si = item[0], item[1], item[2]
            gl = item[3] if len(item) > 3 else line
            gl = ' '.join(gl.replace('\xa0', ' ').split())
            if lab == 'remove':
                if gl and gl not in remove:
                    remove.append(gl)
            elif lab in ('body', 'subhead'):
                d.stories[si]['body'].append(gl)
                if lab == 'subhead':
                    d.stories[si]['subheads_kept_inside'].append(gl)
            elif lab == 'optional':
                d.stories[si]['optional'].append(gl)
    texts = []
    for u in d.units:
        texts.append('\n'.join(item[0] for item in u).strip('\n'))
    return d, texts, remove


def write_dump(outdir, name, texts, jsonl, gz, crlf, rng, style):
    path = os.path.join(outdir, name)
    if jsonl:
        recs = []
        for k, t in enumerate(texts):
            recs.append(json.dumps(dict(id=f'{name.split(".")[0]}-{k}', url=f'https://share.example/{style}/{k}',
                                        fetched=f'2020-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}', text=t),
                                   ensure_ascii=False))
        data = '\n'.join(recs) + '\n'
    else:
        sep = {'email': '\n\n', 'chat': '\n'}.get(style, '\n\n\n')
        data = sep.join(texts) + '\n'
        if crlf:
            data = data.replace('\n', '\r\n')
    raw = data.encode('utf-8')
    if gz:
        buf = io.BytesIO()
        with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=0) as g:
            g.write(raw)
        raw = buf.getvalue()
    with open(path, 'wb') as fh:
        fh.write(raw)


def clean_overlaps(gold):
    """Drop a remove line that collides with a story line (same text, or a 20+ char substring):
    the scorer could not tell them apart."""
    for f in gold['files'].values():
        own = [l for s in f['stories'] for l in s['body'] + s['optional']]
        blob = '\n'.join(own)
        f['remove'] = [r for r in f['remove'] if r not in own and not (len(r) >= 20 and r in blob)]


def selfcheck(out, gold):
    tmp = tempfile.mkdtemp()
    try:
        with open(os.path.join(tmp, 'oracle.jsonl'), 'w', encoding='utf-8') as fh:
            for name, f in gold['files'].items():
                for s in f['stories']:
                    fh.write(json.dumps(dict(text='\n'.join(s['body']), title=s['headline'], source=name),
                                        ensure_ascii=False) + '\n')
        here = os.path.dirname(os.path.abspath(__file__))
        scorer = os.path.join(here, '..', 'tools', 'score_cleaning.py')
        if not os.path.exists(scorer):
            scorer = '/work/shared/tools/score_cleaning.py'
        res = json.loads(subprocess.run([sys.executable, scorer, os.path.join(out, 'gold.json'), tmp, '--json'],
                                        check=True, capture_output=True, text=True).stdout)['summary']
    finally:
        shutil.rmtree(tmp)
    print('selfcheck', json.dumps(res))
    bad = [k for k in ('story_f1', 'retention', 'removal', 'title_accuracy') if res[k] != 1.0]
    if bad:
        sys.exit(f'selfcheck FAILED on {bad}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--dumps', type=int, default=100)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--selfcheck', action='store_true')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    arts = load_corpus(a.corpus)
    rng.shuffle(arts)
    os.makedirs(a.out, exist_ok=True)
    gold = dict(version=1, forbidden_substrings=['Forwarded message', 'Reply With Quote', 'Sent from my iPhone',
                                                  'end-to-end encrypted', 'Autoplay is on'], files={})
    styles = {}
    pos = 0
    for n in range(a.dumps):
        style = STYLES[n % len(STYLES)] if n < len(STYLES) else rng.choice(STYLES)
        k = rng.randrange(2, 9)
        chosen = arts[pos:pos + k]
        pos += k
        if pos >= len(arts):
            pos = 0
        cont = rng.choice(['.txt', '.txt', '.txt.gz', '.jsonl', '.jsonl.gz'])
        jsonl = cont.startswith('.jsonl')
        name = f'{n:03d}_{hashlib.sha1(f"{a.seed}-{n}".encode()).hexdigest()[:12]}{cont}'
        d, texts, remove = build(rng, style, chosen, jsonl)
        write_dump(a.out, name, texts, jsonl, cont.endswith('.gz'), d.crlf, rng, style)
        gold['files'][name] = dict(stories=d.stories, remove=remove)
        styles[name] = style
    clean_overlaps(gold)
    with open(os.path.join(a.out, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(a.out, 'styles.json'), 'w', encoding='utf-8') as fh:
        json.dump(styles, fh, ensure_ascii=False, indent=1, sort_keys=True)
    if a.selfcheck:
        selfcheck(a.out, gold)


if __name__ == '__main__':
    main()
