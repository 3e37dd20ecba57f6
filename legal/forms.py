from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Statute

MAX_CHARS = 1_000_000
MAX_FILE_BYTES = 1_000_000


class FootnoteImportForm(forms.Form):
    statute = forms.ModelChoiceField(
        label=_("Gesetz"),
        queryset=Statute.objects.order_by("abbreviation"),
        help_text=_("Zu welchem Gesetz gehören die Fußnoten?"),
    )
    text = forms.CharField(
        label=_("Fußnoten"),
        required=False,
        max_length=MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 80, "spellcheck": "false"}),
        help_text=_(
            "Den Fußnotenblock von recht.nrw.de (mit den Zeilen „Fn 1“, „Fn 2“ …) oder die "
            "Änderungsvermerke eines Bundesgesetzes hier einfügen."
        ),
    )
    text_format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        initial="auto",
        choices=[
            ("auto", _("automatisch erkennen")),
            ("nrw", _("Landesrecht NRW (recht.nrw.de, „Fn 1“ …)")),
            ("bund", _("Bundesrecht (gesetze-im-internet.de, „Stand:“, „IdF d.“ …)")),
        ],
    )
    file = forms.FileField(
        label=_("oder Textdatei"),
        required=False,
        help_text=_("Alternativ eine Textdatei (UTF-8, höchstens 1 MB) hochladen."),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = cleaned.get("text") or ""
        if upload:
            if upload.size > MAX_FILE_BYTES:
                raise forms.ValidationError(_("Die Datei ist größer als 1 MB."))
            raw = upload.read()
            if b"\x00" in raw:
                raise forms.ValidationError(_("Die Datei ist keine Textdatei (Binärdaten)."))
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(
                    _("Die Datei ist nicht in UTF-8 gespeichert oder keine Textdatei.")
                ) from None
        if not text.strip():
            raise forms.ValidationError(_("Bitte Fußnoten einfügen oder eine Datei wählen."))
        cleaned["text"] = text
        return cleaned
