"""gapscan: find the gap between the documented management system and the real one."""
__version__ = "0.1.0"
