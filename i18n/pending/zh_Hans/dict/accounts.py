T = {
    'Two-factor authentication must be set up first.': '必须先设置双因素身份验证。',
    'Your role requires two-factor authentication. Set up an authenticator app to continue.': '您的角色要求使用双因素身份验证。请设置身份验证器应用程序以继续。',
}
