"""The one exception the rules raise; its message is German and meant for the user."""


class RuleViolation(ValueError):
    """An edit that the rules of the body refuse, with the reason in German."""
