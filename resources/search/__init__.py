"""German-aware search for the resource library, identical on SQLite and PostgreSQL.

Text is analysed once, in Python (`analysis`), and stored as plain token strings in
`SearchDocument` (`index`), split into an inverted index (`postings`: `SearchTerm` vocabulary,
`SearchPosting` rows). The database only compares those strings, so both databases return
the same rows in the same order (`engine` matches, `ranking` orders). Queries are parsed by
one Python parser (`query`); facets are counted in one statement (`facets`, `facet_counts`)
and, like the relevance order, cached under a data version (`cache`, `signals`); highlighting
(`highlight`) and the shared service used by the HTML page, the JSON API and the Atom feed
(`service`) build on that. The README's "Search" section explains the design and why it is portable.
"""
