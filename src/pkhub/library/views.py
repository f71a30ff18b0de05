from django.http import HttpResponse


def home(request):
    return HttpResponse("home")


browse = search = resource_detail = translation_gaps = download = home
