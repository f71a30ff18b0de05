T = {
    'Two-factor authentication must be set up first.': "L’authentification à deux facteurs doit d’abord être configurée.",
    'Your role requires two-factor authentication. Set up an authenticator app to continue.': "Votre rôle exige l’authentification à deux facteurs. Configurez une application d’authentification pour continuer.",
}
