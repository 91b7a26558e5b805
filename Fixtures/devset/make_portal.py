#!/usr/bin/env python3
"""make_portal.py: an independent dev-set generator of "portal" scrape dumps.

usage: make_portal.py --corpus allsides-dev.jsonl.gz --out DIR [--dumps N] [--seed S]
                      [--selfcheck] [--scorer PATH]

Each dump glues 2-6 real corpus articles as a scraper of a modern news portal / CMS leaves them:
every story is a scraped page with that portal's chrome (consent banners, navigation, paywall
and newsletter prompts, share rows, "most read" boxes, galleries, social embeds, author boxes,
footers, ...), in one of several portal styles drawn per dump, with chrome wording in English,
Spanish, French, German, Portuguese or Italian. Files are .txt, .txt.gz, .jsonl (one record per
scraped page; an infinite-scroll page may hold two stories) and .jsonl.gz. DIR/gold.json is in
the seeds' gold format; DIR/styles.json maps each file to its style (for per-style scoring).
Standard library only; the same arguments give byte-identical output.

STYLES (one per dump; the first 9 dumps take one each, then drawn at random):
  cms_euro          consent banner on every page, nav + breadcrumbs, "most read" box always
  paywall_metered   metering prompts at the top and inside the body, newsletter boxes
  live_blog         one long article as a live blog: LIVE badge, "Live updates: X" headline,
                    per-entry time stamps, entry authors, "Share this post / Copy link"
  social_embeds     Instagram ("View this post on Instagram", "A post shared by ...") and tweet
                    embeds (text with pic.twitter.com, "— Name (@handle) date") inside the body
  gallery           "Image i of n" / "i / n" counters, captions and credits inside the body
  amp_mobile        "Headline | Site" title tag, AMP / menu / "Back to top" furniture
  regional_wrapped  body hard-wrapped at 58-76 columns, often no blank lines, upper-case
                    headlines, "Page A3" and jump lines ("See X, Page B2")
  sponsored_feed    Outbrain / Taboola style partner blocks of click-bait titles
  infinite_scroll   next story loaded under the same page ("Next article"), sometimes with no
                    headline; in JSONL one record then holds two stories
  Every style also draws: kickers, bylines, dates, reading time, comment counts and readers'
  comments, share rows, dek (optional), photo + credit, "read also" links (other corpus titles),
  ads, author boxes, tags, app prompts, footers, editor's notes / corrections (body).

GOLD CONVENTION (what a careful annotator would call article text vs page chrome):
  headline  the story's headline as the page prints it (upper-cased where the page upper-cases
            it, with the corpus title as an alternative; "Live updates: X" with X as an
            alternative). None when the page shows no headline.
  body      every line of the article's own text: its paragraphs, its own subheads, quotes,
            and editor's notes / corrections (inserted by this script, they are body). Native
            corpus lines that are not boilerplate stay body, hard-wrapped lines one by one.
  optional  lines an annotator could go either way on, neither required nor forbidden:
            a dek/teaser that repeats the lede, photo captions, contributor lines ("The
            Associated Press contributed to this report."), separators inside the text
            (***, ___), embedded-post text (a tweet's words, lines holding pic.twitter.com or a
            "— Name (@handle) date" attribution), a body line that repeats the headline.
  remove    page chrome: consent banners, navigation, breadcrumbs, kickers, bylines, dates,
            reading times, comment counts, share rows, paywall / newsletter / app prompts,
            "read also" / "most read" / recommended / sponsored boxes and their link titles,
            gallery counters and photo credits, embed chrome ("View this post on Instagram",
            "A post shared by ..."), live-blog entry time stamps and per-entry share lines,
            author boxes and bios, tags lines, footers. NATIVE corpus boilerplate is remove
            too when it is a whole line of widget / credit / copyright shape (ADVERTISEMENT,
            Story Continued Below, "This article is more than 1 year old", CLICK HERE ..., photo
            credit lines, copyright lines, "RELATED: ..." / "( PHOTOS: ... )" / "See: ..." link
            lines, upper-case related-story links of 5+ words, newsletter / follow / "Send letters
            to" boxes flattened into one line, "[audio-clip]"); native captions carrying their
            credit, "Additional reporting by ...", "X contributed reporting", syndication and
            views-are-the-author's notices are optional.
  A chrome line that is also a body line of its file, or (20+ characters) is inside one, is
  left out of remove (the scorer could not tell them apart).
"""
import argparse, gzip, hashlib, io, json, os, random, re, subprocess, sys, tempfile

# ---- native boilerplate inside corpus bodies -------------------------------------------------
NATIVE_REMOVE = re.compile(
    r'^(advertisement( continue reading the main story)?|story continue[ds] below|photo|photos|video|'
    r'slideshow \(\d+ images?\)|this article is more than \d+ (years?|months?) old|share this article.*|'
    r'\[pullquote\]|twitter|facebook|more on this\.*|more:|urgent:|watch:|related:?|read more:?|'
    r'click here.{0,80}|follow @\w+|support vox.{0,60}|skip advertisement|continue reading.{0,60}|'
    r'sign up.{0,80}newsletter.{0,40}|share|tweet|email|print|comments?)$', re.I)
NATIVE_REMOVE_PREFIX = re.compile(
    r'^\(?\s*(related|read more|read|see|also see|watch|photos?|video|also on \w+|click here|see also|more from \w+)\s*:', re.I)
NATIVE_CREDIT = re.compile(
    r'(getty images|\bap photo\b|/ap\)?$|reuters/|/afp|\bphoto by\b|^photo:|^image:|^credit:|'
    r'^\(?photo credit|shutterstock|associated press photo)', re.I)
NATIVE_COPYRIGHT = re.compile(r'^(©|copyright\b|\(c\) \d{4})|all rights reserved', re.I)
NATIVE_OPTIONAL = re.compile(
    r'contributed to this report|^“[^”]{10,200}” ?[—–-] ?[A-Z][^.]{2,80}$|^(\*+|_+|(• )*•|[-—–]+|\* \* \*)$|pic\.twitter\.com|'
    r'\(@\w+\) \w+ \d{1,2}, \d{4}$|^— .{0,80}\(@\w+\)', re.I)


NATIVE_PROMO = re.compile(   # newsletter / follow / support boxes flattened into one line
    r'sign(ing)? up|newsletter|^subscribe\b|click here|^click\b|^(trending|go deeper|up next|watch the latest)\b|'
    r'^(send (letters|tips)|let us know what|like us on)\b|editorial standards|^\[[\w -]{2,30}\]$|^listen to (this )?article|^more on this|recaptcha|terms of service|in your inbox|to your inbox|^follow .{2,60} on (twitter|facebook|instagram)|'
    r'^support (progressive|independent|our|quality) journalism|^\(graphic:', re.I)
NATIVE_ASIDE = re.compile(   # captions with their credit, reporting credits, disclaimers: either way
    r'reuters/|/file photo|via getty images|\(ap photo|\| ?$|^\(?additional reporting by|editing by .{2,80}\)?$|'
    r'(contains|includes) material from|^the views expressed in this|contributed reporting|^photographer:|'
    r'^facebook twitter|^image .{2,80} credit|contributed to this story|^by [A-Z][\w.]+ [A-Z][\w.]+( and [A-Z][\w.]+ [A-Z][\w.]+)?$|^content created by|^this (story|article) (was|has been) (updated|corrected)', re.I)


def correction(g, a, top):
    """An editor's note or correction in the article's own words (body): varied, names from its text."""
    text = ' '.join(l for l, k in zip(a['lines'], a['labels']) if k == 'body')
    names = re.findall(r'\b([A-Z][a-z]+ [A-Z][a-z]{2,}),? (?:said|told|says|wrote)\b', text) or ['a spokesperson']
    who, when = g.pick(names), g.date()
    if top:
        return g.pick([f'Editor’s note: This story was updated on {when} with comments from {who}.',
                       f'Editor’s Note: This article has been updated to reflect new information about {who}.',
                       f'Editor’s note: A version of this story appeared in print on {when}.'])
    return g.pick([f'Correction: An earlier version of this article misspelled the name of {who}.',
                   f'Correction: A previous version of this story misstated {who}’s title.',
                   f'CORRECTION: This story has been corrected to show that {who} spoke on {when.split(",")[0]}, not the day before.',
                   f'An earlier version of this article incorrectly described {who}’s role. It has been corrected.',
                   f'This article was updated on {when} to include a response from {who}.'])


def native_label(line, title):
    if NATIVE_OPTIONAL.search(line) or line == title:
        return 'optional'
    if len(line) < 700 and NATIVE_PROMO.search(line):
        return 'remove'
    if len(line) < 400 and NATIVE_ASIDE.search(line):
        return 'optional'
    if not re.search(r'[a-z]', line) and not line.endswith('.'):   # Fox-style upper-case related links
        return 'remove' if len(line.split()) >= 5 else 'optional'
    if NATIVE_REMOVE.match(line) or NATIVE_COPYRIGHT.search(line) and len(line) < 200:
        return 'remove'
    if len(line) < 200 and re.search(r'\S Read more$', line):   # Guardian-style inline link
        return 'remove'
    if len(line) < 160 and (NATIVE_REMOVE_PREFIX.match(line) or NATIVE_CREDIT.search(line)):
        return 'remove'
    return 'body'


def load_corpus(path):
    """Articles usable as stories: a title, 4-30 paragraphs, no transcript / interview shape."""
    arts = []
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        for raw in fh:
            r = json.loads(raw)
            title = ' '.join((r.get('title') or '').split())
            lines = [' '.join(l.split()) for l in (r.get('text') or '').split('\n')]
            lines = [l for l in lines if l]
            if not (15 <= len(title) <= 150) or not (4 <= len(lines) <= 30):
                continue
            n = sum(len(l) for l in lines)
            if not (900 <= n <= 9000):
                continue
            labels = [native_label(l, title) for l in lines]
            short = sum(1 for l, k in zip(lines, labels) if k == 'body' and len(l) < 45)
            if short > 1 or sum(1 for k in labels if k == 'body') < 4:
                continue
            arts.append(dict(id=r['id'], title=title, source=r.get('source', ''), lines=lines, labels=labels))
    arts.sort(key=lambda a: a['id'])
    return arts


# ---- chrome vocabulary, per language ---------------------------------------------------------
L = {
 'en': dict(
   cookie=['We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.',
           'We and our partners use cookies and similar technologies to personalise content and ads.', 'Accept all',
           'Manage preferences', 'Reject all', 'Your privacy choices', 'Cookie settings', 'I agree'],
   nav=['Home', 'News', 'Politics', 'World', 'Business', 'Opinion', 'Sports', 'Entertainment', 'Science', 'Health', 'Video', 'Podcasts'],
   skip=['Skip to main content', 'Skip to content', 'Menu', 'Search', 'Sign in', 'Log in', 'Subscribe', 'Close menu'],
   paywall=['You have {n} free articles left this month.', 'You have read {n} of your {m} free articles.',
            'Subscribe now for unlimited access', 'Already a subscriber? Log in', 'Get {m} weeks for $1',
            'This article is for subscribers only.', 'Support independent journalism. Subscribe today.'],
   news=['Sign up for our {x} newsletter', 'Get the best of {s} delivered to your inbox every morning.',
         'Enter your email address', 'Sign up', 'By signing up, you agree to our Terms of Use and Privacy Policy.',
         'Thanks for signing up!'],
   app=['Download the {s} app', 'Get the app', 'Open in app', 'Available on the App Store and Google Play'],
   readalso=['READ MORE:', 'Read also:', 'RELATED:', 'Recommended:', 'See also:', 'More from {s}:'],
   mostread=['Most read', 'Most Popular', 'Trending now', 'Recommended for you', 'What to read next', 'Top stories', 'More in Politics'],
   share=['Share', 'Share on Facebook', 'Share on Twitter', 'Share via Email', 'Copy link', 'Print', 'Save', 'Gift this article'],
   by=['By {a}', 'By {a} and {b}', 'BY {A}', '{a}, Staff Writer', 'Written by {a}'],
   readtime=['{n} min read', 'Reading time: {n} minutes', '{n} minute read'],
   comments=['{n} comments', 'Comments ({n})', 'Join the conversation', 'Show comments', 'View {n} comments'],
   tags=['Tags:', 'Topics:', 'Filed under:'],
   sponsored=['Sponsored content', 'Promoted stories', 'From our partners', 'Paid content by {p}', 'Recommended by {p}', 'Ads by {p}'],
   gallery=['Image {i} of {n}', '{i} / {n}', 'Photo {i} of {n}', 'Open gallery', 'Next image', 'View all {n} photos'],
   footer=['© {y} {s}. All rights reserved.', 'Terms of Use', 'Privacy Policy', 'Contact us', 'About us', 'Advertise with us',
           'Do Not Sell My Personal Information'],
   updated=['Updated {t}', 'Published {d}', 'Last updated: {d} {t}', '{d} | {t}', 'Posted {d}'],
   author=['{a} is a {r} at {s}.', '{a} covers {topic} for {s}. Follow {h} on Twitter.', 'About the author'],
   nextart=['Next article', 'Continue reading', 'Up next', 'Read next'],
   live=['LIVE', 'Live updates: ', 'Key events', 'Show key events only', 'Load more updates', 'Pinned post'],
   ad=['Advertisement', 'ADVERTISEMENT', 'Ad', 'Story continues below advertisement', 'Scroll to continue with content'],
   amp=['View full site', 'Back to top', 'AMP', 'Tap to unmute', 'Open navigation'],
 ),
 'es': dict(
   cookie=['Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.',
           'Aceptar', 'Configurar cookies', 'Rechazar', 'Más información'],
   nav=['Portada', 'Nacional', 'Internacional', 'Economía', 'Opinión', 'Deportes', 'Cultura', 'Tecnología'],
   skip=['Ir al contenido', 'Menú', 'Buscar', 'Iniciar sesión', 'Suscríbete'],
   paywall=['Te quedan {n} artículos gratuitos este mes.', 'Suscríbete para seguir leyendo', '¿Ya eres suscriptor? Inicia sesión'],
   news=['Suscríbete a nuestro boletín', 'Recibe cada mañana las noticias más importantes.', 'Introduce tu correo electrónico', 'Apúntate'],
   app=['Descarga la app de {s}', 'Abrir en la app'],
   readalso=['Lea también:', 'LEA TAMBIÉN:', 'Te puede interesar:', 'Más información:'],
   mostread=['Lo más leído', 'Los más leídos', 'Te recomendamos', 'Noticias relacionadas'],
   share=['Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Enviar por correo', 'Copiar enlace'],
   by=['Por {a}', 'POR {A}', '{a} | Redacción'],
   readtime=['Tiempo de lectura: {n} min', '{n} min de lectura'],
   comments=['{n} comentarios', 'Ver comentarios', 'Comentar'],
   tags=['Etiquetas:', 'Temas:'],
   sponsored=['Contenido patrocinado', 'Publicidad', 'Recomendado por {p}'],
   gallery=['Imagen {i} de {n}', '{i} / {n}', 'Ver galería'],
   footer=['© {y} {s}. Todos los derechos reservados.', 'Aviso legal', 'Política de privacidad', 'Contacto'],
   updated=['Actualizado {d} {t}', 'Publicado el {d}'],
   author=['{a} es {r} de {s}.', 'Sobre el autor'],
   nextart=['Siguiente noticia', 'Seguir leyendo'],
   live=['EN DIRECTO', 'En directo: ', 'Última hora', 'Cargar más actualizaciones'],
   ad=['Publicidad', 'PUBLICIDAD', 'Anuncio'],
   amp=['Ver versión completa', 'Volver arriba'],
 ),
 'fr': dict(
   cookie=['Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.', 'Tout accepter', 'Paramétrer les cookies',
           'Continuer sans accepter', 'En savoir plus'],
   nav=['Accueil', 'Actualités', 'Politique', 'International', 'Économie', 'Société', 'Culture', 'Sport'],
   skip=['Aller au contenu', 'Menu', 'Rechercher', 'Se connecter', "S'abonner"],
   paywall=['Il vous reste {n} articles gratuits ce mois-ci.', "Cet article est réservé aux abonnés.", 'Déjà abonné ? Se connecter',
            'Abonnez-vous à partir de 1 €'],
   news=['Inscrivez-vous à notre newsletter', 'Recevez chaque matin l’essentiel de l’actualité.', 'Votre adresse e-mail', "S'inscrire"],
   app=["Téléchargez l'application {s}", "Ouvrir dans l'application"],
   readalso=['Lire aussi :', 'LIRE AUSSI :', 'À lire également :', 'Sur le même sujet :'],
   mostread=['Les plus lus', 'Les articles les plus lus', 'À découvrir', 'Nos recommandations'],
   share=['Partager', 'Partager sur Facebook', 'Partager sur Twitter', 'Envoyer par e-mail', 'Copier le lien'],
   by=['Par {a}', 'PAR {A}', '{a}, journaliste'],
   readtime=['Temps de lecture : {n} min', 'Lecture {n} min.'],
   comments=['{n} commentaires', 'Réagir', 'Voir les commentaires'],
   tags=['Mots-clés :', 'Thèmes :'],
   sponsored=['Contenu sponsorisé', 'Contenus partenaires', 'Recommandé par {p}'],
   gallery=['Photo {i} sur {n}', '{i} / {n}', 'Voir le diaporama'],
   footer=['© {y} {s}. Tous droits réservés.', 'Mentions légales', 'Politique de confidentialité', 'Nous contacter'],
   updated=['Mis à jour le {d} à {t}', 'Publié le {d}'],
   author=['{a} est {r} à {s}.', "À propos de l'auteur"],
   nextart=['Article suivant', 'Lire la suite'],
   live=['EN DIRECT', 'En direct : ', 'Les temps forts', 'Charger plus'],
   ad=['Publicité', 'PUBLICITÉ'],
   amp=['Voir la version complète', 'Haut de page'],
 ),
 'de': dict(
   cookie=['Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.', 'Alle akzeptieren', 'Einstellungen',
           'Nur notwendige Cookies', 'Datenschutzerklärung'],
   nav=['Startseite', 'Politik', 'Ausland', 'Wirtschaft', 'Meinung', 'Kultur', 'Sport', 'Wissen'],
   skip=['Zum Inhalt springen', 'Menü', 'Suche', 'Anmelden', 'Abonnieren'],
   paywall=['Sie haben noch {n} kostenlose Artikel in diesem Monat.', 'Jetzt weiterlesen mit Abo', 'Bereits Abonnent? Hier anmelden'],
   news=['Jetzt Newsletter abonnieren', 'Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.', 'Ihre E-Mail-Adresse', 'Anmelden'],
   app=['Laden Sie die {s}-App herunter', 'In der App öffnen'],
   readalso=['Lesen Sie auch:', 'Auch interessant:', 'Mehr zum Thema:', 'LESEN SIE AUCH'],
   mostread=['Meistgelesen', 'Meistgelesene Artikel', 'Empfehlungen der Redaktion', 'Das könnte Sie auch interessieren'],
   share=['Teilen', 'Auf Facebook teilen', 'Auf Twitter teilen', 'Per E-Mail senden', 'Link kopieren'],
   by=['Von {a}', 'VON {A}'],
   readtime=['Lesezeit: {n} Min.', '{n} Min. Lesezeit'],
   comments=['{n} Kommentare', 'Kommentieren', 'Kommentare anzeigen'],
   tags=['Schlagworte:', 'Themen:'],
   sponsored=['Anzeige', 'Gesponserter Inhalt', 'Empfohlen von {p}'],
   gallery=['Bild {i} von {n}', '{i} / {n}', 'Zur Bildergalerie'],
   footer=['© {y} {s}. Alle Rechte vorbehalten.', 'Impressum', 'Datenschutz', 'Kontakt'],
   updated=['Aktualisiert am {d}, {t} Uhr', 'Veröffentlicht am {d}'],
   author=['{a} ist {r} bei {s}.', 'Über den Autor'],
   nextart=['Nächster Artikel', 'Weiterlesen'],
   live=['LIVE', 'Liveticker: ', 'Die wichtigsten Ereignisse', 'Mehr laden'],
   ad=['Anzeige', 'ANZEIGE', 'Werbung'],
   amp=['Zur Vollversion', 'Nach oben'],
 ),
 'pt': dict(
   cookie=['Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa política de privacidade.',
           'Aceitar', 'Configurações de cookies', 'Recusar'],
   nav=['Início', 'Política', 'Mundo', 'Economia', 'Opinião', 'Esportes', 'Cultura'],
   skip=['Pular para o conteúdo', 'Menu', 'Buscar', 'Entrar', 'Assine'],
   paywall=['Você ainda tem {n} matérias gratuitas este mês.', 'Assine para continuar lendo', 'Já é assinante? Faça login'],
   news=['Assine nossa newsletter', 'Receba as principais notícias no seu e-mail.', 'Seu e-mail', 'Cadastrar'],
   app=['Baixe o app do {s}', 'Abrir no app'],
   readalso=['Leia também:', 'LEIA TAMBÉM:', 'Veja também:', 'Saiba mais:'],
   mostread=['Mais lidas', 'As mais lidas', 'Recomendados para você'],
   share=['Compartilhar', 'Compartilhar no Facebook', 'Compartilhar no Twitter', 'Enviar por e-mail', 'Copiar link'],
   by=['Por {a}', 'POR {A}'],
   readtime=['Tempo de leitura: {n} min', '{n} min de leitura'],
   comments=['{n} comentários', 'Comentar', 'Ver comentários'],
   tags=['Tags:', 'Assuntos:'],
   sponsored=['Conteúdo patrocinado', 'Publicidade', 'Recomendado por {p}'],
   gallery=['Foto {i} de {n}', '{i} / {n}', 'Ver galeria'],
   footer=['© {y} {s}. Todos os direitos reservados.', 'Termos de uso', 'Política de privacidade', 'Fale conosco'],
   updated=['Atualizado em {d} às {t}', 'Publicado em {d}'],
   author=['{a} é {r} do {s}.', 'Sobre o autor'],
   nextart=['Próxima matéria', 'Continue lendo'],
   live=['AO VIVO', 'Ao vivo: ', 'Principais momentos', 'Carregar mais'],
   ad=['Publicidade', 'PUBLICIDADE'],
   amp=['Ver versão completa', 'Voltar ao topo'],
 ),
 'it': dict(
   cookie=['Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione accetti l’uso dei cookie.',
           'Accetta tutti', 'Gestisci le preferenze', 'Rifiuta', 'Informativa'],
   nav=['Home', 'Politica', 'Esteri', 'Economia', 'Opinioni', 'Sport', 'Cultura', 'Cronaca'],
   skip=['Vai al contenuto', 'Menu', 'Cerca', 'Accedi', 'Abbonati'],
   paywall=['Ti restano {n} articoli gratuiti questo mese.', 'Abbonati per continuare a leggere', 'Sei già abbonato? Accedi'],
   news=['Iscriviti alla newsletter', 'Ricevi ogni mattina le notizie più importanti.', 'La tua email', 'Iscriviti'],
   app=["Scarica l'app di {s}", "Apri nell'app"],
   readalso=['Leggi anche:', 'LEGGI ANCHE:', 'Potrebbe interessarti:', 'Approfondisci:'],
   mostread=['I più letti', 'Più letti', 'Consigliati per te', 'Ultime notizie'],
   share=['Condividi', 'Condividi su Facebook', 'Condividi su Twitter', 'Invia per email', 'Copia link'],
   by=['di {a}', 'DI {A}'],
   readtime=['Tempo di lettura: {n} minuti', '{n} min di lettura'],
   comments=['{n} commenti', 'Commenta', 'Mostra commenti'],
   tags=['Argomenti:', 'Tag:'],
   sponsored=['Contenuto sponsorizzato', 'Pubblicità', 'Consigliato da {p}'],
   gallery=['Foto {i} di {n}', '{i} / {n}', 'Vai alla gallery'],
   footer=['© {y} {s}. Tutti i diritti riservati.', 'Note legali', 'Privacy', 'Contatti'],
   updated=['Aggiornato il {d} alle {t}', 'Pubblicato il {d}'],
   author=['{a} è {r} di {s}.', "Sull'autore"],
   nextart=['Articolo successivo', 'Continua a leggere'],
   live=['LIVE', 'Diretta: ', 'Momenti chiave', 'Carica altri aggiornamenti'],
   ad=['Pubblicità', 'PUBBLICITÀ'],
   amp=['Vai alla versione completa', "Torna su"],
 ),
}
FIRST = ['Maria', 'James', 'Aisha', 'Tom', 'Lucía', 'Pierre', 'Anna', 'David', 'Sofia', 'Kenji', 'Rachel', 'Marco', 'Elena',
         'Samuel', 'Chloé', 'Jonas', 'Priya', 'Diego', 'Hannah', 'Omar']
LAST = ['Whitfield', 'García', 'Okafor', 'Lindqvist', 'Moreau', 'Rossi', 'Becker', 'Nakamura', 'Silva', 'Hartley', 'Kowalski',
        'Dubois', 'Patel', 'Fischer', 'Costa', 'Brennan', 'Haddad', 'Ferreira', 'Conti', 'Sullivan']
SITE_A = ['Daily', 'Metro', 'Evening', 'National', 'Capital', 'Harbor', 'Valley', 'Northern', 'Global', 'City', 'Coastal', 'Union']
SITE_B = ['Ledger', 'Herald', 'Courier', 'Post', 'Dispatch', 'Observer', 'Gazette', 'Tribune', 'Chronicle', 'Sentinel', 'Star', 'Review']
PARTNERS = ['Outbrain', 'Taboola', 'Revcontent', 'MGID', 'Zergnet']
CLICKBAIT = ['Doctors Stunned: This Simple Trick Melts Belly Fat', 'The Most Beautiful Beaches You Have Never Heard Of',
             'Seniors Are Switching To This New Phone Plan', 'You Won\'t Believe What These Child Stars Look Like Now',
             'This Game Will Keep You Up All Night', 'New Rule For Drivers Born Before 1965', 'Ranked: The 20 Safest Cars Of The Year',
             'Homeowners Are Trading In Their Doorbell Cams For This', 'Here\'s What A Dental Implant Should Cost You']
CAPTIONS = ['Demonstrators gather outside the building on Tuesday.', 'Officials speak to reporters after the meeting.',
            'A view of the scene earlier this week.', 'Supporters cheer during the rally.', 'Lawmakers arrive for the vote.',
            'Residents wait in line on Monday morning.', 'The facility, pictured in a file photo.']
AGENCIES = ['Getty Images', 'Reuters', 'AP', 'AFP via Getty Images', 'Bloomberg via Getty Images', 'EPA', 'Shutterstock']
KICKERS = {'en': ['EXCLUSIVE', 'ANALYSIS', 'Opinion', 'BREAKING', 'Politics', 'Fact check', 'WATCH', 'Premium'],
           'es': ['EXCLUSIVA', 'Análisis', 'Opinión', 'ÚLTIMA HORA'], 'fr': ['EXCLUSIF', 'Analyse', 'Tribune', 'Abonnés'],
           'de': ['EXKLUSIV', 'Analyse', 'Meinung', 'Plus'], 'pt': ['EXCLUSIVO', 'Análise', 'Opinião'],
           'it': ['ESCLUSIVO', 'Analisi', 'Commento', 'Premium']}
USER_COMMENTS = ['This is exactly what I have been saying for years.', 'Great article, thanks for covering this.',
                 'Who is paying for all of this? Not them, that is for sure.', 'Typical. Nothing will change until people vote.',
                 'I stopped reading after the second paragraph.', 'Finally someone asks the right questions!',
                 'Does anyone actually believe this anymore?']
TOPICS = ['politics', 'the White House', 'Congress', 'the economy', 'national security', 'immigration', 'elections']
ROLES = {'en': ['senior reporter', 'political correspondent', 'staff writer', 'national editor'],
         'es': ['redactora', 'corresponsal política'], 'fr': ['journaliste', 'correspondant politique'],
         'de': ['Redakteurin', 'Korrespondent'], 'pt': ['repórter', 'correspondente'], 'it': ['giornalista', 'corrispondente']}
MONTHS_L = {'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
            'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
            'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
            'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
            'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

STYLES = ['cms_euro', 'paywall_metered', 'live_blog', 'social_embeds', 'gallery', 'amp_mobile', 'regional_wrapped',
          'sponsored_feed', 'infinite_scroll']


class Page:
    """One dump being built: its text lines and its gold (stories, remove)."""
    def __init__(self):
        self.lines, self.stories, self.remove = [], [], []

    def chrome(self, *ls):
        for l in ls:
            l = ' '.join(l.split())
            if l:
                self.lines.append(l)
                self.remove.append(l)

    def raw(self, l, kind=None):
        self.lines.append(l)

    def blank(self):
        if self.lines and self.lines[-1] != '':
            self.lines.append('')


class Gen:
    def __init__(self, rng, arts, others):
        self.r, self.arts, self.others = rng, arts, others

    def pick(self, xs):
        return self.r.choice(xs)

    def person(self):
        return f'{self.pick(FIRST)} {self.pick(LAST)}'

    def date(self, lang='en'):
        m, d, y = self.r.randrange(12), self.r.randint(1, 28), self.r.randint(2014, 2020)
        if lang == 'en':
            return f'{MONTHS[m]} {d}, {y}'
        return self.pick([f'{d} {MONTHS_L[lang].split()[m]} {y}', f'{d:02d}.{m + 1:02d}.{y}', f'{d:02d}/{m + 1:02d}/{y}'])

    def time(self, lang='en'):
        h, m = self.r.randint(0, 23), self.r.randint(0, 59)
        if lang != 'en':
            return self.pick([f'{h:02d}:{m:02d}', f'{h}h{m:02d}' if lang == 'fr' else f'{h:02d}.{m:02d}'])
        return self.pick([f'{h:02d}:{m:02d}', f'{(h % 12) or 12}:{m:02d} {"a.m." if h < 12 else "p.m."} ET',
                          f'{(h % 12) or 12}:{m:02d}{"AM" if h < 12 else "PM"} EST'])

    def fill(self, s, lang, site):
        a, b = self.person(), self.person()
        return s.format(n=self.r.randint(1, 9), m=self.r.choice([5, 10, 20]), s=site, x=self.pick(['Morning', 'Politics', 'Daily', 'Evening']),
                        a=a, b=b, A=a.upper(), p=self.pick(PARTNERS), i=self.r.randint(1, 12), y=self.r.randint(2014, 2020),
                        t=self.time(lang), d=self.date(lang), r=self.pick(ROLES[lang]), topic=self.pick(TOPICS),
                        h='@' + a.split()[0].lower() + a.split()[1][:3].lower())

    def other_titles(self, k):
        return [self.others[self.r.randrange(len(self.others))]['title'] for _ in range(k)]


def render_dump(g, style, lang, site, arts, blanks):
    """Lay out one dump (list of page texts; each page one scraped story or two) and its gold."""
    r, V = g.r, L[lang]
    P = Page()
    f = lambda s: g.fill(s, lang, site)
    pages = []
    live_idx = r.randrange(len(arts)) if style == 'live_blog' else -1
    for si, a in enumerate(arts):
        start = len(P.lines)
        if style == 'infinite_scroll' and si > 0 and r.random() < 0.7:
            P.blank(); P.chrome(f(g.pick(V['nextart']))); P.blank()
            new_page = False
        else:
            new_page = True
        headline = a['title']; alts = []
        # --- page head
        if new_page:
            if style in ('cms_euro', 'paywall_metered') or (si == 0 and r.random() < 0.5):
                if r.random() < (0.8 if si == 0 else 0.3):
                    P.chrome(*r.sample(V['cookie'], min(len(V['cookie']), r.randint(2, 4)))); blanks and P.blank()
            if style == 'amp_mobile':
                P.chrome(f'{headline} | {site}', g.pick(V['amp'][2:] + ['Open navigation']), site, 'Menu')
            elif style != 'regional_wrapped':
                P.chrome(site, *r.sample(V['skip'], 2))
                if r.random() < 0.7:
                    P.chrome(*r.sample(V['nav'], r.randint(4, len(V['nav']))))
            if r.random() < 0.6 and style != 'regional_wrapped':
                crumbs = r.sample(V['nav'][1:], 2)
                P.chrome(g.pick([f'{V["nav"][0]} > {crumbs[0]} > {crumbs[1]}', f'{V["nav"][0]} / {crumbs[0]}',
                                 crumbs[0].upper()]))
            blanks and P.blank()
        if style == 'paywall_metered' and r.random() < 0.6:
            P.chrome(f(g.pick(V['paywall'][:2])))
        # --- headline block
        if si == live_idx:
            head_word = V['live'][1]
            headline = head_word + a['title']; alts = [a['title']]
            P.chrome(V['live'][0])
        elif style == 'regional_wrapped' and r.random() < 0.5:
            alts = [headline]; headline = headline.upper()
        if r.random() < 0.25 and si != live_idx:
            P.chrome(g.pick(KICKERS[lang]))
        if new_page and style not in ('amp_mobile', 'regional_wrapped') and r.random() < 0.15:
            P.chrome(f'{a["title"]} {g.pick(["|", "-", "–", "::"])} {site}')
        if style == 'regional_wrapped' and r.random() < 0.4:
            P.chrome(f'Page {g.pick("ABCD")}{r.randint(1, 12)}')
        show_head = not (style == 'infinite_scroll' and not new_page and r.random() < 0.3)
        if show_head:
            P.raw(headline)
        else:
            headline, alts = None, []
        optional = []
        if r.random() < 0.4 and si != live_idx:
            first = [l for l, k in zip(a['lines'], a['labels']) if k == 'body'][0]
            dek = re.split(r'(?<=[.!?])\s', first)[0]
            if 30 < len(dek) < 220:
                P.raw(dek); optional.append(dek)
        blanks and P.blank()
        P.chrome(f(g.pick(V['by'])))
        P.chrome(f(g.pick(V['updated'])))
        if r.random() < 0.5:
            P.chrome(f(g.pick(V['readtime'])))
        if r.random() < 0.5:
            P.chrome(f(g.pick(V['comments'][:1])))
        if style != 'regional_wrapped' and r.random() < 0.7:
            P.chrome(*r.sample(V['share'], r.randint(2, 4)))
        if style in ('gallery', 'amp_mobile') or r.random() < 0.3:
            cap = g.pick(CAPTIONS); n = r.randint(4, 15)
            if style == 'gallery':
                P.chrome(f'{g.pick(V["gallery"][:3]).format(i=1, n=n)}')
            P.raw(cap); optional.append(cap)
            P.chrome(g.pick([f'{g.person()}/{g.pick(AGENCIES)}', f'Photo: {g.person()}/{g.pick(AGENCIES)}',
                             f'({g.pick(AGENCIES)})', f'Credit: {g.pick(AGENCIES)}', f'{g.person().upper()}/{g.pick(AGENCIES)}']))
        blanks and P.blank()
        # --- body
        body = []
        if r.random() < 0.08:
            note = correction(g, a, True); P.raw(note); body.append(note); blanks and P.blank()
        paras = list(zip(a['lines'], a['labels']))
        width = r.randint(58, 76) if style == 'regional_wrapped' else 0
        nb = sum(1 for _, k in paras if k == 'body')
        bi = 0
        for pi, (line, lab) in enumerate(paras):
            if si == live_idx and lab == 'body' and (bi == 0 or r.random() < 0.45):
                if bi > 0:
                    P.chrome(*r.sample(V['share'][-2:] + ['Link copied', 'Share this post'], r.randint(1, 2)))
                    blanks and P.blank()
                P.chrome(g.time(lang))
                if r.random() < 0.3:
                    P.chrome(g.person())
            if lab == 'body':
                bi += 1
                if width and len(line) > width:
                    for w in wrap(line, width):
                        P.raw(w); body.append(w)
                else:
                    P.raw(line); body.append(line)
            elif lab == 'optional':
                P.raw(line); optional.append(line)
            else:
                P.raw(line); P.remove.append(line)
            if not blanks and width and r.random() < 0.15:
                pass
            blanks and P.blank()
            if lab != 'body' or pi == len(paras) - 1 or bi >= nb:
                continue
            # --- inline inserts between paragraphs
            x = r.random()
            if x < 0.10:
                P.chrome(f(g.pick(V['ad']))); blanks and P.blank()
            elif x < 0.17:
                P.chrome(f(g.pick(V['readalso'])) + ' ' + g.other_titles(1)[0]); blanks and P.blank()
            elif x < 0.21 and style == 'paywall_metered':
                P.chrome(*[f(s) for s in r.sample(V['paywall'], 2)]); blanks and P.blank()
            elif x < 0.25 and style in ('paywall_metered', 'cms_euro', 'sponsored_feed'):
                P.chrome(*[f(s) for s in V['news'][:r.randint(2, len(V['news']))]]); blanks and P.blank()
            elif x < 0.33 and style == 'social_embeds':
                embed(g, P, optional, blanks)
            elif x < 0.40 and style == 'gallery':
                n = r.randint(6, 15); i = r.randint(2, n)
                P.chrome(g.pick(V['gallery'][:3]).format(i=i, n=n))
                cap = g.pick(CAPTIONS); P.raw(cap); optional.append(cap)
                P.chrome(f'{g.person()}/{g.pick(AGENCIES)}'); blanks and P.blank()
            elif x < 0.36 and style == 'amp_mobile':
                P.chrome(g.pick(V['amp'] + V['ad'])); blanks and P.blank()
        if style == 'regional_wrapped' and r.random() < 0.3:
            P.chrome(g.pick(['See {x}, Page {p}', 'Continued on Page {p}', 'Please see {x} on {p}']).format(
                x=a['title'].split()[0].upper(), p=f'{g.pick("ABCD")}{r.randint(2, 12)}'))
        if r.random() < 0.1 and si != live_idx:
            note = correction(g, a, False); P.raw(note); body.append(note); blanks and P.blank()
        # --- page end
        ends = ['tags', 'author', 'share', 'comments', 'mostread', 'news', 'app', 'sponsored', 'footer']
        r.shuffle(ends)
        ends = ends[:r.randint(2, 5)]
        if style == 'sponsored_feed' and 'sponsored' not in ends:
            ends.append('sponsored')
        if style in ('cms_euro',) and 'mostread' not in ends:
            ends.append('mostread')
        if 'footer' in ends:
            ends.remove('footer'); ends.append('footer')
        for e in ends:
            if e == 'tags':
                P.chrome(g.pick(V['tags']) + ' ' + ', '.join(r.sample(V['nav'][1:], 3)))
            elif e == 'author':
                a1 = g.person()
                P.chrome(g.pick(V['author'][-1:] + [a1]), V['author'][0].format(a=a1, r=g.pick(ROLES[lang]), s=site))
                if lang == 'en' and r.random() < 0.5:
                    P.chrome(V['author'][1].format(a=a1, s=site, topic=g.pick(TOPICS), h='@' + a1.split()[1].lower()))
            elif e == 'share':
                P.chrome(*r.sample(V['share'], 3))
            elif e == 'comments':
                P.chrome(*[f(s) for s in r.sample(V['comments'], 2)])
                for _ in range(r.randint(0, 3)):   # readers' comments: prose, but page chrome
                    P.chrome(f'{g.pick(FIRST).lower()}{r.randint(1, 99)} · {r.randint(2, 23)} hours ago', g.pick(USER_COMMENTS),
                             g.pick(['Reply', f'Like ({r.randint(1, 40)})', 'Report', 'Reply · Share']))
            elif e == 'mostread':
                P.chrome(f(g.pick(V['mostread'])))
                for k, t in enumerate(g.other_titles(r.randint(3, 6)), 1):
                    P.chrome(g.pick([f'{k}. {t}', t, f'{k} {t}']) if r.random() < 0.5 else t)
            elif e == 'news':
                P.chrome(*[f(s) for s in V['news'][:3]])
            elif e == 'app':
                P.chrome(*[f(s) for s in V['app']])
            elif e == 'sponsored':
                P.chrome(f(g.pick(V['sponsored'])))
                for t in r.sample(CLICKBAIT, r.randint(2, 4)):
                    P.chrome(t)
                    if r.random() < 0.6:
                        P.chrome(g.pick(['Sponsored', 'Ad', 'Promoted', 'Learn More', f'{g.pick(SITE_A)}Deals']))
            elif e == 'footer':
                P.chrome(*[f(s) for s in r.sample(V['footer'], r.randint(2, len(V['footer'])))])
            blanks and P.blank()
        P.stories.append(dict(headline=headline, body=body, optional=optional, subheads_kept_inside=[],
                              headline_alternatives=alts, metadata={}))
        if new_page or not pages:
            pages.append([start, len(P.lines)])
        else:
            pages[-1][1] = len(P.lines)
    return P, pages


def embed(g, P, optional, blanks):
    r = g.r
    name = g.person(); h = '@' + name.split()[0].lower() + str(r.randint(1, 99))
    if r.random() < 0.5:
        P.chrome('View this post on Instagram')
        cap = g.pick(CAPTIONS)
        P.raw(cap); optional.append(cap)
        P.chrome(f'A post shared by {name} ({h}) on {g.date().rsplit(",", 1)[0]}, {r.randint(2015, 2020)} at {r.randint(1, 12)}:{r.randint(10, 59)}pm PST')
    else:
        txt = g.pick(['This is not over. We will keep fighting.', 'Huge turnout tonight. Thank you all!',
                      'Read the full statement here:', 'Big news coming tomorrow.', 'Our thoughts are with everyone affected.'])
        tw = f'{txt} pic.twitter.com/{hashlib.sha1(txt.encode() + h.encode()).hexdigest()[:10]}'
        P.raw(tw); optional.append(tw)
        P.chrome(f'— {name} ({h}) {g.date()}')
    blanks and P.blank()


def wrap(line, width):
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur); cur = w
        else:
            cur = f'{cur} {w}' if cur else w
    if cur:
        out.append(cur)
    return out


def gz(data):
    return gzip.compress(data, compresslevel=6, mtime=0)


def build(args):
    arts = load_corpus(args.corpus)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    gold = dict(version=1, forbidden_substrings=[], files={})
    styles = {}
    for d in range(args.dumps):
        style = STYLES[d % len(STYLES)] if d < len(STYLES) else rng.choice(STYLES)
        lang = 'en' if rng.random() < 0.55 else rng.choice(['es', 'fr', 'de', 'pt', 'it'])
        site = rng.choice(['The ', '']) + f'{rng.choice(SITE_A)} {rng.choice(SITE_B)}'
        k = 1 if style == 'live_blog' and rng.random() < 0.3 else rng.randint(2, 6)
        chosen = rng.sample(arts, k)
        if style == 'live_blog':   # the live blog needs a long article
            longs = [a for a in arts if sum(1 for x in a['labels'] if x == 'body') >= 10]
            chosen[0] = rng.choice(longs)
        blanks = rng.random() < (0.35 if style == 'regional_wrapped' else 0.75)
        g = Gen(rng, arts, arts)
        P, pages = render_dump(g, style, lang, site, chosen, blanks)
        ext = rng.choice(['.txt', '.txt', '.txt.gz', '.jsonl', '.jsonl.gz'])
        name = f'{d:03d}_{hashlib.sha1(f"{args.seed}/{d}".encode()).hexdigest()[:16]}{ext}'
        if ext.startswith('.jsonl'):
            recs = []
            for pi, (s, e) in enumerate(pages):
                text = '\n'.join(P.lines[s:e]).strip('\n')
                slug = hashlib.sha1(text[:200].encode()).hexdigest()[:10]
                recs.append(json.dumps(dict(id=f'{d:03d}-{pi}', url=f'https://www.{site.lower().replace("the ", "").replace(" ", "")}.com/news/{slug}',
                                            fetched='2020-0%d-1%dT0%d:00:00Z' % (pi % 9 + 1, pi % 10, pi % 10), text=text),
                                       ensure_ascii=False))
            data = ('\n'.join(recs) + '\n').encode('utf-8')
        else:
            data = ('\n'.join(P.lines).strip('\n') + '\n').encode('utf-8')
        with open(os.path.join(args.out, name), 'wb') as fh:
            fh.write(gz(data) if ext.endswith('.gz') else data)
        # gold: chrome that collides with a body line can't be scored as chrome; leave it out.
        bodyset = set(l for s in P.stories for l in s['body'] + s['optional'])
        bodyblob = '\n'.join(bodyset)
        remove = [l for l in P.remove if l not in bodyset and not (len(l) >= 20 and l in bodyblob)]
        gold['files'][name] = dict(stories=P.stories, remove=remove)
        styles[name] = dict(style=style, lang=lang, site=site, blank_lines=blanks, stories=len(P.stories))
    cands = ['free articles left', 'We use cookies', 'Utilizamos cookies', 'Nous utilisons des cookies', 'Wir verwenden Cookies',
             'View this post on Instagram', 'A post shared by', 'Sign up for our', 'All rights reserved', 'Alle Rechte vorbehalten',
             'Lea también:', 'Lire aussi :', 'Leggi anche:', 'Leia também:', 'Lesen Sie auch:']
    allbody = '\n'.join(l for f in gold['files'].values() for s in f['stories'] for l in s['body'] + s['optional'] + [s['headline'] or ''])
    alldump = '\n'.join(l for f in gold['files'].values() for l in f['remove'])
    gold['forbidden_substrings'] = [c for c in cands if c not in allbody and c in alldump]
    with open(os.path.join(args.out, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    with open(os.path.join(args.out, 'styles.json'), 'w', encoding='utf-8') as fh:
        json.dump(styles, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return gold


def selfcheck(args, gold):
    """An oracle output (each gold story's body as one record, its headline as title) must score 1.0."""
    scorer = args.scorer
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'oracle.jsonl'), 'w', encoding='utf-8') as fh:
            for name, f in gold['files'].items():
                for s in f['stories']:
                    fh.write(json.dumps(dict(text='\n'.join(s['body']), title=s['headline'] or '', source=name), ensure_ascii=False) + '\n')
        out = subprocess.run([sys.executable, scorer, os.path.join(args.out, 'gold.json'), tmp, '--json'],
                             capture_output=True, text=True, check=True).stdout
    summ = json.loads(out)['summary']
    # the dump itself must show every body line in order and every chrome line as a whole line
    for name, f in gold['files'].items():
        path = os.path.join(args.out, name)
        data = (gzip.open if name.endswith('.gz') else open)(path, 'rt', encoding='utf-8').read()
        if '.jsonl' in name:
            data = '\n'.join(json.loads(l)['text'] for l in data.splitlines() if l.strip())
        lines = set(data.split('\n'))
        pos = 0
        for s in f['stories']:
            for l in s['body']:
                at = data.find(l, pos)
                if at < 0:
                    sys.exit(f'selfcheck FAILED: {name}: body line not found in order: {l[:60]!r}')
                pos = at + len(l)
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
