"""Demo content of the counselling guide, written as data.

`school` models the seed counselling concept (`beratungskonzept_schule.txt`) completely; every
entry quotes the words it rests on (`quote`), and tests check each quote against the seed text.
`thuringia` models the Thuringian network for young refugees from the address sections of the
resource seed; what the seed does not say there (tasks, occasions, paths) is marked editorial.
"""

from . import school, thuringia

CLIENT_GROUPS = [
    ("schueler", "Schülerinnen und Schüler"),
    ("eltern", "Eltern"),
    ("lehrkraefte", "Lehrkräfte"),
    ("schulleitung", "Schulleitung"),
    ("vertretungen", "Schüler- und Elternvertretung"),
    ("klassen", "Klassen"),
    ("junge-gefluechtete", "junge Geflüchtete"),
    ("junge-volljaehrige", "junge Volljährige (Care Leaver)"),
    ("fachkraefte", "Fachkräfte"),
]

INSTITUTIONS = [school.DATA, thuringia.DATA]
