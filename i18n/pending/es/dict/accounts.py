T = {
'Two-factor authentication must be set up first.': 'Primero debe configurarse la autenticación de dos factores.',
'Your role requires two-factor authentication. Set up an authenticator app to continue.': 'Su rol requiere autenticación de dos factores. Configure una aplicación de autenticación para continuar.',
}
