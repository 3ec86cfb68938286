"""A shared PostgreSQL server's own security: roles, grants, row-level security (issue 18)."""
