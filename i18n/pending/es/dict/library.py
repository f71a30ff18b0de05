T = {
'Calls for nominations open now': 'Convocatorias de candidaturas abiertas',
'Nominations close on %(date)s': 'El plazo de presentación de candidaturas vence el %(date)s',
'Course begins on %(date)s': 'El curso comienza el %(date)s',
'The whole training calendar': 'Todo el calendario de capacitación',
'Latest news': 'Últimas noticias',
'All news and events': 'Todas las noticias y eventos',
}
