T = {
 'Two-factor authentication must be set up first.': 'Сначала необходимо настроить двухфакторную аутентификацию.',
 'Your role requires two-factor authentication. Set up an authenticator app to continue.': 'Для вашей роли требуется двухфакторная аутентификация. Чтобы продолжить, настройте приложение-аутентификатор.',
}
