"""Plain functions `verb_noun(session, ..., *, actor) -> result`: every query and every
permission check lives here, in one package per domain (see README.md for their order). No Qt."""
