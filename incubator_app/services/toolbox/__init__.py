"""The shared toolbox (boîte à outils): sheets (methods, templates, guides, links, contact tips,
experiences with what worked and what did not), their attached files and the text read from
them, full-text search over both, publication rights and each sheet's version history."""
