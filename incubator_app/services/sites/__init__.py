"""Sites of a network: the sites themselves (`records.py`), who works on each with which role
(`members.py`: memberships, the sites a person sees), and moving an entrepreneur from one site
to another (`moves.py`, audited). An install with fewer than two sites is "single-site": no
list is filtered and the UI never says "site"."""
