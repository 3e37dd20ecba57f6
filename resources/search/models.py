"""The search index's tables (models of the resources app, kept beside the code that fills
and reads them). Foreign keys name `resources.Resource` by string, so this module does not
import the library's models and `resources.models` can import it at the top.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """The search index: one row per Resource with its text analysed in Python
    (`resources.search.analysis`). Rebuilt by `reindex_resources()` after every edit and by
    `manage.py rebuild_search_index`; never edited by hand."""

    resource = models.OneToOneField(
        "resources.Resource",
        verbose_name=_("Material"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    title_words = models.TextField(blank=True)
    title_terms = models.TextField(blank=True)
    body_words = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    analyzer_version = models.PositiveSmallIntegerField(default=0)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Suchindex-Eintrag")
        verbose_name_plural = _("Suchindex")

    def __str__(self):
        return str(self.resource_id)


class SearchWord(models.Model):
    """Words of the indexed texts, folded, for "Meinten Sie …?" suggestions."""

    word = models.CharField(max_length=100, unique=True)
    display = models.CharField(max_length=100)
    document_count = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("Suchwort")
        verbose_name_plural = _("Suchwörter")

    def __str__(self):
        return self.display


class SearchTerm(models.Model):
    """The vocabulary of the inverted index: every distinct token of the stored token strings
    (stems and words). A whole-word match is an indexed equality lookup here; a substring or
    prefix match scans this table, which is far smaller than the documents."""

    text = models.CharField(max_length=200, unique=True)

    class Meta:
        verbose_name = _("Suchbegriff")
        verbose_name_plural = _("Suchbegriffe")

    def __str__(self):
        return self.text


class SearchPosting(models.Model):
    """The inverted index: which resource holds which term, and in which of the four stored
    token strings (a bit each, see `resources.search.postings`)."""

    # `fields` is part of the key so that the key's index answers a lookup by term alone
    # (no row reads); (term, resource) is unique all the same, one row per pair is written.
    pk = models.CompositePrimaryKey("term", "resource", "fields")
    # The primary key (term, resource) serves lookups by term; the index below those by
    # resource (reindexing one). Separate foreign-key indexes would only slow down writing.
    term = models.ForeignKey(
        SearchTerm, on_delete=models.CASCADE, related_name="postings", db_index=False
    )
    resource = models.ForeignKey(
        "resources.Resource", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    fields = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("Suchindex-Verweis")
        verbose_name_plural = _("Suchindex-Verweise")
        indexes = [models.Index(fields=["resource"], name="searchposting_resource")]

    def __str__(self):
        return f"{self.term_id}:{self.resource_id}"


class SearchIndexState(models.Model):
    """One row: a token that changes whenever anything a search shows may have changed
    (reindexing, saving or deleting resources, links, topics, organisations, target groups,
    audiences). Cached facet counts and result orders are keyed by it."""

    token = models.CharField(max_length=32)
    # "<generation>:<largest term id>" of the vocabulary (`SearchTerm`): a full rebuild starts
    # a new generation, new terms raise the id. Each process keeps the vocabulary in memory
    # and reloads what this says it is missing (`resources.search.vocabulary`).
    vocabulary = models.CharField(max_length=64, blank=True, default="")
    # Changes whenever an editor changes a synonym: each process re-reads the synonyms then
    # (not with every data version).
    synonyms = models.CharField(max_length=32, blank=True, default="")
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Stand des Suchindex")
        verbose_name_plural = _("Stand des Suchindex")

    def __str__(self):
        return self.token


class SearchSynonym(models.Model):
    """Words and phrases that mean the same to a searcher ("UMF", "umA", "unbegleitete
    minderjährige Flüchtlinge"), kept by editors. Applied to the query when searching, so a
    change takes effect at once, without reindexing."""

    terms = models.TextField(
        _("Gleichbedeutende Begriffe"),
        help_text=_(
            "Ein Begriff je Zeile (auch mehrere Wörter). Wer einen davon sucht, "
            "findet auch die anderen."
        ),
    )
    note = models.CharField(_("Anmerkung"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Synonym")
        verbose_name_plural = _("Synonyme")
        ordering = ["terms"]

    def __str__(self):
        return " = ".join(self.term_list())

    def term_list(self) -> list[str]:
        return [line.strip() for line in self.terms.splitlines() if line.strip()]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError(
                {"terms": _("Bitte mindestens zwei Begriffe eintragen, einen je Zeile.")}
            )


class SearchChange(models.Model):
    """The change log of the search index: one row per resource whose searchable data
    (text, facet values, publication) changed, written in the transaction that changes it.
    Each process's in-memory columns (`resources.search.memory`) read the rows they have not
    seen and reload only those resources; a full rebuild empties the log."""

    id = models.BigAutoField(primary_key=True)
    resource_id = models.IntegerField()

    class Meta:
        verbose_name = _("Änderung des Suchindex")
        verbose_name_plural = _("Änderungen des Suchindex")

    def __str__(self):
        return f"{self.id}:{self.resource_id}"
