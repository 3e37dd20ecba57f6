"""German-aware search for the resource library, identical on SQLite and PostgreSQL.

Text is analysed once, in Python (`analysis`), and stored as plain token strings in
`SearchDocument` (`index`); the database only matches those strings with `LIKE`, so both
databases return the same rows in the same order (`engine`). Queries are parsed by one Python
parser (`query`); facets (`facets`), highlighting (`highlight`) and the shared service used by
the HTML page, the JSON API and the Atom feed (`service`) build on that.
The README's "Search" section explains the design and why it is portable.
"""
