"""incubator_app: run a cultural business incubator (couveuse d'entreprises culturelles)."""

__version__ = "0.1.0"
APP_NAME = "incubator_app"
