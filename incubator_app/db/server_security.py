"""Security enforced by a shared PostgreSQL server (issue 18): roles, grants, row-level security.

SQLite (one PC) has none of this and needs none. On PostgreSQL, `secure_server` (run by the
server's administrator, a superuser, through `incubator-app server setup`) makes:

- `<prefix>_owner`: owns the schema and every table and function; nobody logs in as it. It
  alone bypasses the policies below (PostgreSQL never applies row security to a table's owner).
- one group role per application role: `<prefix>_admin`, `_staff`, `_coach`, `_viewer`;
- one login role per person, named as their login, member of the group of their role
  (`sync_login`: when an administrator creates an account, or `server add-user`).

and `apply_grants` (run by `secure_server` and again at the end of every migration of a secured
database, so a new table is covered the moment it exists) gives each group what it may do:

- viewers SELECT and nothing else;
- admins, staff and coaches read and write the business tables;
- `user_account`: nobody but the owner reads `password_hash` (column privileges); only admins
  insert accounts, delete them or change `role`/`active`/`login` (column privileges plus
  policies); the others change a few columns of their own row only;
- `coaching_note`: row-level security, a row is visible and writable to its author and to
  admins only (the rule of services/coaching/sessions.py, the author being the session's coach
  who wrote the notes; notes follow their author, not the coach a session is moved to);
- `audit_entry`: SELECT and INSERT, never UPDATE or DELETE (the owner alone may);
- `remember_token`: a person's own rows only;
- sites (`_SITE_TABLES`): on a network of two active sites or more, `entrepreneur` and the
  tables of personal data that hang from it show a person the rows of their own sites only
  (the rule of services/sites/members.py `sites_of`: administrators and accounts with no site
  membership see every site). `incubator_site_ids()` gives the connected person's site ids
  once per statement (policies call it as `(SELECT incubator_site_ids())`, an InitPlan);
  NULL means every site; the rows about people are matched against `incubator_person_ids()`
  (the ids of the people of those sites), and the admin group has a policy of its own for
  every row (see `_site_policies`). The tables in `_SITE_SHARED_TABLES` stay readable across
  sites, for the reason given there.
  Writing them (INSERT, UPDATE, DELETE) needs a site where one's membership role is not
  viewer (`incubator_writable_site_ids()`): coach on one site and viewer on another reads
  both and writes the first (the finer rules per role: services/sites/rights.py).

The prefix is stored as a database setting (`incubator.role_prefix`), so the app knows the
database is secured and which groups are its own: every new connection reads it.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from incubator_app.db.notifications import install_change_triggers

PREFIX_SETTING = "incubator.role_prefix"
DEFAULT_PREFIX = "incubator"
GROUPS = ("admin", "staff", "coach", "viewer")
WRITERS = ("admin", "staff", "coach")
_PREFIX_RE = re.compile(r"^[a-z][a-z0-9_]{0,30}$")

# Tables of personal data about an entrepreneur: a row is seen only by the people of the
# entrepreneur's site (through `entrepreneur_id`; a row without one is the network's).
_SITE_TABLES = (
    "action_item",
    "consent_record",
    "document",
    "entrepreneur_activity",
    "exit_outcome",
    "follow_up_checkpoint",
    "follow_up_contact",
    "fse_questionnaire",
    "milestone",
    "revenue",
    "service_usage",
    "session_participant",
    "stage_change",
    "support_contract",
)
# Tables that name an entrepreneur yet stay readable across sites: they hold an id and no
# personal content (the person's name and details are in `entrepreneur`, filtered), and the
# app counts every row of them whoever asks (a room's timetable, a course's places and waiting
# list, a network-wide call or exchange, a grant's beneficiaries for the funder).
_SITE_SHARED_TABLES = {
    "booking": "a resource's timetable: conflicts are checked against every booking",
    "registration": "an event's places are counted over every site's registrations",
    "course_enrolment": "a course's places are counted over every site's enrolments",
    "course_waiting": "the waiting list's order spans every site",
    "cooperation_volunteer": "a cooperation call is the network's",
    "cooperation_project_member": "a project under way is shared by the network",
    "directory_actor_entrepreneur": "the directory of the territory's actors is the network's",
    "exchange_account": "the exchange's ledger is the network's (balances need every account)",
    "grant_beneficiary": "a grant's beneficiaries are reported to the funder for the network",
}

# Tables with their own rules; every other table: writers read and write, viewers read.
_USER_COLUMNS_READABLE = (
    "id login display_name email role active last_login_at failed_sign_ins "
    "last_failed_sign_in_at locked_at language created_at updated_at version_id"
).split()
# What a non-admin may change on their own account (name, e-mail, language, password).
_USER_COLUMNS_SELF = "display_name email language password_hash updated_at version_id".split()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_prefix(prefix: str) -> str:
    if not _PREFIX_RE.match(prefix):
        raise ValueError(prefix)
    return prefix


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def role_prefix(conn: Connection) -> str | None:
    """The secured database's role prefix, None on SQLite or an unsecured server."""
    if not is_postgresql(conn):
        return None
    value = conn.execute(text("SELECT current_setting(:s, true)"), {"s": PREFIX_SETTING}).scalar()
    return value or None


def connected_person(conn: Connection) -> str | None:
    """The login of the person this connection is authenticated as, on a secured server; None
    when the connection is the owner's, a superuser's (the administrator's, the tests'), or the
    database is not secured: then the app's own sign-in applies, as on SQLite."""
    prefix = role_prefix(conn)
    if prefix is None:
        return None
    row = conn.execute(
        text(
            "SELECT current_user, r.rolsuper, pg_has_role(current_user, :owner, 'MEMBER')"
            " FROM pg_roles r WHERE r.rolname = current_user"
        ),
        {"owner": f"{prefix}_owner"},
    ).one()
    login, superuser, owner = row
    return None if superuser or owner else str(login)


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def secure_server(conn: Connection, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """Creates the roles, hands the schema to the owner, installs the functions, grants and
    policies; idempotent. Run by a superuser on a database at the schema head. Returns the
    logins of the accounts given a login role (without a password: `server add-user` sets it)."""
    prefix = check_prefix(prefix)
    owner = f"{prefix}_owner"
    if not _role_exists(conn, owner):
        conn.execute(text(f"CREATE ROLE {_q(owner)} NOLOGIN CREATEROLE"))
    for group in GROUPS:
        name = f"{prefix}_{group}"
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {_q(name)} NOLOGIN"))
        # The owner (and so its SECURITY DEFINER functions) may grant and revoke the groups.
        conn.execute(text(f"GRANT {_q(name)} TO {_q(owner)} WITH ADMIN OPTION"))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.execute(text(f"ALTER DATABASE {_q(database)} SET {PREFIX_SETTING} = '{prefix}'"))
    conn.execute(text(f"SET {PREFIX_SETTING} = '{prefix}'"))  # this session too
    conn.execute(text(f"REVOKE ALL ON DATABASE {_q(database)} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {_q(database)} TO {_q(owner)}"))
    conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"ALTER SCHEMA public OWNER TO {_q(owner)}"))
    for group in GROUPS:
        conn.execute(
            text(f"GRANT CONNECT ON DATABASE {_q(database)} TO {_q(prefix + '_' + group)}")
        )
    install_change_triggers(conn)  # a database made before they existed
    apply_grants(conn)
    accounts = conn.execute(
        text("SELECT login, role FROM user_account WHERE active ORDER BY id")
    ).all()
    for login, role in accounts:
        conn.execute(text("SELECT incubator_sync_login(:l, NULL, :r)"), {"l": login, "r": role})
    return [str(login) for login, _role in accounts]


_FUNCTIONS = """
CREATE OR REPLACE FUNCTION incubator_user_id() RETURNS integer
LANGUAGE sql STABLE SET search_path = public, pg_temp AS
$$ SELECT id FROM user_account WHERE login = current_user::text $$;

-- The active sites a login works on, NULL for every site: an install with fewer than two
-- active sites, an administrator, an account with no site membership (the network's team);
-- no site at all for a role that is no account. The rule of services/sites/members.py.
-- SECURITY DEFINER: reads accounts and memberships whatever the caller may read. PL/pgSQL,
-- not SQL: its queries' plans are kept for the session (an SQL function is planned again at
-- every call, 0.4 ms each time a statement starts).
CREATE OR REPLACE FUNCTION incubator_site_ids_of(p_login text) RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  account integer;
  account_role text;
BEGIN
  IF (SELECT count(*) FROM site WHERE active) < 2 THEN
    RETURN NULL;
  END IF;
  SELECT u.id, u.role INTO account, account_role FROM user_account u WHERE u.login = p_login;
  IF account IS NULL THEN
    RETURN ARRAY[]::integer[];
  END IF;
  IF account_role = 'admin'
     OR NOT EXISTS (SELECT 1 FROM site_membership m WHERE m.user_id = account) THEN
    RETURN NULL;
  END IF;
  RETURN ARRAY(SELECT m.site_id FROM site_membership m JOIN site s ON s.id = m.site_id
               WHERE m.user_id = account AND s.active ORDER BY 1);
END $$;

-- The active sites on which a login may write: those where its membership role is not
-- viewer; NULL for every site (the rule of incubator_site_ids_of). Row policies check it on
-- INSERT, UPDATE and DELETE of the people of a site and what hangs from them: someone coach
-- on one site and viewer on another reads both and writes the first only (the finer rules,
-- coach against staff, stay the app's: services/sites/rights.py).
CREATE OR REPLACE FUNCTION incubator_writable_site_ids_of(p_login text) RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  account integer;
  account_role text;
BEGIN
  IF (SELECT count(*) FROM site WHERE active) < 2 THEN
    RETURN NULL;
  END IF;
  SELECT u.id, u.role INTO account, account_role FROM user_account u WHERE u.login = p_login;
  IF account IS NULL THEN
    RETURN ARRAY[]::integer[];
  END IF;
  IF account_role = 'admin'
     OR NOT EXISTS (SELECT 1 FROM site_membership m WHERE m.user_id = account) THEN
    RETURN NULL;
  END IF;
  RETURN ARRAY(SELECT m.site_id FROM site_membership m JOIN site s ON s.id = m.site_id
               WHERE m.user_id = account AND s.active AND m.role::text <> 'viewer'
               ORDER BY 1);
END $$;

CREATE OR REPLACE FUNCTION incubator_writable_site_ids() RETURNS integer[]
LANGUAGE sql STABLE AS
$$ SELECT incubator_writable_site_ids_of(current_user::text) $$;

-- The connected person's sites (current_user: the role whose rights apply, also after SET
-- ROLE; inside a SECURITY DEFINER function current_user would be the owner, hence the two).
CREATE OR REPLACE FUNCTION incubator_site_ids() RETURNS integer[]
LANGUAGE sql STABLE AS
$$ SELECT incubator_site_ids_of(current_user::text) $$;

-- The ids of the people of the connected person's sites (of the sites where they write),
-- NULL for every site. Not SECURITY DEFINER: `entrepreneur` is read with the caller's own
-- policy (the same rows as the subquery the person policies used before). PL/pgSQL for its
-- kept plans. The policies call it once per statement and hash the ids (see `_MY_PERSON`).
CREATE OR REPLACE FUNCTION incubator_person_ids() RETURNS integer[]
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
  sites integer[] := incubator_site_ids();
BEGIN
  IF sites IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN ARRAY(SELECT e.id FROM entrepreneur e WHERE e.site_id = ANY (sites));
END $$;

CREATE OR REPLACE FUNCTION incubator_writable_person_ids() RETURNS integer[]
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
  sites integer[] := incubator_writable_site_ids();
BEGIN
  IF sites IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN ARRAY(SELECT e.id FROM entrepreneur e WHERE e.site_id = ANY (sites));
END $$;

CREATE OR REPLACE FUNCTION incubator_is_admin() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS
$$ SELECT pg_has_role(current_user,
       current_setting('incubator.role_prefix') || '_admin', 'USAGE') $$;

-- Creates or updates a person's login role: its password (when given) and its one group.
-- SECURITY DEFINER: runs as the owner (CREATEROLE); EXECUTE is granted to the admin group
-- only, so the server itself refuses account creation and role changes to anyone else.
CREATE OR REPLACE FUNCTION incubator_sync_login(p_login text, p_password text, p_role text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  prefix text := current_setting('incubator.role_prefix');
  g text;
BEGIN
  IF p_role NOT IN ('admin', 'staff', 'coach', 'viewer') THEN
    RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login
             AND (rolsuper OR rolcreaterole OR rolname LIKE prefix || '\\_%')) THEN
    RAISE EXCEPTION 'the database role % is not a person''s', p_login USING ERRCODE = '42501';
  END IF;
  -- A role that exists but is none of ours (another application's, a DBA's) is not taken
  -- over by an app administrator: only the server's administrator (a superuser) adopts it.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login)
     AND NOT (pg_has_role(p_login, prefix || '_admin', 'MEMBER')
              OR pg_has_role(p_login, prefix || '_staff', 'MEMBER')
              OR pg_has_role(p_login, prefix || '_coach', 'MEMBER')
              OR pg_has_role(p_login, prefix || '_viewer', 'MEMBER'))
     AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
    RAISE EXCEPTION 'the database role % exists and is not one of this incubator''s', p_login
      USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', p_login);
  END IF;
  IF p_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
  END IF;
  FOREACH g IN ARRAY ARRAY['admin', 'staff', 'coach', 'viewer'] LOOP
    IF g = p_role THEN
      EXECUTE format('GRANT %I TO %I', prefix || '_' || g, p_login);
    ELSIF pg_has_role(p_login, prefix || '_' || g, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', prefix || '_' || g, p_login);
    END IF;
  END LOOP;
END $$;

-- A disabled account cannot log in any more.
CREATE OR REPLACE FUNCTION incubator_disable_login(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND NOT rolsuper
             AND rolname NOT LIKE current_setting('incubator.role_prefix') || '\\_%') THEN
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
  END IF;
END $$;
"""

_FUNCTION_NAMES = (
    "incubator_user_id()",
    "incubator_is_admin()",
    "incubator_site_ids_of(text)",
    "incubator_site_ids()",
    "incubator_writable_site_ids_of(text)",
    "incubator_writable_site_ids()",
    "incubator_person_ids()",
    "incubator_writable_person_ids()",
    "incubator_sync_login(text, text, text)",
    "incubator_disable_login(text)",
)


def _policies(prefix: str) -> list[str]:
    mine = "author_id = incubator_user_id() OR incubator_is_admin()"
    return [
        # Notes: their author and admins, for every command.
        f"CREATE POLICY note_author ON coaching_note FOR ALL USING ({mine}) WITH CHECK ({mine})",
        # Accounts: everyone reads (not the hash: column privileges), admins add and delete,
        # a person changes their own row, admins any row.
        "CREATE POLICY account_read ON user_account FOR SELECT USING (true)",
        "CREATE POLICY account_add ON user_account FOR INSERT WITH CHECK (incubator_is_admin())",
        "CREATE POLICY account_change ON user_account FOR UPDATE"
        " USING (incubator_is_admin() OR login = current_user::text)"
        " WITH CHECK (incubator_is_admin() OR login = current_user::text)",
        "CREATE POLICY account_delete ON user_account FOR DELETE USING (incubator_is_admin())",
        "CREATE POLICY token_own ON remember_token FOR ALL"
        " USING (incubator_is_admin() OR user_id = incubator_user_id())"
        " WITH CHECK (incubator_is_admin() OR user_id = incubator_user_id())",
        *_site_policies(f"{prefix}_admin"),
    ]


# One evaluation per statement: `(SELECT f())` is an InitPlan, `f()` alone would be called
# for every row.
_ALL_SITES = "(SELECT incubator_site_ids()) IS NULL"
_MY_SITE = f"({_ALL_SITES} OR site_id = ANY ((SELECT incubator_site_ids())::integer[]))"
# A row about a person of one's sites. Not correlated: the ids of the sites' people are read
# once per statement into a hash, then each row is one lookup in it. (A correlated EXISTS made
# the planner, fearing a costly probe per row, pick worse indexes: 20 ms instead of 0.5 for the
# entrepreneurs page's next-milestone column.) The ids come from a function, unnested, rather
# than from a subquery on `entrepreneur`: the planner counted that subquery's start-up (~3,800)
# at every rescan of an inner index scan, so with the policy on it never drove index lookups
# into `session_participant` or `milestone` (network scale: caseload 13x, open milestones 6-11x
# slower; benchmarks/RESULTS-sites-rls.md). The unnest is estimated at 10 rows: no such cost.
# The function is an InitPlan (once per statement) even if the planner, expecting few rows,
# runs the IN without its hash.
# `= ANY (array)` instead would search the array row by row (2,000 ids: 10 us a row).
_MY_PERSON = (
    f"({_ALL_SITES} OR entrepreneur_id IS NULL"
    " OR entrepreneur_id IN (SELECT unnest((SELECT incubator_person_ids()))))"
)


_WRITABLE = "(SELECT incubator_writable_site_ids())"
_MY_WRITABLE_SITE = f"({_WRITABLE} IS NULL OR site_id = ANY ({_WRITABLE}::integer[]))"
# A row about a person of a site where one's role writes (not viewer); the network's rows
# (no person) as before. Same form as `_MY_PERSON`.
_MY_WRITABLE_PERSON = (
    f"({_WRITABLE} IS NULL OR entrepreneur_id IS NULL"
    " OR entrepreneur_id IN (SELECT unnest((SELECT incubator_writable_person_ids()))))"
)


def _site_policies(admins: str) -> list[str]:
    # Administrators see and change every site's rows (incubator_site_ids() is NULL for them):
    # a policy of their own says so before any row is read. Permissive policies are ORed, and
    # `true OR …` leaves the admin's plan without the site tests, so it is the plan without
    # row security (the site test alone read `site_id`, which made the entrepreneurs' scan
    # leave an index-only scan: 3x on the open milestones page at network scale).
    every_site = f"FOR ALL TO {_q(admins)} USING (true) WITH CHECK (true)"
    return [
        f"CREATE POLICY site_admin ON entrepreneur {every_site}",
        # A person of one's sites is read; changed, deleted or added on a site where one's
        # role writes. The changed row must stay on such a site (moving someone to another
        # site is for people of both, or the network).
        f"CREATE POLICY site_read ON entrepreneur FOR SELECT USING {_MY_SITE}",
        f"CREATE POLICY site_change ON entrepreneur FOR UPDATE USING {_MY_WRITABLE_SITE}"
        f" WITH CHECK {_MY_WRITABLE_SITE}",
        f"CREATE POLICY site_delete ON entrepreneur FOR DELETE USING {_MY_WRITABLE_SITE}",
        f"CREATE POLICY site_add ON entrepreneur FOR INSERT WITH CHECK {_MY_WRITABLE_SITE}",
        *(
            policy
            for table in _SITE_TABLES
            for policy in (
                f"CREATE POLICY site_admin ON {table} {every_site}",
                f"CREATE POLICY site_person ON {table} FOR SELECT USING {_MY_PERSON}",
                f"CREATE POLICY site_person_add ON {table} FOR INSERT"
                f" WITH CHECK {_MY_WRITABLE_PERSON}",
                f"CREATE POLICY site_person_change ON {table} FOR UPDATE"
                f" USING {_MY_WRITABLE_PERSON} WITH CHECK {_MY_WRITABLE_PERSON}",
                f"CREATE POLICY site_person_delete ON {table} FOR DELETE"
                f" USING {_MY_WRITABLE_PERSON}",
            )
        ),
    ]


_POLICY_TABLES = {
    "coaching_note": ("note_author",),
    "user_account": ("account_read", "account_add", "account_change", "account_delete"),
    "remember_token": ("token_own",),
    "entrepreneur": ("site_admin", "site_read", "site_change", "site_delete", "site_add"),
    **{
        table: (
            "site_admin",
            "site_person",
            "site_person_add",
            "site_person_change",
            "site_person_delete",
        )
        for table in _SITE_TABLES
    },
}


def apply_grants(conn: Connection) -> bool:
    """Owner, grants and policies of every table, function and sequence of the schema; False
    (and nothing done) when the database is not secured. Run by a superuser or the owner."""
    prefix = role_prefix(conn)
    if prefix is None:
        return False
    owner = _q(f"{prefix}_owner")
    group = {g: _q(f"{prefix}_{g}") for g in GROUPS}
    everyone = ", ".join(group.values())
    writers = ", ".join(group[g] for g in WRITERS)
    run = lambda sql: conn.execute(text(sql))  # noqa: E731
    for statement in _FUNCTIONS.split("\n\n"):
        if statement.strip():
            run(statement)
    for signature in _FUNCTION_NAMES:
        run(f"ALTER FUNCTION {signature} OWNER TO {owner}")
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    run(
        "GRANT EXECUTE ON FUNCTION incubator_user_id(), incubator_is_admin(),"
        f" incubator_site_ids_of(text), incubator_site_ids(),"
        f" incubator_writable_site_ids_of(text), incubator_writable_site_ids(),"
        f" incubator_person_ids(), incubator_writable_person_ids() TO {everyone}"
    )
    run(
        "GRANT EXECUTE ON FUNCTION incubator_sync_login(text, text, text),"
        f" incubator_disable_login(text) TO {group['admin']}"
    )
    run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    tables = [
        str(name)
        for name in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    ]
    for table in tables:
        t = _q(table)
        run(f"ALTER TABLE {t} OWNER TO {owner}")  # its sequences follow
        run(f"REVOKE ALL ON {t} FROM PUBLIC, {everyone}")
        if table == "alembic_version":
            run(f"GRANT SELECT ON {t} TO {everyone}")
        elif table == "audit_entry":
            run(f"GRANT SELECT ON {t} TO {everyone}")
            run(f"GRANT INSERT ON {t} TO {writers}")
        elif table == "user_account":
            readable = ", ".join(_USER_COLUMNS_READABLE)
            run(f"GRANT SELECT ({readable}) ON {t} TO {everyone}")
            run(f"GRANT INSERT, DELETE ON {t} TO {group['admin']}")
            columns = readable + ", password_hash"
            run(f"GRANT UPDATE ({columns}) ON {t} TO {group['admin']}")
            own = ", ".join(_USER_COLUMNS_SELF)
            run(f"GRANT UPDATE ({own}) ON {t} TO {group['staff']}, {group['coach']}")
        elif table in ("site", "site_membership"):
            # Who works on which site, with which role: changed by administrators only.
            run(f"GRANT SELECT ON {t} TO {everyone}")
            run(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {group['admin']}")
        else:
            run(f"GRANT SELECT ON {t} TO {everyone}")
            run(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {writers}")
    for view in conn.execute(
        text("SELECT matviewname FROM pg_matviews WHERE schemaname = 'public'")
    ).scalars():
        run(f"ALTER MATERIALIZED VIEW {_q(view)} OWNER TO {owner}")
        run(f"GRANT SELECT ON {_q(view)} TO {everyone}")
    run("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}")
    run(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {group['viewer']}")
    for table, names in _POLICY_TABLES.items():
        if table not in tables:
            continue
        for name in names:
            run(f"DROP POLICY IF EXISTS {name} ON {table}")
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for policy in _policies(prefix):
        table = policy.split(" ON ", 1)[1].split()[0]
        if table in tables:
            run(policy)
    _apply_confidential_funding(conn, group, tables)
    _apply_stored_content(conn, group, tables)
    return True


# -- Confidential funding data (issue 17) ---------------------------------------------------
# Kept apart from the rules above: FSE+ answers and follow-up notes have rules of their own,
# applied after the general grants and policies (which they narrow, never widen).
#
# - `fse_questionnaire` (labour-market status, disability, origin…: art. 9 data): closed to
#   coaches and viewers by a RESTRICTIVE policy (ANDed with the site policy), so that their
#   raw SELECT returns no row and they can write none. The FSE+ indicators of the funder report
#   come from `incubator_fse_figures`, a SECURITY DEFINER function that returns sums only
#   (services/funding/fse/indicators.py builds its body from the report's own queries).
# - `follow_up_contact.note` (what a former entrepreneur said on the phone): read by staff and
#   admins only (column privileges: coaches and viewers SELECT every other column).
_FSE_READERS = ("admin", "staff")
_FOLLOW_UP_NOTE = ("follow_up_contact", "note")
_CONFIDENTIAL_POLICY_TABLES = {"fse_questionnaire": ("fse_staff_only",)}

_CONFIDENTIAL_FUNCTIONS = """
CREATE OR REPLACE FUNCTION incubator_reads_fse() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS
$$ SELECT pg_has_role(current_user, current_setting('incubator.role_prefix') || '_admin', 'USAGE')
       OR pg_has_role(current_user, current_setting('incubator.role_prefix') || '_staff', 'USAGE')
$$
"""


def _apply_confidential_funding(conn: Connection, group: dict[str, str], tables: list[str]) -> None:
    from incubator_app.services.funding.fse.indicators import fse_function_sql

    run = lambda sql: conn.execute(text(sql))  # noqa: E731
    owner = _q(f"{role_prefix(conn)}_owner")
    everyone = ", ".join(group.values())
    closed = ", ".join(group[g] for g in GROUPS if g not in _FSE_READERS)
    run(_CONFIDENTIAL_FUNCTIONS)
    run("ALTER FUNCTION incubator_reads_fse() OWNER TO " + owner)
    run("REVOKE ALL ON FUNCTION incubator_reads_fse() FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION incubator_reads_fse() TO {everyone}")
    if "fse_questionnaire" in tables:
        run("DROP POLICY IF EXISTS fse_staff_only ON fse_questionnaire")
        run("ALTER TABLE fse_questionnaire ENABLE ROW LEVEL SECURITY")
        run(
            "CREATE POLICY fse_staff_only ON fse_questionnaire AS RESTRICTIVE FOR ALL"
            " USING (incubator_reads_fse()) WITH CHECK (incubator_reads_fse())"
        )
        run(f"REVOKE INSERT, UPDATE, DELETE ON fse_questionnaire FROM {closed}")
        run(fse_function_sql())
        signature = "incubator_fse_figures(integer, date, date)"
        run(f"ALTER FUNCTION {signature} OWNER TO {owner}")
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {signature} TO {everyone}")
    table, column = _FOLLOW_UP_NOTE
    if table in tables:
        others = conn.execute(
            text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                " 'public' AND table_name = :t AND column_name <> :c ORDER BY ordinal_position"
            ),
            {"t": table, "c": column},
        ).scalars()
        readable = ", ".join(_q(str(c)) for c in others)
        run(f"REVOKE ALL ON {_q(table)} FROM {closed}")
        run(f"GRANT SELECT ({readable}) ON {_q(table)} TO {closed}")


# -- Stored files' content (issue 18) --------------------------------------------------------
# `stored_file_content` holds the bytes of documents, event materials and the toolbox's
# attachments by their hash. A person reads a content only when a document, event material or
# toolbox attachment they can see names it (the
# EXISTS subqueries get those tables' own policies: a coach never reads the CV of another
# site's entrepreneur), or when nothing names it any more (so that whoever removed the last row
# can delete it). Writers add content (it is only readable once a row they see names it) and
# delete a content nothing names: `incubator_content_in_use` looks at every row, whatever the
# caller may read, so a content another site still uses is never deleted. Nobody updates it.
_CONTENT_TABLE = "stored_file_content"
_CONTENT_POLICIES = ("content_read", "content_add", "content_delete")
_CONTENT_FUNCTION = """
CREATE OR REPLACE FUNCTION incubator_content_in_use(p_hash text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM document WHERE content_hash = p_hash)
       OR EXISTS (SELECT 1 FROM event_material WHERE content_hash = p_hash)
       OR EXISTS (SELECT 1 FROM toolbox_attachment WHERE content_hash = p_hash) $$
"""
_CONTENT_NAMED = (
    "(EXISTS (SELECT 1 FROM document d WHERE d.content_hash = stored_file_content.content_hash)"
    " OR EXISTS (SELECT 1 FROM event_material m"
    " WHERE m.content_hash = stored_file_content.content_hash)"
    " OR EXISTS (SELECT 1 FROM toolbox_attachment t"
    " WHERE t.content_hash = stored_file_content.content_hash)"
    " OR NOT incubator_content_in_use(content_hash))"
)


def _apply_stored_content(conn: Connection, group: dict[str, str], tables: list[str]) -> None:
    if _CONTENT_TABLE not in tables:
        return
    run = lambda sql: conn.execute(text(sql))  # noqa: E731
    owner = _q(f"{role_prefix(conn)}_owner")
    everyone = ", ".join(group.values())
    writers = ", ".join(group[g] for g in WRITERS)
    signature = "incubator_content_in_use(text)"
    run(_CONTENT_FUNCTION)
    run(f"ALTER FUNCTION {signature} OWNER TO {owner}")
    run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {signature} TO {everyone}")
    table = _q(_CONTENT_TABLE)
    run(f"REVOKE ALL ON {table} FROM PUBLIC, {everyone}")
    run(f"GRANT SELECT ON {table} TO {everyone}")
    run(f"GRANT INSERT, DELETE ON {table} TO {writers}")
    for name in _CONTENT_POLICIES:
        run(f"DROP POLICY IF EXISTS {name} ON {table}")
    run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    run(f"CREATE POLICY content_read ON {table} FOR SELECT USING {_CONTENT_NAMED}")
    run(f"CREATE POLICY content_add ON {table} FOR INSERT WITH CHECK (true)")
    run(
        f"CREATE POLICY content_delete ON {table} FOR DELETE"
        " USING (NOT incubator_content_in_use(content_hash))"
    )


def sync_login(conn: Connection, login: str, password: str | None, role: str) -> bool:
    """On a secured server, creates or updates the person's login role (the connecting role
    must be an admin: the server refuses otherwise). False (nothing done) elsewhere."""
    if role_prefix(conn) is None:
        return False
    conn.execute(
        text("SELECT incubator_sync_login(:l, :p, :r)"), {"l": login, "p": password, "r": role}
    )
    return True


def disable_login(conn: Connection, login: str) -> bool:
    if role_prefix(conn) is None:
        return False
    conn.execute(text("SELECT incubator_disable_login(:l)"), {"l": login})
    return True


def rls_enabled(conn: Connection, table: str) -> bool:
    return bool(
        conn.execute(
            text("SELECT relrowsecurity FROM pg_class WHERE relname = :t"), {"t": table}
        ).scalar()
    )


def set_row_security(conn: Connection, enabled: bool) -> None:
    """Benchmarks: policies on or off on every table that has them (owner or superuser)."""
    verb = "ENABLE" if enabled else "DISABLE"
    for table in {**_POLICY_TABLES, **_CONFIDENTIAL_POLICY_TABLES}:
        conn.execute(text(f"ALTER TABLE {table} {verb} ROW LEVEL SECURITY"))


def set_login_password(conn: Connection, login: str, password: str, role: str) -> bool:
    """A new password for the person's login role: their own (any role may change its own
    password), or anyone's by an admin (`incubator_sync_login`)."""
    if role_prefix(conn) is None:
        return False
    if connected_person(conn) == login:
        statement = conn.execute(
            text("SELECT format('ALTER ROLE CURRENT_USER PASSWORD %L', CAST(:p AS text))"),
            {"p": password},
        ).scalar_one()
        conn.exec_driver_sql(statement.replace("%", "%%"))
        return True
    return sync_login(conn, login, password, role)
