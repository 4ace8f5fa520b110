"""Why a plan file could not be indexed. Every message names the file and what was wrong."""


class PlanError(Exception):
    """A plan file that cannot be indexed."""


class UnreadableFile(PlanError):
    """Empty, binary, too large, or in a format we do not read."""


class NotAPlan(PlanError):
    """Readable text, but without the parts a plan must have."""
