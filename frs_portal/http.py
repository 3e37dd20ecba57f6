from django.shortcuts import render


def bad_request(request, message: str):
    """A 400 page that tells the visitor what was wrong with the request, in plain words."""
    return render(request, "400.html", {"message": message}, status=400)
