from django import forms
from django.utils.translation import gettext_lazy as _

from resources.models import Topic

# Recorded word for word with every sign-up: the proof of what the person agreed to.
CONSENT_TEXT = _(
    "Ich möchte den Informationsservice FLR-JuF per E-Mail erhalten (etwa einmal im Monat: "
    "neue Materialien, Rechtsänderungen, Fortbildungen und Veranstaltungen). Meine "
    "E-Mail-Adresse und die freiwilligen Angaben werden nur dafür verwendet. Ich kann die "
    "Einwilligung jederzeit mit einem Klick widerrufen. Die Datenschutzhinweise habe ich "
    "zur Kenntnis genommen."
)


def section_queryset():
    return Topic.objects.sections().order_by("position", "name")


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Name (freiwillig)"),
        max_length=200,
        required=False,
        help_text=_("Nur für die Anrede; Sie können das Feld leer lassen."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Bereiche, die Sie besonders interessieren (freiwillig)"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Bitte bestätigen Sie die Einwilligung, sonst können wir nicht senden.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = section_queryset()


class PreferencesForm(forms.Form):
    name = forms.CharField(label=_("Name (freiwillig)"), max_length=200, required=False)
    topics = forms.ModelMultipleChoiceField(
        label=_("Bereiche, die Sie besonders interessieren"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = section_queryset()


class ManageRequestForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-Datei"),
        help_text=_(
            "Eine Kopfzeile mit den Spalten „E-Mail“ und „Einwilligung“ (Datum der "
            "ursprünglichen Einwilligung, z. B. 15.03.2024), freiwillig „Name“ und "
            "„Bereiche“ (mehrere mit ; getrennt). Trennzeichen ; oder , ."
        ),
    )
    confirm_consent = forms.BooleanField(
        label=_(
            "Alle Personen in der Datei haben nachweisbar eingewilligt (z. B. mit Double-Opt-in)."
        ),
        error_messages={
            "required": _("Ohne nachweisbare Einwilligung dürfen Adressen nicht übernommen werden.")
        },
    )

    MAX_BYTES = 5 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("Die Datei ist größer als 5 MB."))
        return upload


class TestSendForm(forms.Form):
    recipients = forms.CharField(
        label=_("Testempfänger"),
        help_text=_("Eine oder mehrere Adressen, durch Komma getrennt."),
        max_length=1000,
    )

    def clean_recipients(self):
        from django.core.validators import validate_email

        addresses = [a.strip() for a in self.cleaned_data["recipients"].split(",") if a.strip()]
        bad = []
        for address in addresses:
            try:
                validate_email(address)
            except forms.ValidationError:
                bad.append(address)
        if bad:
            raise forms.ValidationError(
                _("Keine gültige E-Mail-Adresse: %(bad)s"), params={"bad": ", ".join(bad)}
            )
        if not addresses:
            raise forms.ValidationError(_("Bitte mindestens eine Adresse angeben."))
        return addresses
