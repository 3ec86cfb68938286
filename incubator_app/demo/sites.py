"""The network's sites in the database: one row per incubator of the region, and who works
on each (its staff, its coaches with an account). A single incubator writes none: it is a
single-site install and never shows a site."""

from __future__ import annotations

from incubator_app.demo.context import Context
from incubator_app.demo.people_data import ascii_slug


def site_code(name: str, taken: set[str]) -> str:
    """Four letters of the name (MARS, MART…), made unique with a digit if needed."""
    letters = "".join(ch for ch in ascii_slug(name, "") if ch.isalpha()).upper()
    code = letters[:4]
    n = 1
    while code in taken:
        n += 1
        code = f"{letters[:3]}{n}"
    taken.add(code)
    return code


def write_sites(ctx: Context) -> None:
    """After the accounts (demo/reference.py); fills ctx.site_ids. Draws no random number:
    the rest of the demo stays the same for the same seed."""
    if len(ctx.sites) < 2:
        return
    w = ctx.writer
    w.declare("site", "id name code address commune active", versioned=True)
    w.declare("site_membership", "id site_id user_id role", versioned=True)
    created = w.stamp(ctx.start)
    taken: set[str] = set()
    ctx.site_ids = []
    for site in ctx.sites:
        sid = w.take_id("site")
        address = f"{site.postal_code} {site.commune}"
        w.add(
            "site",
            (sid, site.name, site_code(site.name, taken), address, site.commune, True)
            + (1, created, created),
        )
        ctx.site_ids.append(sid)
    for index, sid in enumerate(ctx.site_ids):
        members = [(uid, "staff") for uid in ctx.staff_by_site[index]]
        members += [
            (ctx.coach_users[cid], "coach")
            for cid in ctx.coaches_by_site[index]
            if cid in ctx.coach_users
        ]
        for uid, role in members:
            w.add(
                "site_membership",
                (w.take_id("site_membership"), sid, uid, role, 1, created, created),
            )
