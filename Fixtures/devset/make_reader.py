#!/usr/bin/env python3
"""make_reader.py: an independent dev-set generator of scrape dumps in six non-portal styles.

usage: make_reader.py --corpus allsides-dev.jsonl.gz --out DIR [--dumps N] [--seed S]
                      [--selfcheck] [--scorer PATH]

Written blind to the cleaning rules: every chrome string here was invented from general knowledge
of the formats, not from the pipeline or the other generators. Each dump glues 2-8 real corpus
articles (mixed outlets) in one style, picked per dump by the seed (the first six dumps take the six
styles in turn) and recorded in DIR/styles.json:

  markdown_reader    reader / markdown converters (jina reader, firecrawl, trafilatura --markdown):
                     Title: / URL Source: / Published Time: / Markdown Content: header blocks,
                     [Skip to content](..), `* [Home](..)` nav lists, ![alt](..jpg) lines, a
                     `# Headline` (or setext) line, `## Subhead`s, inline [text](url) links in body.
  html_residue       a scrape that kept markup debris: &nbsp; &amp; &quot;, stray <br> </p> <p>,
                     <!-- ad slot --> comments, {{ template }} and window.dataLayer / googletag
                     script lines, data:image lines, empty [] lines.
  rss_feed           a flattened feed export: title: / link: / pubDate: / guid: / category: /
                     dc:creator: / description: (a teaser repeating the lede) then the full text.
  print_ocr          a newspaper archive's OCR: narrow columns, running heads with page numbers,
                     words hyphenated across line ends, column-break debris, bylines, and jumps
                     (`Continued on Page A6` / `See BUDGET, A6`, jump head on the later page).
  newsletter_digest  an e-mail newsletter archive: View in browser, greeting, intro, each story
                     as a headline + its first 1-3 paragraphs or the full story, Read more links,
                     sponsor blocks, Forward to a friend, unsubscribe footer, mailing address.
  forum_repost       a story pasted into a forum / aggregator thread: thread title, Posted by /
                     submitted by lines, [link], the article, then replies with Reply / Quote /
                     Like 12 lines and user signatures.

Within a dump: blank lines between paragraphs or none; some stories without a headline; ~20% of
articles hard-wrapped at 60-78 columns (OCR columns are always 28-44). About 25% of dumps carry
non-English chrome (es, fr, de, pt, nl, it); the articles themselves stay English.

GOLD CONVENTIONS (DIR/gold.json, the seeds' format; scored by shared/tools/score_cleaning.py)
- A story's body is the article's own paragraphs (corpus `text`) as they appear in the dump, one
  gold line per dump line (hard-wrapped articles give one gold line per wrapped line; the scorer
  folds white space, so reflowed output scores the same).
- Native boilerplate in the corpus text: articles are EXCLUDED when any paragraph looks like one
  (ADVERTISEMENT, Story Continued Below, photo/credit/copyright/follow/subscribe/read-more/related
  lines, links, @handles, bylines, all-caps or `Read:`-style teasers, short lines that are neither
  sentences nor subheads). A short title-like line (3-10 words, no final punctuation, at most 3
  per article) is kept as a SUBHEAD and is body (in markdown_reader it is rendered `## Subhead`).
- Markup inside a body line (markdown links `[text](url)`, `## `, HTML entities and tags): the
  gold body keeps only the text SEGMENTS between the markup, one gold line per segment (segments
  under 2 characters dropped). So keeping the markup or stripping/decoding it both keep the body;
  the link TEXT is body, the link URL is not. Leftover debris is checked through
  forbidden_substrings (`](http`, `&nbsp;`, `&amp;`, `<br>`, ...), only those never in any body.
- OCR hyphenation (`govern-` / `ment`): the two fragments of a hyphen-split word are left OUT of the
  gold lines (the line ending `govern-` is gold without its last word, the next line without its
  first), so both keeping and dehyphenating score the same. OCR quotes/dashes are folded to ASCII in
  the dump, and the gold is that folded text.
- A jumped OCR story (continued later in the dump, after other stories) is ONE gold story: its
  body is both parts in order. `Continued on Page..`, `See KEY, A6`, the jump head and
  `Continued from Page..` lines are remove.
- headline: the article title as displayed (OCR shows it in capitals: headline is the capitals,
  headline_alternatives the corpus title). `Title: X`, `title: X`, `# X`, setext X / ====, the
  thread title: each gives headline X (the `Title: ` / `title: ` prefixed line itself is in remove).
  A forum thread with an editorialized title, an html page without a title, and newsletter items
  shown without a headline have headline null.
- remove: every chrome line the style adds (headers, nav, bylines, dates, teasers, sponsor blocks,
  replies, signatures, running heads, markup-only lines); lines colliding with a body line (or,
  20+ characters, inside one) are left out. Related-story link lists use real titles of other
  corpus articles; those titles are also forbidden_substrings when never in any gold text.
- metadata: {date, url, source} of the article (the scorer ignores it).

--selfcheck builds an oracle output (each gold story's body as one record, its headline as title),
scores it with score_cleaning.py (everything must be 1.0), and checks that every story's body lines
occur in the dump in order and every remove line is a whole line of the dump.
Same seed -> byte-identical output.
"""
import argparse, datetime, gzip, hashlib, json, os, random, re, subprocess, sys, tempfile

STYLES = ['markdown_reader', 'html_residue', 'rss_feed', 'print_ocr', 'newsletter_digest', 'forum_repost']
LANGS = ['es', 'fr', 'de', 'pt', 'nl', 'it']

# ---------------------------------------------------------------- corpus

NATIVE = re.compile(
    r'(?i)advertis|story continued|continue reading|read more|\bphoto|image|getty|\bAP\b|reuters/|copyright|©|'
    r'all rights reserved|follow|subscribe|sign up|newsletter|click|twitter|facebook|instagram|slideshow|'
    r'video|watch:|related|more on this|editor.s note|^more:|^latest:|@|https?://|www\.|\.com\b|pullquote|\[|'
    r'listen|podcast|contributed|this (story|article)|reporting by|editing by|staff writer|contributor|'
    r'is a (senior|reporter|writer|columnist|correspondent|professor|fellow)|^by |^read:|^\(|get the latest|'
    r'^[A-Z][\w.]+ [A-Z][\w.]+: |\|')
SENT_END = re.compile(r'[.?!"”’\')]$')


def load_corpus(path):
    arts, seen = [], set()
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        for line in fh:
            a = json.loads(line)
            ps = [' '.join(p.split()) for p in a['text'].split('\n')]
            ps = [p for p in ps if p]
            title = ' '.join((a.get('title') or '').split())
            if len(ps) < 3 or not title or len(title) > 160 or sum(len(p) for p in ps) > 9000:
                continue
            kinds, bad = [], False
            for p in ps:
                if NATIVE.search(p) or re.fullmatch(r'[\W_]+', p):
                    bad = True
                    break
                w = p.split()
                if len(w) >= 6 and SENT_END.search(p):
                    kinds.append('p')
                elif len(w) >= 4 and SENT_END.search(p):
                    kinds.append('p')
                elif 3 <= len(w) <= 10 and p[0].isupper() and not p.endswith(':') and p.upper() != p:
                    kinds.append('sub')
                else:
                    bad = True
                    break
            if bad or kinds.count('sub') > 3 or kinds[0] == 'sub' or kinds[-1] == 'sub':
                continue
            key = ps[0][:80]
            if key in seen:
                continue
            seen.add(key)
            date = a.get('date') or ''
            if not re.fullmatch(r'\d{4}-\d\d-\d\d.*', date):   # undated: a stable made-up date for the chrome
                h = int(hashlib.sha1(a['id'].encode()).hexdigest(), 16)
                date = '%d-%02d-%02d' % (2012 + h % 9, 1 + h // 9 % 12, 1 + h // 108 % 28)
                d_shown = date
            else:
                d_shown = date[:10]
            arts.append(dict(id=a['id'], title=title, date=a.get('date') or '', d=d_shown, source=a.get('source') or '',
                             url=a.get('url') or '', paras=ps, kinds=kinds))
    arts.sort(key=lambda a: a['id'])
    return arts

# ---------------------------------------------------------------- invented chrome

FIRST = ['Maria', 'James', 'Priya', 'Tom', 'Elena', 'Marcus', 'Hannah', 'Diego', 'Grace', 'Wei', 'Olga', 'Samuel',
         'Fatima', 'Connor', 'Lucia', 'Ben', 'Aisha', 'Rafael', 'Ingrid', 'Kofi', 'Nadia', 'Peter', 'Yuki', 'Carla']
LAST = ['Hollister', 'Okafor', 'Brennan', 'Lindqvist', 'Ramirez', 'Takahashi', 'Whitfield', 'Kowalski', 'Desai',
        'Moreau', 'Abernathy', 'Castellano', 'Novak', 'Fairbanks', 'Osei', 'Delgado', 'Hargrove', 'Petrov']
SECTIONS = ['Politics', 'World', 'Business', 'Opinion', 'Health', 'Climate', 'Tech', 'Elections', 'Economy', 'Nation']
SECTIONS_L10N = {
    'es': ['Política', 'Mundo', 'Negocios', 'Opinión', 'Salud', 'Clima', 'Tecnología', 'Elecciones', 'Economía', 'Nacional'],
    'fr': ['Politique', 'Monde', 'Entreprises', 'Opinions', 'Santé', 'Climat', 'Tech', 'Élections', 'Économie', 'France'],
    'de': ['Politik', 'Ausland', 'Wirtschaft', 'Meinung', 'Gesundheit', 'Klima', 'Digital', 'Wahlen', 'Finanzen', 'Inland'],
    'pt': ['Política', 'Mundo', 'Negócios', 'Opinião', 'Saúde', 'Clima', 'Tecnologia', 'Eleições', 'Economia', 'Brasil'],
    'nl': ['Politiek', 'Buitenland', 'Zakelijk', 'Opinie', 'Gezondheid', 'Klimaat', 'Tech', 'Verkiezingen', 'Economie', 'Binnenland'],
    'it': ['Politica', 'Esteri', 'Affari', 'Opinioni', 'Salute', 'Clima', 'Tecnologia', 'Elezioni', 'Economia', 'Cronaca'],
}
DOMAINS = ['dailyreader.net', 'thecapitolwire.com', 'metroledger.org', 'northstarnews.com', 'civicpost.io',
           'plainsdispatch.com', 'harborline.news', 'theweeklyforum.org']
PAPERS = ['THE HARBOR GAZETTE', 'THE VALLEY COURIER', 'MORNING LEDGER', 'THE TRI-COUNTY SENTINEL',
          'THE RIVERTON DAILY STAR', 'EVENING HERALD-TRIBUNE', 'THE LAKESHORE EXAMINER']
LETTERS = ['Morning Brief', 'The Daily Ten', 'Capitol Memo', 'Evening Wrap', 'The Rundown', 'Weekend Reader']
SPONSORS = ['Brightwell Mattress', 'Ledgerly Accounting', 'Northwind Coffee Roasters', 'Clearpath VPN',
            'Fernhill Insurance', 'Summit Meal Kits']
USERS = ['throwaway_8812', 'quietlurker', 'DeltaFoxtrot7', 'civicnerd', 'MapleSyrupMike', 'old_man_yells',
         'pragmatic_pat', 'sundaydriver', 'kettle_of_fish', 'ZeroSumGame', 'tinfoilhatter', 'readerOfThings']
COMMENTS = [
    "This is exactly what I've been saying for years.",
    "Can someone post a non-paywalled link? Edit: never mind, OP pasted the whole thing.",
    "Not surprised in the least, honestly.",
    "The headline is a bit misleading if you read all the way down.",
    "Thanks for posting the full text, the site kept crashing for me.",
    "Big if true. Waiting for a second source before I get worked up.",
    "Anyone have the actual report this is based on?",
    "Same story, different year. Nothing will change.",
    "I live about ten minutes from there and nobody here is talking about it.",
    "Upvoted for visibility. People need to see this.",
    "Lol at the comments already. Did anyone read past the first paragraph?",
    "Mods, can we get this merged with the other thread?",
    "My uncle worked for them in the nineties, this tracks.",
    "Genuinely asking: what would a good outcome even look like here?",
    "Saving this to read later tonight.",
    "Repost? I swear I saw this yesterday.",
]
SIGS = ['Sent from my phone, please excuse typos.', '-- Proud member since 2009 --',
        'My opinions are my own and probably wrong.', '"Moderation in all things, including moderation."',
        'Rig: Ryzen 5 / 16GB / too many browser tabs', 'Posting from the break room again.']
IMG_ALT = ['Protesters gather outside the building on Tuesday', 'The senator speaks to reporters',
           'A view of the Capitol at dusk', 'Officials during the press briefing', 'Voters wait in line',
           'The committee room before the hearing', 'File photo', 'Illustration']

L10N = {
    'en': dict(skip='Skip to content', home='Home', menu='Menu', search='Search', login='Sign in', share='Share',
               view='View in browser', fwd='Forward to a friend', greet=['Good morning.', 'Hello, readers.', 'Hi there,'],
               intro='Here is what you need to know today, in about five minutes.',
               more='Read the full story', sponsored='SPONSORED', presented='Presented by',
               unsub='Unsubscribe', prefs='Update your preferences',
               why='You are receiving this email because you signed up for',
               reply='Reply', quote='Quote', like='Like', report='Report', posted='Posted by', ago='hours ago',
               comments='comments', related='Related', tags='Tags', cont='Continued on Page', contfrom='Continued from Page',
               copyright='All rights reserved.'),
    'es': dict(skip='Saltar al contenido', home='Inicio', menu='Menú', search='Buscar', login='Iniciar sesión', share='Compartir',
               view='Ver en el navegador', fwd='Reenviar a un amigo', greet=['Buenos días.', 'Hola, lectores.'],
               intro='Esto es lo que necesita saber hoy, en unos cinco minutos.',
               more='Leer la noticia completa', sponsored='PATROCINADO', presented='Presentado por',
               unsub='Darse de baja', prefs='Actualizar preferencias',
               why='Recibe este correo porque se suscribió a',
               reply='Responder', quote='Citar', like='Me gusta', report='Denunciar', posted='Publicado por', ago='horas atrás',
               comments='comentarios', related='Relacionado', tags='Etiquetas', cont='Continúa en la página',
               contfrom='Viene de la página', copyright='Todos los derechos reservados.'),
    'fr': dict(skip='Aller au contenu', home='Accueil', menu='Menu', search='Rechercher', login='Se connecter', share='Partager',
               view='Voir dans le navigateur', fwd='Transférer à un ami', greet=['Bonjour.', 'Bonjour à toutes et à tous,'],
               intro="Voici ce qu'il faut savoir aujourd'hui, en cinq minutes.",
               more="Lire l'article complet", sponsored='SPONSORISÉ', presented='Présenté par',
               unsub='Se désabonner', prefs='Gérer mes préférences',
               why='Vous recevez cet e-mail car vous êtes inscrit à',
               reply='Répondre', quote='Citer', like="J'aime", report='Signaler', posted='Publié par', ago='heures',
               comments='commentaires', related='À lire aussi', tags='Mots-clés', cont='Suite en page',
               contfrom='Suite de la page', copyright='Tous droits réservés.'),
    'de': dict(skip='Zum Inhalt springen', home='Startseite', menu='Menü', search='Suche', login='Anmelden', share='Teilen',
               view='Im Browser ansehen', fwd='An einen Freund weiterleiten', greet=['Guten Morgen,', 'Hallo zusammen,'],
               intro='Das Wichtigste des Tages in fünf Minuten.',
               more='Zum vollständigen Artikel', sponsored='ANZEIGE', presented='Präsentiert von',
               unsub='Abmelden', prefs='Einstellungen ändern',
               why='Sie erhalten diese E-Mail, weil Sie sich angemeldet haben für',
               reply='Antworten', quote='Zitieren', like='Gefällt mir', report='Melden', posted='Gepostet von', ago='Stunden',
               comments='Kommentare', related='Mehr zum Thema', tags='Schlagwörter', cont='Fortsetzung auf Seite',
               contfrom='Fortsetzung von Seite', copyright='Alle Rechte vorbehalten.'),
    'pt': dict(skip='Pular para o conteúdo', home='Início', menu='Menu', search='Pesquisar', login='Entrar', share='Compartilhar',
               view='Ver no navegador', fwd='Encaminhar para um amigo', greet=['Bom dia.', 'Olá, leitores.'],
               intro='Veja o que você precisa saber hoje, em cinco minutos.',
               more='Leia a matéria completa', sponsored='PATROCINADO', presented='Apresentado por',
               unsub='Cancelar inscrição', prefs='Atualizar preferências',
               why='Você recebe este e-mail porque se inscreveu em',
               reply='Responder', quote='Citar', like='Curtir', report='Denunciar', posted='Postado por', ago='horas atrás',
               comments='comentários', related='Leia também', tags='Tags', cont='Continua na página',
               contfrom='Continuação da página', copyright='Todos os direitos reservados.'),
    'nl': dict(skip='Naar de inhoud', home='Home', menu='Menu', search='Zoeken', login='Inloggen', share='Delen',
               view='Bekijk in browser', fwd='Doorsturen naar een vriend', greet=['Goedemorgen,', 'Hallo lezers,'],
               intro='Dit moet je vandaag weten, in vijf minuten.',
               more='Lees het hele artikel', sponsored='GESPONSORD', presented='Aangeboden door',
               unsub='Afmelden', prefs='Voorkeuren wijzigen',
               why='Je ontvangt deze e-mail omdat je je hebt aangemeld voor',
               reply='Reageren', quote='Citeren', like='Vind ik leuk', report='Melden', posted='Geplaatst door', ago='uur geleden',
               comments='reacties', related='Lees ook', tags='Tags', cont='Lees verder op pagina',
               contfrom='Vervolg van pagina', copyright='Alle rechten voorbehouden.'),
    'it': dict(skip='Vai al contenuto', home='Home', menu='Menu', search='Cerca', login='Accedi', share='Condividi',
               view='Visualizza nel browser', fwd='Inoltra a un amico', greet=['Buongiorno.', 'Ciao a tutti,'],
               intro='Ecco cosa devi sapere oggi, in cinque minuti.',
               more="Leggi l'articolo completo", sponsored='SPONSORIZZATO', presented='Presentato da',
               unsub='Annulla iscrizione', prefs='Aggiorna le preferenze',
               why='Ricevi questa e-mail perché ti sei iscritto a',
               reply='Rispondi', quote='Cita', like='Mi piace', report='Segnala', posted='Pubblicato da', ago='ore fa',
               comments='commenti', related='Leggi anche', tags='Tag', cont='Continua a pagina',
               contfrom='Segue da pagina', copyright='Tutti i diritti riservati.'),
}
for _lang, _L in L10N.items():
    _L['sections'] = SECTIONS_L10N.get(_lang, SECTIONS)
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

# ---------------------------------------------------------------- dump builder


class Dump:
    def __init__(self, rng, blanks):
        self.rng, self.blanks = rng, blanks
        self.lines, self.stories, self.remove, self.forbid = [], [], [], []
        self.cur = None

    def chrome(self, *lines):
        for l in lines:
            self.lines.append(l)
            if l.strip():
                self.remove.append(' '.join(l.split()))

    def blank(self):
        if self.lines and self.lines[-1] != '':
            self.lines.append('')

    def sep(self):
        if self.blanks:
            self.blank()

    def start(self, art, headline, alts=()):
        self.cur = dict(headline=headline, body=[], optional=[], subheads_kept_inside=[],
                        headline_alternatives=[a for i, a in enumerate(alts) if a and a != headline and a not in alts[:i]],
                        metadata=dict(date=art['date'], url=art['url'], source=art['source']))
        self.stories.append(self.cur)

    def body(self, shown, segments=None, story=None):
        """A dump line that is article text; segments = its gold lines (default: the line)."""
        self.lines.append(shown)
        segs = [shown] if segments is None else segments
        for s in segs:
            s = ' '.join(s.split())
            if len(s) >= 2:
                (story or self.cur)['body'].append(s)


MARKUP = re.compile(r'&[#\w]+;|</?[a-zA-Z][^<>]*>|\[|\]\([^)]*\)|^#+ ')


def segments(line):
    return [s.strip() for s in MARKUP.split(line)]


def wrap(line, width):
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f'{cur} {w}' if cur else w
    if cur:
        out.append(cur)
    return out


def slug(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')[:60]


def name(rng):
    return f'{rng.choice(FIRST)} {rng.choice(LAST)}'


def date_parts(art):
    try:
        y, m, d = (int(x) for x in art['d'][:10].split('-'))
    except ValueError:
        y, m, d = 2016, 1, 1
    dt = datetime.date(y, m, d)
    return dt


def plain_paras(D, art, width=None):
    """Paragraphs as plain lines (optionally hard-wrapped), a blank between them if the dump has blanks."""
    for p in art['paras']:
        for l in (wrap(p, width) if width else [p]):
            D.body(l)
        D.sep()


def pick_width(rng):
    return rng.randint(60, 78) if rng.random() < 0.2 else None

# ---------------------------------------------------------------- styles


def r_markdown(D, arts, L, rng, pool):
    dom = rng.choice(DOMAINS)
    for art in arts:
        url = f'https://www.{dom}/{rng.choice(L["sections"]).lower()}/{art["d"][:4]}/{slug(art["title"])}'
        D.chrome(f'Title: {art["title"]}')
        D.sep(); D.chrome(f'URL Source: {url}')
        if rng.random() < 0.8:
            D.sep(); D.chrome(f'Published Time: {art["d"][:10]}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z')
        D.sep(); D.chrome('Markdown Content:')
        D.start(art, art['title'])
        if rng.random() < 0.6:
            D.chrome(f'[{L["skip"]}]({url}#main)')
            D.blank()
        if rng.random() < 0.7:
            nav = [L['home']] + rng.sample(L['sections'], rng.randint(3, 6))
            for n in nav:
                D.chrome(f'*   [{n}](https://www.{dom}/{"" if n == L["home"] else n.lower()})')
            D.blank()
        if rng.random() < 0.4:
            D.chrome(f'![{dom} logo](https://www.{dom}/static/logo.svg)')
            D.blank()
        h = rng.random()
        if h < 0.5:
            D.lines.append(f'# {art["title"]}')
        elif h < 0.8:
            D.lines.append(art['title'])
            D.lines.append('=' * min(len(art['title']), 80))
            D.remove.append('=' * min(len(art['title']), 80))
        D.blank()
        if rng.random() < 0.6:
            a = name(rng)
            D.chrome(f'By [{a}](https://www.{dom}/author/{slug(a)})' if rng.random() < 0.6 else f'By {a}')
            D.blank()
        if rng.random() < 0.6:
            D.chrome(f'![{rng.choice(IMG_ALT)}](https://cdn.{dom}/img/{rng.randint(10000, 99999)}/x.jpg)')
            D.blank()
        nlinks = rng.randint(0, 3)
        linked = set(rng.sample(range(len(art['paras'])), min(nlinks, len(art['paras']))))
        for i, (p, k) in enumerate(zip(art['paras'], art['kinds'])):
            if k == 'sub':
                D.body(f'{"#" * rng.choice([2, 2, 3])} {p}', segments(f'## {p}'))
            elif i in linked:
                w = p.split(' ')
                n = rng.randint(2, 4)
                spans = [a for a in range(1, len(w) - n) if all(re.fullmatch(r"[\w'’-]+", x) for x in w[a:a + n])]
                if spans:
                    a = rng.choice(spans)
                    b = a + n
                    href = f'https://www.{rng.choice(DOMAINS)}/{slug(" ".join(w[a:b]))}'
                    shown = ' '.join(w[:a] + [f'[{" ".join(w[a:b])}]({href})'] + w[b:])
                    D.body(shown, segments(shown))
                else:
                    D.body(p)
            else:
                D.body(p)
            if D.blanks or k == 'sub':
                D.blank()
        D.blank()
        if rng.random() < 0.6:
            D.chrome(f'[{L["share"]}](https://www.facebook.com/sharer.php?u={url})',
                     f'[Tweet](https://twitter.com/intent/tweet?url={url})')
            D.blank()
        if rng.random() < 0.6:
            D.chrome(f'## {L["related"]}')
            D.blank()
            for o in rng.sample(pool, 3):
                D.chrome(f'*   [{o["title"]}](https://www.{dom}/{slug(o["title"])})')
                D.forbid.append(o['title'])
            D.blank()
        if rng.random() < 0.4:
            D.chrome(f'© {art["d"][:4]} {dom}. {L["copyright"]}')
        D.blank()


def entity_line(rng, line):
    """Markup debris inside one body line."""
    s = line.replace('&', '&amp;')
    if rng.random() < 0.3:
        s = s.replace('"', '&quot;')
    if rng.random() < 0.35:
        w = s.split(' ')
        if len(w) > 4:
            i = rng.randint(1, len(w) - 2)
            s = ' '.join(w[:i]) + '&nbsp;' + ' '.join(w[i:])
    r = rng.random()
    if r < 0.15:
        s += '<br>'
    elif r < 0.3:
        s = '<p>' + s + '</p>'
    elif r < 0.4:
        s += '</p>'
    return s


def r_html(D, arts, L, rng, pool):
    dom = rng.choice(DOMAINS)
    D.chrome('window.dataLayer = window.dataLayer || [];',
             f"window.dataLayer.push({{'pageType': 'article', 'section': '{rng.choice(SECTIONS).lower()}'}});")
    if rng.random() < 0.5:
        D.chrome('{{ site.header | render }}')
    D.blank()
    for art in arts:
        width = pick_width(rng)
        if rng.random() < 0.6:
            D.chrome(f'<!-- ad slot: {rng.choice(["top_leaderboard", "mid_article_1", "rail_mpu"])} -->')
        if rng.random() < 0.4:
            D.chrome('[]')
        headed = rng.random() < 0.8
        D.start(art, art['title'] if headed else None)
        if headed:
            D.lines.append(art['title'] if rng.random() < 0.7 else f'<h1>{art["title"]}</h1>')
        if rng.random() < 0.6:
            D.chrome(f'By {name(rng)}&nbsp;|&nbsp;{art["d"][:10]}')
        if rng.random() < 0.4:
            D.chrome('data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')
        D.chrome('&nbsp;') if rng.random() < 0.4 else None
        D.sep()
        mid = len(art['paras']) // 2
        for i, p in enumerate(art['paras']):
            if i == mid and rng.random() < 0.6:
                D.chrome('<!-- ad slot -->', "googletag.cmd.push(function() { googletag.display('div-gpt-ad-%d'); });"
                         % rng.randint(1000, 9999), '<!-- /ad slot -->')
                D.sep()
            if width:
                for l in wrap(p, width):
                    D.body(l)
            else:
                shown = entity_line(rng, p) if rng.random() < 0.5 else p
                D.body(shown, segments(shown))
            if rng.random() < 0.1:
                D.chrome(rng.choice(['<br>', '</p>', '<br />', '[]']))
            D.sep()
        if rng.random() < 0.5:
            D.chrome('{{ related_articles | limit: 3 }}' if rng.random() < 0.5 else '{% include "partials/share.html" %}')
        if rng.random() < 0.4:
            D.chrome(f'{L["tags"]}: {", ".join(rng.sample(L["sections"], 3))}')
        D.blank()
    if rng.random() < 0.6:
        D.chrome(f'&copy; {dom} &amp; partners. {L["copyright"]}')


def r_rss(D, arts, L, rng, pool):
    dom = rng.choice(DOMAINS)
    D.chrome(f'channel: {dom} - {rng.choice(L["sections"])}', f'link: https://www.{dom}/', f'language: {D.lang}',
             f'lastBuildDate: {date_parts(arts[0]).strftime("%a, %d %b %Y")} 12:00:00 +0000')
    D.blank()
    for n, art in enumerate(arts):
        dt = date_parts(art)
        url = f'https://www.{dom}/{art["d"][:4]}/{slug(art["title"])}'
        if rng.random() < 0.5:
            D.chrome(f'item {n + 1}' if rng.random() < 0.5 else '--- item ---')
        D.start(art, art['title'])
        D.lines.append(f'title: {art["title"]}')
        D.remove.append(f'title: {art["title"]}')
        D.chrome(f'link: {url}', f'pubDate: {dt.strftime("%a, %d %b %Y")} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00 +0000')
        if rng.random() < 0.7:
            D.chrome(f'guid: {url}' if rng.random() < 0.5 else f'guid: {dom}-{rng.randint(100000, 999999)}')
        if rng.random() < 0.7:
            D.chrome(f'category: {rng.choice(L["sections"])}')
        if rng.random() < 0.5:
            D.chrome(f'dc:creator: {name(rng)}')
        lede = art['paras'][0]
        r = rng.random()
        if r < 0.4:
            teaser = lede
        elif r < 0.8:
            teaser = ' '.join(lede.split()[:rng.randint(12, 25)]) + ('…' if rng.random() < 0.5 else ' [...]')
        else:
            teaser = f'<p>{lede}</p>'
        D.chrome(f'description: {teaser}')
        if rng.random() < 0.5:
            D.chrome('content:encoded:')
        D.sep()
        plain_paras(D, art, pick_width(rng))
        D.blank()


def jump_key(title):
    words = [w.strip('‘’\'",:;?!.') for w in title.split()]
    words = [w for w in words if w.isalpha()]
    return max(words, key=len).upper() if words else 'STORY'


def ocr_fold(s):
    return (s.replace('“', '"').replace('”', '"').replace('‘', "'").replace('’', "'").replace('—', '--')
            .replace('–', '-').replace('…', '...'))


def ocr_lines(rng, paras, width):
    """Hard-wrap paragraphs to a column, hyphenating some long words; emit (shown, gold) pairs."""
    out = []
    for p in paras:
        words = ocr_fold(p).split(' ')
        cur, cut_first = '', False
        lines = []
        i = 0
        while i < len(words):
            w = words[i]
            if cur and len(cur) + 1 + len(w) > width:
                room = width - len(cur) - 2
                if w.isalpha() and len(w) >= 7 and room >= 3 and rng.random() < 0.5:
                    k = min(room, len(w) - 3)
                    lines.append((cur + ' ' + w[:k] + '-', cut_first, True))
                    cur, cut_first = w[k:], True
                    i += 1
                    continue
                lines.append((cur, cut_first, False))
                cur, cut_first = w, False
            else:
                cur = f'{cur} {w}' if cur else w
            i += 1
        if cur:
            lines.append((cur, cut_first, False))
        for shown, cf, cl in lines:
            ws = shown.split(' ')
            g = ws[1 if cf else 0:len(ws) - (1 if cl else 0)]
            out.append((shown, [' '.join(g)] if g else []))
        out.append(None)   # paragraph end
    return out


def r_ocr(D, arts, L, rng, pool):
    paper = rng.choice(PAPERS)
    dt = date_parts(arts[0])
    page = [rng.choice([1, 1, 3, 4, 7])]
    shown_pg = ['']
    letter = rng.choice(['', 'A'])
    width = rng.randint(28, 44)
    indent = rng.random() < 0.4

    def head(force=None):
        if force is not None:
            page[0] = force
        pg = f'{letter}{page[0]}'
        shown_pg[0] = pg
        day = f'{DAYS[dt.weekday()]}, {MONTHS[dt.month - 1].upper()} {dt.day}, {dt.year}'
        D.blank()
        if page[0] % 2 == 0:
            D.chrome(f'{pg} {paper} {day}')
        else:
            D.chrome(f'{paper} {day} {pg}' if rng.random() < 0.5 else f'{day} {paper} PAGE {pg}')
        D.blank()
        page[0] += rng.randint(1, 3)

    def emit(items, story):
        n, prev = 0, None
        for it in items:
            if it is None:
                prev = None
                if D.blanks:
                    D.blank()
                continue
            shown, gold = it
            first = it is items[0] or prev is None
            prev = it
            D.body(('  ' + shown) if indent and first else shown, gold, story=story)
            n += 1
            if rng.random() < 0.025:
                D.blank()
                D.chrome(rng.choice(['|', '■', '•', 'I']))
                D.blank()
            if rng.random() < 0.02:
                head()
        return n

    head()
    jumper = None
    if len(arts) >= 2 and rng.random() < 0.6:
        cands = [a for a in arts[:-1] if len(a['paras']) >= 6]
        if cands:
            jumper = rng.choice(cands)
    pending = None
    for art in arts:
        from_pg = shown_pg[0]
        caps = ocr_fold(art['title']).upper()
        D.start(art, caps, alts=[art['title'], ocr_fold(art['title'])])
        story = D.cur
        for l in wrap(caps, max(width, 30)):
            D.lines.append(l)
        if rng.random() < 0.7:
            D.chrome(f'By {name(rng).upper()}')
            if rng.random() < 0.5:
                D.chrome(rng.choice(['Staff Writer', 'Associated Press', 'Special to the Gazette', 'Of the Courier Staff']))
        D.blank()
        items = ocr_lines(rng, art["paras"], width)
        if art is jumper:
            cut = len(items) // 2
            while cut < len(items) and items[cut] is not None:
                cut += 1
            emit(items[:cut], story)
            key = jump_key(art['title'])
            jpn = page[0] + rng.randint(2, 6)
            jp = f'{letter}{jpn}'
            D.blank()
            D.chrome(f'See {key}, {jp}' if rng.random() < 0.5 else f'{L["cont"]} {jp}')
            D.blank()
            pending = (story, items[cut:], key, jpn, from_pg)
            continue
        emit(items, story)
        D.blank()
        if pending and rng.random() < 0.8 or pending and art is arts[-1]:
            st, rest, key, jpn, fp = pending
            head(max(jpn, page[0]))
            D.chrome(key if rng.random() < 0.5 else f'{key}: {L["contfrom"]} {fp}')
            if rng.random() < 0.5:
                D.chrome(f'{L["contfrom"]} {fp}')
            D.blank()
            emit(rest, st)
            D.blank()
            pending = None
    if pending:
        st, rest, key, jpn, fp = pending
        head(max(jpn, page[0]))
        D.chrome(key)
        emit(rest, st)


def r_newsletter(D, arts, L, rng, pool):
    letter = rng.choice(LETTERS)
    dom = rng.choice(DOMAINS)
    dt = date_parts(arts[0])
    D.chrome(f'{L["view"]}' if rng.random() < 0.5 else f'{L["view"]} | {L["fwd"]}')
    D.blank()
    D.chrome(f'{letter.upper()}', f'{MONTHS[dt.month - 1]} {dt.day}, {dt.year}')
    D.blank()
    D.chrome(rng.choice(L['greet']))
    D.sep()
    D.chrome(L['intro'], f'-- {name(rng)}, {rng.choice(["editor", "senior writer", "newsletter editor"])}')
    D.blank()
    D.chrome(rng.choice(['* * *', '---', '________________']))
    D.blank()
    sponsor_at = rng.randint(1, max(1, len(arts) - 1))
    for n, art in enumerate(arts):
        if n == sponsor_at:
            sp = rng.choice(SPONSORS)
            D.chrome(rng.choice([L['sponsored'], f'{L["presented"]} {sp}']))
            D.chrome(f'{sp}: the smarter way to start your week. Try it free for 30 days with code {letter.split()[-1].upper()}30.')
            D.chrome(f'[Learn more](https://{slug(sp)}.example/?utm_source=newsletter)' if rng.random() < 0.5 else 'Learn more ›')
            D.blank()
        headed = rng.random() < 0.9
        D.start(art, art['title'] if headed else None)
        if headed:
            D.lines.append(art['title'] if rng.random() < 0.6 else art['title'].upper())
            if D.lines[-1] != art['title']:
                D.cur['headline'] = art['title'].upper()
                D.cur['headline_alternatives'] = [art['title']]
        if rng.random() < 0.4:
            D.chrome(f'{art["source"] or dom} | {rng.randint(2, 9)} min read')
        D.sep()
        k = len(art['paras']) if rng.random() < 0.35 else rng.randint(1, 3)
        width = pick_width(rng)
        sub = dict(art, paras=art['paras'][:k])
        plain_paras(D, sub, width)
        D.chrome(rng.choice([f'{L["more"]} →', f'{L["more"]} »', f'{L["more"]} ({art["source"] or dom})',
                             f'[{L["more"]}](https://www.{dom}/r/{rng.randint(1000, 9999)})']))
        D.blank()
        D.chrome(rng.choice(['* * *', '---', '']))
        D.blank()
    D.chrome(f'{L["fwd"]}', f'{L["why"]} {letter}.', f'{L["unsub"]} | {L["prefs"]}')
    D.chrome(f'{dom.split(".")[0].title()} Media, {rng.randint(10, 999)} {rng.choice(["Market", "Elm", "Front", "Harbor"])} '
             f'Street, Suite {rng.randint(100, 900)}, {rng.choice(["Portland, OR 97204", "Columbus, OH 43215", "Raleigh, NC 27601"])}')


def r_forum(D, arts, L, rng, pool):
    kind = rng.choice(['reddit', 'oldreddit', 'hn', 'phpbb'])
    board = rng.choice(['news', 'politics', 'worldnews', 'TrueNews', 'uspolitics'])
    for art in arts:
        user = rng.choice(USERS)
        hrs = rng.randint(1, 23)
        editorial = rng.random() < 0.25
        thread = (rng.choice(['Wow, just wow.', 'Well this is going to be a long week', 'Thoughts on this?',
                              'Posting the full text since the site is paywalled', 'Did not see this coming'])
                  if editorial else art['title'])
        D.start(art, None if editorial else art['title'])
        if kind == 'reddit':
            D.chrome(f'r/{board} • {L["posted"]} u/{user} {hrs} {L["ago"]}')
            D.lines.append(thread) if not editorial else D.chrome(thread)
            D.chrome(f'[link] ({art["source"] or "news"})' if rng.random() < 0.5 else '[link]')
        elif kind == 'oldreddit':
            D.lines.append(thread) if not editorial else D.chrome(thread)
            D.chrome(f'submitted {hrs} {L["ago"]} by {user} to /r/{board}',
                     f'{rng.randint(3, 900)} {L["comments"]} share save hide report')
        elif kind == 'hn':
            D.lines.append(thread) if not editorial else D.chrome(thread)
            D.chrome(f'{rng.randint(20, 900)} points by {user} {hrs} {L["ago"]} | hide | past | favorite | {rng.randint(3, 400)} {L["comments"]}')
        else:
            D.chrome(f'Topic: {thread}') if editorial else (D.lines.append(f'Topic: {thread}'), D.remove.append(f'Topic: {thread}'))
            D.chrome(f'Post by {user} » {date_parts(art).strftime("%a %b %d, %Y")} {rng.randint(1, 12)}:{rng.randint(10, 59)} pm')
        D.blank()
        if editorial and rng.random() < 0.5:
            D.lines.append(art['title'])   # the pasted article's own headline
            D.cur['headline'] = art['title']
            D.blank()
        if rng.random() < 0.5:
            D.chrome(rng.choice(['Full text below:', 'Article:', 'Text for those who hit the paywall:', '>']))
        width = pick_width(rng)
        if rng.random() < 0.3 and not width:
            for p in art['paras']:
                D.body(f'> {p}', [p])
                D.sep()
        else:
            plain_paras(D, art, width)
        D.blank()
        if kind != 'hn':
            D.chrome(rng.choice(SIGS))
            D.blank()
        for _ in range(rng.randint(1, 4)):
            u = rng.choice(USERS)
            if kind == 'hn':
                D.chrome(f'{u} {rng.randint(1, 9)} {L["ago"]} [–]')
            elif kind == 'phpbb':
                D.chrome(f'Re: {thread[:60]}', f'Post by {u} » {rng.randint(1, 59)} min')
            else:
                D.chrome(f'level 1 · {u} · {rng.randint(1, 9)}h' if kind == 'reddit' else f'[–] {u} {rng.randint(1, 400)} points {rng.randint(1, 9)} {L["ago"]}')
            D.chrome(rng.choice(COMMENTS))
            D.chrome(rng.choice([f'{L["reply"]}  {L["quote"]}  {L["like"]} {rng.randint(1, 60)}',
                                 f'{L["like"]} {rng.randint(1, 60)}', f'permalink embed save {L["report"].lower()} {L["reply"].lower()}',
                                 f'{L["reply"]} · {L["share"]} · {L["report"]}']))
            if rng.random() < 0.3:
                D.chrome(rng.choice(SIGS))
            D.blank()


RENDER = dict(markdown_reader=r_markdown, html_residue=r_html, rss_feed=r_rss, print_ocr=r_ocr,
              newsletter_digest=r_newsletter, forum_repost=r_forum)

# ---------------------------------------------------------------- build / check


def build(args):
    arts = load_corpus(args.corpus)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    gold = dict(version=1, forbidden_substrings=[], files={})
    styles = {}
    forbid_cands = []
    for d in range(args.dumps):
        style = STYLES[d] if d < len(STYLES) else rng.choice(STYLES)
        lang = 'en' if rng.random() < 0.75 else rng.choice(LANGS)
        k = rng.randint(2, 8)
        chosen = []
        for a in rng.sample(arts, k + 4):
            if len(chosen) < k and all(a['source'] != c['source'] or rng.random() < 0.3 for c in chosen):
                chosen.append(a)
        pool = [a for a in rng.sample(arts, 12) if a not in chosen]
        D = Dump(rng, rng.random() < 0.7)
        D.lang = lang
        RENDER[style](D, chosen, L10N[lang], rng, pool)
        name = f'{d:03d}_{hashlib.sha1(f"reader/{args.seed}/{d}".encode()).hexdigest()[:16]}.txt'
        lines = D.lines
        while lines and lines[0] == '':
            lines = lines[1:]
        data = ('\n'.join(lines).rstrip('\n') + '\n').encode('utf-8')
        with open(os.path.join(args.out, name), 'wb') as fh:
            fh.write(data)
        bodyset = set(l for s in D.stories for l in s['body'] + s['optional'])
        bodyblob = '\n'.join(l for s in D.stories for l in s['body'] + s['optional'])
        remove = [l for l in D.remove if l not in bodyset and not (len(l) >= 20 and l in bodyblob)]
        gold['files'][name] = dict(stories=D.stories, remove=remove)
        forbid_cands += D.forbid
        styles[name] = dict(style=style, lang=lang, blank_lines=D.blanks, stories=len(D.stories))
    debris = ['](http', '&nbsp;', '&amp;', '&quot;', '<br>', '</p>', '<!--', 'window.dataLayer', 'googletag',
              'data:image', '{{', 'URL Source:', 'Markdown Content:', 'Published Time:', 'pubDate:', 'guid:',
              'Continued on Page', 'Unsubscribe', 'View in browser', 'Forward to a friend', 'Posted by',
              'points by', 'permalink embed save']
    allbody = '\n'.join(l for f in gold['files'].values() for s in f['stories']
                        for l in s['body'] + s['optional'] + [s['headline'] or ''] + s['headline_alternatives'])
    alldump = '\n'.join(l for f in gold['files'].values() for l in f['remove'])
    cands = []
    for c in debris + forbid_cands:
        if c not in cands and c not in allbody and c in alldump:
            cands.append(c)
    gold['forbidden_substrings'] = cands
    with open(os.path.join(args.out, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    with open(os.path.join(args.out, 'styles.json'), 'w', encoding='utf-8') as fh:
        json.dump(styles, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return gold


def selfcheck(args, gold):
    """An oracle output (each gold story's body as one record, its headline as title) must score 1.0."""
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'oracle.jsonl'), 'w', encoding='utf-8') as fh:
            for name, f in gold['files'].items():
                for s in f['stories']:
                    fh.write(json.dumps(dict(text='\n'.join(s['body']), title=s['headline'] or '', source=name),
                                        ensure_ascii=False) + '\n')
        out = subprocess.run([sys.executable, args.scorer, os.path.join(args.out, 'gold.json'), tmp, '--json'],
                             capture_output=True, text=True, check=True).stdout
    summ = json.loads(out)['summary']
    for name, f in gold['files'].items():
        data = open(os.path.join(args.out, name), encoding='utf-8').read()
        lines = set(' '.join(l.split()) for l in data.split('\n'))
        flat = ' '.join(data.split())
        for s in f['stories']:
            pos = 0
            if not s['body']:
                sys.exit(f'selfcheck FAILED: {name}: a story without body')
            for l in s['body']:
                at = flat.find(l, pos)
                if at < 0:
                    sys.exit(f'selfcheck FAILED: {name}: body line not found in order: {l[:60]!r}')
                pos = at + len(l)
            if s['headline'] and ' '.join(s['headline'].split()) not in flat:
                sys.exit(f'selfcheck FAILED: {name}: headline not shown: {s["headline"][:60]!r}')
        missing = [l for l in f['remove'] if l not in lines]
        if missing:
            sys.exit(f'selfcheck FAILED: {name}: chrome line not in dump: {missing[0]!r}')
    bad = {k: v for k, v in summ.items() if isinstance(v, float) and v != 1.0}
    print('selfcheck:', ' '.join(f'{k}={v}' for k, v in summ.items()))
    if bad:
        sys.exit(f'selfcheck FAILED: {bad}')
    print('selfcheck OK')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--dumps', type=int, default=20)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--selfcheck', action='store_true')
    ap.add_argument('--scorer', default=None, help='score_cleaning.py (default: the first shared/tools/ found above this script)')
    args = ap.parse_args()
    if args.scorer is None:
        d = os.path.dirname(os.path.abspath(__file__))
        while d != os.path.dirname(d) and not os.path.exists(os.path.join(d, 'shared', 'tools', 'score_cleaning.py')):
            d = os.path.dirname(d)
        args.scorer = os.path.join(d, 'shared', 'tools', 'score_cleaning.py')
    gold = build(args)
    if args.selfcheck:
        selfcheck(args, gold)


if __name__ == '__main__':
    main()
