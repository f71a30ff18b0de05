T = {
 'Calls for nominations open now': 'Идет прием кандидатур',
 'Nominations close on %(date)s': 'Прием кандидатур завершается %(date)s',
 'Course begins on %(date)s': 'Начало курса: %(date)s',
 'The whole training calendar': 'Весь календарь учебных мероприятий',
 'Latest news': 'Последние новости',
 'All news and events': 'Все новости и мероприятия',
}
