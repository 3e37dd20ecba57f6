def parse_federal_note(t, label=""):
    raise NotImplementedError


def parse_federal_file(t):
    raise NotImplementedError
