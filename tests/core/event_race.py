"""The body of each competing process of the events race test (a module of its own so that
`spawn` can import it): round after round, wait at the barrier with the others, then register
this worker's person to the round's event, which has one place left."""

from __future__ import annotations

from typing import Any


def register_worker(
    url: str,
    actor: Any,
    warm_up_event_id: int,
    event_ids: list[int],
    entrepreneur_id: int,
    worker_no: int,
    barrier: Any,
    results: Any,
) -> None:
    from incubator_app.db.engine import make_engine, make_session_factory, resolve_url
    from incubator_app.services.events.registrations import register

    engine = make_engine(resolve_url(url))
    sessions = make_session_factory(engine)
    try:
        # First use compiles every statement: do it once outside the race, so that no process
        # holds the write lock while it compiles (20 of them on a busy machine would wait
        # longer than the busy timeout for nothing the race is about).
        with sessions() as session:
            register(session, warm_up_event_id, entrepreneur_id=entrepreneur_id, actor=actor)
        for n, event_id in enumerate(event_ids):
            with sessions() as session:
                # Connect before the barrier, so the race is about the place, not the login.
                session.connection()
                barrier.wait()
                try:
                    outcome = register(
                        session, event_id, entrepreneur_id=entrepreneur_id, actor=actor
                    )
                except Exception as exc:  # noqa: BLE001 (reported to the test, which fails)
                    results.put((n, worker_no, "error", repr(exc), None, None))
                else:
                    results.put(
                        (
                            n,
                            worker_no,
                            outcome.status.value,
                            "",
                            outcome.id,
                            outcome.waiting_position,
                        )
                    )
    finally:
        engine.dispose()


def enrol_worker(
    url: str,
    actor: Any,
    course_ids: list[int],
    entrepreneur_id: int,
    worker_no: int,
    barrier: Any,
    results: Any,
) -> None:
    """Round after round, enrol this worker's person in the round's course (every module has
    one place) at the same moment as the others."""
    from incubator_app.db.engine import make_engine, make_session_factory, resolve_url
    from incubator_app.errors import ConflictError
    from incubator_app.services.events.courses import enrol

    engine = make_engine(resolve_url(url))
    sessions = make_session_factory(engine)
    try:
        for n, course_id in enumerate(course_ids):
            with sessions() as session:
                session.connection()
                barrier.wait()
                try:
                    outcome = enrol(
                        session, course_id, entrepreneur_id=entrepreneur_id, actor=actor
                    )
                except ConflictError:
                    results.put((n, worker_no, "refused"))
                except Exception as exc:  # noqa: BLE001 (reported to the test, which fails)
                    results.put((n, worker_no, f"error {exc!r}"))
                else:
                    if outcome.id is None:
                        results.put((n, worker_no, f"waitlisted {outcome.waiting_id}"))
                    else:
                        results.put((n, worker_no, f"enrolled {outcome.id}"))
    finally:
        engine.dispose()
