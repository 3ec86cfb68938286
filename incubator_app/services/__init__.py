"""Plain functions `verb_noun(session, ..., *, actor) -> result`. Every query and every
permission check lives here. No Qt here."""
