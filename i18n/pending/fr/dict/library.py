T = {
    'Calls for nominations open now': "Appels à candidatures en cours",
    'Nominations close on %(date)s': "Clôture des candidatures le %(date)s",
    'Course begins on %(date)s': "Début du cours le %(date)s",
    'The whole training calendar': "Tout le calendrier des formations",
    'Latest news': "Dernières actualités",
    'All news and events': "Toutes les actualités et tous les événements",
}
