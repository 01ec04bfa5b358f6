"""SRO Desktop: meetings, decisions and tasks of Rostock's SRO steering group."""

__version__ = "0.1.0"
