T = {
    'Calls for nominations open now': '目前开放的提名征集',
    'Nominations close on %(date)s': '提名截止日期：%(date)s',
    'Course begins on %(date)s': '课程开始日期：%(date)s',
    'The whole training calendar': '完整培训日历',
    'Latest news': '最新消息',
    'All news and events': '全部新闻和活动',
}
